package dev.incidentkit.notify;

import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * The durable list of messages to deliver, and how far each incident's events have been planned. A
 * secondary port: the desk's dispatcher drives it.
 *
 * <p>Messages are planned from stored events: the dispatcher reads each incident's events after its
 * cursor, plans their messages, and {@linkplain #enqueue enqueues} them together with the new cursor. A
 * crash anywhere in between only means the same events are planned again, and since enqueueing is
 * idempotent by message key, nothing is lost and nothing is queued twice.
 *
 * <p>The promises: {@link #enqueue} stores the messages and the cursor together or not at all, ignores
 * messages whose key it already holds, and never moves a cursor back; nothing is ever removed (delivered
 * and dead messages stay visible). Implementations are safe for use by many threads.
 *
 * @since 0.1.0
 */
public interface Outbox {

    /**
     * How far an incident's events were planned.
     *
     * @param incident the incident
     * @return the sequence of the last planned event, 0 if none
     */
    long cursor(IncidentId incident);

    /**
     * Adds planned messages and moves the incident's cursor, atomically.
     *
     * @param incident the incident
     * @param plannedUpTo the sequence of the last event planned
     * @param messages the messages; those with a key already held are ignored
     */
    void enqueue(IncidentId incident, long plannedUpTo, Seq<MessageIntent> messages);

    /**
     * The pending messages whose next attempt is due.
     *
     * @param now the moment
     * @return the due entries, oldest first
     */
    Seq<OutboxEntry> due(Instant now);

    /**
     * Records the outcome of a delivery attempt.
     *
     * @param entry the entry as it stands after the attempt
     */
    void update(OutboxEntry entry);

    /**
     * Every message, whatever its status, in the order it was enqueued.
     *
     * @return the entries
     */
    Seq<OutboxEntry> entries();
}
