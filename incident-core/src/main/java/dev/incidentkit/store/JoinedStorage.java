package dev.incidentkit.store;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Outbox;
import dev.incidentkit.notify.OutboxEntry;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A store and an outbox kept apart, appended to one after the other. It knows which incidents have
 * unplanned events from one scan of every stream on the first {@link #unplanned()}, and from then on from
 * the appends and plans made through it (several processes sharing one store and outbox each see the
 * others' unplanned events only when they start; a storage that keeps both in one database sees them all).
 */
final class JoinedStorage implements IncidentStorage {
    private final IncidentEventStore store;
    private final Outbox outbox;
    private final java.util.Set<IncidentId> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean scanned = new java.util.concurrent.atomic.AtomicBoolean();

    JoinedStorage(IncidentEventStore store, Outbox outbox) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion,
            Seq<IncidentEvent> events, Seq<MessageIntent> messages) {
        Objects.requireNonNull(messages, "messages");
        Either<AppendConflict, Long> appended = store.append(incident, expectedVersion, events);
        if (appended.isRight() && !events.isEmpty()) {
            boolean planned = false;
            try {
                if (outbox.cursor(incident) == expectedVersion) {
                    outbox.enqueue(incident, appended.get(), messages);
                    planned = true;
                }
            } catch (RuntimeException outboxDown) {
                // the events are stored: the cursor stays behind, and planning from the stream catches up
                // (the desk sees the cursor behind, plans again, and logs if the outbox still fails)
            }
            if (!planned) {
                pending.add(incident);
            }
        }
        return appended;
    }

    @Override
    public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events) {
        Either<AppendConflict, Long> appended = store.append(incident, expectedVersion, events);
        if (appended.isRight() && !events.isEmpty()) {
            pending.add(incident); // stored without its messages
        }
        return appended;
    }

    @Override
    public Seq<IncidentId> unplanned() {
        if (scanned.compareAndSet(false, true)) {
            pending.addAll(IncidentStorage.super.unplanned().toJavaList());
        }
        return io.vavr.collection.List.ofAll(pending).sorted();
    }

    @Override
    public Seq<IncidentEvent> read(IncidentId incident) {
        return store.read(incident);
    }

    @Override
    public Seq<IncidentEvent> readAfter(IncidentId incident, long version) {
        return store.readAfter(incident, version);
    }

    @Override
    public Seq<Seq<IncidentEvent>> readAll(Predicate<IncidentId> which) {
        return store.readAll(which);
    }

    @Override
    public Seq<IncidentId> incidents() {
        return store.incidents();
    }

    @Override
    public long cursor(IncidentId incident) {
        return outbox.cursor(incident);
    }

    @Override
    public void enqueue(IncidentId incident, long plannedUpTo, Seq<MessageIntent> messages) {
        outbox.enqueue(incident, plannedUpTo, messages);
        // caught up: forget it, then look again, so that an append racing this plan is never forgotten
        pending.remove(incident);
        if (!store.readAfter(incident, outbox.cursor(incident)).isEmpty()) {
            pending.add(incident);
        }
    }

    @Override
    public Seq<OutboxEntry> due(Instant now) {
        return outbox.due(now);
    }

    @Override
    public void update(OutboxEntry entry) {
        outbox.update(entry);
    }

    @Override
    public Seq<OutboxEntry> entries() {
        return outbox.entries();
    }
}
