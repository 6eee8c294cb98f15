package dev.incidentkit.examples.jdbc;

import dev.incidentkit.notify.Outbox;
import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.testkit.IncidentEventStoreContract;
import dev.incidentkit.testkit.IncidentStorageContract;
import dev.incidentkit.testkit.OutboxContract;
import org.junit.jupiter.api.Nested;

/** The JDBC storage on embedded H2 keeps the promises of the event store, of the outbox and of the storage. */
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

    @Nested
    class AsStorage extends IncidentStorageContract {
        @Override
        protected IncidentStorage newStorage() {
            return JdbcIncidentStorage.on(Databases.h2());
        }
    }
}
