package dev.incidentkit.obligation;

/**
 * The kinds of thing that can be owed on an incident.
 *
 * @since 0.1.0
 */
public enum ObligationKind {
    /** A status update is due (cadence, or the time the last update promised). */
    STATUS_UPDATE,
    /** An item of the official-start checklist is missing. */
    OFFICIAL_START_ITEM,
    /**
     * A role that must always be held has no holder. The decider never leaves one vacant; this arises when
     * a process that requires more roles is applied to an incident declared under another. Due from the
     * declaration.
     */
    ROLE_VACANT,
    /** A role offer waits for an answer. */
    HANDOFF_UNANSWERED,
    /** The reporter of a declined, canceled or merged report has not been told where it went. */
    REPORTER_NOT_TOLD,
    /** The resolution has not been communicated to an audience that hears the updates. */
    RESOLUTION_NOT_COMMUNICATED,
    /** A postmortem is required and not yet published. */
    POSTMORTEM_DUE,
    /** The postmortem is published and the stakeholders were not sent the link (001). */
    POSTMORTEM_NOT_SHARED,
    /** An open action item with a due date: due at the end of that day in the team's calendar. */
    ACTION_ITEM_DUE,
    /**
     * A report after the resolution is not settled: answer whoever reported it, then dismiss it, reopen
     * the incident or open a new one. Due when it was reported.
     *
     * @since 0.4.0
     */
    FOLLOW_UP_OPEN
}
