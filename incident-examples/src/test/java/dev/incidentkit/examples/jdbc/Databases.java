package dev.incidentkit.examples.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The databases the JDBC tests run on: a fresh in-memory H2 each time, and PostgreSQL when a URL is given. */
public final class Databases {

    /** The environment variable that names the PostgreSQL database, as a JDBC URL with user and password. */
    static final String POSTGRES_URL = "INCIDENTKIT_POSTGRES_URL";

    private static final AtomicInteger H2_COUNT = new AtomicInteger();
    private static final AtomicInteger PG_COUNT = new AtomicInteger();

    private Databases() {}

    /** A new, empty in-memory H2 database that lives until the JVM ends. */
    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:incidentkit-" + H2_COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The PostgreSQL database named by {@value #POSTGRES_URL}, if it is set. */
    public static Option<DataSource> postgres() {
        return Option.of(System.getenv(POSTGRES_URL)).filter(u -> !u.isBlank()).map(url -> {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        });
    }

    /**
     * The PostgreSQL database named by {@value #POSTGRES_URL} behind a small connection pool, as a service
     * on several threads would reach it (a new connection per statement costs more than the statement).
     * Close it after use.
     */
    public static Option<com.zaxxer.hikari.HikariDataSource> pooledPostgres(int connections) {
        return Option.of(System.getenv(POSTGRES_URL)).filter(u -> !u.isBlank()).map(url -> {
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(connections);
            config.setPoolName("incidentkit-test");
            return new com.zaxxer.hikari.HikariDataSource(config);
        });
    }

    /** A table prefix no earlier run used: PostgreSQL's tables outlive the test run, and are dropped after it. */
    public static String freshPrefix() {
        return "t" + Long.toString(ProcessHandle.current().pid(), 36) + "_" + PG_COUNT.incrementAndGet() + "_";
    }

    /** Drops the tables a storage with that prefix created. */
    public static void drop(DataSource ds, String prefix) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"event", "outbox", "outbox_cursor", "unplanned", "stream"}) {
                s.execute("drop table if exists " + prefix + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test tables " + prefix + "*", e);
        }
    }
}
