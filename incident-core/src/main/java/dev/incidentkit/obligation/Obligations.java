package dev.incidentkit.obligation;

import dev.incidentkit.incident.Communication;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Milestone;
import dev.incidentkit.incident.OfficialStart;
import dev.incidentkit.incident.PostmortemOwed;
import dev.incidentkit.incident.Responsibility;
import dev.incidentkit.incident.StatusUpdate;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.FollowUp;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.PostmortemPolicy;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * What is due or overdue on an incident, as a pure function of its state, its process and a moment.
 *
 * <p>The same state, process and moment always give the same list, whenever it is asked; and since
 * every obligation is derived from the state, none is lost when nobody asks for a while (the weakness
 * of reminder jobs that fire once an hour). An obligation stays listed until an event satisfies it or
 * the incident's status makes it moot; a status update already owed stays owed at the cadence of the
 * most severe level held since the last update, even after a downgrade. Upcoming obligations are listed
 * too, with their due time; {@link Obligation#isOverdueAt(Instant)} tells which are late. Obligations
 * without a deadline (a postmortem where the process sets none) are listed last and are never overdue.
 *
 * @since 0.1.0
 */
public final class Obligations {

    private Obligations() {}

    /**
     * Lists the obligations of an incident, earliest due first.
     *
     * @param state the incident
     * @param process its process
     * @param now the moment asked about, used for the wording of overdue items
     * @return the obligations
     */
    public static Seq<Obligation> of(IncidentState state, IncidentProcess process, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(now, "now");
        if (!state.isReported()) {
            return List.empty();
        }
        return List.<Obligation>empty()
                .appendAll(statusUpdates(state, process, now))
                .appendAll(officialStart(state, process))
                .appendAll(vacantRoles(state, process))
                .appendAll(openHandoffs(state, now))
                .appendAll(reporterNotTold(state))
                .appendAll(resolutionNotCommunicated(state, process))
                .appendAll(postmortem(state, process))
                .appendAll(actionItems(state, process))
                .appendAll(followUps(state, process))
                .sorted(Comparator.comparing((Obligation o) -> o.dueAt().getOrElse(Instant.MAX))
                        .thenComparing(Obligation::kind).thenComparing(Obligation::subject));
    }

    private static Seq<Obligation> statusUpdates(IncidentState state, IncidentProcess process, Instant now) {
        if (!state.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED) || state.severity().isEmpty()) {
            return List.empty();
        }
        Instant roundStart = latest(state, Milestone.DECLARED, Milestone.REOPENED);
        Seq<ResponderId> senders = Responsibility.of(state, process.cadence().sender(), process);
        Set<Audience> audiences = process.cadence().audiences()
                .addAll(state.statusUpdates().filter(u -> u.nextUpdateBy().isDefined()).map(StatusUpdate::audience));
        return audiences.toList().sorted().flatMap(audience -> {
            Option<StatusUpdate> last = state.statusUpdates()
                    .filter(u -> u.audience() == audience && u.kind() == UpdateKind.PROGRESS
                            && !u.postedAt().isBefore(roundStart))
                    // the latest by when it was posted: an update recorded afterwards may be an earlier one
                    .maxBy(StatusUpdate::postedAt);
            Instant since = last.map(StatusUpdate::postedAt).getOrElse(roundStart);
            // the update was owed at the cadence of the most severe level held since the last one, so a
            // later downgrade does not erase an update that was already due
            // a level without a cadence (one where updates come as there is news) owes nothing by the clock,
            // and must not silence a level that has one: the most severe level held since that has a cadence
            Seq<Severity> held = state.severitiesSince(since);
            Severity severity = held.find(level -> process.cadence().intervalFor(level).isDefined())
                    .getOrElse(() -> state.severity().get());
            Option<Duration> interval = process.cadence().intervalFor(severity);
            Option<Instant> byCadence = process.cadence().audiences().contains(audience)
                    ? interval.map(since::plus) : Option.none();
            Option<Instant> promised = last.flatMap(StatusUpdate::nextUpdateBy);
            Option<Instant> due = List.ofAll(byCadence).appendAll(promised).minBy(Comparator.naturalOrder());
            return due.map(at -> new Obligation(ObligationKind.STATUS_UPDATE, audience.name().toLowerCase(
                    java.util.Locale.ROOT), Option.some(at), senders,
                    "a status update to " + audienceName(audience) + (now.isAfter(at) ? " was due at " : " is due by ")
                            + at + (promised.contains(at) ? " (promised by the last update)"
                                    : " (every " + interval.get().toMinutes() + " minutes at " + severity + ")")));
        });
    }

    private static Seq<Obligation> officialStart(IncidentState state, IncidentProcess process) {
        Option<Instant> declaredAt = state.milestones().get(Milestone.DECLARED);
        // an incident mitigated without a declaration has no official start to reach
        if (declaredAt.isEmpty() || !state.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED)
                || OfficialStart.hasStarted(state)) {
            return List.empty();
        }
        Instant declared = declaredAt.get();
        Seq<ResponderId> commander = Responsibility.of(state, Role.INCIDENT_COMMANDER, process);
        return OfficialStart.missing(state, process).map(condition -> new Obligation(
                ObligationKind.OFFICIAL_START_ITEM, condition.name(), Option.some(declared), commander,
                "the incident has not officially started: make sure " + condition.description()));
    }

    private static Seq<Obligation> vacantRoles(IncidentState state, IncidentProcess process) {
        Option<Instant> declared = state.milestones().get(Milestone.DECLARED);
        if (declared.isEmpty() || state.status().get().isTerminal()) {
            return List.empty();
        }
        Seq<ResponderId> commander = Responsibility.of(state, Role.INCIDENT_COMMANDER, process);
        return process.roles()
                .filter(role -> role.cardinality().isRequired() && state.holders(role).isEmpty())
                .map(role -> new Obligation(ObligationKind.ROLE_VACANT, role.key(), declared, commander,
                        "the " + role.name() + " role must always be held and has no holder"));
    }

    private static Seq<Obligation> openHandoffs(IncidentState state, Instant now) {
        if (state.status().get().isTerminal()) {
            return List.empty();
        }
        return state.openHandoffs().values().toList().map(offer -> new Obligation(
                ObligationKind.HANDOFF_UNANSWERED, offer.id().toString(), Option.some(offer.expiresAt()),
                List.of(offer.to().id()),
                offer.offeredBy() + " offered " + offer.from() + "'s role " + offer.role().name() + " to "
                        + offer.to().displayName() + (now.isAfter(offer.expiresAt()) ? "; the offer expired at "
                                : "; accept or decline it by ") + offer.expiresAt()));
    }

    private static Seq<Obligation> reporterNotTold(IncidentState state) {
        Option<ResponderId> reporter = state.source().flatMap(source -> source.namedReporter());
        if (!state.isIn(IncidentStatus.DECLINED, IncidentStatus.CANCELED, IncidentStatus.MERGED) || reporter.isEmpty()
                || state.reporterInformedAt().isDefined()) {
            return List.empty();
        }
        if (state.mergedInto().isDefined()) {
            return List.of(new Obligation(ObligationKind.REPORTER_NOT_TOLD, reporter.get().value(), state.outcomeAt(),
                    List.ofAll(state.outcomeBy()), "tell " + reporter.get() + " that the report is handled as part of"
                            + " incident " + state.mergedInto().get()));
        }
        String where = state.declineRoute().map(route -> " where it went (" + route.destination().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + route.reference().map(ref -> " " + ref).getOrElse("") + ") and").getOrElse("");
        return List.of(new Obligation(ObligationKind.REPORTER_NOT_TOLD, reporter.get().value(),
                state.outcomeAt(), List.ofAll(state.outcomeBy()), "tell " + reporter.get() + where
                        + " how to report next time"));
    }

    private static Seq<Obligation> resolutionNotCommunicated(IncidentState state, IncidentProcess process) {
        if (!state.isIn(IncidentStatus.RESOLVED, IncidentStatus.IN_REVIEW)) {
            return List.empty();
        }
        Option<Instant> resolved = state.milestones().get(Milestone.RESOLVED);
        Seq<ResponderId> senders = Responsibility.of(state, process.cadence().sender(), process);
        return Communication.resolutionNotYetToldTo(state, process)
                .map(audience -> new Obligation(ObligationKind.RESOLUTION_NOT_COMMUNICATED,
                        audience.name().toLowerCase(java.util.Locale.ROOT), resolved, senders,
                        "tell " + audienceName(audience) + " that things should be back to normal"));
    }

    private static Seq<Obligation> postmortem(IncidentState state, IncidentProcess process) {
        if (!state.isIn(IncidentStatus.RESOLVED, IncidentStatus.IN_REVIEW, IncidentStatus.CLOSED)
                || state.severity().isEmpty()) {
            return List.empty();
        }
        Option<Postmortem> started = state.postmortem();
        if (started.exists(pm -> pm.status() == PostmortemStatus.PUBLISHED)) {
            return started.filter(pm -> pm.sharedAt().isEmpty()).map(pm -> new Obligation(
                    ObligationKind.POSTMORTEM_NOT_SHARED, "postmortem", pm.publishedAt(),
                    Responsibility.of(state, process.cadence().sender(), process),
                    "send the stakeholders the link to the published postmortem (" + pm.location().get() + ")"))
                    .toList();
        }
        PostmortemPolicy policy = process.postmortem();
        Option<Severity> owed = PostmortemOwed.at(state, process);
        if (owed.isEmpty() && started.isEmpty()) {
            return List.empty();
        }
        Severity severity = owed.getOrElse(() -> state.severity().get());
        Instant resolved = state.milestones().get(Milestone.RESOLVED).get();
        Option<Instant> due = policy.dueInWorkingDays().map(days -> policy.calendar().plusWorkingDays(resolved, days));
        Seq<ResponderId> owners = started.map(pm -> (Seq<ResponderId>) List.of(pm.owner()))
                .getOrElse(() -> Responsibility.of(state, Role.INCIDENT_COMMANDER, process));
        return List.of(new Obligation(ObligationKind.POSTMORTEM_DUE, "postmortem", due, owners,
                started.map(pm -> "the postmortem is " + pm.status().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + "; publish it").getOrElse("start the postmortem") + ": one is required at "
                        + severity
                        + (policy.meetingFor(severity) ? ", with a review meeting," : "")
                        + policy.dueInWorkingDays().map(days -> " within " + days + " working day"
                                + (days == 1 ? "" : "s") + " of resolution, by " + due.get())
                                .getOrElse(", with no deadline set")));
    }

    /**
     * Each open action item with a due date, due at the end of that day in the postmortem calendar's zone,
     * owed by its owner or, when it names none, the postmortem's owner. Done, won't-do and unknown items owe
     * nothing; an item stays owed after the incident is closed, as it is tracked after the close.
     */
    private static Seq<Obligation> actionItems(IncidentState state, IncidentProcess process) {
        if (state.postmortem().isEmpty()) {
            return List.empty();
        }
        Postmortem pm = state.postmortem().get();
        java.time.ZoneId zone = process.postmortem().calendar().zone();
        return pm.actionItems().values().toList()
                .filter(item -> item.status() == ActionItem.Status.OPEN && item.due().isDefined())
                .map(item -> new Obligation(ObligationKind.ACTION_ITEM_DUE, "action item " + item.id(),
                        Option.some(item.due().get().plusDays(1).atStartOfDay(zone).toInstant()),
                        List.of(item.owner().getOrElse(pm.owner())),
                        "action item " + item.id() + " is due by the end of " + item.due().get()
                                + "; mark it done or won't do"));
    }

    /**
     * Each follow-up report not settled, due when it was reported: owed by whoever sends the process's
     * updates until it is answered, then by the commander, who settles it.
     */
    private static Seq<Obligation> followUps(IncidentState state, IncidentProcess process) {
        return state.followUps().filter(FollowUp::isOpen).map(f -> f.answeredAt().isEmpty()
                ? new Obligation(ObligationKind.FOLLOW_UP_OPEN, "follow-up " + f.id(), Option.some(f.reportedAt()),
                        Responsibility.of(state, process.cadence().sender(), process),
                        "answer " + f.from().name() + ", who reported after the resolution: " + f.report())
                : new Obligation(ObligationKind.FOLLOW_UP_OPEN, "follow-up " + f.id(), Option.some(f.reportedAt()),
                        Responsibility.of(state, Role.INCIDENT_COMMANDER, process),
                        "settle the follow-up from " + f.from().name() + ": dismiss it, reopen the incident or open"
                                + " a new one"));
    }

    private static Instant latest(IncidentState state, Milestone... milestones) {
        return List.of(milestones).flatMap(m -> state.milestones().get(m)).max().get();
    }

    private static String audienceName(Audience audience) {
        switch (audience) {
            case INTERNAL:
                return "the organisation";
            case STAKEHOLDERS:
                return "the stakeholders";
            default:
                return "the public";
        }
    }
}
