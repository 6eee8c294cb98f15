package dev.incidentkit.notify;

import java.util.Objects;

/**
 * A message ready to deliver: its intent and its text.
 *
 * @param intent the intent, with the target and the idempotency key; never {@code null}
 * @param text the rendered text, escaped for the target's format; never {@code null}
 * @since 0.1.0
 */
public record RenderedMessage(MessageIntent intent, String text) {

    /**
     * Creates a rendered message.
     *
     * @param intent the intent; never {@code null}
     * @param text the text; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     */
    public RenderedMessage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
    }
}
