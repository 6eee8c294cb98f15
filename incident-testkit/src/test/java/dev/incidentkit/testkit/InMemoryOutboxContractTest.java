package dev.incidentkit.testkit;

import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.Outbox;

/** The in-memory outbox keeps every promise of the outbox port. */
class InMemoryOutboxContractTest extends OutboxContract {

    @Override
    protected Outbox newOutbox() {
        return new InMemoryOutbox();
    }
}
