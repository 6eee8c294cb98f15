package dev.incidentkit.benchmarks.baseline;

/**
 * The states of the library baselines' machines: the incident's statuses, and {@link #NEW} before the
 * report (a state machine library needs an initial state).
 *
 * @since 0.1.0
 */
public enum Phase {
    /** No report yet. */
    NEW,
    /** Reported, being triaged. */
    TRIAGE,
    /** Declared an incident. */
    DECLARED,
    /** The impact is mitigated. */
    MITIGATED,
    /** Resolved. */
    RESOLVED,
    /** Closed. */
    CLOSED,
    /** Not an incident. */
    DECLINED,
    /** Withdrawn. */
    CANCELED,
    /** Merged into another incident. */
    MERGED
}
