package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.OPEN;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;
import static dev.incidentkit.incident.IncidentStatus.DECLARED;
import static dev.incidentkit.incident.IncidentStatus.MITIGATED;

import dev.incidentkit.base.Dispatch;
import dev.incidentkit.base.TimeRules;
import dev.incidentkit.incident.communication.CommunicationCommand.AddLink;
import dev.incidentkit.incident.communication.CommunicationCommand.PostUpdate;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand.Cancel;
import dev.incidentkit.incident.response.ResponseCommand.ChangeSeverity;
import dev.incidentkit.incident.response.ResponseCommand.Close;
import dev.incidentkit.incident.response.ResponseCommand.Declare;
import dev.incidentkit.incident.response.ResponseCommand.Merge;
import dev.incidentkit.incident.response.ResponseCommand.Mitigate;
import dev.incidentkit.incident.response.ResponseCommand.Reopen;
import dev.incidentkit.incident.response.ResponseCommand.Resolve;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand.Decline;
import dev.incidentkit.incident.triage.TriageCommand.EstimateImpactStart;
import dev.incidentkit.incident.triage.TriageCommand.Report;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The incident as a decider: {@link #decide(IncidentCommand, IncidentState) decide} turns a command
 * and the current state into new events or a {@link Rejection}; {@link #evolve(IncidentState,
 * IncidentEvent) evolve} folds one event into the state; {@link #replay(IncidentId, Iterable) replay}
 * loads an incident by folding its whole stream.
 *
 * <p>All three are pure: they read no clock, no random source and no environment, so the same inputs
 * always give the same outputs, and replaying the events a live run produced gives the state that run
 * ended with. A rejected command changes nothing. A command whose id the state has already applied
 * yields no events at all, so retrying a command is safe. The command id is the idempotency key and
 * nothing else: a different command sent under an id already applied also yields no events, so
 * callers must give every distinct command its own id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IncidentDecider {

    private final IncidentProcess process;
    private final TeamDecisions roles;
    private final PostmortemDecisions postmortems;
    private final TriageDecisions triage;
    private final ResponseDecisions response;
    private final CommunicationDecisions communication;

    private final Dispatch<IncidentCommand, IncidentState, Either<Rejection, Emitter>> decisions;

    private IncidentDecider(IncidentProcess process) {
        this.process = process;
        this.roles = new TeamDecisions(process);
        this.postmortems = new PostmortemDecisions(process);
        this.triage = new TriageDecisions(process);
        this.response = new ResponseDecisions(process, roles, postmortems);
        this.communication = new CommunicationDecisions(process);
        this.decisions = decisions();
    }

    /**
     * A decider for the {@linkplain IncidentProcess#standard() generic process}.
     *
     * @return the decider
     */
    public static IncidentDecider standard() {
        return new IncidentDecider(IncidentProcess.standard());
    }

    /**
     * A decider for a team's process.
     *
     * @param process the process
     * @return the decider
     */
    public static IncidentDecider of(IncidentProcess process) {
        return new IncidentDecider(Objects.requireNonNull(process, "process"));
    }

    /**
     * The process whose rules this decider applies.
     *
     * @return the process
     */
    public IncidentProcess process() {
        return process;
    }

    /**
     * Decides a command against the incident's current state.
     *
     * @param command the command
     * @param state the incident's state, for the command's incident
     * @return the events to record, in order (none if the command id was already applied), or why the
     *     command is refused
     * @throws IllegalArgumentException if the command is about another incident than the state
     */
    public Either<Rejection, Seq<IncidentEvent>> decide(IncidentCommand command, IncidentState state) {
        return run(command, state).map(Emitter::events);
    }

    private Either<Rejection, Emitter> run(IncidentCommand command, IncidentState state) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(state, "state");
        if (!command.incidentId().equals(state.id())) {
            throw new IllegalArgumentException("command " + command.commandId() + " is about incident "
                    + command.incidentId() + " but was decided against " + state.id());
        }
        if (state.hasApplied(command.commandId())) {
            return Either.right(new Emitter(command, state));
        }
        Option<String> outOfRange = TimeRules.instantProblem("the recording time", command.recordedAt());
        if (outOfRange.isDefined()) {
            return Either.left(reject(command, RejectionCode.INVALID_INPUT, outOfRange.get()));
        }
        Option<Rejection> happened = Checks.notLaterThanRecorded(command, "the time it happened",
                command.header().occurredAt());
        if (happened.isDefined()) {
            return Either.left(happened.get());
        }
        command = Checks.placed(command, state);
        Option<Instant> last = state.lastRecordedAt();
        if (last.isDefined() && command.recordedAt().isBefore(last.get())) {
            return Either.left(reject(command, RejectionCode.TIME_OUT_OF_ORDER, "it was recorded at "
                    + command.recordedAt() + ", before the incident's last event at " + last.get()));
        }
        if (!state.isReported() && !(command instanceof Report)) {
            return Either.left(reject(command, RejectionCode.NOT_REPORTED,
                    "incident " + state.id() + " has not been reported"));
        }
        Option<Rejection> unauthorised = roles.authorityProblem(command, state);
        if (unauthorised.isDefined()) {
            return Either.left(unauthorised.get());
        }
        return dispatch(command, state).map(roles::advise).map(this::officiallyStart);
    }

    private Either<Rejection, Emitter> dispatch(IncidentCommand command, IncidentState state) {
        return decisions.apply(command, state);
    }

    /** Which rule decides each kind of command: one entry per kind, or the decider cannot be made. */
    private Dispatch<IncidentCommand, IncidentState, Either<Rejection, Emitter>> decisions() {
        return Dispatch.<IncidentCommand, IncidentState, Either<Rejection, Emitter>>over("the decider",
                        IncidentCommand.recordTypes())
                .on(Report.class, triage::report)
                .on(Declare.class, response::declare)
                .on(Decline.class, triage::decline)
                .on(EstimateImpactStart.class, triage::estimateImpactStart)
                .on(ChangeSeverity.class, response::changeSeverity)
                .on(PostUpdate.class, communication::postUpdate)
                .on(AddLink.class, communication::addLink)
                .on(Mitigate.class, response::mitigate)
                .on(Resolve.class, response::resolve)
                .on(Reopen.class, response::reopen)
                .on(Cancel.class, response::cancel)
                .on(Merge.class, response::merge)
                .on(Close.class, response::close)
                .on(TriageCommand.Assess.class, triage::assess)
                .on(TriageCommand.RequestInformation.class, triage::requestInformation)
                .on(ResponseCommand.AcknowledgePaging.class, response::acknowledge)
                .on(TriageCommand.InformReporter.class, triage::informReporter)
                .on(CommunicationCommand.ImportChat.class, communication::importChat)
                .on(CommunicationCommand.RecordMessage.class, communication::recordMessage)
                .on(CommunicationCommand.RecordFollowUp.class, communication::recordFollowUp)
                .on(CommunicationCommand.AnswerFollowUp.class, communication::answerFollowUp)
                .on(CommunicationCommand.SettleFollowUp.class, communication::settleFollowUp)
                .on(PostmortemCommand.StartPostmortem.class, postmortems::decide)
                .on(PostmortemCommand.SetImpactWindow.class, postmortems::decide)
                .on(PostmortemCommand.WriteSection.class, postmortems::decide)
                .on(PostmortemCommand.AddActionItem.class, postmortems::decide)
                .on(PostmortemCommand.UpdateActionItem.class, postmortems::decide)
                .on(PostmortemCommand.RequestReview.class, postmortems::decide)
                .on(PostmortemCommand.ReviewPostmortem.class, postmortems::decide)
                .on(PostmortemCommand.RaiseReviewComment.class, postmortems::decide)
                .on(PostmortemCommand.SettleReviewComment.class, postmortems::decide)
                .on(PostmortemCommand.MarkReviewed.class, postmortems::decide)
                .on(PostmortemCommand.PublishPostmortem.class, postmortems::decide)
                .on(PostmortemCommand.SharePostmortem.class, postmortems::decide)
                .on(TeamCommand.AssignRole.class, roles::decide)
                .on(TeamCommand.ReleaseRole.class, roles::decide)
                .on(TeamCommand.OfferHandoff.class, roles::decide)
                .on(TeamCommand.TakeOverRole.class, roles::decide)
                .on(TeamCommand.AcceptHandoff.class, roles::decide)
                .on(TeamCommand.DeclineHandoff.class, roles::decide)
                .on(TeamCommand.WithdrawHandoff.class, roles::decide)
                .on(TeamCommand.ExpireHandoff.class, roles::decide)
                .on(ResponseCommand.RecordAction.class, roles::decide)
                .build();
    }

    /** Records the official start once the process's checklist is complete for a declared incident. */
    private Emitter officiallyStart(Emitter emitter) {
        IncidentState s = emitter.state();
        // only a declared incident starts officially; one mitigated in triage was never declared
        if (emitter.events().isEmpty() || process.officialStart().isEmpty() || OfficialStart.hasStarted(s)
                || s.milestones().get(Milestone.DECLARED).isEmpty()
                || !s.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED)
                || !OfficialStart.missing(s, process).isEmpty()) {
            return emitter;
        }
        // the checklist completed when its last item did, and never before the declaration
        Instant declared = s.milestones().get(Milestone.DECLARED).get();
        Instant completed = emitter.command().header().effectiveAt();
        Instant started = completed.isBefore(declared) ? declared : completed;
        return emitter.emitExactly(Option.some(started).filter(at -> !at.equals(emitter.command().recordedAt())),
                h -> new ResponseEvent.OfficiallyStarted(h));
    }

    /**
     * Folds one event into the state.
     *
     * @param state the state before
     * @param event the next event of the same incident, with the next sequence number
     * @return the state after
     * @throws IllegalArgumentException if the event belongs to another incident, is not the next in
     *     sequence, is a second report or no report first, makes a move the lifecycle does not allow,
     *     or follows a terminal status (a corrupt stream)
     */
    public IncidentState evolve(IncidentState state, IncidentEvent event) {
        return Evolution.evolve(state, event);
    }

    /**
     * Loads an incident by folding its whole stream, oldest first, from the empty state.
     *
     * @param id the incident
     * @param events its events in sequence order
     * @return the current state
     * @throws IllegalArgumentException if the stream is not a well-formed history of the incident (see
     *     {@link #evolve(IncidentState, IncidentEvent)})
     */
    public IncidentState replay(IncidentId id, Iterable<? extends IncidentEvent> events) {
        Objects.requireNonNull(events, "events");
        return Evolution.replay(IncidentState.empty(id), events);
    }

    /**
     * Brings a state up to date by folding the events that followed it: a snapshot and the events stored
     * after its version give the current state, as a replay of the whole stream would.
     *
     * @param from the state at some version
     * @param events the incident's events after that version, in sequence order
     * @return the state after them
     * @throws IllegalArgumentException if the events do not continue the state (see
     *     {@link #evolve(IncidentState, IncidentEvent)})
     */
    public IncidentState replay(IncidentState from, Iterable<? extends IncidentEvent> events) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(events, "events");
        return Evolution.replay(from, events);
    }

    /**
     * Decides a command and folds the resulting events into the state, in one step.
     *
     * @param command the command
     * @param state the incident's state
     * @return the events and the new state, or why the command is refused
     * @throws IllegalArgumentException if the command is about another incident than the state
     */
    public Either<Rejection, Decision> apply(IncidentCommand command, IncidentState state) {
        return run(command, state).map(emitter -> new Decision(emitter.events(), emitter.state()));
    }

    /**
     * The rule for the incident a follow-up settled as a new incident names, which this incident's own
     * state cannot know: it must have been reported. The desk asks this before it decides the settlement.
     *
     * @param settle the settlement
     * @param named the state of the incident it names
     * @return why the settlement is refused, or none (also when it names no incident)
     * @throws IllegalArgumentException if the state is not that of the incident the settlement names
     * @since 0.4.0
     */
    public Option<Rejection> newIncidentProblem(CommunicationCommand.SettleFollowUp settle, IncidentState named) {
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(named, "named");
        if (settle.newIncident().isEmpty()) {
            return Option.none();
        }
        if (!settle.newIncident().get().equals(named.id())) {
            throw new IllegalArgumentException("the settlement names " + settle.newIncident().get() + ", not "
                    + named.id());
        }
        return Checks.when(!named.isReported(), settle, RejectionCode.UNKNOWN_INCIDENT, "there is no incident "
                + named.id() + " to settle the follow-up as; report the new incident first");
    }

    /**
     * The rule for the incident a merge names, which the merged incident's own state cannot know: it must
     * have been reported and be open (in triage, declared or mitigated). The desk asks this before it decides
     * the merge.
     *
     * @param merge the merge
     * @param target the state of the incident it names
     * @return why the merge is refused, or none
     * @throws IllegalArgumentException if the state is not that of the incident the merge names
     */
    public Option<Rejection> mergeTargetProblem(Merge merge, IncidentState target) {
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(target, "target");
        if (!merge.into().equals(target.id())) {
            throw new IllegalArgumentException("the merge names " + merge.into() + ", not " + target.id());
        }
        if (!target.isReported()) {
            return Option.some(reject(merge, RejectionCode.UNKNOWN_INCIDENT, "there is no incident " + target.id()
                    + " to merge into"));
        }
        return Checks.when(!OPEN.contains(target.status().get()), merge, RejectionCode.MERGE_TARGET_NOT_OPEN,
                "incident " + target.id() + " is " + target.status().get() + "; merge only into an open incident"
                        + " (triage, declared or mitigated)");
    }

    /**
     * The surviving incident's side of a merge: it records what it took in (the merged incident's id,
     * reporter and links). Recorded under a command id derived from the merged incident's id, so deciding
     * it again once recorded gives no events.
     *
     * @param merge the merge as recorded for the surviving incident: its {@code recordedAt} is the time to
     *     record there
     * @param merged the merged incident, MERGED into {@code target} by this merge
     * @param target the surviving incident
     * @return the events and the surviving incident's new state, or why it cannot record them (it ended
     *     since the merge was decided, or the time is before its last event)
     * @throws IllegalArgumentException if the merge is not of {@code merged} into {@code target}, or
     *     {@code merged} is not MERGED into {@code target}
     */
    public Either<Rejection, Decision> absorb(Merge merge, IncidentState merged, IncidentState target) {
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(target, "target");
        if (!merge.incidentId().equals(merged.id()) || !merged.mergedInto().contains(target.id())
                || !merge.into().equals(target.id())) {
            throw new IllegalArgumentException("incident " + merged.id() + " was not merged into " + target.id()
                    + " by " + merge.commandId());
        }
        if (target.absorbed().exists(a -> a.merged().equals(merged.id()))) {
            return Either.right(new Decision(io.vavr.collection.List.empty(), target));
        }
        Merge recorded = merge.withHeader(CommandHeader.of(absorptionId(merged.id(), target), target.id(),
                merge.actor(), merge.recordedAt()));
        // the target was open when the merge was decided; since then it may have been resolved, which
        // still lets it record the merge, but not have ended, after which its stream takes nothing more
        Option<Rejection> problem = !target.isReported() || target.status().get().isTerminal()
                ? mergeTargetProblem(merge, target)
                : target.lastRecordedAt().filter(last -> recorded.recordedAt().isBefore(last))
                        .map(last -> reject(recorded, RejectionCode.TIME_OUT_OF_ORDER, "it was recorded at "
                                + recorded.recordedAt() + ", before the incident's last event at " + last));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        Emitter emitter = new Emitter(recorded, target).emit(h -> new ResponseEvent.Absorbed(h, Absorption.of(merged)));
        return Either.right(new Decision(emitter.events(), emitter.state()));
    }

    /**
     * The command id of a surviving incident's record of a merge, one per merged incident (an incident is
     * merged once): {@code absorb:} and the merged incident's id, cut short (never inside a character) when
     * too long, with {@code ~1}, {@code ~2} ... appended while the surviving incident already applied a command
     * of that id. Callers choose command ids freely, and one may have used it; two long ids cut to the same
     * text are told apart the same way.
     */
    private static CommandId absorptionId(IncidentId merged, IncidentState target) {
        String full = "absorb:" + merged.value();
        int room = CommandId.MAX_LENGTH - 8;
        String base = full.length() <= room ? full
                : full.substring(0, Character.isHighSurrogate(full.charAt(room - 1)) ? room - 1 : room);
        String id = base;
        for (int n = 1; target.hasApplied(CommandId.of(id)); n++) {
            id = base + "~" + n;
        }
        return CommandId.of(id);
    }

}
