package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.store.IncidentStorage;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link IncidentStorage} beyond those of the event store and the outbox (run
 * {@link IncidentEventStoreContract} and {@link OutboxContract} on it too): an append with its messages
 * moves the outbox cursor when it stood at the expected version; and {@link IncidentStorage#unplanned()}
 * names exactly the incidents whose events run past their cursor, until they are planned. Extend this class
 * and return a new, empty storage from {@link #newStorage()}.
 *
 * <pre>{@code
 * class MyStorageTest extends IncidentStorageContract {
 *     protected IncidentStorage newStorage() {
 *         return MyStorage.on(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * @since 0.4.0
 */
public abstract class IncidentStorageContract {

    /** Creates the suite; subclasses supply the storage. */
    protected IncidentStorageContract() {}

    /**
     * A new, empty storage for one test.
     *
     * @return the storage under test
     */
    protected abstract IncidentStorage newStorage();

    @Test
    void should_plan_with_the_append_and_leave_nothing_unplanned() {
        IncidentStorage storage = newStorage();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> report = IncidentEventStoreContract.reportOf(id);

        storage.append(id, 0, report, List.empty());

        assertEquals(1L, storage.cursor(id), "the cursor moves with the append");
        assertEquals(List.empty(), storage.unplanned().toList());
    }

    @Test
    void should_name_the_incidents_stored_without_their_messages_until_they_are_planned() {
        IncidentStorage storage = newStorage();
        IncidentId planned = IncidentId.of("INC-1");
        IncidentId behind = IncidentId.of("INC-2");
        IncidentId bare = IncidentId.of("INC-3");
        storage.append(planned, 0, IncidentEventStoreContract.reportOf(planned), List.empty());
        storage.append(bare, 0, IncidentEventStoreContract.reportOf(bare)); // the event store's append: no messages
        Seq<IncidentEvent> first = IncidentEventStoreContract.reportOf(behind);
        storage.append(behind, 0, first);
        // the cursor stands behind, so this append stores its events and leaves its messages to planning
        Seq<IncidentEvent> second = IncidentEventStoreContract.linkEvents(behind, first, "a");
        storage.append(behind, 1, second, List.empty());

        assertEquals(List.of(behind, bare), storage.unplanned().toList());
        assertEquals(0L, storage.cursor(behind));

        storage.enqueue(behind, 1, List.empty());
        assertEquals(List.of(behind, bare), storage.unplanned().toList(), "planned up to 1 of 2: still behind");
        storage.enqueue(behind, 2, List.empty());
        storage.enqueue(bare, 1, List.empty());
        assertEquals(List.empty(), storage.unplanned().toList(), "every event planned");

        storage.append(bare, 1, IncidentEventStoreContract.linkEvents(bare, storage.read(bare), "b"), List.empty());
        assertEquals(List.empty(), storage.unplanned().toList(), "planned with its append again");
    }
}
