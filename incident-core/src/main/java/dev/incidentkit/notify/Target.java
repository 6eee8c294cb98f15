package dev.incidentkit.notify;

import java.util.Objects;

/**
 * Where a message goes: a kind of place and its address there (a channel id, a ticket reference, a paging
 * incident id, a status page incident, the chat message a report came from, an e-mail address). The format
 * a kind of place reads is chosen by {@link TargetFormats}.
 *
 * @param kind the kind of place
 * @param address the address there
 * @since 0.1.0
 */
public record Target(Kind kind, String address) {

    /**
     * Creates a target.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
    }

    /**
     * The kinds of place messages go to.
     */
    public enum Kind {
        /** The incident's chat channel. */
        INCIDENT_CHANNEL,
        /**
         * The thread of the chat message a report came from, where the reporter is answered (003: answer in
         * the original thread): the address is the message's link, or the channel when the link is not known.
         *
         * @since 0.4.0
         */
        CHAT_THREAD,
        /** A ticket, through which stakeholders are reached. */
        TICKET,
        /** The incident in the paging tool. */
        PAGING_INCIDENT,
        /** The public status page. */
        STATUS_PAGE,
        /** An e-mail address, such as a community representative's (001: e-mail them the incident report). */
        EMAIL
    }
}
