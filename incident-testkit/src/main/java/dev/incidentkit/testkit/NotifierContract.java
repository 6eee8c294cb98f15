package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link Notifier}, as a JUnit Jupiter suite an adapter author runs against their own
 * notifier and a stand-in for its target (a local HTTP server, say): extend this class and supply a
 * notifier for a healthy target, what that target has shown to people, and a notifier whose target is down.
 *
 * <p>It checks: a delivery to a healthy target says delivered and reaches the target; delivering the same
 * idempotency key again says delivered and reaches people once; distinct messages arrive in the order
 * sent; a target that is down gives a retryable failure (it may come back), and the notifier says so
 * rather than returning nothing.
 *
 * @since 0.1.0
 */
public abstract class NotifierContract {

    /** Creates the suite; subclasses supply the notifier. */
    protected NotifierContract() {}

    /**
     * A notifier for a healthy, empty target, for one test.
     *
     * @return the notifier under test
     */
    protected abstract Notifier newNotifier();

    /**
     * The idempotency keys of the messages the last {@link #newNotifier()}'s target has shown to people,
     * in order, a key once however often it was delivered.
     *
     * @return the keys
     */
    protected abstract Seq<String> keysShownByTarget();

    /**
     * A notifier whose target is down or refuses every message.
     *
     * @return the notifier
     */
    protected abstract Notifier notifierWithTargetDown();

    /**
     * A message to deliver in the checks.
     *
     * @param key its idempotency key
     * @return the message
     */
    protected RenderedMessage message(String key) {
        MessageIntent intent = new MessageIntent(key, IncidentId.of("INC-1"), "status-update",
                new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-1"), ChannelFormat.PLAIN_TEXT,
                LinkedHashMap.of("text", "We are rolling back."));
        return new RenderedMessage(intent, "We are rolling back.");
    }

    @Test
    void should_deliver_to_a_healthy_target() {
        Notifier notifier = newNotifier();

        Delivery outcome = notifier.deliver(message("k-1"));

        assertTrue(outcome instanceof Delivery.Delivered, "expected delivered, got " + outcome);
        assertEquals(List.of("k-1"), keysShownByTarget().toList());
    }

    @Test
    void should_show_a_message_delivered_twice_once() {
        Notifier notifier = newNotifier();

        notifier.deliver(message("k-1"));
        Delivery again = notifier.deliver(message("k-1"));

        assertTrue(again instanceof Delivery.Delivered, "a redelivery is not a failure, got " + again);
        assertEquals(List.of("k-1"), keysShownByTarget().toList());
    }

    @Test
    void should_keep_the_order_of_distinct_messages() {
        Notifier notifier = newNotifier();

        for (String key : List.of("k-1", "k-2", "k-3")) {
            notifier.deliver(message(key));
        }

        assertEquals(List.of("k-1", "k-2", "k-3"), keysShownByTarget().toList());
    }

    @Test
    void should_report_a_failure_when_the_target_is_down() {
        Delivery outcome = notifierWithTargetDown().deliver(message("k-1"));

        assertNotNull(outcome, "a notifier says what happened");
        assertTrue(outcome instanceof Delivery.FailedRetryable, "a target that is down may come back: the failure must"
                + " be retryable, not delivered nor permanent, got " + outcome);
    }
}
