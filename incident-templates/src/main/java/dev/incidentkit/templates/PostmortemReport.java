package dev.incidentkit.templates;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The incident report (postmortem, PIR) in the shape teams publish: a header table (status, review owner,
 * impact time, duration), overview, action items as checkboxes with their links, what happened, resolution,
 * root cause, a timeline table (time, event), where we got lucky, what went well and what did not go so well.
 * It is the {@code postmortem-report} template of a {@link TemplateCatalogue}, in Markdown or plain text.
 *
 * @since 0.1.0
 */
public final class PostmortemReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private PostmortemReport() {}

    /**
     * The report's facts for one incident.
     *
     * @param state the incident
     * @param events its events, for the timeline
     * @param zone the time zone times are shown in
     * @return the model
     */
    public static TemplateModel model(IncidentState state, Seq<? extends IncidentEvent> events, ZoneId zone) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(zone, "zone");
        Option<Postmortem> pm = state.postmortem();
        Option<Instant> start = pm.flatMap(Postmortem::impactStart);
        Option<Instant> end = pm.flatMap(Postmortem::impactEnd);
        Seq<TemplateModel> items = pm.map(p -> p.actionItems().values().toList()).getOrElse(io.vavr.collection.List.empty())
                .map(item -> TemplateModel.empty().flag("done", item.status() == ActionItem.Status.DONE)
                        .flag("wontDo", item.status() == ActionItem.Status.WONT_DO)
                        .flag("unknown", item.status() == ActionItem.Status.UNKNOWN).text("text", item.text())
                        .text("issue", item.issue().getOrElse(""))
                        .text("owner", item.owner().map(owner -> name(state, owner)).getOrElse(""))
                        .text("due", item.due().map(Object::toString).getOrElse("")));
        Seq<TemplateModel> rows = Timeline.of(events).map(e -> TemplateModel.empty().text("time", e.timeIn(zone))
                .text("kind", e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).text("event", e.text()));
        return TemplateModel.empty()
                .text("incident", state.id().value())
                .text("title", state.title().orElse(state.summary()).getOrElse(""))
                .text("severity", state.severity().map(s -> s.name()).getOrElse(""))
                .text("reportStatus", pm.map(p -> p.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .getOrElse("not started"))
                .text("owner", pm.map(p -> name(state, p.owner())).getOrElse(""))
                .text("impactStart", start.map(t -> TIME.format(t.atZone(zone))).getOrElse(""))
                .text("impactEnd", end.map(t -> TIME.format(t.atZone(zone))).getOrElse(""))
                .text("duration", start.flatMap(s -> end.map(e -> duration(Duration.between(s, e)))).getOrElse(""))
                .text("location", pm.flatMap(Postmortem::location).getOrElse(""))
                .text("overview", section(pm, Section.OVERVIEW))
                .text("whatHappened", section(pm, Section.WHAT_HAPPENED))
                .text("resolution", section(pm, Section.RESOLUTION))
                .text("rootCause", section(pm, Section.ROOT_CAUSE))
                .text("lucky", section(pm, Section.WHERE_WE_GOT_LUCKY))
                .text("wentWell", section(pm, Section.WHAT_WENT_WELL))
                .text("wentBadly", section(pm, Section.WHAT_DID_NOT_GO_SO_WELL))
                .flag("hasActionItems", !items.isEmpty())
                .list("actionItems", items)
                .flag("hasTimeline", !rows.isEmpty())
                .list("timeline", rows);
    }

    /**
     * Renders the report.
     *
     * @param catalogue the templates
     * @param format {@link ChannelFormat#MARKDOWN} or {@link ChannelFormat#PLAIN_TEXT} with the built-in
     *     templates
     * @param locale the language
     * @param state the incident
     * @param events its events
     * @param zone the time zone
     * @return the report, or none when the catalogue has no report template in that format
     */
    public static Option<String> render(TemplateCatalogue catalogue, ChannelFormat format, Locale locale,
            IncidentState state, Seq<? extends IncidentEvent> events, ZoneId zone) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(zone, "zone");
        return catalogue.render("postmortem-report", format, locale, model(state, events, zone));
    }

    private static String section(Option<Postmortem> pm, Section section) {
        return pm.flatMap(p -> p.sections().get(section)).getOrElse("");
    }

    private static String name(IncidentState state, ResponderId id) {
        return state.participants().get(id).map(Responder::displayName).getOrElse(id.value());
    }

    private static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
