package dev.incidentkit.store;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * An {@link IncidentEventStore} in memory: the embedded default, and the reference that the contract
 * suite is checked against. Each stream is replaced atomically, so writers to one stream serialize and
 * writers to different streams do not wait for each other. Nothing survives the process.
 *
 * @since 0.1.0
 */
public final class InMemoryEventStore implements IncidentEventStore {

    private final ConcurrentSkipListMap<IncidentId, Vector<IncidentEvent>> streams = new ConcurrentSkipListMap<>();

    /** Creates an empty store. */
    public InMemoryEventStore() {}

    @Override
    public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(events, "events");
        long expected = expectedVersion + 1;
        for (IncidentEvent event : events) { // iterated, not indexed: a List's get(i) walks from its head
            if (!event.incidentId().equals(incident) || event.sequence() != expected) {
                throw new IllegalArgumentException("event " + event.header().eventId() + " is not event "
                        + expected + " of incident " + incident);
            }
            expected++;
        }
        if (events.isEmpty()) {
            long current = read(incident).size();
            return current == expectedVersion
                    ? Either.right(current)
                    : Either.left(new AppendConflict(incident, expectedVersion, current));
        }
        AtomicReference<Either<AppendConflict, Long>> outcome = new AtomicReference<>();
        streams.compute(incident, (id, current) -> {
            Vector<IncidentEvent> stream = current == null ? Vector.empty() : current;
            if (stream.size() == expectedVersion) {
                outcome.set(Either.right(expectedVersion + events.size()));
                return stream.appendAll(events);
            }
            outcome.set(alreadyAppended(stream, expectedVersion, events)
                    ? Either.right((long) stream.size())
                    : Either.left(new AppendConflict(incident, expectedVersion, stream.size())));
            return current;
        });
        return outcome.get();
    }

    private static boolean alreadyAppended(Vector<IncidentEvent> stream, long expectedVersion, Seq<IncidentEvent> events) {
        if (events.isEmpty() || expectedVersion + events.size() > stream.size()) {
            return false;
        }
        return events.zipWithIndex().forAll(e -> stream.get((int) expectedVersion + e._2).header().eventId()
                .equals(e._1.header().eventId()));
    }

    @Override
    public Seq<IncidentEvent> read(IncidentId incident) {
        Vector<IncidentEvent> stream = streams.get(Objects.requireNonNull(incident, "incident"));
        return stream == null ? Vector.empty() : stream;
    }

    @Override
    public Seq<IncidentEvent> readAfter(IncidentId incident, long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative, got " + version);
        }
        Seq<IncidentEvent> stream = read(incident);
        return version >= stream.size() ? Vector.empty() : stream.drop((int) version);
    }

    @Override
    public Seq<Seq<IncidentEvent>> readAll(Predicate<IncidentId> which) {
        Objects.requireNonNull(which, "which");
        return List.ofAll(streams.entrySet()).filter(e -> which.test(e.getKey())).map(e -> e.getValue());
    }

    @Override
    public Seq<IncidentId> incidents() {
        return List.ofAll(streams.keySet());
    }
}
