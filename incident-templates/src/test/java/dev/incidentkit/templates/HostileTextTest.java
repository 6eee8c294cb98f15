package dev.incidentkit.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.testkit.HostileText;
import dev.incidentkit.testkit.Injections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every text field of every template filled with hostile text: the output is well-formed for its format,
 * holds no live mention or injected link, and rendering never throws.
 */
class HostileTextTest {

    private static final TemplateCatalogue CATALOGUE = TemplateCatalogue.builtIn();

    /** The testkit's corpus (issue 17: at least 200 strings, every category), and a very long text. */
    static final List<String> HOSTILE = corpus();

    private static List<String> corpus() {
        List<String> all = new ArrayList<>(HostileText.corpus());
        all.add("x".repeat(50_000));
        return all;
    }

    @Test
    void every_text_field_of_every_template_holds_hostile_text_safely() {
        int renders = 0;
        for (String key : CATALOGUE.keys()) {
            for (ChannelFormat format : CATALOGUE.formats(key)) {
                for (String hostile : HOSTILE) {
                    check(key, format, render(key, format, hostile, true), render(key, format, hostile, false), hostile);
                    renders++;
                }
            }
        }
        assertTrue(renders > 500, "renders: " + renders);
    }

    @Test
    void random_mixtures_of_hostile_fragments_render_safely() {
        Gen<String> fragments = Generate.pick(List.of("<", ">", "&", "|", "\n", "[", "](", "https://evil.example",
                "@everyone", "@here", "<!channel>", "{{", "}}", "#", "\\", "`", "*", "_", "\u202E", "\u200B", "\uD800",
                "\uDC00", "\r", "\t", "\u0000", "a", " ", "'", "\"", "javascript:"));
        Gen<String> texts = Generate.intArrays(Generate.range(0, 40), Generate.range(0, 1_000))
                .zip(fragments, (seeds, first) -> {
                    StringBuilder out = new StringBuilder(first);
                    for (int seed : seeds) {
                        out.append(List.of("<", ">", "&", "|", "\n", "[", "](", "@everyone", "<!here>", "{{", "}}",
                                "\\", "`", "\u202E", "\uD800", "x").get(seed % 16));
                    }
                    return out.toString();
                });
        qt().withExamples(300).forAll(texts).checkAssert(text -> {
            for (String key : List.of("status-update", "postmortem-report", "status-page-update", "channel-kickoff")) {
                for (ChannelFormat format : CATALOGUE.formats(key)) {
                    check(key, format, render(key, format, text, true), render(key, format, text, false), text);
                }
            }
        });
    }

    @Test
    void only_web_addresses_in_address_fields_become_links() {
        for (String hostile : HOSTILE) {
            for (String key : List.of("postmortem-published", "decline-notice", "postmortem-report")) {
                for (ChannelFormat format : CATALOGUE.formats(key)) {
                    String out = CATALOGUE.render(key, format, Locale.ENGLISH, Samples.filled(CATALOGUE.schema(key).get(),
                            (field, kind) -> kind == TemplateSchema.Kind.URL ? hostile : "plain")).get();
                    String benign = CATALOGUE.render(key, format, Locale.ENGLISH, Samples.filled(
                            CATALOGUE.schema(key).get(), (field, kind) -> kind != TemplateSchema.Kind.URL ? "plain"
                                    : dev.incidentkit.incident.Link.urlProblem(hostile).isEmpty()
                                    ? "https://example.org/pm"
                                    : dev.incidentkit.notify.SafeText.cell(hostile, format).isEmpty() ? "" : "plain"))
                            .get();
                    check(key, format, benign, out, hostile);
                }
            }
        }
        assertTrue(CATALOGUE.render("postmortem-published", ChannelFormat.MARKDOWN, Locale.ENGLISH,
                TemplateModel.empty().text("location", "https://example.org/a_b(c)")).get()
                .contains("<https://example.org/a_b(c)>"));
    }

    @Test
    void template_syntax_in_text_is_shown_not_run() {
        String out = CATALOGUE.render("status-update", ChannelFormat.PLAIN_TEXT, Locale.ENGLISH, TemplateModel.empty()
                .text("incident", "INC-7").text("title", "t").text("status", "DECLARED")
                .text("text", "{{incident}} {{#status}}yes{{/status}}")).get();

        assertTrue(out.contains("{{incident}} {{#status}}yes{{/status}}"), out);
    }

    @Test
    void very_long_text_is_cut_with_an_ellipsis() {
        String out = CATALOGUE.render("paging-note", ChannelFormat.PLAIN_TEXT, Locale.ENGLISH,
                TemplateModel.empty().text("note", "y".repeat(50_000))).get();

        assertTrue(out.length() < 10_200 && out.contains("y\u2026"), "length " + out.length());
    }

    /**
     * Harmless text that is empty exactly when the hostile text is empty once escaped for the format and the
     * field's kind (Markdown drops a text of spaces, a one-line field a text of line breaks), so sections
     * match.
     */
    private static String benign(String hostile, ChannelFormat format, TemplateSchema.Kind kind) {
        String escaped = kind == TemplateSchema.Kind.LINE ? dev.incidentkit.notify.SafeText.cell(hostile, format)
                : dev.incidentkit.notify.SafeText.escape(hostile, format);
        return escaped.isEmpty() ? "" : "plain";
    }

    /** The template with every text field holding the hostile text, or its benign stand-in. */
    private static String render(String key, ChannelFormat format, String hostile, boolean benign) {
        TemplateModel model = Samples.filled(CATALOGUE.schema(key).get(),
                (field, kind) -> kind == TemplateSchema.Kind.URL ? "https://example.org/pm"
                        : benign ? benign(hostile, format, kind) : hostile);
        return CATALOGUE.render(key, format, Locale.ENGLISH, model).get();
    }

    private static void check(String key, ChannelFormat format, String benign, String out, String hostile) {
        List<String> problems = Injections.problems(format, benign, out);
        assertTrue(problems.isEmpty(), key + " " + format + " with " + HostileText.describe(hostile) + ": " + problems
                + "\n" + out.substring(0, Math.min(2_000, out.length())));
    }
}
