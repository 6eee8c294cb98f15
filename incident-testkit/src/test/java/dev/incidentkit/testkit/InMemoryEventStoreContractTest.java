package dev.incidentkit.testkit;

import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.store.InMemoryEventStore;

/** The in-memory store keeps every promise of the event store port. */
class InMemoryEventStoreContractTest extends IncidentEventStoreContract {

    @Override
    protected IncidentEventStore newStore() {
        return new InMemoryEventStore();
    }
}
