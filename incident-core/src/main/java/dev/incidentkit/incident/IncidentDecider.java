package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentStatus.DECLARED;
import static dev.incidentkit.incident.IncidentStatus.MITIGATED;
import static dev.incidentkit.incident.IncidentStatus.RESOLVED;
import static dev.incidentkit.incident.IncidentStatus.TRIAGE;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.IncidentCommand.AddLink;
import dev.incidentkit.incident.IncidentCommand.Cancel;
import dev.incidentkit.incident.IncidentCommand.ChangeSeverity;
import dev.incidentkit.incident.IncidentCommand.Close;
import dev.incidentkit.incident.IncidentCommand.Declare;
import dev.incidentkit.incident.IncidentCommand.Decline;
import dev.incidentkit.incident.IncidentCommand.EstimateImpactStart;
import dev.incidentkit.incident.IncidentCommand.Merge;
import dev.incidentkit.incident.IncidentCommand.Mitigate;
import dev.incidentkit.incident.IncidentCommand.PostUpdate;
import dev.incidentkit.incident.IncidentCommand.Reopen;
import dev.incidentkit.incident.IncidentCommand.Report;
import dev.incidentkit.incident.IncidentCommand.Resolve;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Supplier;

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

    private static final EnumSet<IncidentStatus> OPEN = EnumSet.of(TRIAGE, DECLARED, MITIGATED);
    private static final EnumSet<IncidentStatus> NOT_FINISHED = EnumSet.of(TRIAGE, DECLARED, MITIGATED, RESOLVED);
    private static final EnumSet<IncidentStatus> DECLARED_ONWARD = EnumSet.of(DECLARED, MITIGATED, RESOLVED);

    private final SeverityScale severityScale;

    private IncidentDecider(SeverityScale severityScale) {
        this.severityScale = severityScale;
    }

    /**
     * A decider on the {@linkplain SeverityScale#standard() standard severity scale}.
     *
     * @return the decider
     */
    public static IncidentDecider standard() {
        return new IncidentDecider(SeverityScale.standard());
    }

    /**
     * A decider whose incidents are rated on the given scale.
     *
     * @param severityScale the scale; never {@code null}
     * @return the decider
     */
    public static IncidentDecider withSeverityScale(SeverityScale severityScale) {
        return new IncidentDecider(Objects.requireNonNull(severityScale, "severityScale"));
    }

    /**
     * The scale that severities must belong to.
     *
     * @return the scale
     */
    public SeverityScale severityScale() {
        return severityScale;
    }

    /**
     * Decides a command against the incident's current state.
     *
     * @param command the command; never {@code null}
     * @param state the incident's state, for the command's incident; never {@code null}
     * @return the events to record, in order (none if the command id was already applied), or why the
     *     command is refused
     * @throws IllegalArgumentException if the command is about another incident than the state
     */
    public Either<Rejection, Seq<IncidentEvent>> decide(IncidentCommand command, IncidentState state) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(state, "state");
        if (!command.incidentId().equals(state.id())) {
            throw new IllegalArgumentException("command " + command.commandId() + " is about incident "
                    + command.incidentId() + " but was decided against " + state.id());
        }
        if (state.appliedCommands().contains(command.commandId())) {
            return Either.right(List.empty());
        }
        Option<Instant> last = state.lastRecordedAt();
        if (last.isDefined() && command.recordedAt().isBefore(last.get())) {
            return Either.left(reject(command, RejectionCode.TIME_OUT_OF_ORDER, "it was recorded at "
                    + command.recordedAt() + ", before the incident's last event at " + last.get()));
        }
        if (command instanceof Report) {
            return report((Report) command, state);
        }
        if (!state.isReported()) {
            return Either.left(reject(command, RejectionCode.NOT_REPORTED,
                    "incident " + state.id() + " has not been reported"));
        }
        if (command instanceof Declare) {
            return declare((Declare) command, state);
        }
        if (command instanceof Decline) {
            return decline((Decline) command, state);
        }
        if (command instanceof EstimateImpactStart) {
            return estimateImpactStart((EstimateImpactStart) command, state);
        }
        if (command instanceof ChangeSeverity) {
            return changeSeverity((ChangeSeverity) command, state);
        }
        if (command instanceof PostUpdate) {
            return postUpdate((PostUpdate) command, state);
        }
        if (command instanceof AddLink) {
            return addLink((AddLink) command, state);
        }
        if (command instanceof Mitigate) {
            return mitigate((Mitigate) command, state);
        }
        if (command instanceof Resolve) {
            return resolve((Resolve) command, state);
        }
        if (command instanceof Reopen) {
            return reopen((Reopen) command, state);
        }
        if (command instanceof Cancel) {
            return cancel((Cancel) command, state);
        }
        if (command instanceof Merge) {
            return merge((Merge) command, state);
        }
        if (command instanceof Close) {
            return close((Close) command, state);
        }
        throw new IllegalArgumentException("unknown command type " + command.getClass().getName());
    }

    /**
     * Folds one event into the state.
     *
     * @param state the state before; never {@code null}
     * @param event the next event of the same incident, with the next sequence number; never {@code null}
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
     * @param id the incident; never {@code null}
     * @param events its events in sequence order; never {@code null}
     * @return the current state
     * @throws IllegalArgumentException if the stream is not a well-formed history of the incident (see
     *     {@link #evolve(IncidentState, IncidentEvent)})
     */
    public IncidentState replay(IncidentId id, Iterable<? extends IncidentEvent> events) {
        Objects.requireNonNull(events, "events");
        IncidentState state = IncidentState.empty(id);
        for (IncidentEvent event : events) {
            state = Evolution.evolve(state, event);
        }
        return state;
    }

    /**
     * Decides a command and folds the resulting events into the state, in one step.
     *
     * @param command the command; never {@code null}
     * @param state the incident's state; never {@code null}
     * @return the events and the new state, or why the command is refused
     * @throws IllegalArgumentException if the command is about another incident than the state
     */
    public Either<Rejection, Decision> apply(IncidentCommand command, IncidentState state) {
        return decide(command, state).map(events -> new Decision(events, events.foldLeft(state, Evolution::evolve)));
    }

    private Either<Rejection, Seq<IncidentEvent>> report(Report c, IncidentState s) {
        if (s.isReported()) {
            return Either.left(reject(c, RejectionCode.ALREADY_REPORTED, "incident " + s.id()
                    + " already exists and is " + s.status().get()
                    + "; a new report of the same problem reopens it or opens a new incident"));
        }
        return accept(label(c, "the summary", c.summary())
                .orElse(() -> sourceProblem(c, c.source()))
                .orElse(() -> notLater(c, "the detection time", c.detectedAt()))
                .orElse(() -> notLater(c, "the impact start", c.impactStartedAt())),
                () -> new IncidentEvent.Reported(
                        header(c, s, c.detectedAt()), c.source(), c.summary(), c.impactStartedAt()));
    }

    private Either<Rejection, Seq<IncidentEvent>> declare(Declare c, IncidentState s) {
        return accept(status(c, s, EnumSet.of(TRIAGE), "can be declared")
                .orElse(() -> label(c, "the title", c.title()))
                .orElse(() -> knownSeverity(c, c.severity()))
                .orElse(() -> text(c, "the impact summary", c.impact().summary()))
                .orElse(() -> c.impact().usersAffected().filter(n -> n < 0).map(n -> reject(c,
                        RejectionCode.INVALID_INPUT, "the number of users affected must not be negative, got " + n)))
                .orElse(() -> label(c, "the impacted service", c.impactedService()))
                .orElse(() -> notLater(c, "the impact start", c.impactStartedAt()))
                .orElse(() -> inOrder(c, s, Milestone.IMPACT_STARTED, c.impactStartedAt())),
                () -> new IncidentEvent.Declared(header(c, s, Option.none()), c.title(),
                        c.severity(), c.impact(), c.impactedService(), c.impactStartedAt()));
    }

    private Either<Rejection, Seq<IncidentEvent>> decline(Decline c, IncidentState s) {
        return accept(status(c, s, EnumSet.of(TRIAGE), "can be declined")
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> c.route().reference().flatMap(ref -> label(c, "the route's reference", ref)))
                .orElse(() -> c.route().destination() == DeclineRoute.Destination.OTHER && c.route().reference().isEmpty()
                        ? Option.some(reject(c, RejectionCode.INVALID_INPUT,
                                "a report routed to another place must name it in the route's reference"))
                        : Option.none()),
                () -> new IncidentEvent.Declined(header(c, s, Option.none()), c.reason(), c.route()));
    }

    private Either<Rejection, Seq<IncidentEvent>> estimateImpactStart(EstimateImpactStart c, IncidentState s) {
        Option<Instant> startedAt = Option.some(c.startedAt());
        return accept(status(c, s, NOT_FINISHED, "can have their impact start estimated")
                .orElse(() -> notLater(c, "the impact start", startedAt))
                .orElse(() -> s.milestones().get(Milestone.IMPACT_STARTED).contains(c.startedAt())
                        ? Option.some(reject(c, RejectionCode.NO_CHANGE,
                                "the impact start is already estimated at " + c.startedAt()))
                        : Option.none())
                .orElse(() -> inOrder(c, s, Milestone.IMPACT_STARTED, startedAt)),
                () -> new IncidentEvent.ImpactStartEstimated(header(c, s, Option.none()), c.startedAt()));
    }

    private Either<Rejection, Seq<IncidentEvent>> changeSeverity(ChangeSeverity c, IncidentState s) {
        return accept(status(c, s, DECLARED_ONWARD, "have a severity to change")
                .orElse(() -> knownSeverity(c, c.severity()))
                .orElse(() -> c.reason().flatMap(reason -> text(c, "the reason", reason)))
                .orElse(() -> severityChangeProblem(c, s.severity().get())),
                () -> new IncidentEvent.SeverityChanged(
                        header(c, s, Option.none()), s.severity().get(), c.severity(), c.reason()));
    }

    private Option<Rejection> severityChangeProblem(ChangeSeverity c, Severity current) {
        if (current.equals(c.severity())) {
            return Option.some(reject(c, RejectionCode.NO_CHANGE, "the severity is already " + current));
        }
        if (c.severity().isLessSevereThan(current) && c.reason().isEmpty()) {
            return Option.some(reject(c, RejectionCode.REASON_REQUIRED,
                    "lowering the severity from " + current + " to " + c.severity() + " needs a reason"));
        }
        return Option.none();
    }

    private Either<Rejection, Seq<IncidentEvent>> postUpdate(PostUpdate c, IncidentState s) {
        Option<Rejection> statusProblem = c.kind() == UpdateKind.RESOLUTION
                ? status(c, s, EnumSet.of(RESOLVED), "take a resolution notice")
                : status(c, s, OPEN, "take progress updates; after resolution only the resolution notice");
        return accept(statusProblem
                .orElse(() -> text(c, "the update", c.text()))
                .orElse(() -> nextUpdateProblem(c)),
                () -> new IncidentEvent.UpdatePosted(
                        header(c, s, Option.none()), c.kind(), c.audience(), c.text(), c.nextUpdateBy()));
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
        return next.isAfter(c.recordedAt())
                ? Option.none()
                : Option.some(reject(c, RejectionCode.INVALID_INPUT, "the next update is promised for "
                        + next + ", which is not after this update at " + c.recordedAt()));
    }

    private Either<Rejection, Seq<IncidentEvent>> addLink(AddLink c, IncidentState s) {
        return accept(status(c, s, NOT_FINISHED, "can be linked")
                .orElse(() -> s.links().contains(c.link())
                        ? Option.some(reject(c, RejectionCode.ALREADY_LINKED, "incident " + s.id()
                                + " is already linked to " + c.link().kind() + " " + c.link().reference()))
                        : Option.none()),
                () -> new IncidentEvent.LinkAdded(header(c, s, Option.none()), c.link()));
    }

    private Either<Rejection, Seq<IncidentEvent>> mitigate(Mitigate c, IncidentState s) {
        return accept(status(c, s, EnumSet.of(DECLARED), "can be mitigated")
                .orElse(() -> text(c, "the note", c.note()))
                .orElse(() -> notLater(c, "the mitigation time", c.occurredAt()))
                .orElse(() -> inOrder(c, s, Milestone.MITIGATED, Option.some(effective(c, c.occurredAt())))),
                () -> new IncidentEvent.Mitigated(header(c, s, c.occurredAt()), c.note()));
    }

    private Either<Rejection, Seq<IncidentEvent>> resolve(Resolve c, IncidentState s) {
        return accept(status(c, s, EnumSet.of(DECLARED, MITIGATED), "can be resolved")
                .orElse(() -> text(c, "how the fix was verified", c.verification()))
                .orElse(() -> notLater(c, "the resolution time", c.occurredAt()))
                .orElse(() -> inOrder(c, s, Milestone.RESOLVED, Option.some(effective(c, c.occurredAt())))),
                () -> new IncidentEvent.Resolved(header(c, s, c.occurredAt()), c.verification()));
    }

    private Either<Rejection, Seq<IncidentEvent>> reopen(Reopen c, IncidentState s) {
        return accept(status(c, s, EnumSet.of(MITIGATED, RESOLVED), "can be reopened")
                .orElse(() -> text(c, "the reason", c.reason())),
                () -> new IncidentEvent.Reopened(
                        header(c, s, Option.none()), c.reason(), s.status().get()));
    }

    private Either<Rejection, Seq<IncidentEvent>> cancel(Cancel c, IncidentState s) {
        return accept(status(c, s, OPEN, "can be canceled")
                .orElse(() -> text(c, "the reason", c.reason())),
                () -> new IncidentEvent.Canceled(header(c, s, Option.none()), c.reason()));
    }

    private Either<Rejection, Seq<IncidentEvent>> merge(Merge c, IncidentState s) {
        return accept(status(c, s, OPEN, "can be merged")
                .orElse(() -> c.into().equals(s.id())
                        ? Option.some(reject(c, RejectionCode.SELF_MERGE,
                                "incident " + s.id() + " cannot be merged into itself"))
                        : Option.none()),
                () -> new IncidentEvent.Merged(header(c, s, Option.none()), c.into()));
    }

    private Either<Rejection, Seq<IncidentEvent>> close(Close c, IncidentState s) {
        return accept(status(c, s, EnumSet.of(RESOLVED), "can be closed"),
                () -> new IncidentEvent.Closed(header(c, s, Option.none())));
    }

    private static Either<Rejection, Seq<IncidentEvent>> accept(
            Option<Rejection> problem, Supplier<IncidentEvent> event) {
        return problem.isDefined() ? Either.left(problem.get()) : Either.right(List.of(event.get()));
    }

    private static EventHeader header(IncidentCommand c, IncidentState s, Option<Instant> occurredAt) {
        return new EventHeader(s.id(), EventId.derive(c.commandId(), 0), s.version() + 1, c.recordedAt(),
                occurredAt, c.actor(), c.commandId());
    }

    private static Instant effective(IncidentCommand c, Option<Instant> occurredAt) {
        return occurredAt.getOrElse(c.recordedAt());
    }

    private static Rejection reject(IncidentCommand c, RejectionCode code, String why) {
        return new Rejection(code, "cannot " + c.verb() + ": " + why);
    }

    private static Option<Rejection> status(
            IncidentCommand c, IncidentState s, EnumSet<IncidentStatus> allowed, String whatTheyDo) {
        IncidentStatus current = s.status().get();
        if (allowed.contains(current)) {
            return Option.none();
        }
        return Option.some(reject(c, RejectionCode.WRONG_STATUS, "incident " + s.id() + " is " + current
                + "; only " + List.ofAll(allowed).mkString(", ").replaceFirst(", ([A-Z_]+)$", " or $1")
                + " incidents " + whatTheyDo));
    }

    private static Option<Rejection> label(IncidentCommand c, String field, String value) {
        return TextRules.labelProblem(field, value).map(p -> reject(c, RejectionCode.INVALID_INPUT, p));
    }

    private static Option<Rejection> text(IncidentCommand c, String field, String value) {
        return TextRules.textProblem(field, value).map(p -> reject(c, RejectionCode.INVALID_INPUT, p));
    }

    private Option<Rejection> knownSeverity(IncidentCommand c, Severity severity) {
        return severityScale.contains(severity)
                ? Option.none()
                : Option.some(reject(c, RejectionCode.UNKNOWN_SEVERITY, severity.name() + " (rank "
                        + severity.rank() + ") is not a level of the severity scale " + severityScale));
    }

    private static Option<Rejection> notLater(IncidentCommand c, String field, Option<Instant> claimed) {
        return claimed.filter(t -> t.isAfter(c.recordedAt())).map(t -> reject(c, RejectionCode.TIME_OUT_OF_ORDER,
                field + " " + t + " is after the command was recorded at " + c.recordedAt()
                        + "; a fact is reported after it happens"));
    }

    private static Option<Rejection> inOrder(
            IncidentCommand c, IncidentState s, Milestone milestone, Option<Instant> at) {
        return at.flatMap(t -> s.milestones().orderProblem(milestone, t))
                .map(p -> reject(c, RejectionCode.MILESTONE_OUT_OF_ORDER, p));
    }

    private static Option<Rejection> sourceProblem(Report c, ReportSource source) {
        if (source instanceof ReportSource.PagingAlert) {
            ReportSource.PagingAlert alert = (ReportSource.PagingAlert) source;
            return label(c, "the alert name", alert.alertName())
                    .orElse(() -> alert.tags().toList().flatMap(tag -> label(c, "an alert tag", tag)).headOption())
                    .orElse(() -> alert.externalId().flatMap(id -> label(c, "the alert's external id", id)));
        }
        if (source instanceof ReportSource.SupportTicket) {
            return label(c, "the ticket reference", ((ReportSource.SupportTicket) source).reference());
        }
        if (source instanceof ReportSource.ChatReport) {
            ReportSource.ChatReport chat = (ReportSource.ChatReport) source;
            return label(c, "the chat channel", chat.channel())
                    .orElse(() -> chat.messageLink().flatMap(Link::urlProblem)
                            .map(p -> reject(c, RejectionCode.INVALID_INPUT, "the message link: " + p)));
        }
        return Option.none();
    }
}
