package dev.incidentkit.templates;

import dev.incidentkit.incident.FactTime;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.timeline.EntryKind;
import dev.incidentkit.timeline.EntrySource;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The incident report (postmortem, PIR) in the shape teams publish: a header table (review owner, severity,
 * impact time, duration, the time zone), the sections the team wrote (overview, what happened, resolution,
 * root cause and contributing factors), the timeline, where we got lucky, what went well, what did not go
 * so well, and the action items as checkboxes with their links. A section not written is left out, never
 * shown as a placeholder (a process requires its sections before the report is marked Reviewed). It is the
 * {@code postmortem-report} template of a {@link TemplateCatalogue}, in Markdown or plain text.
 *
 * <p>The timeline is curated: what happened, was seen, tried, decided and said (the report, the
 * declaration, status updates, messages, debugging steps, fix attempts, hypotheses, verification,
 * mitigation, resolution), with the current best guesses of when the impact began and ended, each once.
 * The bookkeeping of the response (roles taken, links added, the official start, triage's assessment,
 * advisories, the postmortem's own workflow, the close) is left out unless asked for. Times are in the
 * team's zone: the time alone on the day of the row before, the day and time when the day changes.
 *
 * <p>Two variants: {@link Variant#INTERNAL} for the team, and {@link Variant#PUBLIC} for publication
 * (guide 001 publishes every report), which leaves out the review owner, the action items' owners, the
 * incident channel's chat and the messages exchanged with people outside the response.
 *
 * @since 0.1.0
 */
public final class PostmortemReport {

    /**
     * Who the report is for.
     *
     * @since 0.4.0
     */
    public enum Variant {
        /** The team's own report: everything curated, with names. */
        INTERNAL,
        /** The report for publication: no internal names, chat or messages with outside people. */
        PUBLIC
    }

    private static final Set<EntryKind> BOOKKEEPING = HashSet.of(EntryKind.ROLE, EntryKind.LINK,
            EntryKind.OFFICIALLY_STARTED, EntryKind.ASSESSED, EntryKind.ADVISORY, EntryKind.POSTMORTEM,
            EntryKind.ENDED);
    private static final Set<EntryKind> INTERNAL_ONLY = HashSet.of(EntryKind.CHAT_MESSAGE, EntryKind.MESSAGE);

    /** The source of the rows the report adds: the postmortem's impact window. */
    private static final EntrySource REPORT = new EntrySource(EntrySource.Kind.EVENT, "impact window", Option.none());

    private PostmortemReport() {}

    /**
     * The report's facts for one incident: the internal variant, curated.
     *
     * @param state the incident
     * @param events its events, for the timeline
     * @param zone the time zone times are shown in
     * @return the model
     */
    public static TemplateModel model(IncidentState state, Seq<? extends IncidentEvent> events, ZoneId zone) {
        return model(state, events, zone, Variant.INTERNAL, false);
    }

    /**
     * The report's facts for one incident.
     *
     * @param state the incident; not {@code null}
     * @param events its events, for the timeline; not {@code null}
     * @param zone the team's time zone, in which times are shown; not {@code null}
     * @param variant internal or public; not {@code null}
     * @param bookkeeping whether the timeline keeps the response's bookkeeping (roles, links, the
     *     postmortem's workflow); {@code false} for the report a team publishes
     * @return the model
     * @since 0.4.0
     */
    public static TemplateModel model(IncidentState state, Seq<? extends IncidentEvent> events, ZoneId zone,
            Variant variant, boolean bookkeeping) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(variant, "variant");
        ZoneId shown = FactTime.readable(zone);
        boolean internal = variant == Variant.INTERNAL;
        Option<Postmortem> pm = state.postmortem();
        Option<Instant> start = pm.flatMap(Postmortem::impactStart);
        Option<Instant> end = pm.flatMap(Postmortem::impactEnd);
        Seq<TemplateModel> items = pm.map(p -> p.actionItems().values().toList()).getOrElse(io.vavr.collection.List.empty())
                .map(item -> TemplateModel.empty().flag("done", item.status() == ActionItem.Status.DONE)
                        .flag("wontDo", item.status() == ActionItem.Status.WONT_DO)
                        .flag("unknown", item.status() == ActionItem.Status.UNKNOWN).text("text", item.text())
                        .text("issue", item.issue().getOrElse(""))
                        .text("owner", internal ? item.owner().map(owner -> name(state, owner)).getOrElse("") : "")
                        .text("due", item.due().map(Object::toString).getOrElse("")));
        // the current guesses at the impact, once each, in place of every guess the events recorded
        Seq<TimelineEntry> impact = start.map(t -> new TimelineEntry(t, EntryKind.IMPACT_STARTED, Option.none(),
                "impact began (best guess)", REPORT)).toList()
                .appendAll(end.map(t -> new TimelineEntry(t, EntryKind.IMPACT_ENDED, Option.none(),
                        "service restored (best guess)", REPORT)));
        Seq<TimelineEntry> entries = Timeline.of(events)
                .filter(e -> e.kind() != EntryKind.IMPACT_STARTED || start.isEmpty())
                .filter(e -> e.kind() != EntryKind.IMPACT_ENDED || end.isEmpty())
                .filter(e -> bookkeeping || !BOOKKEEPING.contains(e.kind()))
                .filter(e -> internal || !INTERNAL_ONLY.contains(e.kind()))
                .appendAll(impact)
                .sortBy(TimelineEntry::occurredAt);
        Seq<TemplateModel> rows = io.vavr.collection.List.empty();
        Option<LocalDate> day = Option.none();
        for (TimelineEntry e : entries) {
            rows = rows.append(TemplateModel.empty().text("time", time(e, day, shown))
                    .text("kind", e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).text("event", e.text()));
            day = Option.some(e.occurredAt().atZone(shown).toLocalDate());
        }
        return TemplateModel.empty()
                .text("incident", state.id().value())
                .text("title", state.title().orElse(state.summary()).getOrElse(""))
                .text("severity", state.severity().map(s -> s.name()).getOrElse(""))
                .text("reportStatus", pm.map(p -> p.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .getOrElse("not started"))
                .flag("draft", pm.forAll(p -> p.status() == PostmortemStatus.DRAFT || p.status() == PostmortemStatus.IN_REVIEW))
                .text("owner", internal ? pm.map(p -> name(state, p.owner())).getOrElse("") : "")
                .text("impactStart", start.map(t -> DAY_TIME.format(t.atZone(shown))).getOrElse(""))
                .text("impactEnd", end.map(t -> start.exists(b -> b.atZone(shown).toLocalDate()
                        .equals(t.atZone(shown).toLocalDate())) ? CLOCK.format(t.atZone(shown))
                        : DAY_TIME.format(t.atZone(shown))).getOrElse(""))
                .text("duration", start.flatMap(s -> end.map(e -> duration(Duration.between(s, e)))).getOrElse(""))
                .text("zoneName", zoneName(shown, start.orElse(() -> entries.headOption().map(TimelineEntry::occurredAt))
                        .getOrElse(Instant.EPOCH)))
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
     * Renders the internal report, curated (see {@link #render(TemplateCatalogue, ChannelFormat, Locale,
     * IncidentState, Seq, ZoneId, Variant, boolean)}).
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
        return render(catalogue, format, locale, state, events, zone, Variant.INTERNAL, false);
    }

    /**
     * Renders the report.
     *
     * @param catalogue the templates; not {@code null}
     * @param format {@link ChannelFormat#MARKDOWN} or {@link ChannelFormat#PLAIN_TEXT} with the built-in
     *     templates; not {@code null}
     * @param locale the language; not {@code null}
     * @param state the incident; not {@code null}
     * @param events its events; not {@code null}
     * @param zone the team's time zone; not {@code null}
     * @param variant internal or public; not {@code null}
     * @param bookkeeping whether the timeline keeps the response's bookkeeping
     * @return the report, or none when the catalogue has no report template in that format
     * @since 0.4.0
     */
    public static Option<String> render(TemplateCatalogue catalogue, ChannelFormat format, Locale locale,
            IncidentState state, Seq<? extends IncidentEvent> events, ZoneId zone, Variant variant,
            boolean bookkeeping) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        return catalogue.render("postmortem-report", format, locale, model(state, events, zone, variant, bookkeeping));
    }

    /** The day and time when the day changes (or for the first row), else the time alone; windows in words. */
    private static String time(TimelineEntry e, Option<LocalDate> previousDay, ZoneId zone) {
        FactTime.Precision precision = e.happened().precision();
        if (precision != FactTime.Precision.EXACT && precision != FactTime.Precision.MINUTE) {
            return e.timeIn(zone);
        }
        ZonedDateTime at = e.occurredAt().atZone(zone);
        return previousDay.contains(at.toLocalDate()) ? CLOCK.format(at) : DAY_TIME.format(at);
    }

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH);

    /** "Coordinated Universal Time", or "Central European Standard Time (Europe/Berlin)" at that moment. */
    private static String zoneName(ZoneId zone, Instant moment) {
        return ZONE_NAME.format(moment.atZone(zone)) + (zone.getId().equals("UTC") ? "" : " (" + zone.getId() + ")");
    }

    private static String section(Option<Postmortem> pm, Section section) {
        return pm.flatMap(p -> p.sections().get(section)).filter(t -> !t.isBlank()).getOrElse("");
    }

    private static String name(IncidentState state, ResponderId id) {
        return state.participants().get(id).map(Responder::displayName).getOrElse(id.value());
    }

    private static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
