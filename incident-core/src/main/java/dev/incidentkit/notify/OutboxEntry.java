package dev.incidentkit.notify;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One message in the outbox and where its delivery stands.
 *
 * @param intent the message
 * @param status pending, delivered or dead
 * @param attempts how many deliveries were tried
 * @param nextAttemptAt when a pending message is next tried
 * @param lastError what went wrong last, if anything did
 * @since 0.1.0
 */
public record OutboxEntry(MessageIntent intent, Status status, int attempts, Instant nextAttemptAt,
        Option<String> lastError) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public OutboxEntry {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
    }

    /**
     * Where a message's delivery stands.
     */
    public enum Status {
        /** Not delivered yet; will be tried. */
        PENDING,
        /** Delivered. */
        DELIVERED,
        /** Given up on: failed for good, or too many times. Kept and visible, never dropped. */
        DEAD
    }
}
