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

/** A store and an outbox kept apart, appended to one after the other. */
final class JoinedStorage implements IncidentStorage {
    private final IncidentEventStore store;
    private final Outbox outbox;

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
            try {
                if (outbox.cursor(incident) == expectedVersion) {
                    outbox.enqueue(incident, appended.get(), messages);
                }
            } catch (RuntimeException outboxDown) {
                // the events are stored: the cursor stays behind, and planning from the stream catches up
                // (the desk sees the cursor behind, plans again, and logs if the outbox still fails)
            }
        }
        return appended;
    }

    @Override
    public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events) {
        return store.append(incident, expectedVersion, events);
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
