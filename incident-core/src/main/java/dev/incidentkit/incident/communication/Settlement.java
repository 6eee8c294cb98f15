package dev.incidentkit.incident.communication;

/**
 * How a follow-up report after the resolution was settled.
 *
 * @since 0.4.0
 */
public enum Settlement {
    /**
     * Not a new incident and not the old one back: lingering effects, a misunderstanding, a known
     * after-effect. The incident's times are unchanged.
     */
    DISMISSED,
    /** The problem is back: the incident is reopened, and its resolution no longer stands. */
    REOPENED,
    /** A different problem: a new incident was opened for it, and the follow-up names it. */
    NEW_INCIDENT
}
