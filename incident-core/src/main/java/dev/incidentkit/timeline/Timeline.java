package dev.incidentkit.timeline;

import dev.incidentkit.base.PlainText;
import dev.incidentkit.incident.Absorption;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.FactTime;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * An incident's timeline, derived from its events: what the decider recorded (reported, declared, roles
 * and handoffs, severity changes, status updates, links, mitigated, resolved, reopened), what responders
 * recorded (debugging steps, fix attempts, hypotheses, communication from the community, verification),
 * and the chat messages imported from its channels. The goal is that someone reading it months later
 * can answer "what happened, and when?" (001).
 *
 * <p>Entries are sorted by when they happened; entries at the same moment keep the order of the events
 * that hold them, so the sort is stable and the same events always give the same timeline.
 *
 * @since 0.1.0
 */
public final class Timeline {

    private Timeline() {}

    /**
     * Builds the timeline of an incident.
     *
     * @param events the incident's events in sequence order
     * @return the entries, sorted by when they happened (an entry known only within a window sorts within
     *     it, in the order it was recorded); of the guesses at when the impact began, only the latest
     */
    public static Seq<TimelineEntry> of(Iterable<? extends IncidentEvent> events) {
        Objects.requireNonNull(events, "events");
        List<IncidentEvent> all = List.ofAll(events);
        // responders by the names people know them by, from the events that carry them
        java.util.Map<ResponderId, String> names = new java.util.HashMap<>();
        for (IncidentEvent event : all) {
            responders(event).forEach(r -> names.put(r.id(), r.displayName()));
        }
        List<TimelineEntry> entries = all.flatMap(e -> entries(e, id -> names.getOrDefault(id, id.value())));
        // each new guess at the impact's start supersedes the one before: the timeline shows the current
        // guess, the events keep every one
        TimelineEntry current = entries.findLast(e -> e.kind() == EntryKind.IMPACT_STARTED).getOrNull();
        return inOrder(entries.filter(e -> e.kind() != EntryKind.IMPACT_STARTED || e == current));
    }

    /**
     * Sorts entries, given in the order they were recorded, by when they happened. A time known to a point
     * sorts at that point. A window (between two times, a date, a time not recorded) sorts where the entry
     * recorded before it sorts, if that lies within the window, so that what a write-up tells in order stays
     * in order; else at the nearer end of the window. Entries at the same point keep the order they were
     * recorded in.
     */
    private static Seq<TimelineEntry> inOrder(List<TimelineEntry> recorded) {
        Instant previous = null;
        List<io.vavr.Tuple2<Instant, TimelineEntry>> keyed = List.empty();
        for (TimelineEntry entry : recorded) {
            FactTime when = entry.happened();
            Instant key = when.at();
            if (previous != null && when.width().compareTo(java.time.Duration.ZERO) > 0) {
                key = previous.isBefore(when.at()) ? when.at() : previous.isAfter(when.until()) ? when.until() : previous;
            }
            keyed = keyed.prepend(io.vavr.Tuple.of(key, entry));
            previous = key;
        }
        return keyed.reverse().sortBy(io.vavr.Tuple2::_1).map(io.vavr.Tuple2::_2);
    }

    /**
     * The timeline as lines of plain text, times in a chosen zone: {@code "2026-03-02 13:42 CET  declared: ..."}.
     * The entries' text is what people wrote, shown as {@link PlainText#line(String)} shows it: one line per
     * entry (line breaks become spaces), without control or formatting characters, mass mentions disarmed.
     * For any other format, escape {@link TimelineEntry#text()} for it instead.
     *
     * @param entries the entries
     * @param zone the readers' time zone
     * @return one line per entry
     */
    public static Seq<String> lines(Seq<TimelineEntry> entries, ZoneId zone) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(zone, "zone");
        return entries.map(e -> e.timeIn(zone) + "  " + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + e.actor().map(a -> " (" + a + ")").getOrElse("") + ": " + PlainText.line(e.text())
                + e.recordedIn(zone).map(recorded -> " [" + recorded + "]").getOrElse(""));
    }

    /** The responders an event names with their display names. */
    private static Seq<Responder> responders(IncidentEvent event) {
        if (event instanceof TeamEvent.RoleAssigned) {
            return List.of(((TeamEvent.RoleAssigned) event).responder());
        }
        if (event instanceof TeamEvent.HandoffOffered) {
            return List.of(((TeamEvent.HandoffOffered) event).handoff().to());
        }
        if (event instanceof TeamEvent.TakeoverOffered) {
            return List.of(((TeamEvent.TakeoverOffered) event).handoff().to());
        }
        if (event instanceof TeamEvent.HandoffAccepted) {
            return List.of(((TeamEvent.HandoffAccepted) event).to());
        }
        if (event instanceof TeamEvent.TicketAssigned) {
            return List.of(((TeamEvent.TicketAssigned) event).assignee());
        }
        if (event instanceof TeamEvent.PagingIncidentReassigned) {
            return List.of(((TeamEvent.PagingIncidentReassigned) event).assignee());
        }
        return List.empty();
    }

    /**
     * The entries one event gives, naming responders as {@code name} says: usually one, a report with a
     * guessed impact start two, an import many.
     */
    private static Seq<TimelineEntry> entries(IncidentEvent event, java.util.function.Function<ResponderId, String> name) {
        EntrySource source = new EntrySource(EntrySource.Kind.EVENT, event.header().eventId().value(), Option.none());
        FactTime at = event.header().happened();
        // a fact recorded later than it happened shows both times (a report's own time is its detection,
        // which an alert gives a minute before the report is recorded: not worth a note)
        Option<Instant> recorded = event.header().occurredAt().isDefined()
                && !(at.isPrecise() && at.at().equals(event.header().recordedAt()))
                ? Option.some(event.header().recordedAt()) : Option.none();
        Option<dev.incidentkit.role.ResponderId> actor = Option.some(event.actor());
        if (event instanceof TriageEvent.Reported) {
            TriageEvent.Reported e = (TriageEvent.Reported) event;
            return impactStart(e.impactStartedAt(), source).append(new TimelineEntry(at, EntryKind.REPORTED,
                    e.source().namedReporter().orElse(actor), "reported: " + e.summary() + describe(e.source()),
                    reportSource(e.source(), source), Option.none()));
        }
        if (event instanceof ResponseEvent.Declared) {
            ResponseEvent.Declared e = (ResponseEvent.Declared) event;
            return impactStart(e.impactStartedAt(), source).append(entry(at, EntryKind.DECLARED, actor, "declared "
                    + e.severity() + ": " + e.title() + " (" + e.impact().summary() + "; " + e.impactedService() + ")",
                    source, recorded));
        }
        if (event instanceof TriageEvent.ImpactStartEstimated) {
            return impactStart(Option.some(((TriageEvent.ImpactStartEstimated) event).startedAt()), source);
        }
        if (event instanceof PostmortemEvent.ImpactWindowSet) {
            PostmortemEvent.ImpactWindowSet e = (PostmortemEvent.ImpactWindowSet) event;
            return impactStart(Option.some(e.start()), source).appendAll(e.end().map(end -> new TimelineEntry(end,
                    EntryKind.IMPACT_ENDED, actor, "impact ended (best guess)", source)));
        }
        if (event instanceof ResponseEvent.ActionRecorded) {
            ResponseEvent.ActionRecorded e = (ResponseEvent.ActionRecorded) event;
            return List.of(entry(at, EntryKind.valueOf(e.action().name()), actor, e.text(), source, recorded));
        }
        if (event instanceof CommunicationEvent.ChatImported) {
            return ((CommunicationEvent.ChatImported) event).imported().map(Timeline::chat).toList();
        }
        return describe(event, name).map(d -> entry(at, d.kind, actor, d.text, source, recorded)).toList();
    }

    private static Seq<TimelineEntry> impactStart(Option<Instant> at, EntrySource source) {
        return at.map(t -> new TimelineEntry(t, EntryKind.IMPACT_STARTED, Option.none(),
                "impact began (best guess)", source)).toList();
    }

    private static TimelineEntry chat(ChatMessage m) {
        return new TimelineEntry(m.postedAt(), EntryKind.CHAT_MESSAGE, Option.some(m.author()), m.text(),
                new EntrySource(EntrySource.Kind.CHAT_MESSAGE, m.channel() + "/" + m.id(), m.link()));
    }

    private static TimelineEntry entry(FactTime at, EntryKind kind, Option<dev.incidentkit.role.ResponderId> actor,
            String text, EntrySource source, Option<Instant> recorded) {
        return new TimelineEntry(at, kind, actor, text, source, recorded);
    }

    private static EntrySource reportSource(ReportSource reported, EntrySource event) {
        if (reported instanceof ReportSource.PagingAlert) {
            ReportSource.PagingAlert alert = (ReportSource.PagingAlert) reported;
            return new EntrySource(EntrySource.Kind.ALERT, alert.externalId().getOrElse(alert.alertName()), Option.none());
        }
        if (reported instanceof ReportSource.SupportTicket) {
            return new EntrySource(EntrySource.Kind.TICKET, ((ReportSource.SupportTicket) reported).reference(),
                    Option.none());
        }
        if (reported instanceof ReportSource.ChatReport) {
            ReportSource.ChatReport chat = (ReportSource.ChatReport) reported;
            return new EntrySource(EntrySource.Kind.CHAT_MESSAGE, chat.channel(), chat.messageLink());
        }
        return event;
    }

    private static String describe(ReportSource source) {
        if (source instanceof ReportSource.PagingAlert) {
            return " (paging alert " + ((ReportSource.PagingAlert) source).alertName() + ")";
        }
        if (source instanceof ReportSource.SupportTicket) {
            return " (support ticket " + ((ReportSource.SupportTicket) source).reference() + ")";
        }
        if (source instanceof ReportSource.ChatReport) {
            return " (raised in " + ((ReportSource.ChatReport) source).channel() + ")";
        }
        return "";
    }

    /** The kind and words of an event that gives one plain entry, or none for bookkeeping events. */
    private static Option<Described> describe(IncidentEvent event, java.util.function.Function<ResponderId, String> name) {
        if (event instanceof TriageEvent.Assessed) {
            TriageEvent.Assessed e = (TriageEvent.Assessed) event;
            return some(EntryKind.ASSESSED, "assessed: " + e.verdict().outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " (" + e.verdict().reasons().mkString("; ") + ")");
        }
        if (event instanceof TriageEvent.Declined) {
            TriageEvent.Declined e = (TriageEvent.Declined) event;
            return some(EntryKind.DECLINED, "declined: " + e.reason());
        }
        if (event instanceof TeamEvent.RoleAssigned) {
            TeamEvent.RoleAssigned e = (TeamEvent.RoleAssigned) event;
            return some(EntryKind.ROLE, e.responder().displayName() + " became " + e.role().name() + " (" + e.reason() + ")");
        }
        if (event instanceof TeamEvent.RoleReleased) {
            TeamEvent.RoleReleased e = (TeamEvent.RoleReleased) event;
            return some(EntryKind.ROLE, name.apply(e.holder()) + " stepped down as " + e.role().name() + " (" + e.reason() + ")");
        }
        if (event instanceof TeamEvent.HandoffOffered) {
            TeamEvent.HandoffOffered e = (TeamEvent.HandoffOffered) event;
            return some(EntryKind.ROLE, e.handoff().role().name() + " offered to " + e.handoff().to().displayName()
                    + ": " + e.handoff().note());
        }
        if (event instanceof TeamEvent.TakeoverOffered) {
            Handoff h = ((TeamEvent.TakeoverOffered) event).handoff();
            return some(EntryKind.ROLE, name.apply(h.offeredBy()) + " took " + h.role().name() + " over from "
                    + name.apply(h.from())
                    + " without them, offering it to " + h.to().displayName() + ": " + h.note());
        }
        if (event instanceof TeamEvent.HandoffAccepted) {
            TeamEvent.HandoffAccepted e = (TeamEvent.HandoffAccepted) event;
            return some(EntryKind.ROLE, e.to().displayName() + " took over as " + e.role().name() + " from "
                    + name.apply(e.from()));
        }
        if (event instanceof TeamEvent.HandoffDeclined) {
            return some(EntryKind.ROLE, "role offer declined: " + ((TeamEvent.HandoffDeclined) event).reason());
        }
        if (event instanceof TeamEvent.HandoffWithdrawn) {
            return some(EntryKind.ROLE, "role offer withdrawn: " + ((TeamEvent.HandoffWithdrawn) event).reason());
        }
        if (event instanceof TeamEvent.HandoffExpired) {
            return some(EntryKind.ROLE, "role offer expired unanswered");
        }
        if (event instanceof ResponseEvent.SeverityChanged) {
            ResponseEvent.SeverityChanged e = (ResponseEvent.SeverityChanged) event;
            return some(EntryKind.SEVERITY_CHANGED, "severity " + e.from() + " -> " + e.to()
                    + e.reason().map(r -> " (" + r + ")").getOrElse(""));
        }
        if (event instanceof CommunicationEvent.UpdatePosted) {
            CommunicationEvent.UpdatePosted e = (CommunicationEvent.UpdatePosted) event;
            return some(EntryKind.STATUS_UPDATE, (e.kind() == dev.incidentkit.incident.UpdateKind.RESOLUTION
                    ? "resolution notice to " : "update to ") + e.audience().name().toLowerCase(Locale.ROOT) + ": "
                    + e.text());
        }
        if (event instanceof CommunicationEvent.LinkAdded) {
            Link link = ((CommunicationEvent.LinkAdded) event).link();
            return some(EntryKind.LINK, link.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " linked: "
                    + link.reference());
        }
        if (event instanceof TeamEvent.TicketAssigned) {
            TeamEvent.TicketAssigned e = (TeamEvent.TicketAssigned) event;
            return some(EntryKind.LINK, "ticket " + e.ticket() + " assigned to " + e.assignee().displayName());
        }
        if (event instanceof TeamEvent.PagingIncidentReassigned) {
            TeamEvent.PagingIncidentReassigned e = (TeamEvent.PagingIncidentReassigned) event;
            return some(EntryKind.LINK, "paging incident reassigned to " + e.assignee().displayName());
        }
        if (event instanceof TeamEvent.PagingIncidentNoted) {
            return some(EntryKind.LINK, "note on the paging incident: " + ((TeamEvent.PagingIncidentNoted) event).note());
        }
        if (event instanceof ResponseEvent.PagingAcknowledged) {
            return some(EntryKind.ACKNOWLEDGED, "acknowledged in the paging tool");
        }
        if (event instanceof ResponseEvent.OfficiallyStarted) {
            return some(EntryKind.OFFICIALLY_STARTED, "the incident officially started");
        }
        if (event instanceof ResponseEvent.Mitigated) {
            return some(EntryKind.MITIGATED, "mitigated: " + ((ResponseEvent.Mitigated) event).note());
        }
        if (event instanceof ResponseEvent.Resolved) {
            return some(EntryKind.RESOLVED, "resolved; verified by: " + ((ResponseEvent.Resolved) event).verification());
        }
        if (event instanceof ResponseEvent.Reopened) {
            return some(EntryKind.REOPENED, "reopened: " + ((ResponseEvent.Reopened) event).reason());
        }
        if (event instanceof ResponseEvent.Canceled) {
            return some(EntryKind.ENDED, "canceled: " + ((ResponseEvent.Canceled) event).reason());
        }
        if (event instanceof ResponseEvent.Absorbed) {
            Absorption taken = ((ResponseEvent.Absorbed) event).absorption();
            return some(EntryKind.REPORTED, "took in incident " + taken.merged() + ", merged into this one"
                    + taken.source().map(source -> describe(source)
                            + source.namedReporter().map(r -> ", reported by " + r).getOrElse("")).getOrElse("")
                    + (taken.links().isEmpty() ? "" : "; its links: " + taken.links().map(Link::reference).mkString(", ")));
        }
        if (event instanceof ResponseEvent.Merged) {
            return some(EntryKind.ENDED, "merged into " + ((ResponseEvent.Merged) event).into());
        }
        if (event instanceof ResponseEvent.Closed) {
            return some(EntryKind.ENDED, "closed");
        }
        if (event instanceof TeamEvent.AdvisoryRaised) {
            return some(EntryKind.ADVISORY, ((TeamEvent.AdvisoryRaised) event).advisory().message());
        }
        if (event instanceof PostmortemEvent.PostmortemStarted) {
            return some(EntryKind.POSTMORTEM, "postmortem started, owned by "
                    + name.apply(((PostmortemEvent.PostmortemStarted) event).owner()));
        }
        if (event instanceof PostmortemEvent.SectionWritten) {
            return some(EntryKind.POSTMORTEM, "postmortem section written: "
                    + ((PostmortemEvent.SectionWritten) event).section().title());
        }
        if (event instanceof CommunicationEvent.MessageRecorded) {
            CommunicationEvent.MessageRecorded e = (CommunicationEvent.MessageRecorded) event;
            boolean in = e.direction() == dev.incidentkit.incident.communication.Direction.INBOUND;
            return some(e.counterpart().kind() == dev.incidentkit.incident.communication.Counterpart.Kind.COMMUNITY
                    ? EntryKind.COMMUNITY_COMMUNICATION : EntryKind.MESSAGE,
                    (in ? "message from " : "message to ") + e.counterpart().name() + ": " + e.text());
        }
        if (event instanceof CommunicationEvent.FollowUpReported e) {
            return some(EntryKind.MESSAGE, "follow-up from " + e.from().name() + " after the resolution: " + e.report());
        }
        if (event instanceof CommunicationEvent.FollowUpAnswered e) {
            return some(EntryKind.MESSAGE, "follow-up " + e.id() + " answered: " + e.answer());
        }
        if (event instanceof CommunicationEvent.FollowUpSettled e) {
            return some(EntryKind.MESSAGE, "follow-up " + e.id() + " " + switch (e.settlement()) {
                case DISMISSED -> "dismissed, not a new incident";
                case REOPENED -> "reopened the incident";
                case NEW_INCIDENT -> "became incident " + e.newIncident().get().value();
            } + ": " + e.reason());
        }
        if (event instanceof PostmortemEvent.ActionItemAdded) {
            ActionItem item = ((PostmortemEvent.ActionItemAdded) event).item();
            return some(EntryKind.POSTMORTEM, "action item: " + item.text()
                    + item.owner().map(owner -> ", owned by " + name.apply(owner)).getOrElse("")
                    + item.due().map(due -> ", due " + due).getOrElse(""));
        }
        if (event instanceof PostmortemEvent.ActionItemUpdated) {
            PostmortemEvent.ActionItemUpdated e = (PostmortemEvent.ActionItemUpdated) event;
            return some(EntryKind.POSTMORTEM, "action item " + e.itemId() + (e.status() == ActionItem.Status.UNKNOWN
                    ? ": whether it was done is not recorded"
                    : " " + e.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        if (event instanceof PostmortemEvent.ReviewRequested) {
            return some(EntryKind.POSTMORTEM, "postmortem review requested");
        }
        if (event instanceof PostmortemEvent.PostmortemReviewed) {
            return some(EntryKind.POSTMORTEM, "postmortem reviewed: " + ((PostmortemEvent.PostmortemReviewed) event).comment());
        }
        if (event instanceof PostmortemEvent.ReviewCommentRaised) {
            return some(EntryKind.POSTMORTEM, "review comment: " + ((PostmortemEvent.ReviewCommentRaised) event).text());
        }
        if (event instanceof PostmortemEvent.ReviewCommentSettled) {
            PostmortemEvent.ReviewCommentSettled e = (PostmortemEvent.ReviewCommentSettled) event;
            return some(EntryKind.POSTMORTEM, "review comment " + e.outcome().name().toLowerCase(Locale.ROOT) + ": "
                    + e.note());
        }
        if (event instanceof PostmortemEvent.MarkedReviewed) {
            return some(EntryKind.POSTMORTEM, "postmortem marked reviewed");
        }
        if (event instanceof PostmortemEvent.PostmortemPublished) {
            return some(EntryKind.POSTMORTEM, "postmortem published at "
                    + ((PostmortemEvent.PostmortemPublished) event).location());
        }
        if (event instanceof PostmortemEvent.PostmortemShared) {
            return some(EntryKind.POSTMORTEM, "postmortem shared with the stakeholders");
        }
        if (event instanceof TriageEvent.InformationRequested) {
            return some(EntryKind.NOTE, "asked the reporter: " + ((TriageEvent.InformationRequested) event).question());
        }
        if (event instanceof TriageEvent.ReporterInformed) {
            return some(EntryKind.NOTE, "told the reporter: " + ((TriageEvent.ReporterInformed) event).message());
        }
        // every event type has its entry: a new one fails here, and in EveryEventIsHandledTest, until it has one
        throw new IllegalArgumentException("the timeline does not know the event type "
                + event.getClass().getName() + ": give it an entry");
    }

    private static Option<Described> some(EntryKind kind, String text) {
        return Option.some(new Described(kind, text));
    }

    private static final class Described {
        final EntryKind kind;
        final String text;

        Described(EntryKind kind, String text) {
            this.kind = kind;
            this.text = text;
        }
    }
}
