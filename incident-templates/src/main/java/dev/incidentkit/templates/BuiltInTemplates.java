package dev.incidentkit.templates;

import static dev.incidentkit.templates.TemplateSchema.Kind.FLAG;
import static dev.incidentkit.templates.TemplateSchema.Kind.LINE;
import static dev.incidentkit.templates.TemplateSchema.Kind.TEXT;
import static dev.incidentkit.templates.TemplateSchema.Kind.URL;

import dev.incidentkit.notify.ChannelFormat;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * The keys, schemas and formats of the built-in templates.
 */
final class BuiltInTemplates {

    /** Where the built-in texts live on the classpath: {@code <root>/<locale>/<key>.<extension>}. */
    static final String ROOT = "dev/incidentkit/templates";

    /** The locales shipped. */
    static final Seq<String> LOCALES = List.of("en", "de");

    private BuiltInTemplates() {}

    /** The fields every message intent carries. */
    static TemplateSchema message() {
        return TemplateSchema.empty().with(LINE, "incident", "title", "severity", "status", "statusText", "at", "zone");
    }

    static Map<String, TemplateSchema> schemas() {
        TemplateSchema update = message().with(TEXT, "text")
                .with(LINE, "audience", "nextUpdateBy", "nextUpdateAt", "nextUpdateIn", "postmortemRequired");
        TemplateSchema assignment = message().with(LINE, "assignee", "assigneeId");
        TemplateSchema item = TemplateSchema.empty().with(FLAG, "done", "wontDo", "unknown")
                .with(LINE, "text", "owner", "due").with(URL, "issue");
        TemplateSchema row = TemplateSchema.empty().with(LINE, "time", "kind", "event");
        return LinkedHashMap.<String, TemplateSchema>empty()
                .put("first-response", update)
                .put("status-update", update)
                .put("resolution-notice", update)
                .put("status-page-update", update)
                .put("channel-kickoff", message().with(LINE, "roles"))
                .put("role-handoff", message().with(LINE, "role", "from", "fromId", "to", "toId"))
                .put("ticket-assignment", assignment)
                .put("paging-reassignment", assignment)
                .put("paging-note", message().with(TEXT, "note"))
                .put("paging-trigger", message().with(LINE, "dedupKey"))
                .put("paging-acknowledge", message().with(LINE, "dedupKey"))
                .put("paging-resolve", message().with(LINE, "dedupKey"))
                .put("information-request", message().with(TEXT, "question"))
                .put("reporter-update", message().with(TEXT, "text"))
                .put("resolved", message().with(TEXT, "verification"))
                .put("decline-notice", message().with(TEXT, "reason")
                        .with(LINE, "route", "routeHere", "destination", "reference").with(URL, "howToReport"))
                .put("postmortem-published", message().with(URL, "location"))
                .put("postmortem-report", TemplateSchema.empty()
                        .with(LINE, "incident", "title", "severity", "reportStatus", "owner", "impactStart",
                                "impactEnd", "duration", "zoneName").with(URL, "location")
                        .with(TEXT, "overview", "whatHappened", "resolution", "rootCause", "lucky", "wentWell",
                                "wentBadly")
                        .with(FLAG, "hasActionItems", "hasTimeline", "draft")
                        .list("actionItems", item)
                        .list("timeline", row));
    }

    static String extension(ChannelFormat format) {
        switch (format) {
            case PLAIN_TEXT:
                return "txt";
            case MARKDOWN:
                return "md";
            case SLACK_MRKDWN:
                return "slack";
            default:
                return "html";
        }
    }
}
