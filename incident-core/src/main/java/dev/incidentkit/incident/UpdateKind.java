package dev.incidentkit.incident;

/**
 * What a status update says.
 *
 * @since 0.1.0
 */
public enum UpdateKind {
    /**
     * Where the response stands: current state, what was tried, next steps. Posted while the incident
     * is open (TRIAGE, DECLARED or MITIGATED).
     */
    PROGRESS,
    /** That things should be back to normal. Posted once the incident is RESOLVED (or IN_REVIEW), and only then. */
    RESOLUTION
}
