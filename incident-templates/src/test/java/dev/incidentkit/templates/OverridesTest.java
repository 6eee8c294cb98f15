package dev.incidentkit.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.notify.ChannelFormat;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    private static TemplateModel update() {
        return TemplateModel.empty().text("incident", "INC-1").text("title", "Hub down").text("status", "DECLARED")
                .text("text", "Rolled back.");
    }

    @Test
    void should_use_an_override_from_a_directory(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/status-update.md"), "**{{title}}**: {{text}}\n");
        // tag::override[]
        TemplateCatalogue catalogue = TemplateCatalogue.builder()
                .fromDirectory(dir)                         // <locale>/<key>.<txt|md|slack|html>
                .build()
                .getOrElseThrow(problems -> new IllegalStateException(
                        problems.map(TemplateProblem::describe).mkString("\n")));
        // end::override[]

        assertEquals(Option.some("**Hub down**: Rolled back."),
                catalogue.render("status-update", ChannelFormat.MARKDOWN, Locale.ENGLISH, update()));
        assertTrue(catalogue.render("status-update", ChannelFormat.PLAIN_TEXT, Locale.ENGLISH, update()).get()
                .startsWith("[INC-1] Update on"), "the other formats keep the built-in text");
    }

    @Test
    void should_refuse_an_unknown_field_naming_template_line_and_field() {
        Seq<TemplateProblem> problems = refused("Status: {{status}}\nNext: {{nextUpdate}}\n");

        assertEquals(List.of(new TemplateProblem("en/status-update.md", 2, Option.some("nextUpdate"),
                problems.head().message())), problems);
        assertTrue(problems.head().describe().startsWith("en/status-update.md line 2, field \"nextUpdate\": no such field"),
                problems.head().describe());
    }

    @Test
    void should_refuse_an_unclosed_section() {
        TemplateProblem problem = refused("{{title}}\n\n{{#nextUpdateBy}}next: {{nextUpdateBy}}\n").head();

        assertEquals(3, problem.line());
        assertEquals(Option.some("nextUpdateBy"), problem.field());
        assertEquals("section is never closed", problem.message());
    }

    @Test
    void should_refuse_a_section_closed_out_of_order() {
        TemplateProblem problem = refused("{{#title}}{{#text}}x{{/title}}{{/text}}").head();

        assertEquals(Option.some("title"), problem.field());
        assertTrue(problem.message().contains("'text' is open"), problem.message());
    }

    @Test
    void should_refuse_a_list_field_used_outside_its_list() {
        Seq<TemplateProblem> problems = TemplateCatalogue.builder()
                .template(Locale.ENGLISH, "postmortem-report", ChannelFormat.MARKDOWN, "# {{title}}\n\n{{event}}\n")
                .build().getLeft();

        assertEquals(3, problems.head().line());
        assertEquals(Option.some("event"), problems.head().field());
    }

    @Test
    void should_refuse_a_list_field_outside_its_list_under_any_mix_of_conditions() {
        for (String source : List.of("{{#hasActionItems}}{{^hasTimeline}}{{time}}{{/hasTimeline}}{{/hasActionItems}}",
                "{{#hasTimeline}}{{^timeline}}{{issue}}{{/timeline}}{{/hasTimeline}}",
                "{{#timeline}}{{issue}}{{/timeline}}")) {
            Seq<TemplateProblem> problems = TemplateCatalogue.builder()
                    .template(Locale.ENGLISH, "postmortem-report", ChannelFormat.MARKDOWN, source).build().getLeft();

            assertEquals("a list item's field, used outside its list", problems.head().message(), source);
        }
        assertTrue(TemplateCatalogue.builder().template(Locale.ENGLISH, "postmortem-report", ChannelFormat.MARKDOWN,
                "{{#timeline}}{{time}} {{title}}{{/timeline}}").build().isRight(), "outer fields stay visible");
    }

    @Test
    void should_refuse_field_names_that_mustache_would_read_off_a_text() {
        for (String name : List.of("empty", "bytes", "class", "blank", "first-name", "1st")) {
            assertThrows(IllegalArgumentException.class, () -> TemplateSchema.empty()
                    .with(TemplateSchema.Kind.TEXT, name), name);
        }
    }

    @Test
    void should_refuse_partials_and_changed_delimiters() {
        assertEquals("partials are not supported", refused("{{> header}}").head().message());
        assertEquals("changing delimiters is not supported", refused("{{=<% %>=}}").head().message());
    }

    @Test
    void should_refuse_a_misnamed_file_and_a_key_that_does_not_exist(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/status-update.docx"), "x");
        Files.writeString(dir.resolve("en/no-such-key.md"), "x");

        Seq<TemplateProblem> problems = TemplateCatalogue.builder().fromDirectory(dir).build().getLeft();

        assertEquals(List.of("en/no-such-key.md", "en/status-update.docx"), problems.map(TemplateProblem::template).sorted());
    }

    @Test
    void should_add_a_key_of_its_own_with_english_as_the_fallback() {
        TemplateSchema schema = BuiltInTemplates.message().with(TemplateSchema.Kind.TEXT, "customers");
        TemplateCatalogue catalogue = TemplateCatalogue.builder().define("customer-notice", schema)
                .template(Locale.ENGLISH, "customer-notice", ChannelFormat.PLAIN_TEXT, "{{title}}: {{customers}}")
                .template(Locale.forLanguageTag("fr"), "customer-notice", ChannelFormat.PLAIN_TEXT,
                        "{{title}} : {{customers}}")
                .build().get();
        TemplateModel model = TemplateModel.empty().text("title", "Panne").text("customers", "tous");

        assertEquals(Option.some("Panne : tous"), catalogue.render("customer-notice", ChannelFormat.PLAIN_TEXT,
                Locale.CANADA_FRENCH, model));
        assertEquals(Option.some("Panne: tous"), catalogue.render("customer-notice", ChannelFormat.PLAIN_TEXT,
                Locale.GERMAN, model));
        assertTrue(TemplateCatalogue.builder().define("lonely", schema).build().getLeft().head().message()
                .contains("no English template"));
        assertThrows(IllegalArgumentException.class, () -> TemplateCatalogue.builder().define("status-update", schema));
    }

    @Test
    void should_load_overrides_from_the_classpath() {
        TemplateCatalogue catalogue = TemplateCatalogue.builder()
                .fromClasspath(getClass().getClassLoader(), "team-templates", List.of(Locale.ENGLISH)).build().get();

        assertEquals(Option.some("Team says: INC-1 is resolved"), catalogue.render("resolved",
                ChannelFormat.PLAIN_TEXT, Locale.ENGLISH, TemplateModel.empty().text("incident", "INC-1")));
    }

    @Test
    void should_speak_german_and_fall_back_to_english() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();

        assertTrue(catalogue.render("status-update", ChannelFormat.PLAIN_TEXT, Locale.GERMANY, update()).get()
                .startsWith("[INC-1] Update zu: Hub down"));
        assertTrue(catalogue.render("channel-kickoff", ChannelFormat.PLAIN_TEXT, Locale.GERMAN, update()).get()
                .contains("not in threads"));
    }

    private static Seq<TemplateProblem> refused(String source) {
        return TemplateCatalogue.builder().template(Locale.ENGLISH, "status-update", ChannelFormat.MARKDOWN, source)
                .build().getLeft();
    }
}
