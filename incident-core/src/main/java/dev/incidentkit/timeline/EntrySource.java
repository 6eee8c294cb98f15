package dev.incidentkit.timeline;

import dev.incidentkit.base.Nulls;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a timeline entry comes from: an event of the incident, a chat message, a ticket or an alert,
 * with its reference and, when there is one, a link.
 *
 * @param kind what kind of source
 * @param reference the event id, message id, ticket reference or alert id
 * @param link a URL to the source, when known
 * @since 0.1.0
 */
public record EntrySource(Kind kind, String reference, Option<String> link) {

    /**
     * Creates a source.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public EntrySource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Nulls.requireContent(link, "link");
    }

    /**
     * The kinds of source.
     */
    public enum Kind {
        /** An event of the incident's stream. */
        EVENT,
        /** A message in a chat channel. */
        CHAT_MESSAGE,
        /** A support or tracking ticket. */
        TICKET,
        /** An alert from a paging or monitoring system. */
        ALERT
    }
}
