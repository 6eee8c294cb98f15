package dev.incidentkit.metrics;

import dev.incidentkit.incident.Absorption;
import dev.incidentkit.incident.FactTime;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Milestone;
import dev.incidentkit.incident.Milestones;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * The response times of one incident: for each {@link Measure}, how long it took, or the sentence that says
 * which moment is missing. A missing moment is never reported as zero, no duration is negative, and a
 * duration is never more precise than its moments: one that depends on a guessed time or a window is an
 * approximate or ranged {@link Elapsed}, one that depends on a time not recorded at all is missing. An
 * incident that took in others merged into it was detected when the first of them was.
 *
 * @param incident the incident
 * @param values measure to how long it took, or to why it cannot be measured; every measure present; never
 *     {@code null}
 * @since 0.1.0
 */
public record IncidentMetrics(IncidentId incident, Map<Measure, Either<String, Elapsed>> values) {

    /**
     * Creates the metrics of an incident.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public IncidentMetrics {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(values, "values");
    }

    /**
     * Measures an incident from its milestones.
     *
     * @param state the incident
     * @return its metrics
     */
    public static IncidentMetrics of(IncidentState state) {
        Objects.requireNonNull(state, "state");
        Milestones m = state.milestones();
        Option<FactTime> impact = m.timeOf(Milestone.IMPACT_STARTED);
        // incidents merged into this one are the same problem: it was detected when the first of them was
        Option<FactTime> detected = earliest(m.timeOf(Milestone.DETECTED).toList()
                .appendAll(state.absorbed().flatMap(Absorption::detectedAt).map(FactTime::exact)));
        Option<FactTime> firstRecovery = earliest(m.earliestTimeOf(Milestone.MITIGATED).toList()
                .appendAll(m.earliestTimeOf(Milestone.RESOLVED)));
        Option<FactTime> declared = m.timeOf(Milestone.DECLARED);
        Option<FactTime> resolved = m.timeOf(Milestone.RESOLVED);
        Option<FactTime> impactEnd = state.postmortem().flatMap(pm -> pm.impactEnd()).map(FactTime::exact)
                .orElse(firstRecovery);
        boolean undeclared = declared.isEmpty() && firstRecovery.isDefined();
        Map<Measure, Either<String, Elapsed>> values = LinkedHashMap.<Measure, Either<String, Elapsed>>empty()
                .put(Measure.TIME_TO_DETECT, between(Measure.TIME_TO_DETECT, impact, detected))
                .put(Measure.TIME_TO_ACKNOWLEDGE, between(Measure.TIME_TO_ACKNOWLEDGE, detected,
                        state.pagingAcknowledgedAt().map(FactTime::exact)))
                .put(Measure.TIME_TO_FIRST_RESPONSE, between(Measure.TIME_TO_FIRST_RESPONSE, detected,
                        state.firstResponse()))
                .put(Measure.TIME_TO_DECLARE, between(Measure.TIME_TO_DECLARE, detected, declared))
                .put(Measure.TIME_TO_MITIGATE, between(Measure.TIME_TO_MITIGATE, detected, firstRecovery))
                .put(Measure.TIME_TO_OFFICIAL_START, between(Measure.TIME_TO_OFFICIAL_START, declared,
                        m.timeOf(Milestone.OFFICIALLY_STARTED)))
                .put(Measure.TIME_TO_RESOLVE, between(Measure.TIME_TO_RESOLVE, detected, resolved))
                .put(Measure.DECLARED_TO_RESOLVED, between(Measure.DECLARED_TO_RESOLVED, declared, resolved))
                .put(Measure.MITIGATED_TO_RESOLVED, between(Measure.MITIGATED_TO_RESOLVED,
                        m.earliestTimeOf(Milestone.MITIGATED), resolved))
                .put(Measure.IMPACT_DURATION, between(Measure.IMPACT_DURATION, impact, impactEnd));
        if (undeclared) {
            // resolved without a declaration: say so rather than measure from a moment that never was
            values = values.map((measure, value) -> io.vavr.Tuple.of(measure,
                    measure.involvesTheDeclaration()
                            ? Either.<String, Elapsed>left("no " + measure.label() + ": incident " + state.id().value()
                                    + " was never declared")
                            : value));
        }
        return new IncidentMetrics(state.id(), values);
    }

    /**
     * One measure's duration as one figure: exact, or the estimate of an approximate or ranged one (see
     * {@link Elapsed#estimate()}); {@link #elapsed(Measure)} says how precise it is.
     *
     * @param measure the measure
     * @return the duration, or none when a moment is missing or was not recorded
     */
    public Option<Duration> get(Measure measure) {
        return elapsed(measure).map(Elapsed::estimate);
    }

    /**
     * One measure's duration, as precisely as its moments are known.
     *
     * @param measure the measure
     * @return the duration, or none when a moment is missing or was not recorded
     * @since 0.4.0
     */
    public Option<Elapsed> elapsed(Measure measure) {
        return values.get(Objects.requireNonNull(measure, "measure")).flatMap(Either::toOption);
    }

    /**
     * The first of several times: the one that ends first, which for exact times is the earliest, and of a
     * date and an exact time within it, the exact one.
     */
    private static Option<FactTime> earliest(io.vavr.collection.List<FactTime> times) {
        return times.minBy(t -> t.until());
    }

    private static Either<String, Elapsed> between(Measure measure, Option<FactTime> from, Option<FactTime> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return Either.left("no " + measure.label() + ": " + (from.isEmpty() ? measure.from() : measure.to())
                    + " is not known");
        }
        if (!from.get().isKnown() || !to.get().isKnown()) {
            return Either.left("no " + measure.label() + ": " + (from.get().isKnown() ? measure.to() : measure.from())
                    + " has no recorded time, only its place in the order of events");
        }
        return Either.right(Elapsed.between(from.get(), to.get()));
    }
}
