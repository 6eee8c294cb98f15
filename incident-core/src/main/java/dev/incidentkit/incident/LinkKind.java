package dev.incidentkit.incident;

/**
 * The kinds of outside place an incident is linked to.
 *
 * @since 0.1.0
 */
public enum LinkKind {
    /** The dedicated chat channel where the response is discussed. */
    INCIDENT_CHANNEL,
    /** A ticket: the support ticket the community talks through, or the incident's tracking ticket. */
    TICKET,
    /** The incident in the paging tool. */
    PAGING_INCIDENT,
    /** An incident on the public status page. */
    STATUS_PAGE,
    /** The video call or room where the responders meet. */
    CONFERENCE_ROOM,
    /**
     * An e-mail contact told of the incident report once it is shared, such as a community
     * representative (001); the reference is the address.
     *
     * @since 0.4.0
     */
    EMAIL
}
