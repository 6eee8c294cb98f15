package dev.incidentkit.notify;

import java.util.Objects;

/**
 * A message ready to deliver: its intent and its text.
 *
 * @param intent the intent, with the target and the idempotency key
 * @param text the rendered text, escaped for the target's format
 * @since 0.1.0
 */
public record RenderedMessage(MessageIntent intent, String text) {

    /**
     * Creates a rendered message.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public RenderedMessage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
    }
}
