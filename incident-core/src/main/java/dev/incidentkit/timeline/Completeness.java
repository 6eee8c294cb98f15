package dev.incidentkit.timeline;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.report.ReportSource;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Checks a timeline against guide 001's list of what it must contain, and says what is missing. Nothing
 * is invented to fill a gap: a missing item is reported, with what would supply it.
 *
 * @since 0.1.0
 */
public final class Completeness {

    private Completeness() {}

    /**
     * The items of the guide's list that an incident's timeline lacks, each with what would supply it.
     *
     * @param events the incident's events in sequence order
     * @return missing item to a sentence saying what would supply it, in the guide's order
     */
    public static Map<TimelineItem, String> missing(Iterable<? extends IncidentEvent> events) {
        Objects.requireNonNull(events, "events");
        Seq<IncidentEvent> all = List.ofAll(events);
        Seq<TimelineEntry> timeline = Timeline.of(all);
        Set<EntryKind> kinds = timeline.map(TimelineEntry::kind).toSet();
        Set<dev.incidentkit.role.ResponderId> team = all
                .filter(e -> e instanceof TeamEvent.RoleAssigned || e instanceof TeamEvent.HandoffAccepted
                        || e instanceof ResponseEvent.Declared)
                .map(e -> e instanceof TeamEvent.RoleAssigned ? ((TeamEvent.RoleAssigned) e).responder().id()
                        : e instanceof TeamEvent.HandoffAccepted ? ((TeamEvent.HandoffAccepted) e).to().id()
                        : ((ResponseEvent.Declared) e).declarer().id())
                .toSet();
        Map<TimelineItem, String> missing = LinkedHashMap.empty();
        if (!kinds.contains(EntryKind.IMPACT_STARTED)) {
            missing = missing.put(TimelineItem.BEGINNING_OF_IMPACT, "estimate when the impact began");
        }
        boolean linked = all.find(TriageEvent.Reported.class::isInstance)
                .map(e -> hasLink(((TriageEvent.Reported) e).source())).getOrElse(false);
        if (!linked) {
            missing = missing.put(TimelineItem.BROUGHT_TO_ATTENTION,
                    "the report has no link to its source (an alert id, a ticket, a chat message)");
        }
        if (!kinds.contains(EntryKind.DECLARED)) {
            missing = missing.put(TimelineItem.RESPONSE_BEGAN, "the incident was never declared");
        }
        if (!kinds.contains(EntryKind.DEBUGGING)) {
            missing = missing.put(TimelineItem.DEBUGGING_ACTIONS, "record the debugging steps, with commands pasted");
        }
        if (!kinds.contains(EntryKind.FIX_ATTEMPT)) {
            missing = missing.put(TimelineItem.FIX_ACTIONS, "record the fix attempts and their outcome");
        }
        boolean community = kinds.contains(EntryKind.COMMUNITY_COMMUNICATION) || timeline.exists(entry ->
                entry.kind() == EntryKind.CHAT_MESSAGE && entry.actor().exists(author -> !team.contains(author)));
        if (!community) {
            missing = missing.put(TimelineItem.COMMUNITY_COMMUNICATION,
                    "record what the affected community said, or import the channel they wrote in");
        }
        if (!kinds.contains(EntryKind.RESOLVED)) {
            missing = missing.put(TimelineItem.FIXED_AND_VERIFIED, "the incident is not resolved");
        }
        return missing;
    }

    private static boolean hasLink(ReportSource source) {
        if (source instanceof ReportSource.PagingAlert) {
            return ((ReportSource.PagingAlert) source).externalId().isDefined();
        }
        if (source instanceof ReportSource.ChatReport) {
            return ((ReportSource.ChatReport) source).messageLink().isDefined();
        }
        return source instanceof ReportSource.SupportTicket;
    }
}
