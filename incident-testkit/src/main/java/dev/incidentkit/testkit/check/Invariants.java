package dev.incidentkit.testkit.check;

import static dev.incidentkit.testkit.check.Invariant.require;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.FactTime;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Milestone;
import dev.incidentkit.incident.StatusUpdate;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.metrics.Elapsed;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.Permission;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.timeline.EntryKind;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Traversable;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The invariant catalogue: the rules of the guides and of the library that must hold after every step
 * of every command sequence, whatever the process. Pick single invariants, take {@link #standard()},
 * or add your own made with {@link Invariant#of}.
 *
 * <p>Where an invariant compares the process with the guides, it states the guides' floor itself rather
 * than trusting the process: {@link #REQUIRED_ROLES_HELD} knows that every guide has an Incident
 * Commander, {@link #STEERED_BY_ROLE_HOLDERS} that no guide lets a bystander resolve, and
 * {@link #statusUpdatesComeDue(Duration)} that an update cadence must come due. A process that
 * configures those rules away is caught.
 *
 * @since 0.1.0
 */
public final class Invariants {

    /**
     * Replay equals live: folding the whole history from an empty incident gives the state the live
     * decision returned; a rejected command changes nothing; sequence numbers run from 1 without gaps.
     */
    public static final Invariant REPLAY_EQUALS_LIVE = Invariant.of("replay equals live",
            "folding the stored events from an empty incident gives the state live handling returned; a rejected"
                    + " command changes nothing; sequence numbers run from 1 without gaps",
            Invariants::replayEqualsLive);

    /** Deciding is deterministic: the same command against the same state gives the same answer. */
    public static final Invariant DETERMINISTIC = Invariant.of("deciding is deterministic",
            "the same command decided again against the same state gives the same answer",
            step -> require(step.decider().apply(step.command(), step.before()).equals(step.outcome()),
                    () -> "deciding the command again gave " + step.decider().apply(step.command(), step.before())));

    /**
     * Events carry their command: the command's id, actor and a recording time that never goes back,
     * and the version grows by the number of events.
     */
    public static final Invariant EVENTS_ATTRIBUTED = Invariant.of("events carry their command",
            "every event carries its command's id and actor, recording times never go back, and the version"
                    + " grows by the number of events",
            Invariants::eventsAttributed);

    /**
     * Statuses move only along allowed edges: a report opens in triage, each change follows
     * {@link IncidentStatus#canMoveTo}, and nothing happens to an ended incident but telling the reporter
     * or tracking a closed incident's action items.
     */
    public static final Invariant STATUS_EDGES = Invariant.of("statuses move only along allowed edges",
            "a report opens in TRIAGE, every status change is an edge of the lifecycle, and nothing happens to a"
                    + " declined, canceled, merged or closed incident but telling the reporter, or, once closed,"
                    + " tracking its action items, messages with people outside and follow-up reports",
            Invariants::statusEdges);

    /**
     * Required roles held (single-holder roles never vacant after declaration): the process's required
     * roles and the Incident Commander (whom every guide requires) have exactly one holder, and no
     * single-holder role has two; every holder takes part in the response. A process whose commander
     * role has another key drops this one with {@link ProcessCheck#without(String...)} and adds
     * {@link #requiredRolesHeld(Iterable)} with its own.
     */
    public static final Invariant REQUIRED_ROLES_HELD = requiredRolesHeld(List.of(Role.INCIDENT_COMMANDER));

    /**
     * Handoffs only through acceptance: a holder loses a role only by an offer accepted by the offeree or
     * by stepping down; a responder gains one only at declaration, by an assignment, by accepting an offer,
     * or as the technology lead joining the experts. An offer made past its holder is a recorded takeover:
     * the offeree still accepts it, and the one who takes a role over for themselves accepts in the same
     * command.
     */
    public static final Invariant HANDOFFS_THROUGH_ACCEPTANCE = Invariant.of("handoffs only through acceptance",
            "a holder loses a role only through an offer (the holder's own, or a recorded takeover) the offeree"
                    + " accepted, or by stepping down; a responder gains one only at declaration, by assignment,"
                    + " by accepting an offer, or as the technology lead joining the experts",
            Invariants::handoffsThroughAcceptance);

    /**
     * No event from an unauthorised actor: every accepted command's actor is allowed by the process's
     * authority table (open to anyone before declaration, a vacant role counting its cover) and by the
     * handoff protocol (an offer by its holder or the commander, a takeover past another holder with a
     * reason, a release by the holder, an answer by the offeree, a withdrawal by the offeror or the
     * commander).
     */
    public static final Invariant ACTORS_AUTHORISED = Invariant.of("no event from an unauthorised actor",
            "every accepted command comes from a responder the process's authority table and the handoff"
                    + " protocol allow",
            Invariants::actorsAuthorised);

    /**
     * The guides' floor on authority: once declared, the commands that steer the incident (change severity,
     * mitigate, resolve, cancel, merge, close, assign or take over roles, start the postmortem, mark it
     * reviewed) come from someone holding a role in the response, never from a bystander. Catches an
     * authority table that lets anyone resolve.
     */
    public static final Invariant STEERED_BY_ROLE_HOLDERS = steeredByRoleHolders(HashSet.of(
            CommandKind.CHANGE_SEVERITY, CommandKind.MITIGATE, CommandKind.RESOLVE, CommandKind.CANCEL,
            CommandKind.MERGE, CommandKind.CLOSE, CommandKind.ASSIGN_ROLE, CommandKind.TAKE_OVER_ROLE,
            CommandKind.START_POSTMORTEM, CommandKind.MARK_REVIEWED));

    /**
     * Milestones are monotonic: detected, reported, declared and closed never change once set; mitigated
     * and resolved change only with a reopening; the milestones are in order and so is the history
     * (the current impact-start guess never after a recovery, each round's mitigation and resolution after
     * its start, closure after resolution).
     */
    public static final Invariant MILESTONES_MONOTONIC = Invariant.of("milestones monotonic",
            "write-once milestones never change, mitigated and resolved change only with a reopening, and"
                    + " the milestones and the history are in order",
            Invariants::milestonesMonotonic);

    /**
     * Obligations are a pure function of (state, process, now): asking twice, or of the replayed state,
     * gives the same list.
     */
    public static final Invariant OBLIGATIONS_PURE = Invariant.of("obligations are a pure function",
            "the obligations depend on nothing but state, process and time: asking twice or asking of the"
                    + " replayed state gives the same list",
            step -> {
                Seq<Obligation> now = Obligations.of(step.after(), step.process(), step.now());
                Option<String> again = require(now.equals(Obligations.of(step.after(), step.process(), step.now())),
                        () -> "asking twice gave two lists");
                return again.orElse(() -> require(now.equals(Obligations.of(
                        step.decider().replay(step.after().id(), step.history()), step.process(), step.now())),
                        () -> "the replayed state owes something else than the live one"));
            });

    /**
     * Overdue obligations stay until met: an overdue obligation disappears only with an event that
     * satisfies it or makes it moot, and its due time does not move later without one (it may come
     * earlier, as when a raised severity owes updates sooner).
     */
    public static final Invariant OVERDUE_OBLIGATIONS_STAY = Invariant.of("overdue obligations stay until met",
            "an overdue obligation disappears only with an event that satisfies it or makes it moot, and its"
                    + " due time does not move later without one",
            Invariants::overdueObligationsStay);

    /**
     * Timeline sorted and complete: the timeline of the history is sorted by time, holds every event's
     * entries exactly once (every event but a chat import has one), and importing the same chat again
     * changes nothing.
     */
    public static final Invariant TIMELINE_SORTED_AND_COMPLETE = Invariant.of("timeline sorted and complete",
            "the timeline is sorted, holds every event's entries exactly once, and importing the same chat"
                    + " again changes nothing",
            Invariants::timelineSortedAndComplete);

    /** Metrics are non-negative and agree with the milestones. */
    public static final Invariant METRICS_NON_NEGATIVE = Invariant.of("metrics non-negative",
            "no duration is negative, and time to resolve exists exactly when the incident is resolved and"
                    + " agrees with the milestones",
            Invariants::metricsNonNegative);

    /**
     * Postmortem workflow order: started only once resolved, marked reviewed only in review after a
     * review, published only once reviewed, and a reviewed incident closed only once published.
     */
    public static final Invariant POSTMORTEM_ORDER = Invariant.of("postmortem workflow order",
            "a postmortem starts after resolution, is marked reviewed only after a review with no review comment"
                    + " open and every required section written, is published only once reviewed, and the incident"
                    + " closes from review only once it is published",
            Invariants::postmortemOrder);

    /**
     * Idempotent commands: a command id already applied adds nothing, and an accepted command decided
     * again against the state it made adds nothing.
     */
    public static final Invariant IDEMPOTENT_COMMANDS = Invariant.of("idempotent commands",
            "a command id already applied adds nothing, and an accepted command sent again adds nothing",
            Invariants::idempotentCommands);

    /**
     * The desk agrees with the decider: run through an {@link dev.incidentkit.desk.IncidentDesk} with
     * in-memory ports, the desk gives the decider's answer, its store holds the live history, and its
     * outbox holds each message the history plans exactly once. Holds trivially when the check does not
     * run through the desk.
     */
    public static final Invariant DESK_AGREES = Invariant.of("desk agrees with the decider",
            "through the desk, the answer is the decider's, the store holds the live history and the outbox"
                    + " holds each planned message once",
            Invariants::deskAgrees);

    /**
     * Status updates come due within a day: {@link #statusUpdatesComeDue(Duration)} with 24 hours, the
     * longest wait the standard list accepts (the guides ask for updates every few hours at most).
     */
    public static final Invariant STATUS_UPDATES_COME_DUE = statusUpdatesComeDue(Duration.ofHours(24));

    private static final Set<Class<?>> ENDINGS = HashSet.of(ResponseEvent.Canceled.class, ResponseEvent.Merged.class,
            ResponseEvent.Closed.class, TriageEvent.Declined.class, ResponseEvent.Resolved.class);

    /** Which events may make an obligation of each kind go away, as the guides are read here. */
    private static final Map<ObligationKind, Set<Class<?>>> SATISFIED_BY = HashMap.of(
            ObligationKind.STATUS_UPDATE, ENDINGS.addAll(HashSet.of(CommunicationEvent.UpdatePosted.class,
                    ResponseEvent.Reopened.class)),
            ObligationKind.OFFICIAL_START_ITEM, ENDINGS.addAll(HashSet.of(CommunicationEvent.LinkAdded.class,
                    ResponseEvent.PagingAcknowledged.class, CommunicationEvent.UpdatePosted.class,
                    ResponseEvent.SeverityChanged.class, ResponseEvent.OfficiallyStarted.class)),
            ObligationKind.ROLE_VACANT, ENDINGS.addAll(HashSet.of(TeamEvent.RoleAssigned.class,
                    TeamEvent.HandoffAccepted.class)),
            ObligationKind.HANDOFF_UNANSWERED, HashSet.of(TeamEvent.HandoffAccepted.class,
                    TeamEvent.HandoffDeclined.class, TeamEvent.HandoffWithdrawn.class,
                    TeamEvent.HandoffExpired.class),
            ObligationKind.REPORTER_NOT_TOLD, HashSet.of(TriageEvent.ReporterInformed.class),
            ObligationKind.RESOLUTION_NOT_COMMUNICATED, HashSet.of(CommunicationEvent.UpdatePosted.class,
                    ResponseEvent.Reopened.class),
            ObligationKind.POSTMORTEM_DUE, HashSet.of(ResponseEvent.Reopened.class,
                    PostmortemEvent.PostmortemPublished.class),
            ObligationKind.POSTMORTEM_NOT_SHARED, HashSet.of(PostmortemEvent.PostmortemShared.class),
            ObligationKind.ACTION_ITEM_DUE, HashSet.of(PostmortemEvent.ActionItemUpdated.class),
            ObligationKind.FOLLOW_UP_OPEN, HashSet.of(CommunicationEvent.FollowUpAnswered.class,
                    CommunicationEvent.FollowUpSettled.class));

    static {
        for (ObligationKind kind : ObligationKind.values()) {
            if (!SATISFIED_BY.containsKey(kind)) {
                throw new IllegalStateException("the invariants do not say which events meet " + kind);
            }
        }
    }

    /** What may still happen to a closed incident, as the guides are read here. */
    private static final Set<Class<?>> AFTER_THE_CLOSE = HashSet.of(PostmortemEvent.ActionItemUpdated.class,
            CommunicationEvent.MessageRecorded.class, CommunicationEvent.FollowUpReported.class,
            CommunicationEvent.FollowUpAnswered.class, CommunicationEvent.FollowUpSettled.class);

    private static final List<Milestone> WRITE_ONCE =
            List.of(Milestone.DETECTED, Milestone.REPORTED, Milestone.DECLARED, Milestone.CLOSED);

    private Invariants() {}

    /**
     * The standard catalogue, every invariant above with its default: replay equals live, deciding is
     * deterministic, events carry their command, status edges, required roles held, handoffs through
     * acceptance, no event from an unauthorised actor, steered by role holders, milestones monotonic,
     * obligations pure, overdue obligations stay, status updates come due within a day, timeline sorted
     * and complete, metrics non-negative, postmortem order, idempotent commands, and the desk agreeing
     * with the decider (when the check runs through it).
     *
     * @return the invariants, in that order
     */
    public static Seq<Invariant> standard() {
        return List.of(REPLAY_EQUALS_LIVE, DETERMINISTIC, EVENTS_ATTRIBUTED, STATUS_EDGES, REQUIRED_ROLES_HELD,
                HANDOFFS_THROUGH_ACCEPTANCE, ACTORS_AUTHORISED, STEERED_BY_ROLE_HOLDERS, MILESTONES_MONOTONIC,
                OBLIGATIONS_PURE, OVERDUE_OBLIGATIONS_STAY, STATUS_UPDATES_COME_DUE,
                TIMELINE_SORTED_AND_COMPLETE, METRICS_NON_NEGATIVE, POSTMORTEM_ORDER, IDEMPOTENT_COMMANDS, DESK_AGREES);
    }

    /**
     * Required roles held, with more roles required than the process says: after declaration each of
     * them, and each of the process's required roles, has exactly one holder; no
     * single-holder role has two; every holder takes part in the response.
     *
     * @param alwaysRequired roles that must be held whatever the process says
     * @return the invariant
     */
    public static Invariant requiredRolesHeld(Iterable<Role> alwaysRequired) {
        Set<Role> extra = HashSet.ofAll(Objects.requireNonNull(alwaysRequired, "alwaysRequired"));
        return Invariant.of("required roles held",
                "once declared, " + extra.map(Role::name).mkString(", ") + " and the process's required roles"
                        + " have exactly one holder, no single-holder role has two, and every holder takes part",
                step -> {
                    IncidentState after = step.after();
                    if (after.milestones().get(Milestone.DECLARED).isEmpty() || step.added().isEmpty()) {
                        return Option.none();
                    }
                    for (Role role : step.process().roles().appendAll(extra.removeAll(step.process().roles()))) {
                        int holders = after.holders(role).size();
                        boolean required = extra.contains(role) || role.cardinality().isRequired();
                        if (required && holders != 1) {
                            return Option.some(role.name() + " has " + holders + " holders after declaration"
                                    + (holders == 0 ? "" : ": " + after.holders(role).mkString(", ")));
                        }
                        if (role.cardinality().isSingleHolder() && holders > 1) {
                            return Option.some(role.name() + " has " + holders + " holders");
                        }
                    }
                    for (Seq<ResponderId> holders : after.roleHolders().values()) {
                        for (ResponderId holder : holders) {
                            if (!after.participants().containsKey(holder)) {
                                return Option.some(holder + " holds a role but is not a participant");
                            }
                        }
                    }
                    return Option.none();
                });
    }

    /**
     * Steered by role holders, for a chosen set of commands: once declared, these commands are accepted
     * only from someone who holds one of the process's roles (or, for the commander's cover duties, the
     * commander).
     *
     * @param steering the kinds of command that steer the incident
     * @return the invariant
     */
    public static Invariant steeredByRoleHolders(Iterable<CommandKind> steering) {
        Set<CommandKind> kinds = HashSet.ofAll(Objects.requireNonNull(steering, "steering"));
        return Invariant.of("steered by role holders",
                "once declared, " + kinds.map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toSortedSet()
                        .mkString(", ") + " come only from someone holding a role in the response",
                step -> {
                    IncidentState before = step.before();
                    if (step.added().isEmpty() || !kinds.contains(step.command().commandKind())
                            || before.milestones().get(Milestone.DECLARED).isEmpty()) {
                        return Option.none();
                    }
                    ResponderId actor = step.command().actor();
                    return require(before.rolesOf(actor).nonEmpty(), () -> actor + " holds no role but was let "
                            + step.command().verb() + " (roles then: " + before.roleHolders() + ")");
                });
    }

    /**
     * Status updates come due: while a declared incident is open at a severity the process's cadence
     * covers, an update is owed no later than {@code within} after the last update or the start of the
     * round. Catches a cadence that never comes due.
     *
     * @param within the longest acceptable wait for an update; positive
     * @return the invariant
     */
    public static Invariant statusUpdatesComeDue(Duration within) {
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("the wait must be positive: " + within);
        }
        return Invariant.of("status updates come due",
                "while a declared incident is open at a severity the cadence covers, the next status update is"
                        + " owed within " + within + " of the last one or the start of the round",
                step -> {
                    IncidentState after = step.after();
                    if (step.added().isEmpty() || !after.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED)
                            || after.severity().isEmpty() || step.process().cadence().audiences().isEmpty()
                            || step.process().cadence().intervalFor(after.severity().get()).isEmpty()) {
                        return Option.none();
                    }
                    Instant since = List.of(Milestone.DECLARED, Milestone.REOPENED)
                            .flatMap(m -> after.milestones().get(m))
                            .appendAll(after.statusUpdates().filter(u -> u.kind() == UpdateKind.PROGRESS)
                                    .map(StatusUpdate::postedAt))
                            .max().get();
                    Instant latest = since.plus(within);
                    Seq<Obligation> owed = Obligations.of(after, step.process(), step.now())
                            .filter(o -> o.kind() == ObligationKind.STATUS_UPDATE);
                    return require(owed.exists(o -> o.dueAt().exists(due -> !due.isAfter(latest))),
                            () -> "no status update is owed by " + latest + " (" + within + " after " + since
                                    + "); owed: " + owed.map(Obligation::sentence));
                });
    }

    // --- the checks ------------------------------------------------------------------------------

    private static Option<String> replayEqualsLive(Transition step) {
        if (step.rejection().isDefined()) {
            IncidentState replayed = step.decider().replay(step.before().id(), step.historyBefore());
            return require(replayed.equals(step.before()), () -> "the state before a rejection is not the replayed"
                    + " history");
        }
        Seq<IncidentEvent> history = step.history();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).sequence() != i + 1) {
                int at = i;
                return Option.some("event " + (at + 1) + " has sequence number " + history.get(at).sequence());
            }
        }
        IncidentState replayed = step.decider().replay(step.after().id(), history);
        return require(replayed.equals(step.after()), () -> "replaying " + history.size()
                + " events gives another state than live handling:\n      live:     " + step.after()
                + "\n      replayed: " + replayed);
    }

    private static Option<String> eventsAttributed(Transition step) {
        IncidentCommand command = step.command();
        if (step.rejection().isDefined()) {
            String prefix = "cannot " + command.verb() + ": ";
            return require(step.rejection().get().message().startsWith(prefix),
                    () -> "the rejection does not say what could not be done: " + step.rejection().get().message());
        }
        for (IncidentEvent event : step.added()) {
            if (!event.header().commandId().equals(command.commandId()) || !event.actor().equals(command.actor())) {
                return Option.some(event.getClass().getSimpleName() + " carries command " + event.header().commandId()
                        + " by " + event.actor() + ", not " + command.commandId() + " by " + command.actor());
            }
            if (step.before().lastRecordedAt().exists(t -> event.header().recordedAt().isBefore(t))) {
                return Option.some(event.getClass().getSimpleName() + " is recorded at " + event.header().recordedAt()
                        + ", before the last event at " + step.before().lastRecordedAt().get());
            }
        }
        return require(step.after().version() == step.before().version() + step.added().size(),
                () -> "version went from " + step.before().version() + " to " + step.after().version() + " with "
                        + step.added().size() + " events");
    }

    private static Option<String> statusEdges(Transition step) {
        if (step.added().isEmpty()) {
            return Option.none();
        }
        Option<IncidentStatus> from = step.before().status();
        Option<IncidentStatus> to = step.after().status();
        if (from.isEmpty()) {
            return require(to.contains(IncidentStatus.TRIAGE), () -> "the first events left the incident in " + to);
        }
        if (from.get().isTerminal()) {
            // the reporter may still be told where a declined, canceled or merged report went; a closed
            // incident's action items are done long after it closed, and people still write in about it
            boolean closed = from.contains(IncidentStatus.CLOSED);
            return require(step.added().forAll(e -> !closed && e instanceof TriageEvent.ReporterInformed
                            || closed && AFTER_THE_CLOSE.contains(e.getClass())),
                    () -> step.added().map(e -> e.getClass().getSimpleName()).mkString(", ") + " happened to a "
                            + from.get() + " incident");
        }
        return require(from.equals(to) || to.isDefined() && from.get().canMoveTo(to.get()),
                () -> "moved from " + from.get() + " to " + to.getOrNull());
    }

    private static Option<String> handoffsThroughAcceptance(Transition step) {
        if (step.added().isEmpty()) {
            return Option.none();
        }
        IncidentCommand command = step.command();
        IncidentState before = step.before();
        IncidentState after = step.after();
        Seq<IncidentEvent> added = step.added();
        for (IncidentEvent event : added) {
            if (event instanceof TeamEvent.HandoffAccepted
                    && !((TeamEvent.HandoffAccepted) event).to().id().equals(command.actor())) {
                return Option.some(command.actor() + " accepted an offer made to "
                        + ((TeamEvent.HandoffAccepted) event).to().id());
            }
        }
        for (Role role : before.roleHolders().keySet().addAll(after.roleHolders().keySet())) {
            for (ResponderId lost : before.holders(role).removeAll(after.holders(role))) {
                boolean handedOff = accepts(command) && added.exists(e ->
                        e instanceof TeamEvent.HandoffAccepted
                                && ((TeamEvent.HandoffAccepted) e).from().equals(lost)
                                && ((TeamEvent.HandoffAccepted) e).role().equals(role));
                boolean steppedDown = command instanceof TeamCommand.ReleaseRole && command.actor().equals(lost);
                if (!handedOff && !steppedDown) {
                    return Option.some(lost + " lost " + role.name() + " by " + command.verb() + " from "
                            + command.actor() + ", without an accepted handoff or stepping down");
                }
            }
            for (ResponderId gained : after.holders(role).removeAll(before.holders(role))) {
                boolean declared = command instanceof ResponseCommand.Declare;
                boolean assigned = command instanceof TeamCommand.AssignRole;
                boolean accepted = accepts(command) && command.actor().equals(gained);
                boolean leadJoinsExperts = role.equals(Role.SUBJECT_MATTER_EXPERT)
                        && step.process().technologyLeadIsSubjectMatterExpert()
                        && after.holds(gained, Role.TECHNOLOGY_LEAD);
                if (!declared && !assigned && !accepted && !leadJoinsExperts) {
                    return Option.some(gained + " gained " + role.name() + " by " + command.verb() + " from "
                            + command.actor());
                }
            }
        }
        return Option.none();
    }

    /** An acceptance of an offer: an answer to one, or a takeover the actor makes for themselves. */
    private static boolean accepts(IncidentCommand command) {
        return command instanceof TeamCommand.AcceptHandoff
                || command instanceof TeamCommand.TakeOverRole
                        && ((TeamCommand.TakeOverRole) command).to().id().equals(command.actor());
    }

    private static Option<String> actorsAuthorised(Transition step) {
        if (step.added().isEmpty()) {
            return Option.none();
        }
        IncidentCommand command = step.command();
        IncidentState before = step.before();
        ResponderId actor = command.actor();
        Option<String> protocol = protocolProblem(command, before);
        if (protocol.isDefined() || before.milestones().get(Milestone.DECLARED).isEmpty()) {
            return protocol;
        }
        Permission permission = step.process().authority().permissionFor(command.commandKind());
        if (permission instanceof Permission.Anyone) {
            return Option.none();
        }
        if (permission instanceof Permission.Participants) {
            return require(before.participants().containsKey(actor),
                    () -> actor + " takes no part in the response but was let " + command.verb());
        }
        Set<Role> roles = ((Permission.RoleHolders) permission).roles();
        return require(roles.exists(role -> before.holds(actor, role) || before.holders(role).isEmpty()
                        && role.coveredBy().flatMap(step.process()::role).exists(cover -> before.holds(actor, cover))),
                () -> actor + " was let " + command.verb() + " though the process allows only "
                        + permission.describe() + " (holders then: " + before.roleHolders() + ")");
    }

    /** The handoff protocol of guides 001 and 004, read independently of the decider. */
    private static Option<String> protocolProblem(IncidentCommand command, IncidentState before) {
        ResponderId actor = command.actor();
        boolean commander = before.holds(actor, Role.INCIDENT_COMMANDER);
        if (command instanceof TeamCommand.OfferHandoff) {
            ResponderId from = ((TeamCommand.OfferHandoff) command).from();
            return require(actor.equals(from) || commander, () -> actor + " offered " + from + "'s role");
        }
        if (command instanceof TeamCommand.ReleaseRole) {
            ResponderId holder = ((TeamCommand.ReleaseRole) command).holder();
            return require(actor.equals(holder), () -> actor + " released " + holder + "'s role");
        }
        if (command instanceof TeamCommand.TakeOverRole) {
            TeamCommand.TakeOverRole takeover = (TeamCommand.TakeOverRole) command;
            return require(!actor.equals(takeover.from()) && !takeover.reason().isBlank(),
                    () -> actor + " took over " + takeover.from() + "'s role without a reason, or their own");
        }
        Option<Handoff> answered = command instanceof TeamCommand.AcceptHandoff
                ? before.openHandoffs().get(((TeamCommand.AcceptHandoff) command).handoff())
                : command instanceof TeamCommand.DeclineHandoff
                        ? before.openHandoffs().get(((TeamCommand.DeclineHandoff) command).handoff())
                        : Option.none();
        if (answered.isDefined()) {
            return require(answered.get().to().id().equals(actor),
                    () -> actor + " answered an offer made to " + answered.get().to().id());
        }
        if (command instanceof TeamCommand.WithdrawHandoff) {
            Option<Handoff> offer = before.openHandoffs().get(((TeamCommand.WithdrawHandoff) command).handoff());
            return require(offer.forAll(o -> o.offeredBy().equals(actor) || commander),
                    () -> actor + " withdrew an offer made by " + offer.get().offeredBy());
        }
        return Option.none();
    }

    private static Option<String> milestonesMonotonic(Transition step) {
        IncidentState before = step.before();
        IncidentState after = step.after();
        if (!after.milestones().isOrdered()) {
            return Option.some("milestones out of order: " + after.milestones());
        }
        for (Milestone milestone : WRITE_ONCE) {
            Option<Instant> was = before.milestones().get(milestone);
            if (was.isDefined() && !was.equals(after.milestones().get(milestone))) {
                return Option.some(milestone.label() + " changed from " + was.get() + " to "
                        + after.milestones().get(milestone));
            }
        }
        if (!step.added().exists(ResponseEvent.Reopened.class::isInstance)) {
            for (Milestone milestone : List.of(Milestone.MITIGATED, Milestone.RESOLVED)) {
                Option<Instant> was = before.milestones().get(milestone);
                if (was.isDefined() && !was.equals(after.milestones().get(milestone))) {
                    return Option.some(milestone.label() + " changed without a reopening");
                }
            }
        }
        return step.added().isEmpty() ? Option.none() : historyOrder(step.history());
    }

    /**
     * The order of the whole history, read from the guides rather than the production table: detected
     * before reported; per round (re)opened, mitigated, resolved; closed last; the current guess at the
     * impact start never after a recovery, earlier rounds included (a revised guess replaces the old one).
     * A fact known only within a window breaks the order only when the whole window does: each mark is
     * the earliest moment its fact can have happened, and a later fact is out of order only when its
     * latest moment comes before a mark; a recovery counts by its latest moment.
     */
    private static Option<String> historyOrder(Seq<IncidentEvent> history) {
        Instant impactStart = null;
        Instant firstRecovery = null;
        Instant roundStart = null;
        Instant lastMitigated = null;
        Instant lastResolved = null;
        for (IncidentEvent event : history) {
            Instant at = event.header().happened().at();
            Instant latest = event.header().happened().until();
            String where = "event " + event.sequence() + " (" + event.getClass().getSimpleName() + ")";
            Option<Instant> guess = Option.none();
            Option<Instant> recovery = Option.none();
            if (event instanceof TriageEvent.Reported) {
                if (at.isAfter(event.header().recordedAt())) {
                    return Option.some(where + ": detected after it was reported");
                }
                guess = ((TriageEvent.Reported) event).impactStartedAt();
                // an incident resolved without a declaration: its one round began when it was detected
                roundStart = at;
            } else if (event instanceof ResponseEvent.Declared) {
                // the declaration follows the detection and any earlier, undeclared round's reopening
                if (roundStart != null && latest.isBefore(roundStart)) {
                    return Option.some(where + ": declared before its round began");
                }
                roundStart = at;
                guess = ((ResponseEvent.Declared) event).impactStartedAt();
            } else if (event instanceof TriageEvent.ImpactStartEstimated) {
                guess = Option.some(((TriageEvent.ImpactStartEstimated) event).startedAt());
            } else if (event instanceof PostmortemEvent.ImpactWindowSet) {
                guess = Option.some(((PostmortemEvent.ImpactWindowSet) event).start());
            } else if (event instanceof ResponseEvent.Reopened) {
                roundStart = at;
                lastMitigated = null;
            } else if (event instanceof ResponseEvent.Mitigated) {
                if (roundStart == null || latest.isBefore(roundStart)) {
                    return Option.some(where + ": mitigated before its round began");
                }
                lastMitigated = at;
                recovery = Option.some(latest);
            } else if (event instanceof ResponseEvent.Resolved) {
                if (roundStart == null || latest.isBefore(roundStart)) {
                    return Option.some(where + ": resolved before its round began");
                }
                if (lastMitigated != null && latest.isBefore(lastMitigated)) {
                    return Option.some(where + ": resolved before it was mitigated");
                }
                lastResolved = at;
                recovery = Option.some(latest);
            } else if (event instanceof ResponseEvent.Closed
                    && (lastResolved == null || latest.isBefore(lastResolved))) {
                return Option.some(where + ": closed before it was resolved");
            }
            if (guess.isDefined()) {
                impactStart = guess.get();
            }
            if (recovery.isDefined() && (firstRecovery == null || recovery.get().isBefore(firstRecovery))) {
                firstRecovery = recovery.get();
            }
            if (impactStart != null && firstRecovery != null && impactStart.isAfter(firstRecovery)) {
                return Option.some(where + ": the impact is taken to start at " + impactStart
                        + ", after a recovery at " + firstRecovery);
            }
        }
        return Option.none();
    }

    private static Option<String> overdueObligationsStay(Transition step) {
        Instant at = step.now();
        Seq<Obligation> now = Obligations.of(step.after(), step.process(), at);
        Set<Class<?>> happened = step.added().<Class<?>>map(IncidentEvent::getClass).toSet();
        for (Obligation overdue : Obligations.of(step.before(), step.process(), at).filter(o -> o.isOverdueAt(at))) {
            Option<Obligation> same = now.find(o -> o.kind() == overdue.kind() && o.subject().equals(overdue.subject()));
            boolean satisfied = SATISFIED_BY.get(overdue.kind()).exists(kinds -> kinds.exists(happened::contains));
            if (same.isEmpty() && !satisfied) {
                return Option.some("an overdue obligation vanished without an event that meets it: "
                        + overdue.sentence() + "; events were " + happened.map(Class::getSimpleName));
            }
            // a due time may come earlier (a raised severity owes updates sooner), never later
            if (same.isDefined() && !satisfied && isLater(same.get().dueAt(), overdue.dueAt())) {
                return Option.some("an overdue obligation's due time moved later, from " + overdue.dueAt().get()
                        + " to " + same.get().dueAt().getOrNull() + ", without an event that meets it");
            }
        }
        return Option.none();
    }

    private static boolean isLater(Option<Instant> now, Option<Instant> was) {
        return now.isEmpty() || was.exists(w -> now.get().isAfter(w));
    }

    private static Option<String> timelineSortedAndComplete(Transition step) {
        if (step.added().isEmpty()) {
            return Option.none();
        }
        Seq<IncidentEvent> history = step.history();
        Seq<TimelineEntry> timeline = Timeline.of(history);
        // an entry known only within a window may sort anywhere in it, but never wholly before the one above
        for (int i = 1; i < timeline.size(); i++) {
            if (timeline.get(i).happened().until().isBefore(timeline.get(i - 1).happened().at())) {
                return Option.some("the timeline is not sorted: " + timeline.get(i - 1) + " before " + timeline.get(i));
            }
        }
        // every event's own entries, but of the guesses at the impact's start only the latest
        Seq<TimelineEntry> all = history.flatMap(e -> Timeline.of(List.of(e)));
        Option<TimelineEntry> latestGuess = all.findLast(e -> e.kind() == EntryKind.IMPACT_STARTED);
        Seq<TimelineEntry> expected = all.filter(e -> e.kind() != EntryKind.IMPACT_STARTED)
                .appendAll(latestGuess);
        if (!counts(expected).equals(counts(timeline))) {
            return Option.some("the timeline does not hold every event's entries exactly once, with only the"
                    + " latest guess at the impact's start");
        }
        Option<IncidentEvent> silent = history.find(e -> !(e instanceof CommunicationEvent.ChatImported)
                && Timeline.of(List.of(e)).isEmpty());
        if (silent.isDefined()) {
            return Option.some(silent.get().getClass().getSimpleName() + " does not show in the timeline");
        }
        if (step.command() instanceof CommunicationCommand.ImportChat) {
            CommunicationCommand.ImportChat chat = (CommunicationCommand.ImportChat) step.command();
            IncidentCommand again = new CommunicationCommand.ImportChat(CommandHeader.of(
                    CommandId.of(chat.commandId().value().length() < CommandId.MAX_LENGTH - 6
                            ? chat.commandId().value() + "-again" : "import-again"),
                    chat.incidentId(), chat.actor(), chat.recordedAt()), chat.source(), chat.messages());
            return require(step.decider().decide(again, step.after()).exists(Seq::isEmpty),
                    () -> "importing the same messages again changed something");
        }
        return Option.none();
    }

    /**
     * Entries counted by all but their words: a whole history names a responder by the display name another
     * event gave, where one event alone knows only the id.
     */
    private static Map<TimelineEntry, Integer> counts(Seq<TimelineEntry> entries) {
        return entries.map(e -> new TimelineEntry(e.happened(), e.kind(), e.actor(), "", e.source(), e.recordedAt()))
                .groupBy(x -> x).mapValues(Traversable::size);
    }

    private static Option<String> metricsNonNegative(Transition step) {
        IncidentState after = step.after();
        IncidentMetrics metrics = IncidentMetrics.of(after);
        for (Measure measure : Measure.values()) {
            if (metrics.get(measure).exists(Duration::isNegative)) {
                return Option.some(measure.label() + " is negative: " + metrics.get(measure).get());
            }
        }
        Option<FactTime> detected = after.milestones().timeOf(Milestone.DETECTED);
        Option<FactTime> resolved = after.milestones().timeOf(Milestone.RESOLVED);
        Option<Elapsed> toResolve = metrics.elapsed(Measure.TIME_TO_RESOLVE);
        // a moment whose time was not recorded gives no duration, never a made-up one
        boolean measurable = resolved.isDefined() && detected.forAll(FactTime::isKnown) && resolved.get().isKnown();
        if (measurable != toResolve.isDefined()) {
            return Option.some("time to resolve is " + toResolve + " while detected is " + detected + " and resolved "
                    + resolved);
        }
        if (!measurable) {
            return Option.none();
        }
        // the shortest from the latest detection to the earliest resolution, the longest the other way round
        Duration shortest = nonNegative(Duration.between(detected.get().until(), resolved.get().at()));
        Duration longest = nonNegative(Duration.between(detected.get().at(), resolved.get().until()));
        // a guess on either side makes the figure a guess; a window only widens it (it may clamp to one figure)
        boolean guess = detected.get().precision() == FactTime.Precision.APPROXIMATE
                || resolved.get().precision() == FactTime.Precision.APPROXIMATE;
        return require(toResolve.get().shortest().equals(shortest) && toResolve.get().longest().equals(longest)
                        && toResolve.get().approximate() == guess,
                () -> "time to resolve " + toResolve.get() + " disagrees with detected " + detected.get()
                        + " and resolved " + resolved.get());
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Option<String> postmortemOrder(Transition step) {
        IncidentState before = step.before();
        Option<PostmortemStatus> pm = before.postmortem().map(p -> p.status());
        for (IncidentEvent event : step.added()) {
            if (event instanceof PostmortemEvent.PostmortemStarted && !before.isIn(IncidentStatus.RESOLVED)) {
                return Option.some("the postmortem started while " + before.status().getOrNull());
            }
            if (event instanceof PostmortemEvent.MarkedReviewed) {
                Postmortem report = before.postmortem().getOrNull();
                if (report == null || report.status() != PostmortemStatus.IN_REVIEW
                        || report.reviews().isEmpty() && report.comments().isEmpty()) {
                    return Option.some("marked reviewed while " + pm.getOrNull() + " with "
                            + before.postmortem().map(p -> p.reviews().size()).getOrElse(0) + " reviews");
                }
                if (!report.openComments().isEmpty()) {
                    return Option.some("marked reviewed with " + report.openComments().size() + " review comments open");
                }
                Seq<Section> missing = step.process().postmortem().missingSections(report.sections());
                if (!missing.isEmpty()) {
                    return Option.some("marked reviewed without the required sections " + missing.mkString(", "));
                }
            }
            if (event instanceof PostmortemEvent.PostmortemPublished && !pm.contains(PostmortemStatus.REVIEWED)) {
                return Option.some("published while " + pm.getOrNull());
            }
            if (event instanceof ResponseEvent.Closed && before.isIn(IncidentStatus.IN_REVIEW)
                    && !pm.contains(PostmortemStatus.PUBLISHED)) {
                return Option.some("closed while the report was " + pm.getOrNull());
            }
        }
        return Option.none();
    }

    private static Option<String> idempotentCommands(Transition step) {
        IncidentCommand command = step.command();
        boolean applied = step.historyBefore().exists(e -> e.header().commandId().equals(command.commandId()));
        if (applied) {
            return require(step.isAccepted() && step.added().isEmpty(),
                    () -> "command id " + command.commandId() + " was applied before, yet got " + step.outcome());
        }
        if (step.added().isEmpty()) {
            return Option.none();
        }
        return require(step.decider().decide(command, step.after()).exists(Seq::isEmpty),
                () -> "sending the accepted command again gave " + step.decider().decide(command, step.after()));
    }

    private static Option<String> deskAgrees(Transition step) {
        if (step.desk().isEmpty()) {
            return Option.none();
        }
        DeskView desk = step.desk().get();
        DeskOutcome outcome = desk.outcome();
        boolean sameAnswer = step.outcome().fold(
                rejection -> outcome instanceof DeskOutcome.Rejected
                        && ((DeskOutcome.Rejected) outcome).rejection().equals(rejection),
                decision -> outcome instanceof DeskOutcome.Accepted
                        && ((DeskOutcome.Accepted) outcome).events().equals(decision.events())
                        && ((DeskOutcome.Accepted) outcome).state().equals(decision.state()));
        if (!sameAnswer) {
            return Option.some("the desk answered " + outcome + " where the decider answered " + step.outcome());
        }
        if (!desk.stored().equals(step.history())) {
            return Option.some("the store holds " + desk.stored().size() + " events, the live history "
                    + step.history().size());
        }
        Vector<MessageIntent> planned = Vector.empty();
        IncidentState state = IncidentState.empty(step.after().id());
        for (IncidentEvent event : step.history()) {
            state = step.decider().evolve(state, event);
            planned = planned.appendAll(Notifications.plan(event, state, step.process()));
        }
        Seq<MessageIntent> queued = desk.outbox().map(e -> e.intent());
        if (desk.cursor() != step.history().size()) {
            return Option.some("the outbox planned up to event " + desk.cursor() + " of " + step.history().size());
        }
        Seq<MessageIntent> expected = planned;
        return require(queued.equals(expected), () -> "the outbox holds " + queued.map(MessageIntent::idempotencyKey)
                + " where the history plans " + expected.map(MessageIntent::idempotencyKey));
    }
}
