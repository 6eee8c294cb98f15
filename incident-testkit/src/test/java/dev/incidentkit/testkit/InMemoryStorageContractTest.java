package dev.incidentkit.testkit;

import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;

/** The in-memory store and outbox, joined, keep the storage's promises. */
class InMemoryStorageContractTest extends IncidentStorageContract {

    @Override
    protected IncidentStorage newStorage() {
        return IncidentStorage.of(new InMemoryEventStore(), new InMemoryOutbox());
    }
}
