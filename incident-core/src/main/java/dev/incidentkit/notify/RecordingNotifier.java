package dev.incidentkit.notify;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Notifier} that keeps what it was given, in order: the embedded default for tests and demos.
 * It delivers every message; a message whose idempotency key it already received is reported delivered
 * and not kept twice, as a target that honours idempotency keys would do. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordingNotifier implements Notifier {

    private final AtomicReference<Vector<RenderedMessage>> received = new AtomicReference<>(Vector.empty());

    /** Creates a notifier that has received nothing. */
    public RecordingNotifier() {}

    @Override
    public Delivery deliver(RenderedMessage message) {
        Objects.requireNonNull(message, "message");
        received.updateAndGet(all -> all.exists(m -> m.intent().idempotencyKey().equals(message.intent().idempotencyKey()))
                ? all : all.append(message));
        return Delivery.delivered();
    }

    /**
     * A notifier whose target cannot be reached: every delivery fails, retryably. For tests of what
     * happens when a target is down.
     *
     * @return the notifier
     */
    public static Notifier unreachable() {
        return message -> Delivery.retryable("the target cannot be reached");
    }

    /**
     * Everything received, oldest first, each idempotency key once.
     *
     * @return the messages
     */
    public Seq<RenderedMessage> received() {
        return received.get();
    }
}
