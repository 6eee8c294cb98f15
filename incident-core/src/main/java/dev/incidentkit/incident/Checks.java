package dev.incidentkit.incident;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.base.TimeRules;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Function;

/**
 * The small checks every rule of the decider is made of. Each returns the rejection, or none when the
 * command passes. Package-private.
 */
final class Checks {

    /** The statuses in which an incident is still being responded to: what a merge may go into. */
    static final EnumSet<IncidentStatus> OPEN =
            EnumSet.of(IncidentStatus.TRIAGE, IncidentStatus.DECLARED, IncidentStatus.MITIGATED);

    private Checks() {}

    static Rejection reject(IncidentCommand c, RejectionCode code, String why) {
        return new Rejection(code, "cannot " + c.verb() + ": " + why);
    }

    static Option<Rejection> when(boolean broken, IncidentCommand c, RejectionCode code, String why) {
        return broken ? Option.some(reject(c, code, why)) : Option.none();
    }

    static Option<Rejection> status(
            IncidentCommand c, IncidentState s, io.vavr.collection.Set<IncidentStatus> allowed, String whatTheyDo) {
        IncidentStatus current = s.status().get();
        if (allowed.contains(current)) {
            return Option.none();
        }
        return Option.some(reject(c, RejectionCode.WRONG_STATUS, "incident " + s.id() + " is " + current
                + "; only " + List.ofAll(allowed).mkString(", ").replaceFirst(", ([A-Z_]+)$", " or $1")
                + " incidents " + whatTheyDo));
    }


    static Option<Rejection> label(IncidentCommand c, String field, String value) {
        return TextRules.labelProblem(field, value).map(p -> reject(c, RejectionCode.INVALID_INPUT, p));
    }

    static Option<Rejection> text(IncidentCommand c, String field, String value) {
        return TextRules.textProblem(field, value).map(p -> reject(c, RejectionCode.INVALID_INPUT, p));
    }

    static Option<Rejection> notLater(IncidentCommand c, String field, Option<Instant> claimed) {
        return notLaterThanRecorded(c, field, claimed.map(FactTime::exact));
    }

    /**
     * Refuses a claimed time outside the supported range, or one whose latest moment is after the command
     * was recorded: a fact is reported after it happens. A time not recorded is placed later, see
     * {@link #placed}.
     */
    static Option<Rejection> notLaterThanRecorded(IncidentCommand c, String field, Option<FactTime> claimed) {
        Option<FactTime> known = claimed.filter(FactTime::isKnown);
        return known.flatMap(t -> TimeRules.instantProblem(field, t.at())
                        .orElse(() -> TimeRules.instantProblem("the end of " + field, t.until())))
                .map(problem -> reject(c, RejectionCode.INVALID_INPUT, problem))
                .orElse(() -> known.filter(t -> t.until().isAfter(c.recordedAt())).map(t -> reject(c,
                        RejectionCode.TIME_OUT_OF_ORDER, field + (t.isPrecise() ? " " + t.at() : ", until " + t.until()
                                + ",") + " is after the command was recorded at " + c.recordedAt()
                                + "; a fact is reported after it happens")));
    }

    /**
     * The command with a time not recorded placed by the order of events: after the incident's latest fact
     * so far, before the command was recorded. Any other command is returned as it is.
     */
    static IncidentCommand placed(IncidentCommand c, IncidentState s) {
        Option<FactTime> claimed = c.header().occurredAt();
        if (claimed.isEmpty() || claimed.get().isKnown()) {
            return c;
        }
        Instant after = s.latestFactAt().getOrElse(c.recordedAt());
        return c.withHeader(c.header().happenedAt(claimed.get().placedBetween(after, c.recordedAt())));
    }

    static Option<Rejection> inOrder(IncidentCommand c, IncidentState s, Milestone milestone, FactTime at) {
        return s.milestones().orderProblem(milestone, at).map(p -> reject(c, RejectionCode.MILESTONE_OUT_OF_ORDER, p));
    }

    /**
     * When the command says its fact happened: its own exact time where it names one ({@code occurredAt} of a
     * mitigation), else its header's, else when it was recorded.
     */
    static FactTime happened(IncidentCommand c, Option<Instant> own) {
        return claimed(c, own).getOrElse(() -> FactTime.exact(c.recordedAt()));
    }

    /**
     * The time the command claims for its fact, if any: its own exact time where it names one, else its
     * header's.
     */
    static Option<FactTime> claimed(IncidentCommand c, Option<Instant> own) {
        return own.map(FactTime::exact).orElse(c.header().occurredAt());
    }

    /**
     * The one rule for a guess at when the impact began, wherever it is given (a report, a declaration, an
     * estimate, the postmortem's impact window): not after the command was recorded, not after the problem
     * was detected nor after the incident was mitigated or resolved (the milestones' order), and not after
     * the postmortem's impact end. The rejection names both times.
     */
    static Option<Rejection> impactStart(IncidentCommand c, Milestones milestones, Option<Instant> impactEnd,
            Option<Instant> at) {
        return notLater(c, "the impact start", at)
                .orElse(() -> at.flatMap(t -> milestones.orderProblem(Milestone.IMPACT_STARTED, t))
                        .map(p -> reject(c, RejectionCode.MILESTONE_OUT_OF_ORDER, p)))
                .orElse(() -> at.flatMap(t -> impactEnd.filter(end -> !t.isBefore(end)).map(end -> reject(c,
                        RejectionCode.MILESTONE_OUT_OF_ORDER, "the impact start at " + t + " would not come before"
                                + " the impact's end at " + end + ", as the postmortem's impact window has it"))));
    }

    /** The impact's end as the postmortem's impact window has it, if set. */
    static Option<Instant> impactEnd(IncidentState s) {
        return s.postmortem().flatMap(pm -> pm.impactEnd());
    }

    /** Accepts a command with one event, recorded when the command was, unless a rule is broken. */
    static Either<Rejection, Emitter> accept(
            Option<Rejection> problem, IncidentCommand c, IncidentState s, Function<EventHeader, IncidentEvent> event) {
        return accept(problem, c, s, Option.none(), event);
    }

    /** Accepts a command with one event that happened at {@code occurredAt}, if given, unless a rule is broken. */
    static Either<Rejection, Emitter> accept(Option<Rejection> problem, IncidentCommand c, IncidentState s,
            Option<Instant> occurredAt, Function<EventHeader, IncidentEvent> event) {
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(new Emitter(c, s).emit(occurredAt, event));
    }
}
