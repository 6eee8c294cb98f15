package dev.incidentkit.examples.jdbc;

import dev.incidentkit.notify.Outbox;
import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.testkit.IncidentEventStoreContract;
import dev.incidentkit.testkit.IncidentStorageContract;
import dev.incidentkit.testkit.OutboxContract;
import io.vavr.collection.Vector;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The JDBC storage on PostgreSQL keeps the promises of the event store, of the outbox and of the storage. Runs when
 * {@code INCIDENTKIT_POSTGRES_URL} names a database (CI starts one); each test has tables of its own.
 */
@EnabledIfEnvironmentVariable(named = Databases.POSTGRES_URL, matches = ".+")
class PostgresStorageContractTest {

    private final AtomicReference<Vector<String>> prefixes = new AtomicReference<>(Vector.empty());

    private JdbcIncidentStorage storage() {
        String prefix = Databases.freshPrefix();
        prefixes.updateAndGet(p -> p.append(prefix));
        return JdbcIncidentStorage.on(database(), prefix);
    }

    private static DataSource database() {
        return Databases.postgres().getOrElseThrow(() -> new IllegalStateException(Databases.POSTGRES_URL + " is not set"));
    }

    @AfterEach
    void dropTables() {
        prefixes.getAndSet(Vector.empty()).forEach(p -> Databases.drop(database(), p));
    }

    @Nested
    class AsEventStore extends IncidentEventStoreContract {
        @Override
        protected IncidentEventStore newStore() {
            return storage();
        }
    }

    @Nested
    class AsOutbox extends OutboxContract {
        @Override
        protected Outbox newOutbox() {
            return storage();
        }
    }

    @Nested
    class AsStorage extends IncidentStorageContract {
        @Override
        protected IncidentStorage newStorage() {
            return storage();
        }
    }
}
