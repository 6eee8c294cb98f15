package dev.incidentkit.examples;

import dev.incidentkit.json.EventJson;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.templates.PostmortemReport;
import dev.incidentkit.templates.TemplateCatalogue;
import dev.incidentkit.templates.TemplateModel;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a played scenario leaves behind for people to read: {@code events.jsonl} (every event, one JSON
 * object a line), {@code messages.md} (every message the notifiers received, in order, with target and
 * idempotency key), {@code timeline.md} and {@code postmortem.md} (rendered by the templates), and a short
 * summary to print.
 */
final class Outputs {

    static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private final TemplateCatalogue catalogue;
    private final EventJson json = EventJson.standard();

    /**
     * Creates the writer.
     *
     * @param catalogue the built-in templates plus the examples' {@code incident-timeline}
     */
    Outputs(TemplateCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The built-in catalogue with the examples' own {@code incident-timeline} template. */
    static TemplateCatalogue catalogue() {
        return TemplateCatalogue.builder()
                .define("incident-timeline", dev.incidentkit.templates.TemplateSchema.empty()
                        .with(dev.incidentkit.templates.TemplateSchema.Kind.LINE, "incident", "title", "status",
                                "severity")
                        .with(dev.incidentkit.templates.TemplateSchema.Kind.FLAG, "hasTimeline")
                        .list("timeline", dev.incidentkit.templates.TemplateSchema.empty()
                                .with(dev.incidentkit.templates.TemplateSchema.Kind.LINE, "time", "kind", "event")))
                .fromClasspath(Outputs.class.getClassLoader(), "dev/incidentkit/examples/templates",
                        List.of(Locale.ENGLISH))
                .build()
                .getOrElseThrow(problems -> new IllegalStateException("the examples' templates are broken: "
                        + problems.map(p -> p.describe()).mkString("; ")));
    }

    /** Writes the four files of a scenario into its folder. */
    void write(Path folder, Scenario scenario, ScenarioRun run) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("events.jsonl"), events(scenario, run), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("messages.md"), messages(scenario, run), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("timeline.md"), timelines(scenario, run), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("postmortem.md"), postmortems(scenario, run), StandardCharsets.UTF_8);
    }

    String events(Scenario scenario, ScenarioRun run) {
        StringBuilder out = new StringBuilder();
        for (IncidentId id : scenario.incidents()) {
            for (IncidentEvent event : run.events(id)) {
                out.append(json.toLine(event)).append('\n');
            }
        }
        return out.toString();
    }

    String messages(Scenario scenario, ScenarioRun run) {
        StringBuilder out = new StringBuilder("# Messages: ").append(scenario.title()).append("\n\n")
                .append("Every message the notifiers received, in the order they received it. A message tried "
                        + "again after a failure appears once per try, with the same idempotency key.\n");
        int n = 0;
        for (ScenarioRun.Sent sent : run.sent()) {
            var intent = sent.message().intent();
            out.append("\n## ").append(++n).append(". `").append(intent.templateKey()).append("` to the ")
                    .append(intent.target().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(' ').append(code(intent.target().address())).append("\n\n")
                    .append("- at: ").append(sent.at()).append('\n')
                    .append("- incident: ").append(code(intent.incident().value())).append('\n')
                    .append("- idempotency key: ").append(code(intent.idempotencyKey())).append('\n')
                    .append("- format: ").append(intent.format().name().toLowerCase(Locale.ROOT)).append('\n')
                    .append("- outcome: ").append(outcome(sent.outcome())).append("\n\n")
                    .append(fenced(sent.message().text(), language(intent.format())));
        }
        if (n == 0) {
            out.append("\nNo messages.\n");
        }
        return out.toString();
    }

    String timelines(Scenario scenario, ScenarioRun run) {
        StringBuilder out = new StringBuilder("# Timeline: ").append(scenario.title()).append("\n");
        for (IncidentId id : scenario.incidents()) {
            IncidentState state = run.state(id);
            Seq<IncidentEvent> events = run.events(id);
            Seq<TemplateModel> rows = Timeline.of(events).map(e -> TemplateModel.empty().text("time", e.timeIn(ZONE))
                    .text("kind", e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).text("event", e.text()));
            TemplateModel model = TemplateModel.empty()
                    .text("incident", id.value())
                    .text("title", state.title().orElse(state.summary()).getOrElse(""))
                    .text("status", state.status().map(Enum::name).getOrElse(""))
                    .text("severity", state.severity().map(s -> s.name()).getOrElse(""))
                    .flag("hasTimeline", !rows.isEmpty())
                    .list("timeline", rows);
            out.append('\n').append(catalogue.render("incident-timeline", ChannelFormat.MARKDOWN, Locale.ENGLISH, model)
                    .getOrElseThrow(() -> new IllegalStateException("no incident-timeline template"))).append('\n');
        }
        return out.toString();
    }

    String postmortems(Scenario scenario, ScenarioRun run) {
        StringBuilder out = new StringBuilder();
        for (IncidentId id : scenario.incidents()) {
            IncidentState state = run.state(id);
            if (out.length() > 0) {
                out.append("\n---\n\n");
            }
            if (state.postmortem().isEmpty() && !state.isIn(dev.incidentkit.incident.IncidentStatus.RESOLVED,
                    dev.incidentkit.incident.IncidentStatus.IN_REVIEW, dev.incidentkit.incident.IncidentStatus.CLOSED)) {
                out.append("# ").append(id.value()).append("\n\nNo incident report: the incident is ")
                        .append(state.status().map(s -> s.name().toLowerCase(Locale.ROOT)).getOrElse("unknown"))
                        .append(", not an incident that was resolved.\n");
                continue;
            }
            out.append(PostmortemReport.render(catalogue, ChannelFormat.MARKDOWN, Locale.ENGLISH, state, run.events(id),
                    scenario.process().postmortem().calendar().zone()).getOrElseThrow(() -> new IllegalStateException("no postmortem-report template"))).append('\n');
        }
        return out.toString();
    }

    /** A few lines per incident: status, durations, obligations left. */
    static String summary(Scenario scenario, ScenarioRun run) {
        StringBuilder out = new StringBuilder(scenario.key()).append(" (guides ").append(scenario.guides())
                .append("): ").append(scenario.title()).append('\n');
        for (IncidentId id : scenario.incidents()) {
            IncidentState state = run.state(id);
            IncidentMetrics metrics = IncidentMetrics.of(state);
            out.append("  ").append(id.value()).append(": ").append(state.status().map(Enum::name).getOrElse("-"));
            state.severity().forEach(s -> out.append(", ").append(s.name()));
            out.append(", ").append(run.events(id).size()).append(" events\n");
            Seq<String> durations = List.of(Measure.TIME_TO_FIRST_RESPONSE, Measure.TIME_TO_ACKNOWLEDGE,
                    Measure.TIME_TO_DECLARE, Measure.TIME_TO_MITIGATE, Measure.TIME_TO_RESOLVE,
                    Measure.DECLARED_TO_RESOLVED, Measure.IMPACT_DURATION)
                    .flatMap(m -> metrics.elapsed(m).map(e -> m.label() + " " + e.describe()));
            if (!durations.isEmpty()) {
                out.append("    ").append(durations.mkString(", ")).append('\n');
            }
            Seq<Obligation> left = run.obligations(id);
            out.append("    obligations left: ").append(left.isEmpty() ? "none"
                    : left.map(o -> o.sentence()).mkString("; ")).append('\n');
        }
        long delivered = run.sent().count(s -> s.outcome() instanceof Delivery.Delivered);
        out.append("  messages: ").append(run.sent().size()).append(" handed to notifiers, ").append(delivered)
                .append(" delivered\n");
        return out.toString();
    }

    private static String outcome(Delivery outcome) {
        if (outcome instanceof Delivery.FailedRetryable) {
            Delivery.FailedRetryable f = (Delivery.FailedRetryable) outcome;
            return "failed, will retry" + f.retryAfter().map(d -> " after " + d.toSeconds() + " s").getOrElse("")
                    + ": " + f.reason();
        }
        if (outcome instanceof Delivery.FailedPermanently) {
            return "failed for good: " + ((Delivery.FailedPermanently) outcome).reason();
        }
        return "delivered";
    }

    private static String language(ChannelFormat format) {
        switch (format) {
            case MARKDOWN: return "markdown";
            case HTML: return "html";
            default: return "text";
        }
    }

    /** Inline code that no backtick in the text can end early. */
    static String code(String text) {
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        return fence + (text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text) + fence;
    }

    /** A fenced block that no line of the text can close. */
    static String fenced(String text, String language) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }
}
