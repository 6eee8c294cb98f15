package dev.incidentkit.incident;

import java.util.Locale;

/**
 * The stable codes of rejections. A code never changes meaning once released; callers may switch on
 * it, log it, or map it to their own messages.
 *
 * @since 0.1.0
 */
public enum RejectionCode {
    /** The command is about an incident that has not been reported. */
    NOT_REPORTED,
    /** A report arrived for an incident id that is already in use. */
    ALREADY_REPORTED,
    /** The command is not allowed in the incident's current status. */
    WRONG_STATUS,
    /** A text, number or reference in the command is not acceptable. */
    INVALID_INPUT,
    /** The command would put a milestone out of order in time. */
    MILESTONE_OUT_OF_ORDER,
    /** The command was recorded before the incident's last event, or claims to have happened after it was recorded. */
    TIME_OUT_OF_ORDER,
    /** The severity is not a level of the process's scale. */
    UNKNOWN_SEVERITY,
    /** Lowering the severity needs a reason, and none was given. */
    REASON_REQUIRED,
    /** The command would change nothing, such as setting the severity it already has. */
    NO_CHANGE,
    /** The incident already has this link. */
    ALREADY_LINKED,
    /** An incident cannot be merged into itself. */
    SELF_MERGE,
    /** The actor may not issue this command: the process's authority table or the handoff protocol says so. */
    UNAUTHORISED,
    /** The role is not one of the process's roles. */
    UNKNOWN_ROLE,
    /** The role has its one holder already; a holder is relieved only through an accepted handoff. */
    ROLE_TAKEN,
    /** The responder already holds the role. */
    ALREADY_HOLDS,
    /** The responder does not hold the role. */
    NOT_A_HOLDER,
    /** The role must always be held once the incident is declared; it can only be handed off. */
    ROLE_REQUIRED,
    /** No open role offer has that id: it never existed, or was accepted, declined, withdrawn or expired. */
    NO_SUCH_HANDOFF,
    /** The role offer expired before it was accepted. */
    HANDOFF_EXPIRED,
    /** An offer for the role is still open: withdraw it first, or wait until it expires. */
    HANDOFF_OPEN,
    /** The incident cannot close before the resolution was communicated to the process's audiences. */
    RESOLUTION_NOT_COMMUNICATED,
    /** The incident cannot close before its required postmortem is published. */
    POSTMORTEM_REQUIRED,
    /** The incident named (such as the one to merge into) was never reported. */
    UNKNOWN_INCIDENT,
    /** The incident to merge into is not open (triage, declared or mitigated). */
    MERGE_TARGET_NOT_OPEN,
    /** The command needs a declared incident, and this one was resolved without a declaration. */
    NOT_DECLARED,
    /**
     * The incident cannot close while a follow-up report after the resolution is not settled; or the
     * follow-up named is not open (no such follow-up, or settled already).
     *
     * @since 0.4.0
     */
    FOLLOW_UP_OPEN,
    /**
     * The postmortem cannot be marked Reviewed while a review comment is open; or the comment named is not
     * open (no such comment, or settled already).
     *
     * @since 0.4.0
     */
    REVIEW_COMMENT_OPEN,
    /**
     * The postmortem cannot be marked Reviewed or published while a section the process requires is not
     * written.
     *
     * @since 0.4.0
     */
    SECTIONS_MISSING;

    /**
     * The code as it appears in logs and APIs: lower case with dashes, such as {@code "wrong-status"}.
     *
     * @return the stable text of the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
