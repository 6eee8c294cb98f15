package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.store.AppendConflict;
import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract suite fails for stores that break a promise, so passing it means something. */
class ContractCatchesBrokenStoresTest {

    /** Ignores the expected version: the last writer wins, and the loser's events are lost. */
    private static final class LastWriterWins implements IncidentEventStore {
        private final InMemoryEventStore inner = new InMemoryEventStore();

        @Override
        public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events) {
            Either<AppendConflict, Long> outcome = inner.append(incident, expectedVersion, events);
            return outcome.isLeft() ? Either.right(outcome.getLeft().actual()) : outcome;
        }

        @Override
        public Seq<IncidentEvent> read(IncidentId incident) {
            return inner.read(incident);
        }

        @Override
        public Seq<Seq<IncidentEvent>> readAll(Predicate<IncidentId> which) {
            return inner.readAll(which);
        }
    }

    /** Refuses a retry of events it already holds, so a writer that crashed can never learn it succeeded. */
    private static final class NotIdempotent implements IncidentEventStore {
        private final InMemoryEventStore inner = new InMemoryEventStore();

        @Override
        public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events) {
            long current = inner.read(incident).size();
            return current != expectedVersion
                    ? Either.left(new AppendConflict(incident, expectedVersion, current))
                    : inner.append(incident, expectedVersion, events);
        }

        @Override
        public Seq<IncidentEvent> read(IncidentId incident) {
            return inner.read(incident);
        }

        @Override
        public Seq<Seq<IncidentEvent>> readAll(Predicate<IncidentId> which) {
            return inner.readAll(which);
        }
    }

    @Test
    void should_fail_a_store_that_lets_the_last_writer_win() {
        IncidentEventStoreContract contract = contractFor(LastWriterWins::new);

        assertThrows(AssertionFailedError.class, contract::should_refuse_a_stale_version_and_write_nothing);
        assertThrows(AssertionFailedError.class, contract::should_let_exactly_one_of_concurrent_writers_win_each_version);
    }

    @Test
    void should_fail_a_store_that_refuses_a_retry() {
        IncidentEventStoreContract contract = contractFor(NotIdempotent::new);

        assertThrows(AssertionFailedError.class, contract::should_accept_the_same_events_again_and_store_them_once);
    }

    private static IncidentEventStoreContract contractFor(Supplier<IncidentEventStore> stores) {
        return new IncidentEventStoreContract() {
            @Override
            protected IncidentEventStore newStore() {
                return stores.get();
            }
        };
    }
}
