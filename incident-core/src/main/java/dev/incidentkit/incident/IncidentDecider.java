package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.OPEN;
import static dev.incidentkit.incident.Checks.inOrder;
import static dev.incidentkit.incident.Checks.label;
import static dev.incidentkit.incident.Checks.notLater;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;
import static dev.incidentkit.incident.IncidentStatus.DECLARED;
import static dev.incidentkit.incident.IncidentStatus.MITIGATED;
import static dev.incidentkit.incident.IncidentStatus.RESOLVED;
import static dev.incidentkit.incident.IncidentStatus.TRIAGE;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.base.TimeRules;
import dev.incidentkit.incident.communication.CommunicationCommand.AddLink;
import dev.incidentkit.incident.communication.CommunicationCommand.PostUpdate;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
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
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand.Decline;
import dev.incidentkit.incident.triage.TriageCommand.EstimateImpactStart;
import dev.incidentkit.incident.triage.TriageCommand.Report;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.Seq;
import dev.incidentkit.base.Dispatch;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.team.TeamCommand;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

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
    private final RoleDecisions roles;
    private final PostmortemDecisions postmortems;

    private final Dispatch<IncidentCommand, IncidentState, Either<Rejection, Emitter>> decisions;

    private IncidentDecider(IncidentProcess process) {
        this.process = process;
        this.roles = new RoleDecisions(process);
        this.postmortems = new PostmortemDecisions(process);
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
                .on(Report.class, this::report)
                .on(Declare.class, this::declare)
                .on(Decline.class, this::decline)
                .on(EstimateImpactStart.class, this::estimateImpactStart)
                .on(ChangeSeverity.class, this::changeSeverity)
                .on(PostUpdate.class, this::postUpdate)
                .on(AddLink.class, this::addLink)
                .on(Mitigate.class, this::mitigate)
                .on(Resolve.class, this::resolve)
                .on(Reopen.class, this::reopen)
                .on(Cancel.class, this::cancel)
                .on(Merge.class, this::merge)
                .on(Close.class, this::close)
                .on(TriageCommand.Assess.class, this::assess)
                .on(TriageCommand.RequestInformation.class, this::requestInformation)
                .on(ResponseCommand.AcknowledgePaging.class, this::acknowledge)
                .on(TriageCommand.InformReporter.class, this::informReporter)
                .on(CommunicationCommand.ImportChat.class, this::importChat)
                .on(PostmortemCommand.StartPostmortem.class, postmortems::decide)
                .on(PostmortemCommand.SetImpactWindow.class, postmortems::decide)
                .on(PostmortemCommand.WriteSection.class, postmortems::decide)
                .on(PostmortemCommand.AddActionItem.class, postmortems::decide)
                .on(PostmortemCommand.UpdateActionItem.class, postmortems::decide)
                .on(PostmortemCommand.RequestReview.class, postmortems::decide)
                .on(PostmortemCommand.ReviewPostmortem.class, postmortems::decide)
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
        if (emitter.events().isEmpty() || process.officialStart().isEmpty() || OfficialStart.hasStarted(s)
                || !s.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED)
                || !OfficialStart.missing(s, process).isEmpty()) {
            return emitter;
        }
        return emitter.emit(h -> new ResponseEvent.OfficiallyStarted(h));
    }

    private Either<Rejection, Emitter> assess(TriageCommand.Assess c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> c.assessment().usersAffected().filter(n -> n < 0).map(n -> reject(c,
                        RejectionCode.INVALID_INPUT, "the number of users affected must not be negative, got " + n)))
                .orElse(() -> Checks.when(c.assessment().unresolvedFor().isNegative(), c, RejectionCode.INVALID_INPUT,
                        "the time spent on analysis must not be negative")),
                c, s, h -> new TriageEvent.Assessed(h, c.assessment(),
                        process.qualify(s.source().get(), c.assessment())));
    }

    private Either<Rejection, Emitter> requestInformation(TriageCommand.RequestInformation c, IncidentState s) {
        Option<dev.incidentkit.role.ResponderId> reporter = s.source().get().namedReporter();
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the question", c.question()))
                .orElse(() -> Checks.when(reporter.isEmpty(), c, RejectionCode.INVALID_INPUT,
                        "the report came from an automated alert; there is no reporter to ask")),
                c, s, h -> new TriageEvent.InformationRequested(h, reporter.get(), c.question()));
    }

    private Either<Rejection, Emitter> acknowledge(ResponseCommand.AcknowledgePaging c, IncidentState s) {
        boolean paged = !s.links(LinkKind.PAGING_INCIDENT).isEmpty()
                || s.source().exists(ReportSource.PagingAlert.class::isInstance);
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> Checks.when(!paged, c, RejectionCode.INVALID_INPUT,
                        "there is no paging incident to acknowledge; link it first"))
                .orElse(() -> Checks.when(s.pagingAcknowledgedBy().isDefined(), c, RejectionCode.NO_CHANGE,
                        s.pagingAcknowledgedBy().map(by -> "the incident was already acknowledged by " + by)
                                .getOrElse(""))),
                c, s, h -> new ResponseEvent.PagingAcknowledged(h));
    }

    private Either<Rejection, Emitter> importChat(CommunicationCommand.ImportChat c, IncidentState s) {
        DataSource source = c.source();
        Option<Rejection> problem = Rulebook.statusProblem(c, s)
                .orElse(() -> label(c, "the channel", source.channel()))
                .orElse(() -> Checks.when(!source.from().isBefore(source.to()), c, RejectionCode.INVALID_INPUT,
                        "the import window must end after it starts"))
                .orElse(() -> notLater(c, "the import window's start", Option.some(source.from())))
                .orElse(() -> TimeRules.instantProblem("the import window's end", source.to())
                        .map(p -> reject(c, RejectionCode.INVALID_INPUT, p)));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        io.vavr.collection.Vector<ChatMessage> imported = io.vavr.collection.Vector.empty();
        io.vavr.collection.Vector<NotImported> left = io.vavr.collection.Vector.empty();
        io.vavr.collection.Set<String> handled = io.vavr.collection.HashSet.empty();
        for (ChatMessage given : c.messages()) {
            // a message that breaks the text rules is kept, in what was not imported, as a store can keep it
            ChatMessage message = given.storable();
            String key = message.key();
            if (s.chatImported().contains(key) || handled.contains(key)) {
                continue;
            }
            handled = handled.add(key);
            // the reason may quote what was given (a channel, a thread's parent): kept as a store can keep it
            Option<String> why = whyNotImported(given, source, c.recordedAt())
                    .map(reason -> TextRules.storable(reason, TextRules.MAX_TEXT_LENGTH));
            if (why.isEmpty()) {
                imported = imported.append(message);
            } else if (!s.chatNotImported().get(key).contains(why.get())) {
                left = left.append(new NotImported(message, why.get()));
            }
        }
        if (imported.isEmpty() && left.isEmpty() && s.dataSources().contains(source)) {
            return Either.right(new Emitter(c, s));
        }
        io.vavr.collection.Vector<ChatMessage> in = imported.sortBy(ChatMessage::postedAt);
        io.vavr.collection.Vector<NotImported> out = left;
        return Either.right(new Emitter(c, s).emit(h -> new CommunicationEvent.ChatImported(h, source, in, out)));
    }

    /** Why a message stays out of the timeline, if it does; nothing disappears without a reason. */
    private static Option<String> whyNotImported(ChatMessage message, DataSource source, Instant recordedAt) {
        Option<String> malformed = TextRules.identifierProblem("its id", message.id(), 200)
                .orElse(() -> TextRules.textProblem("its text", message.text()))
                .orElse(() -> message.link().flatMap(Link::urlProblem));
        if (malformed.isDefined()) {
            return Option.some("the message cannot be kept: " + malformed.get());
        }
        if (!message.channel().equals(source.channel())) {
            return Option.some("posted in " + message.channel() + ", not in " + source.channel());
        }
        if (!source.covers(message.postedAt()) || message.postedAt().isAfter(recordedAt)) {
            return Option.some("posted at " + message.postedAt() + ", outside the window " + source.from() + " to "
                    + source.to());
        }
        if (message.threadParent().isDefined()) {
            return Option.some("a threaded reply (to " + message.threadParent().get() + ") cannot be imported into"
                    + " the timeline: only messages sent to the channel itself can (000, 001)");
        }
        return Option.none();
    }

    private Either<Rejection, Emitter> informReporter(TriageCommand.InformReporter c, IncidentState s) {
        Option<dev.incidentkit.role.ResponderId> reporter = s.source().get().namedReporter();
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the message", c.message()))
                .orElse(() -> Checks.when(reporter.isEmpty(), c, RejectionCode.INVALID_INPUT,
                        "the report came from an automated alert; there is no reporter to tell"))
                .orElse(() -> Checks.when(s.reporterInformedAt().isDefined(), c, RejectionCode.NO_CHANGE,
                        "the reporter was already told")),
                c, s, h -> new TriageEvent.ReporterInformed(h, reporter.get(), c.message()));
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

    private Either<Rejection, Emitter> report(Report c, IncidentState s) {
        if (s.isReported()) {
            return Either.left(reject(c, RejectionCode.ALREADY_REPORTED, "incident " + s.id()
                    + " already exists and is " + s.status().get()
                    + "; a new report of the same problem reopens it or opens a new incident"));
        }
        return accept(label(c, "the summary", c.summary())
                .orElse(() -> sourceProblem(c, c.source()))
                .orElse(() -> notLater(c, "the detection time", c.detectedAt()))
                .orElse(() -> Checks.impactStart(c, Milestones.none().with(Milestone.DETECTED,
                        c.detectedAt().getOrElse(c.recordedAt())), Option.none(), c.impactStartedAt())),
                c, s, c.detectedAt(), h -> new TriageEvent.Reported(h, c.source(), c.summary(), c.impactStartedAt()));
    }

    private Either<Rejection, Emitter> declare(Declare c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> label(c, "the title", c.title()))
                .orElse(() -> knownSeverity(c, c.severity()))
                .orElse(() -> text(c, "the impact summary", c.impact().summary()))
                .orElse(() -> c.impact().usersAffected().filter(n -> n < 0).map(n -> reject(c,
                        RejectionCode.INVALID_INPUT, "the number of users affected must not be negative, got " + n)))
                .orElse(() -> label(c, "the impacted service", c.impactedService()))
                .orElse(() -> Checks.impactStart(c, s.milestones(), Checks.impactEnd(s), c.impactStartedAt())),
                c, s, h -> new ResponseEvent.Declared(h, c.title(), c.severity(), c.impact(), c.impactedService(),
                        c.impactStartedAt(), RoleDecisions.declarer(c)))
                .map(emitter -> roles.staff(emitter, c.roster(), s));
    }

    private Either<Rejection, Emitter> decline(Decline c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> c.route().reference().flatMap(ref -> label(c, "the route's reference", ref)))
                .orElse(() -> c.route().destination() == DeclineRoute.Destination.OTHER && c.route().reference().isEmpty()
                        ? Option.some(reject(c, RejectionCode.INVALID_INPUT,
                                "a report routed to another place must name it in the route's reference"))
                        : Option.none()),
                c, s, h -> new TriageEvent.Declined(h, c.reason(), c.route()));
    }

    private Either<Rejection, Emitter> estimateImpactStart(EstimateImpactStart c, IncidentState s) {
        Option<Instant> startedAt = Option.some(c.startedAt());
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> s.milestones().get(Milestone.IMPACT_STARTED).contains(c.startedAt())
                        ? Option.some(reject(c, RejectionCode.NO_CHANGE,
                                "the impact start is already estimated at " + c.startedAt()))
                        : Option.none())
                .orElse(() -> Checks.impactStart(c, s.milestones(), Checks.impactEnd(s), startedAt)),
                c, s, h -> new TriageEvent.ImpactStartEstimated(h, c.startedAt()));
    }

    private Either<Rejection, Emitter> changeSeverity(ChangeSeverity c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> knownSeverity(c, c.severity()))
                .orElse(() -> c.reason().flatMap(reason -> text(c, "the reason", reason)))
                .orElse(() -> severityChangeProblem(c, s.severity().get())),
                c, s, h -> new ResponseEvent.SeverityChanged(h, s.severity().get(), c.severity(), c.reason()));
    }

    private Option<Rejection> severityChangeProblem(ChangeSeverity c, Severity current) {
        if (current.equals(c.severity())) {
            return Option.some(reject(c, RejectionCode.NO_CHANGE, "the severity is already " + current));
        }
        if (process.downgradeNeedsReason() && c.severity().isLessSevereThan(current) && c.reason().isEmpty()) {
            return Option.some(reject(c, RejectionCode.REASON_REQUIRED,
                    "lowering the severity from " + current + " to " + c.severity() + " needs a reason"));
        }
        return Option.none();
    }

    private Either<Rejection, Emitter> postUpdate(PostUpdate c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the update", c.text()))
                .orElse(() -> nextUpdateProblem(c)),
                c, s, h -> new CommunicationEvent.UpdatePosted(h, c.kind(), c.audience(), c.text(), c.nextUpdateBy()));
    }

    private static Option<Rejection> nextUpdateProblem(PostUpdate c) {
        if (c.nextUpdateBy().isEmpty()) {
            return c.kind() == UpdateKind.PROGRESS
                    ? Option.some(reject(c, RejectionCode.INVALID_INPUT,
                            "a progress update says when the next one comes"))
                    : Option.none();
        }
        if (c.kind() == UpdateKind.RESOLUTION) {
            return Option.some(reject(c, RejectionCode.INVALID_INPUT,
                    "a resolution notice promises no next update"));
        }
        Instant next = c.nextUpdateBy().get();
        Option<String> outOfRange = TimeRules.instantProblem("the next update's time", next);
        if (outOfRange.isDefined()) {
            return Option.some(reject(c, RejectionCode.INVALID_INPUT, outOfRange.get()));
        }
        return next.isAfter(c.recordedAt())
                ? Option.none()
                : Option.some(reject(c, RejectionCode.INVALID_INPUT, "the next update is promised for "
                        + next + ", which is not after this update at " + c.recordedAt()));
    }

    private Either<Rejection, Emitter> addLink(AddLink c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> s.isLinked(c.link())
                        ? Option.some(reject(c, RejectionCode.ALREADY_LINKED, "incident " + s.id()
                                + " is already linked to " + c.link().kind() + " " + c.link().reference()))
                        : Option.none()),
                c, s, h -> new CommunicationEvent.LinkAdded(h, c.link(),
                        c.purpose().getOrElse(() -> LinkPurpose.byDefault(c.link().kind(), s))));
    }

    private Either<Rejection, Emitter> mitigate(Mitigate c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the note", c.note()))
                .orElse(() -> notLater(c, "the mitigation time", c.occurredAt()))
                .orElse(() -> inOrder(c, s, Milestone.MITIGATED, Option.some(effective(c, c.occurredAt())))),
                c, s, c.occurredAt(), h -> new ResponseEvent.Mitigated(h, c.note()));
    }

    private Either<Rejection, Emitter> resolve(Resolve c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "how the fix was verified", c.verification()))
                .orElse(() -> notLater(c, "the resolution time", c.occurredAt()))
                .orElse(() -> inOrder(c, s, Milestone.RESOLVED, Option.some(effective(c, c.occurredAt())))),
                c, s, c.occurredAt(), h -> new ResponseEvent.Resolved(h, c.verification()));
    }

    private Either<Rejection, Emitter> reopen(Reopen c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the reason", c.reason())),
                c, s, h -> new ResponseEvent.Reopened(h, c.reason(), s.status().get()));
    }

    private Either<Rejection, Emitter> cancel(Cancel c, IncidentState s) {
        return acceptEnding(Rulebook.statusProblem(c, s)
                .orElse(() -> text(c, "the reason", c.reason())),
                c, s, h -> new ResponseEvent.Canceled(h, c.reason()));
    }

    private Either<Rejection, Emitter> merge(Merge c, IncidentState s) {
        return acceptEnding(Rulebook.statusProblem(c, s)
                .orElse(() -> c.into().equals(s.id())
                        ? Option.some(reject(c, RejectionCode.SELF_MERGE,
                                "incident " + s.id() + " cannot be merged into itself"))
                        : Option.none()),
                c, s, h -> new ResponseEvent.Merged(h, c.into()));
    }

    private Either<Rejection, Emitter> close(Close c, IncidentState s) {
        return acceptEnding(Rulebook.statusProblem(c, s)
                .orElse(() -> postmortems.closeProblem(c, s))
                .orElse(() -> Checks.when(!Communication.resolutionNotYetToldTo(s, process).isEmpty(), c,
                        RejectionCode.RESOLUTION_NOT_COMMUNICATED, "nobody has told "
                                + Communication.resolutionNotYetToldTo(s, process).map(a -> a.name()
                                        .toLowerCase(java.util.Locale.ROOT)).mkString(" or ")
                                + " that things should be back to normal; post the resolution notice first")),
                c, s, h -> new ResponseEvent.Closed(h));
    }

    /** Accepts a command that ends the incident: open role offers are withdrawn first. */
    private static Either<Rejection, Emitter> acceptEnding(
            Option<Rejection> problem, IncidentCommand c, IncidentState s, Function<EventHeader, IncidentEvent> event) {
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(RoleDecisions.withdrawOpenOffers(new Emitter(c, s),
                        "incident " + s.id() + " ended before the offer was answered").emit(event));
    }

    private static Either<Rejection, Emitter> accept(
            Option<Rejection> problem, IncidentCommand c, IncidentState s, Function<EventHeader, IncidentEvent> event) {
        return accept(problem, c, s, Option.none(), event);
    }

    private static Either<Rejection, Emitter> accept(Option<Rejection> problem, IncidentCommand c, IncidentState s,
            Option<Instant> occurredAt, Function<EventHeader, IncidentEvent> event) {
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(new Emitter(c, s).emit(occurredAt, event));
    }

    private static Instant effective(IncidentCommand c, Option<Instant> occurredAt) {
        return occurredAt.getOrElse(c.recordedAt());
    }

    private Option<Rejection> knownSeverity(IncidentCommand c, Severity severity) {
        return process.severityScale().contains(severity)
                ? Option.none()
                : Option.some(reject(c, RejectionCode.UNKNOWN_SEVERITY, severity.name() + " (rank "
                        + severity.rank() + ") is not a level of the severity scale " + process.severityScale()));
    }

    private static Option<Rejection> sourceProblem(Report c, ReportSource source) {
        return source.textProblem().map(p -> reject(c, RejectionCode.INVALID_INPUT, p));
    }
}
