package dev.incidentkit.desk;

import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.MessageRenderer;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.Outbox;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.store.IncidentEventStore;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox at least once. Each run first plans the messages of any stored events not yet
 * planned (so messages survive a crash between storing events and planning them; the storage says which
 * incidents have such events, see {@link dev.incidentkit.store.IncidentStorage#unplanned()}), then tries every due
 * message: delivered ones are marked so; retryable failures (and exceptions, and timeouts the notifier
 * reports) wait with exponential backoff up to an hour, or as long as the target asked up to a day; a
 * renderer that fails is replaced by the plain fallback for that message; messages that fail for good,
 * or too often, become dead letters, kept and visible in the outbox, never dropped. A message tried again
 * carries the same idempotency key.
 *
 * <p>Run it from a scheduler; runs must not overlap.
 *
 * @since 0.1.0
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Duration MAX_WAIT = Duration.ofDays(1);
    private static final MessageRenderer FALLBACK = new dev.incidentkit.notify.PlainTextRenderer();

    private final IncidentDesk desk;
    private final Outbox outbox;
    private final MessageRenderer renderer;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration firstBackoff;
    private final int maxAttempts;

    /**
     * Creates a dispatcher.
     *
     * @param desk the desk whose events are planned
     * @param store the desk's event store (since 0.4.0 not read: the desk's storage names the incidents to plan)
     * @param outbox the desk's outbox
     * @param renderer turns intents into text
     * @param notifier delivers
     * @param clock the clock
     * @param firstBackoff the wait after the first failure, doubled after each further one
     * @param maxAttempts how many tries before a message becomes a dead letter, at least 1
     */
    public Dispatcher(IncidentDesk desk, IncidentEventStore store, Outbox outbox, MessageRenderer renderer,
            Notifier notifier, Clock clock, Duration firstBackoff, int maxAttempts) {
        this.desk = Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
        if (firstBackoff.isNegative() || firstBackoff.isZero()) {
            throw new IllegalArgumentException("the first backoff must be positive, got " + firstBackoff);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * Plans what is unplanned, then tries every due message once.
     *
     * @return how many messages were tried
     */
    public int dispatch() {
        // each incident on its own: one whose events cannot be read is reported and the others go on
        for (IncidentId id : desk.unplanned()) {
            try {
                desk.plan(id);
            } catch (RuntimeException e) {
                LOG.warn("could not plan the messages of incident {}; the next run tries again", id, e);
            }
        }
        Instant now = clock.instant();
        int tried = 0;
        for (OutboxEntry entry : outbox.due(now)) {
            tried++;
            VirtualMachineError[] fatal = new VirtualMachineError[1];
            outbox.update(attempt(entry, now, fatal));
            if (fatal[0] != null) {
                throw fatal[0]; // the JVM is failing: the attempt is recorded, nothing more is tried
            }
        }
        return tried;
    }

    /**
     * Tries one message. Whatever the renderer or the notifier throws, an {@link Error} included, is a
     * failed attempt that is counted and moves the queue on; an error that means the JVM is failing
     * ({@link VirtualMachineError}) is handed back in {@code fatal}, to be thrown once the attempt is recorded.
     */
    private OutboxEntry attempt(OutboxEntry entry, Instant now, VirtualMachineError[] fatal) {
        int attempts = entry.attempts() + 1;
        String text;
        try {
            text = renderer.render(entry.intent());
        } catch (VirtualMachineError e) {
            fatal[0] = e;
            return failedTry(entry, attempts, now, "the renderer failed: " + e);
        } catch (RuntimeException | Error e) {
            LOG.warn("the renderer failed on message {}; sending the plain fallback", entry.intent().idempotencyKey(), e);
            text = FALLBACK.render(entry.intent());
        }
        Delivery outcome;
        try {
            outcome = Objects.requireNonNull(notifier.deliver(new RenderedMessage(entry.intent(), text)),
                    "a notifier must say what happened");
        } catch (VirtualMachineError e) {
            fatal[0] = e;
            return failedTry(entry, attempts, now, "the notifier failed: " + e);
        } catch (RuntimeException | Error e) {
            LOG.warn("the notifier failed on message {}", entry.intent().idempotencyKey(), e);
            outcome = Delivery.retryable("the notifier failed: " + e);
        }
        if (outcome instanceof Delivery.Delivered) {
            return new OutboxEntry(entry.intent(), OutboxEntry.Status.DELIVERED, attempts, now, Option.none());
        }
        if (outcome instanceof Delivery.FailedPermanently) {
            String reason = ((Delivery.FailedPermanently) outcome).reason();
            LOG.warn("message {} failed for good and is kept as a dead letter: {}", entry.intent().idempotencyKey(),
                    reason);
            return new OutboxEntry(entry.intent(), OutboxEntry.Status.DEAD, attempts, now, Option.some(reason));
        }
        Delivery.FailedRetryable retry = (Delivery.FailedRetryable) outcome;
        if (attempts >= maxAttempts) {
            LOG.warn("message {} failed {} times and is kept as a dead letter: {}", entry.intent().idempotencyKey(),
                    attempts, retry.reason());
            return new OutboxEntry(entry.intent(), OutboxEntry.Status.DEAD, attempts, now, Option.some(retry.reason()));
        }
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 16));
        Duration wait = retry.retryAfter().getOrElse(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
        wait = wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        return new OutboxEntry(entry.intent(), OutboxEntry.Status.PENDING, attempts, now.plus(wait),
                Option.some(retry.reason()));
    }

    /** A try that ended in the JVM failing: counted, and due again after the first backoff. */
    private OutboxEntry failedTry(OutboxEntry entry, int attempts, Instant now, String reason) {
        return attempts >= maxAttempts
                ? new OutboxEntry(entry.intent(), OutboxEntry.Status.DEAD, attempts, now, Option.some(reason))
                : new OutboxEntry(entry.intent(), OutboxEntry.Status.PENDING, attempts, now.plus(firstBackoff),
                        Option.some(reason));
    }
}
