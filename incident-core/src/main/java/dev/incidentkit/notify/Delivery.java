package dev.incidentkit.notify;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * What a notifier says about one delivery: delivered, failed but worth retrying (with a wait the target
 * asked for, such as HTTP 429 Retry-After), or failed for good.
 *
 * @since 0.1.0
 */
public sealed interface Delivery {

    /**
     * Delivered.
     *
     * @return the outcome
     */
    static Delivery delivered() {
        return Delivered.INSTANCE;
    }

    /**
     * Failed, worth retrying.
     *
     * @param reason what went wrong
     * @return the outcome, with no wait requested
     */
    static Delivery retryable(String reason) {
        return new FailedRetryable(reason, Option.none());
    }

    /**
     * Failed for good.
     *
     * @param reason what went wrong
     * @return the outcome
     */
    static Delivery permanent(String reason) {
        return new FailedPermanently(reason);
    }

    /**
     * Delivered.
     */
    final class Delivered implements Delivery {
        private static final Delivered INSTANCE = new Delivered();

        private Delivered() {}

        @Override
        public String toString() {
            return "delivered";
        }
    }

    /**
     * Failed, worth retrying.
     *
     * @param reason what went wrong
     * @param retryAfter how long the target asked to wait, if it did
     */
    record FailedRetryable(String reason, Option<Duration> retryAfter) implements Delivery {
        /**
         * Creates the outcome.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public FailedRetryable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * Failed for good: retrying will not help.
     *
     * @param reason what went wrong
     */
    record FailedPermanently(String reason) implements Delivery {
        /**
         * Creates the outcome.
         *
         * @throws NullPointerException if {@code reason} is {@code null}
         */
        public FailedPermanently {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
