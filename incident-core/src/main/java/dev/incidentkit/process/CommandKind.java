package dev.incidentkit.process;

import java.util.Locale;

/**
 * The kinds of command a person may issue on an incident, as the {@link Authority} table names them.
 *
 * @since 0.1.0
 */
public enum CommandKind {
    /** Report a problem, opening an incident in triage. */
    REPORT,
    /** Declare a reported problem an incident. */
    DECLARE,
    /** Decline a report as not an incident. */
    DECLINE,
    /** Record or revise when the impact started. */
    ESTIMATE_IMPACT_START,
    /** Change the severity. */
    CHANGE_SEVERITY,
    /** Post a status update. */
    POST_UPDATE,
    /** Link an outside place. */
    ADD_LINK,
    /** Record that the bleeding stopped. */
    MITIGATE,
    /** Record the fix and how it was verified. */
    RESOLVE,
    /** Reopen a mitigated or resolved incident. */
    REOPEN,
    /** Cancel an incident that does not qualify. */
    CANCEL,
    /** Merge an incident into another. */
    MERGE,
    /** Close a resolved incident. */
    CLOSE,
    /** Give a role to a responder, or pull a responder in. */
    ASSIGN_ROLE,
    /** Take a role that may be vacant away from a holder. */
    RELEASE_ROLE,
    /** Offer a role to a responder, to take over from its holder. */
    OFFER_HANDOFF,
    /** Accept an offered role. */
    ACCEPT_HANDOFF,
    /** Decline an offered role. */
    DECLINE_HANDOFF,
    /** Withdraw a role offer. */
    WITHDRAW_HANDOFF,
    /** Record that a role offer expired unanswered. */
    EXPIRE_HANDOFF,
    /** Take a role over from a holder who cannot hand it off, such as an unreachable commander. */
    TAKE_OVER_ROLE,
    /** Record an action a responder took, such as a debugging step or a fix attempt. */
    RECORD_ACTION,
    /** Record what triage found about a report, for the process to judge. */
    ASSESS,
    /** Ask the reporter for more information (000). */
    REQUEST_INFORMATION,
    /** Record that someone acknowledged the incident in the paging tool (000). */
    ACKNOWLEDGE,
    /** Record that the reporter of a declined, canceled or merged report was told where it went (003). */
    INFORM_REPORTER,
    /** Import a chat channel's messages into the timeline (001). */
    IMPORT_CHAT,
    /** Record a message exchanged with someone outside the response, in or out, at any stage. */
    RECORD_MESSAGE,
    /** Record a report that reached the team after the resolution (users still see errors). */
    RECORD_FOLLOW_UP,
    /** Record the team's answer to a follow-up report. */
    ANSWER_FOLLOW_UP,
    /** Settle a follow-up report: dismissed, reopened, or a new incident. */
    SETTLE_FOLLOW_UP,
    /** Start the postmortem of a resolved incident. */
    START_POSTMORTEM,
    /** Set the postmortem's impact window. */
    SET_IMPACT_WINDOW,
    /** Write a section of the postmortem. */
    WRITE_SECTION,
    /** Add a follow-up action to the postmortem. */
    ADD_ACTION_ITEM,
    /** Change a follow-up action's status. */
    UPDATE_ACTION_ITEM,
    /** Ask for the postmortem to be reviewed. */
    REQUEST_REVIEW,
    /** Review the postmortem. */
    REVIEW_POSTMORTEM,
    /**
     * Raise a review comment that asks for something.
     *
     * @since 0.4.0
     */
    RAISE_REVIEW_COMMENT,
    /**
     * Address or dismiss a review comment.
     *
     * @since 0.4.0
     */
    SETTLE_REVIEW_COMMENT,
    /** Mark the postmortem Reviewed. */
    MARK_REVIEWED,
    /** Publish the postmortem. */
    PUBLISH_POSTMORTEM,
    /** Send the stakeholders the link to the postmortem. */
    SHARE_POSTMORTEM;

    /**
     * The kind as a verb for sentences, such as {@code "change severity"}.
     *
     * @return the verb, lower case
     */
    public String verb() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
