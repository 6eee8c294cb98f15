package dev.incidentkit.examples.jdbc;

import dev.incidentkit.notify.Outbox;
import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.testkit.IncidentEventStoreContract;
import dev.incidentkit.testkit.OutboxContract;
import org.junit.jupiter.api.Nested;

/** The JDBC storage on embedded H2 keeps the promises of the event store and of the outbox. */
class H2StorageContractTest {

    @Nested
    class AsEventStore extends IncidentEventStoreContract {
        @Override
        protected IncidentEventStore newStore() {
            return JdbcIncidentStorage.on(Databases.h2());
        }
    }

    @Nested
    class AsOutbox extends OutboxContract {
        @Override
        protected Outbox newOutbox() {
            return JdbcIncidentStorage.on(Databases.h2());
        }
    }
}
