/**
 * The baselines the benchmarks compare the library with: the same incident lifecycle and guards as a
 * hand-written mutable state machine ({@link dev.incidentkit.benchmarks.baseline.MutableIncident}), on
 * Spring Statemachine ({@link dev.incidentkit.benchmarks.baseline.SpringLifecycle}) and on stateless4j
 * ({@link dev.incidentkit.benchmarks.baseline.Stateless4jLifecycle}). Benchmark code, not library API.
 *
 * @since 0.1.0
 */
package dev.incidentkit.benchmarks.baseline;
