package dev.incidentkit.templates;

import io.vavr.collection.List;

/** Realistic models for the golden files and benign baselines for the hostile-text checks. */
final class Samples {

    private Samples() {}

    /** Every field of the schema filled by {@code text(field)}; lists get two items. */
    static TemplateModel filled(TemplateSchema schema, java.util.function.Function<String, String> text) {
        return filled(schema, (field, kind) -> text.apply(field));
    }

    /** Every field of the schema filled by {@code text(field, kind)}; lists get three items. */
    static TemplateModel filled(TemplateSchema schema,
            java.util.function.BiFunction<String, TemplateSchema.Kind, String> text) {
        TemplateModel model = TemplateModel.empty();
        for (var field : schema.fields()) {
            switch (field._2) {
                case FLAG:
                    model = model.flag(field._1, true);
                    break;
                case LIST:
                    TemplateSchema item = schema.items().get(field._1).get();
                    String list = field._1;
                    model = model.list(list, List.of(1, 2, 3).map(i -> filled(item, (f, k) -> text.apply(list + "." + f + "." + i, k))
                            .flag("done", i == 1).flag("wontDo", i == 3).flag("unknown", i == 2)));
                    break;
                default:
                    model = model.text(field._1, text.apply(field._1, field._2));
            }
        }
        return model;
    }

    /**
     * The model a message's template sees through {@link TemplateRenderer}: the realistic raw facts, with
     * the words the renderer adds in the locale; a schema with lists (the report) is filled as it stands.
     */
    static TemplateModel asRendered(TemplateSchema schema, java.util.Locale locale) {
        if (!schema.items().isEmpty()) {
            return filled(schema, Samples::realistic);
        }
        io.vavr.collection.Map<String, String> raw = io.vavr.collection.LinkedHashMap.empty();
        for (String field : schema.fields().keySet()) {
            if (!List.of("statusText", "nextUpdateAt", "nextUpdateIn").contains(field)) {
                raw = raw.put(field, realistic(field));
            }
        }
        return TemplateModel.ofTexts(Wording.of(raw, locale));
    }

    /** The values the golden files are rendered with. */
    static String realistic(String field) {
        switch (field) {
            case "incident": return "INC-42";
            case "title": return "Hub logins fail (HTTP 502)";
            case "severity": return "SEV2";
            case "status": return "DECLARED";
            case "reportStatus": return "in review";
            case "text": return "Logins fail for about 40 users. We rolled back the proxy and are watching.";
            case "audience": return "stakeholders";
            case "nextUpdateBy": return "2026-03-02T15:00:00Z";
            case "at": return "2026-03-02T12:10:00Z";
            case "zone": return "Europe/Berlin";
            case "postmortemRequired": return "yes";
            case "routeHere": return "";
            case "destination": return "SUPPORT_TICKET";
            case "reference": return "FD-7";
            case "fromId": return "grace";
            case "toId": return "ada";
            case "roles": return "Incident Commander: Grace Hopper; Investigator: Ada Lovelace";
            case "role": return "Incident Commander";
            case "from": return "Grace Hopper";
            case "to": return "Ada Lovelace";
            case "assignee": return "Grace Hopper";
            case "assigneeId": return "grace";
            case "note": return "The incident commander is now Ada Lovelace.";
            case "question": return "Which browser do you use, and when did it last work?";
            case "verification": return "Logged in as a test user.";
            case "reason": return "One user could not log in; it is a support ticket.";
            case "route": return "the support queue";
            case "howToReport": return "https://example.org/support";
            case "location": return "https://example.org/postmortems/INC-42";
            case "owner": return "Grace Hopper";
            case "impactStart": return "Mon 2 Mar 2026, 13:30";
            case "impactEnd": return "Mon 2 Mar 2026, 14:20";
            case "duration": return "50 min";
            case "zoneName": return "Central European Standard Time (Europe/Berlin)";
            case "time": return "2026-03-02 12:42 UTC";
            case "kind": return "reported";
            case "event": return "Paging alert HubDown";
            case "actionItems.text.1": return "Roll back the proxy";
            case "actionItems.text.2": return "Alert on proxy memory";
            case "actionItems.text.3": return "Rewrite the proxy";
            case "actionItems.issue.1": return "https://example.org/issues/7";
            case "actionItems.issue.3": return "";
            case "actionItems.issue.2": return "infrastructure#89";
            case "actionItems.owner.1": return "Ada Lovelace";
            case "actionItems.owner.2": return "Grace Hopper";
            case "actionItems.owner.3": return "";
            case "actionItems.due.1": return "2026-03-09";
            case "actionItems.due.2": return "2026-03-16";
            case "actionItems.due.3": return "";
            case "timeline.time.1": return "Mon 2 Mar 2026, 13:42";
            case "timeline.time.2": return "13:44";
            case "timeline.time.3": return "14:20";
            case "timeline.event.1": return "Paging alert HubDown";
            case "timeline.event.2": return "Ada Lovelace declared the incident, SEV2";
            case "timeline.event.3": return "Mitigated: rolled back the proxy";
            default: return "The " + field + " section, as written by the team.";
        }
    }
}
