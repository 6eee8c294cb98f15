package dev.incidentkit.metrics;

import dev.incidentkit.incident.Absorption;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Milestone;
import dev.incidentkit.incident.Milestones;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The response times of one incident: for each {@link Measure}, a duration, or the sentence that says
 * which moment is missing. A missing moment is never reported as zero, and no duration is negative. An
 * incident that took in others merged into it was detected when the first of them was.
 *
 * @param incident the incident
 * @param values measure to duration, or to why it cannot be measured; every measure present; never
 *     {@code null}
 * @since 0.1.0
 */
public record IncidentMetrics(IncidentId incident, Map<Measure, Either<String, Duration>> values) {

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
        Option<Instant> impact = m.get(Milestone.IMPACT_STARTED);
        // incidents merged into this one are the same problem: it was detected when the first of them was
        Option<Instant> detected = m.get(Milestone.DETECTED).toList()
                .appendAll(state.absorbed().flatMap(Absorption::detectedAt)).minBy(i -> i);
        Option<Instant> firstRecovery = m.earliest(Milestone.MITIGATED).toList()
                .appendAll(m.earliest(Milestone.RESOLVED)).minBy(i -> i);
        Option<Instant> declared = m.get(Milestone.DECLARED);
        Option<Instant> resolved = m.get(Milestone.RESOLVED);
        Option<Instant> impactEnd = state.postmortem().flatMap(pm -> pm.impactEnd()).orElse(firstRecovery);
        boolean undeclared = declared.isEmpty() && firstRecovery.isDefined();
        Map<Measure, Either<String, Duration>> values = LinkedHashMap.<Measure, Either<String, Duration>>empty()
                .put(Measure.TIME_TO_DETECT, between(Measure.TIME_TO_DETECT, impact, detected))
                .put(Measure.TIME_TO_ACKNOWLEDGE, between(Measure.TIME_TO_ACKNOWLEDGE, detected,
                        state.pagingAcknowledgedAt()))
                .put(Measure.TIME_TO_FIRST_RESPONSE, between(Measure.TIME_TO_FIRST_RESPONSE, detected,
                        state.firstResponseAt()))
                .put(Measure.TIME_TO_DECLARE, between(Measure.TIME_TO_DECLARE, detected, declared))
                .put(Measure.TIME_TO_MITIGATE, between(Measure.TIME_TO_MITIGATE, detected, firstRecovery))
                .put(Measure.TIME_TO_OFFICIAL_START, between(Measure.TIME_TO_OFFICIAL_START, declared,
                        m.get(Milestone.OFFICIALLY_STARTED)))
                .put(Measure.TIME_TO_RESOLVE, between(Measure.TIME_TO_RESOLVE, detected, resolved))
                .put(Measure.DECLARED_TO_RESOLVED, between(Measure.DECLARED_TO_RESOLVED, declared, resolved))
                .put(Measure.MITIGATED_TO_RESOLVED, between(Measure.MITIGATED_TO_RESOLVED,
                        m.earliest(Milestone.MITIGATED), resolved))
                .put(Measure.IMPACT_DURATION, between(Measure.IMPACT_DURATION, impact, impactEnd));
        if (undeclared) {
            // resolved without a declaration: say so rather than measure from a moment that never was
            values = values.map((measure, value) -> io.vavr.Tuple.of(measure,
                    measure.involvesTheDeclaration()
                            ? Either.<String, Duration>left("no " + measure.label() + ": incident " + state.id().value()
                                    + " was never declared")
                            : value));
        }
        return new IncidentMetrics(state.id(), values);
    }

    /**
     * One measure's duration.
     *
     * @param measure the measure
     * @return the duration, or none when a moment is missing
     */
    public Option<Duration> get(Measure measure) {
        return values.get(Objects.requireNonNull(measure, "measure")).flatMap(Either::toOption);
    }

    private static Either<String, Duration> between(Measure measure, Option<Instant> from, Option<Instant> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return Either.left("no " + measure.label() + ": " + (from.isEmpty() ? measure.from() : measure.to())
                    + " is not known");
        }
        Duration d = Duration.between(from.get(), to.get());
        return Either.right(d.isNegative() ? Duration.ZERO : d);
    }
}
