package dev.incidentkit.postmortem;

/**
 * Where a postmortem (incident report, PIR) stands in its review workflow (001).
 *
 * @since 0.1.0
 */
public enum PostmortemStatus {
    /** Being written by the owner of the review process. */
    DRAFT,
    /** Other responders are asked to review it: add context, action items, or redact. */
    IN_REVIEW,
    /** The Incident Commander is happy with its completeness (001: mark the status "Reviewed"). */
    REVIEWED,
    /** Published where others can learn from it (001: the incident-reports repository). */
    PUBLISHED
}
