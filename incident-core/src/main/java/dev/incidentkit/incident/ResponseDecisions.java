package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.accept;
import static dev.incidentkit.incident.Checks.inOrder;
import static dev.incidentkit.incident.Checks.label;
import static dev.incidentkit.incident.Checks.notLater;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;
import static dev.incidentkit.incident.IncidentStatus.MITIGATED;
import static dev.incidentkit.incident.IncidentStatus.RESOLVED;

import dev.incidentkit.incident.communication.FollowUp;
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
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.severity.Severity;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/**
 * The rules of the response to a declared incident: declaration, severity, mitigation, resolution,
 * reopening, cancel, merge, close and the paging acknowledged. Commands of
 * {@link dev.incidentkit.incident.response.ResponseCommand} (but {@code RecordAction}, which the team's
 * rules decide with the advisories).
 */
final class ResponseDecisions {

    private final IncidentProcess process;
    private final TeamDecisions roles;
    private final PostmortemDecisions postmortems;

    ResponseDecisions(IncidentProcess process, TeamDecisions roles, PostmortemDecisions postmortems) {
        this.process = process;
        this.roles = roles;
        this.postmortems = postmortems;
    }

    Either<Rejection, Emitter> declare(Declare c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> label(c, "the title", c.title()))
                .orElse(() -> knownSeverity(c, c.severity()))
                .orElse(() -> text(c, "the impact summary", c.impact().summary()))
                .orElse(() -> c.impact().usersAffected().filter(n -> n < 0).map(n -> reject(c,
                        RejectionCode.INVALID_INPUT, "the number of users affected must not be negative, got " + n)))
                .orElse(() -> label(c, "the impacted service", c.impactedService()))
                // not before the detection; what came before it (an undeclared incident's mitigation,
                // resolution and reopening) is an earlier round, which the declaration follows
                .orElse(() -> declaredAfter(c, s, Milestone.DETECTED))
                .orElse(() -> declaredAfter(c, s, Milestone.REOPENED))
                .orElse(() -> Checks.impactStart(c, s.milestones(), Checks.impactEnd(s), c.impactStartedAt())),
                c, s, h -> new ResponseEvent.Declared(h, c.title(), c.severity(), c.impact(), c.impactedService(),
                        c.impactStartedAt(), TeamDecisions.declarer(c)))
                .map(emitter -> roles.staff(emitter, c.roster(), s));
    }

    Either<Rejection, Emitter> changeSeverity(ChangeSeverity c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> knownSeverity(c, c.severity()))
                .orElse(() -> c.reason().flatMap(reason -> text(c, "the reason", reason)))
                .orElse(() -> severityChangeProblem(c, s.severity().get()))
                // the severity history is in time order: a change happens after the one before it
                .orElse(() -> s.severityHistory().lastOption().filter(last -> Checks.happened(c, Option.none())
                        .until().isBefore(last.at())).map(last -> reject(c, RejectionCode.MILESTONE_OUT_OF_ORDER,
                                "the severity changed at " + Checks.happened(c, Option.none()).describe() + " would"
                                        + " come before its last change, to " + last.severity() + " at " + last.at()))),
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

    private Option<Rejection> knownSeverity(IncidentCommand c, Severity severity) {
        return process.severityScale().contains(severity)
                ? Option.none()
                : Option.some(reject(c, RejectionCode.UNKNOWN_SEVERITY, severity.name() + " (rank "
                        + severity.rank() + ") is not a level of the severity scale " + process.severityScale()));
    }

    Either<Rejection, Emitter> mitigate(Mitigate c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the note", c.note()))
                .orElse(() -> notLater(c, "the mitigation time", c.occurredAt()))
                .orElse(() -> inOrder(c, s, Milestone.MITIGATED, Checks.happened(c, c.occurredAt()))),
                c, s, c.occurredAt(), h -> new ResponseEvent.Mitigated(h, c.note()));
    }

    Either<Rejection, Emitter> resolve(Resolve c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "how the fix was verified", c.verification()))
                .orElse(() -> notLater(c, "the resolution time", c.occurredAt()))
                .orElse(() -> inOrder(c, s, Milestone.RESOLVED, Checks.happened(c, c.occurredAt()))),
                c, s, c.occurredAt(), h -> new ResponseEvent.Resolved(h, c.verification()));
    }

    Either<Rejection, Emitter> reopen(Reopen c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> reopenedInOrder(c, s)),
                c, s, h -> new ResponseEvent.Reopened(h, c.reason(), s.status().get()));
    }

    /** A declaration comes after an earlier milestone, where the incident has it. */
    private static Option<Rejection> declaredAfter(Declare c, IncidentState s, Milestone earlier) {
        FactTime at = Checks.happened(c, Option.none());
        return s.milestones().timeOf(earlier).filter(then -> at.until().isBefore(then.at())).map(then -> reject(c,
                RejectionCode.MILESTONE_OUT_OF_ORDER, "declared at " + at.describe() + " would come before "
                        + earlier.label() + " at " + then.describe() + "; an incident's milestones never go back in time"));
    }

    /**
     * A reopening happens after the declaration and after the mitigation or resolution it reopens; the
     * milestones it clears do not count against it.
     */
    static Option<Rejection> reopenedInOrder(IncidentCommand c, IncidentState s) {
        FactTime at = Checks.happened(c, Option.none());
        Milestones cleared = s.milestones().without(Milestone.MITIGATED).without(Milestone.RESOLVED);
        Option<FactTime> ended = s.milestones().timeOf(Milestone.RESOLVED)
                .orElse(s.milestones().timeOf(Milestone.MITIGATED));
        return cleared.orderProblem(Milestone.REOPENED, at).map(p -> reject(c, RejectionCode.MILESTONE_OUT_OF_ORDER, p))
                .orElse(() -> ended.filter(e -> at.until().isBefore(e.at())).map(e -> reject(c,
                        RejectionCode.MILESTONE_OUT_OF_ORDER, "reopened at " + at.describe() + " would come before the "
                                + s.status().get().name().toLowerCase(java.util.Locale.ROOT) + " state it reopens,"
                                + " reached at " + e.describe())));
    }

    Either<Rejection, Emitter> cancel(Cancel c, IncidentState s) {
        return acceptEnding(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the reason", c.reason())),
                c, s, h -> new ResponseEvent.Canceled(h, c.reason()));
    }

    Either<Rejection, Emitter> merge(Merge c, IncidentState s) {
        return acceptEnding(Rulebook.statusProblem(c, s, process)
                .orElse(() -> c.into().equals(s.id())
                        ? Option.some(reject(c, RejectionCode.SELF_MERGE,
                                "incident " + s.id() + " cannot be merged into itself"))
                        : Option.none()),
                c, s, h -> new ResponseEvent.Merged(h, c.into()));
    }

    Either<Rejection, Emitter> close(Close c, IncidentState s) {
        return acceptEnding(Rulebook.statusProblem(c, s, process)
                .orElse(() -> inOrder(c, s, Milestone.CLOSED, Checks.happened(c, Option.none())))
                .orElse(() -> postmortems.closeProblem(c, s))
                .orElse(() -> s.followUps().find(FollowUp::isOpen).map(open -> reject(c, RejectionCode.FOLLOW_UP_OPEN,
                        "the follow-up from " + open.from().name() + " (" + open.id() + ") is not settled; dismiss it,"
                        + " reopen the incident or open a new one for it first")))
                .orElse(() -> Checks.when(!Communication.resolutionNotYetToldTo(s, process).isEmpty(), c,
                        RejectionCode.RESOLUTION_NOT_COMMUNICATED, "nobody has told "
                                + Communication.resolutionNotYetToldTo(s, process).map(a -> a.name()
                                        .toLowerCase(java.util.Locale.ROOT)).mkString(" or ")
                                + " that things should be back to normal; post the resolution notice first")),
                c, s, h -> new ResponseEvent.Closed(h));
    }

    Either<Rejection, Emitter> acknowledge(ResponseCommand.AcknowledgePaging c, IncidentState s) {
        boolean paged = !s.links(LinkKind.PAGING_INCIDENT).isEmpty()
                || s.source().exists(ReportSource.PagingAlert.class::isInstance);
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> Checks.when(!paged, c, RejectionCode.INVALID_INPUT,
                        "there is no paging incident to acknowledge; link it first"))
                .orElse(() -> Checks.when(s.pagingAcknowledgedBy().isDefined(), c, RejectionCode.NO_CHANGE,
                        s.pagingAcknowledgedBy().map(by -> "the incident was already acknowledged by " + by)
                                .getOrElse(""))),
                c, s, h -> new ResponseEvent.PagingAcknowledged(h));
    }

    /** Accepts a command that ends the incident: open role offers are withdrawn first. */
    private static Either<Rejection, Emitter> acceptEnding(
            Option<Rejection> problem, IncidentCommand c, IncidentState s, Function<EventHeader, IncidentEvent> event) {
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(TeamDecisions.withdrawOpenOffers(new Emitter(c, s),
                        "incident " + s.id() + " ended before the offer was answered").emit(event));
    }
}
