package dev.incidentkit.incident.communication;

/**
 * Which way a message went: into the response from outside, or out of it.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** Received: the community wrote in, a reporter answered, monitoring raised a further alert. */
    INBOUND,
    /** Sent by the response to someone outside it. */
    OUTBOUND
}
