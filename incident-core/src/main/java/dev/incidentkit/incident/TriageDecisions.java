package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.accept;
import static dev.incidentkit.incident.Checks.label;
import static dev.incidentkit.incident.Checks.notLater;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;

import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand.Decline;
import dev.incidentkit.incident.triage.TriageCommand.EstimateImpactStart;
import dev.incidentkit.incident.triage.TriageCommand.Report;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The rules of triage: a report, its assessment, questions to and news for the reporter, a decline, the
 * impact start estimated. Commands of {@link dev.incidentkit.incident.triage.TriageCommand}.
 */
final class TriageDecisions {

    private final IncidentProcess process;

    TriageDecisions(IncidentProcess process) {
        this.process = process;
    }

    Either<Rejection, Emitter> report(Report c, IncidentState s) {
        if (s.isReported()) {
            return Either.left(reject(c, RejectionCode.ALREADY_REPORTED, "incident " + s.id()
                    + " already exists and is " + s.status().get()
                    + "; a new report of the same problem reopens it or opens a new incident"));
        }
        return accept(label(c, "the summary", c.summary())
                .orElse(() -> sourceProblem(c, c.source()))
                .orElse(() -> notLater(c, "the detection time", c.detectedAt()))
                .orElse(() -> Checks.impactStart(c, Milestones.none().with(Milestone.DETECTED,
                        c.detectedAt().getOrElse(c.header().effectiveAt())), Option.none(), c.impactStartedAt())),
                c, s, c.detectedAt(), h -> new TriageEvent.Reported(h, c.source(), c.summary(), c.impactStartedAt()));
    }

    Either<Rejection, Emitter> decline(Decline c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> c.route().reference().flatMap(ref -> label(c, "the route's reference", ref)))
                .orElse(() -> c.route().destination() == DeclineRoute.Destination.OTHER && c.route().reference().isEmpty()
                        ? Option.some(reject(c, RejectionCode.INVALID_INPUT,
                                "a report routed to another place must name it in the route's reference"))
                        : Option.none()),
                c, s, h -> new TriageEvent.Declined(h, c.reason(), c.route()));
    }

    Either<Rejection, Emitter> estimateImpactStart(EstimateImpactStart c, IncidentState s) {
        Option<Instant> startedAt = Option.some(c.startedAt());
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> s.milestones().get(Milestone.IMPACT_STARTED).contains(c.startedAt())
                        ? Option.some(reject(c, RejectionCode.NO_CHANGE,
                                "the impact start is already estimated at " + c.startedAt()))
                        : Option.none())
                .orElse(() -> Checks.impactStart(c, s.milestones(), Checks.impactEnd(s), startedAt)),
                c, s, h -> new TriageEvent.ImpactStartEstimated(h, c.startedAt()));
    }

    Either<Rejection, Emitter> assess(TriageCommand.Assess c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> c.assessment().usersAffected().filter(n -> n < 0).map(n -> reject(c,
                        RejectionCode.INVALID_INPUT, "the number of users affected must not be negative, got " + n)))
                .orElse(() -> Checks.when(c.assessment().unresolvedFor().isNegative(), c, RejectionCode.INVALID_INPUT,
                        "the time spent on analysis must not be negative")),
                c, s, h -> new TriageEvent.Assessed(h, c.assessment(),
                        process.qualify(s.source().get(), c.assessment())));
    }

    Either<Rejection, Emitter> requestInformation(TriageCommand.RequestInformation c, IncidentState s) {
        Option<dev.incidentkit.role.ResponderId> reporter = s.source().get().namedReporter();
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the question", c.question()))
                .orElse(() -> Checks.when(reporter.isEmpty(), c, RejectionCode.INVALID_INPUT,
                        "the report came from an automated alert; there is no reporter to ask")),
                c, s, h -> new TriageEvent.InformationRequested(h, reporter.get(), c.question()));
    }

    Either<Rejection, Emitter> informReporter(TriageCommand.InformReporter c, IncidentState s) {
        Option<dev.incidentkit.role.ResponderId> reporter = s.source().get().namedReporter();
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the message", c.message()))
                .orElse(() -> Checks.when(reporter.isEmpty(), c, RejectionCode.INVALID_INPUT,
                        "the report came from an automated alert; there is no reporter to tell"))
                .orElse(() -> Checks.when(s.reporterInformedAt().isDefined(), c, RejectionCode.NO_CHANGE,
                        "the reporter was already told")),
                c, s, h -> new TriageEvent.ReporterInformed(h, reporter.get(), c.message()));
    }

    private static Option<Rejection> sourceProblem(Report c, ReportSource source) {
        return source.textProblem().map(p -> reject(c, RejectionCode.INVALID_INPUT, p));
    }
}
