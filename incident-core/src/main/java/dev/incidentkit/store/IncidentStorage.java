package dev.incidentkit.store;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Outbox;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * The event store and the outbox as one port, so that an incident's new events and the messages planned
 * from them are stored together. A secondary port: the desk drives it. An adapter that keeps both in one
 * database implements it directly and commits events, messages and the outbox cursor in one transaction;
 * {@link #of(IncidentEventStore, Outbox)} joins a separate store and outbox.
 *
 * <p>The promise of {@link #append(IncidentId, long, Seq, Seq)}, beyond those of
 * {@link IncidentEventStore#append}: when the append succeeds and the incident's outbox cursor stood at
 * {@code expectedVersion}, the messages are enqueued and the cursor moves to the new version; when the
 * cursor stood behind (events stored earlier were never planned), neither moves, and planning the stored
 * events from the cursor (the desk's {@code plan}, which the dispatcher runs) enqueues them all in order.
 * Either way no message is lost and none is queued twice.
 *
 * @since 0.1.0
 */
public interface IncidentStorage extends IncidentEventStore, Outbox {

    /**
     * Appends events and enqueues the messages planned from them.
     *
     * @param incident the stream
     * @param expectedVersion the version the writer decided against
     * @param events the events, with sequences from {@code expectedVersion + 1}
     * @param messages the messages planned from exactly these events, in order
     * @return the stream's version after the append, or the conflict that refused it (and wrote nothing)
     * @throws IllegalArgumentException if the events are not the next contiguous events of that incident
     */
    Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events,
            Seq<MessageIntent> messages);

    /**
     * The incidents whose stored events run past their outbox cursor: events stored whose messages were
     * never planned (a crash between storing and planning, an outbox that failed, events appended without
     * their messages). The dispatcher plans exactly these, so a storage should answer from an index kept
     * with its appends rather than by reading every stream: with nothing to plan, a dispatch should cost
     * the same with 100 stored events as with 100,000. The default reads every stream past its cursor,
     * which is correct for any storage and as slow as the history is long.
     *
     * @return the incidents with unplanned events, in incident-id order; empty when every event is planned
     * @since 0.4.0
     */
    default Seq<IncidentId> unplanned() {
        return incidents().filter(id -> !readAfter(id, cursor(id)).isEmpty());
    }

    /**
     * Joins a store and an outbox kept apart. The append stores the events first and then enqueues the
     * messages; a crash between the two, or an outbox that fails, leaves the outbox cursor behind the stream
     * (the append still succeeds: the events are stored), and the next planning from the stored events
     * catches up. Safe for many threads when both parts are.
     *
     * @param store the event store
     * @param outbox the outbox
     * @return the joined storage
     * @throws NullPointerException if an argument is {@code null}
     */
    static IncidentStorage of(IncidentEventStore store, Outbox outbox) {
        return new JoinedStorage(store, outbox);
    }
}
