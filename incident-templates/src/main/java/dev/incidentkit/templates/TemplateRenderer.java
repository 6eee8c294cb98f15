package dev.incidentkit.templates;

import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.MessageRenderer;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.SafeText;
import java.util.Locale;
import java.util.Objects;

/**
 * The desk's {@link MessageRenderer} backed by a {@link TemplateCatalogue}: an intent is rendered with the
 * template of its key in its target's format, in this renderer's locale (falling back to English). An intent
 * whose format the catalogue lacks is rendered from the key's plain-text template, escaped as text for the
 * format (so an integrator may point any target at any format); one whose key the catalogue lacks is
 * rendered by {@link PlainTextRenderer}, so nothing is lost.
 *
 * <p>Before rendering, the intent's raw facts are put into words in the renderer's language and added to
 * them: {@code statusText} (the status as people say it: "investigating", "fix in place, monitoring"),
 * {@code nextUpdateAt} (the promised update's time in the team's zone, "18:30 CET", with the day when it is
 * another day) and {@code nextUpdateIn} ("in about 3 hours"). The raw facts ({@code status},
 * {@code nextUpdateBy}, {@code at}, {@code zone}) stay available to custom templates.
 * Thread-safe; never throws for any intent.
 *
 * @since 0.1.0
 */
public final class TemplateRenderer implements MessageRenderer {

    private final TemplateCatalogue catalogue;
    private final Locale locale;
    private final PlainTextRenderer fallback = new PlainTextRenderer();

    /**
     * Creates a renderer.
     *
     * @param catalogue the templates
     * @param locale the language of the messages
     */
    public TemplateRenderer(TemplateCatalogue catalogue, Locale locale) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * A renderer of the built-in English templates.
     *
     * @return the renderer
     */
    public static TemplateRenderer english() {
        return new TemplateRenderer(TemplateCatalogue.builtIn(), Locale.ENGLISH);
    }

    @Override
    public String render(MessageIntent intent) {
        Objects.requireNonNull(intent, "intent");
        TemplateModel model = TemplateModel.ofTexts(Wording.of(intent.model(), locale));
        return catalogue.render(intent.templateKey(), intent.format(), locale, model)
                .orElse(() -> catalogue.render(intent.templateKey(), ChannelFormat.PLAIN_TEXT, locale, model)
                        .map(text -> asFormat(text, intent.format())))
                .getOrElse(() -> fallback.render(intent));
    }

    /**
     * A plain-text message in another format: every line escaped for it, as text; in Markdown the lines
     * become paragraphs, in HTML one paragraph with line breaks.
     */
    private static String asFormat(String plain, ChannelFormat format) {
        io.vavr.collection.List<String> lines = io.vavr.collection.List.of(plain.split("\n", -1));
        switch (format) {
            case MARKDOWN:
                return lines.map(line -> SafeText.escape(line, format)).filter(line -> !line.isEmpty()).mkString("\n\n");
            case HTML:
                return "<p>" + lines.map(line -> SafeText.escape(line, format)).mkString("<br>\n") + "</p>";
            default:
                return SafeText.escape(plain, format);
        }
    }
}
