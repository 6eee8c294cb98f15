package dev.incidentkit.incident;

import java.util.Objects;

/**
 * A chat message that was not imported into the timeline, and why: nothing disappears silently.
 *
 * @param message the message
 * @param reason why it was left out, such as a threaded reply (000, 001)
 * @since 0.1.0
 */
public record NotImported(ChatMessage message, String reason) {

    /**
     * Creates the record of a message left out.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public NotImported {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
    }
}
