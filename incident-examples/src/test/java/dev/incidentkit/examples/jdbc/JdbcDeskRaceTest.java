package dev.incidentkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.testkit.DeskRace;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Racing writers through the desk on the JDBC storage (issue 16): two desks of four threads, 500 commands a
 * thread, on one incident and spread over 50, on H2 and on PostgreSQL. A command that only lost a race is
 * decided again, never refused as out of order; every accepted command is stored once; sequences have no gap.
 */
class JdbcDeskRaceTest {

    private static void race(DataSource database, String prefix, int incidents) throws InterruptedException {
        DeskRace.Result result = DeskRace.on(JdbcIncidentStorage.on(database, prefix)).desks(2).threadsPerDesk(4)
                .incidents(incidents).commandsPerThread(500).prefix(prefix.replace('_', '-') + "race").run();
        try {
            result.check();
            assertEquals(4_000, result.accepted());
        } finally {
            Databases.drop(database, prefix);
        }
    }

    @Test
    void should_accept_every_racing_command_on_one_incident_on_h2() throws InterruptedException {
        race(Databases.h2(), "ik_", 1);
    }

    @Test
    void should_accept_every_racing_command_on_fifty_incidents_on_h2() throws InterruptedException {
        race(Databases.h2(), "ik_", 50);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = Databases.POSTGRES_URL, matches = ".+")
    void should_accept_every_racing_command_on_one_incident_on_postgres() throws InterruptedException {
        try (com.zaxxer.hikari.HikariDataSource pool = Databases.pooledPostgres(8).get()) {
            race(pool, Databases.freshPrefix(), 1);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = Databases.POSTGRES_URL, matches = ".+")
    void should_accept_every_racing_command_on_fifty_incidents_on_postgres() throws InterruptedException {
        try (com.zaxxer.hikari.HikariDataSource pool = Databases.pooledPostgres(8).get()) {
            race(pool, Databases.freshPrefix(), 50);
        }
    }
}
