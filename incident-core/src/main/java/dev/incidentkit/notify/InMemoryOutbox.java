package dev.incidentkit.notify;

import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * An {@link Outbox} in memory: the embedded default. Thread-safe; nothing survives the process.
 *
 * @since 0.1.0
 */
public final class InMemoryOutbox implements Outbox {

    private LinkedHashMap<String, OutboxEntry> entries = LinkedHashMap.empty();
    private HashMap<IncidentId, Long> cursors = HashMap.empty();

    /** Creates an empty outbox. */
    public InMemoryOutbox() {}

    @Override
    public synchronized long cursor(IncidentId incident) {
        return cursors.get(Objects.requireNonNull(incident, "incident")).getOrElse(0L);
    }

    @Override
    public synchronized void enqueue(IncidentId incident, long plannedUpTo, Seq<MessageIntent> messages) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(messages, "messages");
        for (MessageIntent message : messages) {
            if (!entries.containsKey(message.idempotencyKey())) {
                entries = entries.put(message.idempotencyKey(), new OutboxEntry(message, OutboxEntry.Status.PENDING, 0,
                        Instant.EPOCH, Option.none()));
            }
        }
        if (plannedUpTo > cursor(incident)) {
            cursors = cursors.put(incident, plannedUpTo);
        }
    }

    @Override
    public synchronized Seq<OutboxEntry> due(Instant now) {
        Objects.requireNonNull(now, "now");
        return entries.values().toList()
                .filter(e -> e.status() == OutboxEntry.Status.PENDING && !e.nextAttemptAt().isAfter(now));
    }

    @Override
    public synchronized void update(OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries = entries.put(entry.intent().idempotencyKey(), entry);
    }

    @Override
    public synchronized Seq<OutboxEntry> entries() {
        return entries.values().toList();
    }
}
