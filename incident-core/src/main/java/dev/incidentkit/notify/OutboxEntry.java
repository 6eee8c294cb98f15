package dev.incidentkit.notify;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One message in the outbox and where its delivery stands.
 *
 * @param intent the message; never {@code null}
 * @param status pending, delivered or dead; never {@code null}
 * @param attempts how many deliveries were tried
 * @param nextAttemptAt when a pending message is next tried; never {@code null}
 * @param lastError what went wrong last, if anything did; never {@code null}
 * @since 0.1.0
 */
public record OutboxEntry(MessageIntent intent, Status status, int attempts, Instant nextAttemptAt,
        Option<String> lastError) {

    /**
     * Creates an entry.
     *
     * @param intent the message; never {@code null}
     * @param status the status; never {@code null}
     * @param attempts the attempts so far
     * @param nextAttemptAt the next attempt; never {@code null}
     * @param lastError the last error, if any; never {@code null}
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
     *
     * @since 0.1.0
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
