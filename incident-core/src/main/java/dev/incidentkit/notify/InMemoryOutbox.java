package dev.incidentkit.notify;

import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * An {@link Outbox} in memory: the embedded default. It keeps the pending messages apart from the delivered
 * and dead ones, so finding what is due reads only the pending ones, however many were delivered before.
 * Thread-safe; nothing survives the process.
 *
 * @since 0.1.0
 */
public final class InMemoryOutbox implements Outbox {

    private LinkedHashMap<String, OutboxEntry> entries = LinkedHashMap.empty();
    private HashMap<IncidentId, Long> cursors = HashMap.empty();
    /** The keys of the pending entries, in the order they were enqueued. */
    private io.vavr.collection.LinkedHashSet<String> pending = io.vavr.collection.LinkedHashSet.empty();

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
                pending = pending.add(message.idempotencyKey());
            }
        }
        if (plannedUpTo > cursor(incident)) {
            cursors = cursors.put(incident, plannedUpTo);
        }
    }

    @Override
    public synchronized Seq<OutboxEntry> due(Instant now) {
        Objects.requireNonNull(now, "now");
        return pending.toList().map(key -> entries.get(key).get()).filter(e -> !e.nextAttemptAt().isAfter(now));
    }

    @Override
    public synchronized void update(OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String key = entry.intent().idempotencyKey();
        entries = entries.put(key, entry);
        pending = entry.status() == OutboxEntry.Status.PENDING ? pending.add(key) : pending.remove(key);
    }

    @Override
    public synchronized Seq<OutboxEntry> entries() {
        return entries.values().toList();
    }
}
