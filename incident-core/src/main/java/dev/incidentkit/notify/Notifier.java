package dev.incidentkit.notify;

/**
 * Delivers one rendered message to its target. A secondary port: the desk's dispatcher drives it;
 * integrators implement it for their chat, paging, ticket, status page and email systems.
 *
 * <p>The promises an implementation keeps, which {@code dev.incidentkit.testkit.NotifierContract} checks:
 * it says what happened (never returns {@code null}); a failure it cannot know to be final is
 * {@link Delivery.FailedRetryable}; it passes the message's idempotency key on to the target where the
 * target supports one, so that a message delivered twice (at-least-once delivery after a crash or a
 * timeout) reaches people once. A notifier may throw on an unexpected error; the dispatcher treats that as
 * a retryable failure.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Delivers a message.
     *
     * @param message the message
     * @return what happened
     */
    Delivery deliver(RenderedMessage message);
}
