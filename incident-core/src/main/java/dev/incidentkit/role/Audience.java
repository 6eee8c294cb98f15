package dev.incidentkit.role;

/**
 * Who a status update is for.
 *
 * @since 0.1.0
 */
public enum Audience {
    /** The responders and the rest of the organisation. */
    INTERNAL,
    /** The stakeholders who speak for those affected, such as a community representative or customers. */
    STAKEHOLDERS,
    /** Everyone, for example on a public status page. */
    PUBLIC
}
