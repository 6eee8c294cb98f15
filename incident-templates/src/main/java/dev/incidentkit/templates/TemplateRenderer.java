package dev.incidentkit.templates;

import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.MessageRenderer;
import dev.incidentkit.notify.PlainTextRenderer;
import java.util.Locale;
import java.util.Objects;

/**
 * The desk's {@link MessageRenderer} backed by a {@link TemplateCatalogue}: an intent is rendered with the
 * template of its key in its target's format, in this renderer's locale (falling back to English). An intent
 * whose key or format the catalogue lacks is rendered by {@link PlainTextRenderer}, so nothing is lost.
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
        return catalogue.render(intent.templateKey(), intent.format(), locale, TemplateModel.ofTexts(intent.model()))
                .getOrElse(() -> fallback.render(intent));
    }
}
