package dev.incidentkit.store;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Predicate;

/**
 * Where incidents' events are kept: one stream per incident, appended to at an expected version. A
 * secondary port: the application service drives it; integrators implement it on their database.
 *
 * <p>The promises an implementation keeps, which {@code dev.incidentkit.testkit.IncidentEventStoreContract}
 * checks:
 * <ul>
 *   <li>An append at the stream's current version writes all its events, in order, or none.
 *   <li>An append at any other version is refused with an {@link AppendConflict} and writes nothing, so
 *       of two writers at the same version exactly one wins.
 *   <li>Re-appending events whose ids are already stored, at the version they were appended at, succeeds
 *       and writes nothing again (a writer that crashed before learning the outcome may retry). Event ids
 *       are derived from command ids, so the same ids mean the same command.
 *   <li>A read returns everything appended before it, in sequence order (read your writes); a read after
 *       a version returns just the events past it.
 *   <li>{@link #readAll(Predicate)} returns streams in a stable order: by incident id.
 *   <li>Appends to different streams do not interfere.
 * </ul>
 * Implementations are safe for use by many threads.
 *
 * @since 0.1.0
 */
public interface IncidentEventStore {

    /**
     * Appends events to one incident's stream.
     *
     * @param incident the stream
     * @param expectedVersion the version the writer decided against: the sequence of the stream's last
     *     event, 0 for a new stream
     * @param events the events, with sequences from {@code expectedVersion + 1}, all of that incident
     * @return the stream's version after the append, or the conflict that refused it
     *     (an empty list writes nothing and creates no stream)
     * @throws IllegalArgumentException if the events are not the next contiguous events of that incident
     */
    Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events);

    /**
     * Reads one incident's stream.
     *
     * @param incident the stream
     * @return its events in sequence order; empty for an unknown incident
     */
    Seq<IncidentEvent> read(IncidentId incident);

    /**
     * Reads the events of one incident's stream after a version: what another writer appended since the
     * reader last looked. The desk keeps recent states and reads only this, so that a command costs the
     * same on a long incident as on a short one. The default reads the whole stream and drops the head;
     * a store that can read from a position (an index on the sequence) should say so by overriding it.
     *
     * @param incident the stream
     * @param version the version the reader holds: the sequence of the last event it has, 0 for none
     * @return the events with a greater sequence, in sequence order; empty when there are none
     * @throws IllegalArgumentException if {@code version} is negative
     */
    default Seq<IncidentEvent> readAfter(IncidentId incident, long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative, got " + version);
        }
        return read(incident).dropWhile(event -> event.sequence() <= version);
    }

    /**
     * Reads the streams of the incidents a filter accepts, in incident-id order.
     *
     * @param which which incidents
     * @return each accepted incident's events in sequence order
     */
    Seq<Seq<IncidentEvent>> readAll(Predicate<IncidentId> which);

    /**
     * The ids of the incidents that have events, in incident-id order, without reading their events: so
     * that one incident whose stored events cannot be read does not keep a reader from the others. The
     * default reads every stream; stores override it with a cheaper look.
     *
     * @return the ids
     */
    default Seq<IncidentId> incidents() {
        return readAll(id -> true).filter(stream -> !stream.isEmpty()).map(stream -> stream.head().incidentId());
    }
}
