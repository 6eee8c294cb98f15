package dev.incidentkit.timeline;

/**
 * What a timeline entry tells of.
 *
 * @since 0.1.0
 */
public enum EntryKind {
    /** The impact began (a best guess). */
    IMPACT_STARTED,
    /**
     * The impact ended: service was restored (a best guess, from the postmortem's impact window).
     *
     * @since 0.4.0
     */
    IMPACT_ENDED,
    /** The problem was brought to attention and reported. */
    REPORTED,
    /** Triage assessed the report. */
    ASSESSED,
    /** The incident was declared: the response began. */
    DECLARED,
    /** The report was declined as not an incident. */
    DECLINED,
    /** Someone took, left or handed over a role. */
    ROLE,
    /** The severity changed. */
    SEVERITY_CHANGED,
    /** A status update went out. */
    STATUS_UPDATE,
    /** A message exchanged with someone outside the response (other than the community), in or out. */
    MESSAGE,
    /** An outside place was linked, or a channel was updated (ticket assigned, note on the page). */
    LINK,
    /** The paging incident was acknowledged. */
    ACKNOWLEDGED,
    /** The incident officially started. */
    OFFICIALLY_STARTED,
    /** A debugging step. */
    DEBUGGING,
    /** A fix attempt and its outcome. */
    FIX_ATTEMPT,
    /** A hypothesis, proposed, proved or disproved. */
    HYPOTHESIS,
    /** Communication from the affected community. */
    COMMUNITY_COMMUNICATION,
    /** How the fix was verified. */
    VERIFICATION,
    /** A note. */
    NOTE,
    /** A message from the incident's chat channel. */
    CHAT_MESSAGE,
    /** The bleeding stopped. */
    MITIGATED,
    /** Fixed and verified. */
    RESOLVED,
    /** Reopened. */
    REOPENED,
    /** Canceled, merged or closed. */
    ENDED,
    /** A soft rule was broken. */
    ADVISORY,
    /** A step of the postmortem's review workflow. */
    POSTMORTEM
}
