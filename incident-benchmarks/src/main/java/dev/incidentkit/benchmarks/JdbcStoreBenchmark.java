package dev.incidentkit.benchmarks;

import dev.incidentkit.examples.jdbc.JdbcIncidentStorage;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.store.AppendConflict;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC storage of the examples, {@link JdbcIncidentStorage}, on an in-memory H2 database and on
 * PostgreSQL: appends and reads.
 *
 * <p>An append ({@link #appendCommand()}) is what the desk stores for one accepted command, in one
 * transaction: the command's events at the version it decided against, and the messages planned from them
 * with the outbox cursor. The commands are those of the realistic full incident
 * ({@link Workloads#fullIncidentEvents}: 40 commands, 47 events, among them a chat import of 36 messages),
 * one append per command. One operation is one append, checked to succeed at the version after it. A read
 * ({@link #readFullIncident()}) loads one full incident's 47 events and decodes them. One operation is one
 * read, checked to return the whole stream.
 *
 * <p>The storage takes a connection per call and closes it; a service gives it a pooled data source, so
 * here one connection is kept open and handed out again, with auto-commit restored on close as a pool
 * does, and the figures are the storage's, not connection set-up's. Each trial has tables of its own
 * (a prefix made of the process id and a counter), dropped at the end. The appends' tables are emptied
 * at every iteration, and within one when the pool of 64 incidents is used up (that emptying is part of
 * the measured time, shared by the pool's 2,560 appends).
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcStoreBenchmark {

    /** The environment variable naming the PostgreSQL database: a JDBC URL with user and password. */
    public static final String POSTGRES_URL = "INCIDENTKIT_POSTGRES_URL";

    /** Incidents in the pool of appends. */
    static final int APPENDED_INCIDENTS = 64;
    /** Incidents stored for the reads. */
    static final int READ_INCIDENTS = 16;

    private static final AtomicInteger TRIALS = new AtomicInteger();

    /**
     * The database: {@code h2} (in memory, in this JVM) or {@code postgresql} (the database named by
     * {@value #POSTGRES_URL}).
     */
    @Param({"h2"})
    public String database;

    private KeptConnection connection;
    private String appendPrefix;
    private String readPrefix;
    private JdbcIncidentStorage appendStorage;
    private JdbcIncidentStorage readStorage;
    private Histories.Batch[] appends;
    private int nextAppend;
    private IncidentId[] readIds;
    private int readLength;
    private int nextRead;

    /** Creates the benchmark; JMH calls it. */
    public JdbcStoreBenchmark() {}

    /**
     * Connects, creates this trial's tables, builds the pool of appends and stores the incidents to read,
     * checking that each reads back as it was stored.
     *
     * @throws IllegalStateException if the database is unknown, {@code postgresql} is chosen without
     *     {@value #POSTGRES_URL}, or a check fails
     */
    @Setup(Level.Trial)
    public void connect() {
        int trial = TRIALS.incrementAndGet();
        connection = new KeptConnection(open(database, trial));
        String base = "b" + Long.toString(ProcessHandle.current().pid(), 36) + "_" + trial;
        appendPrefix = base + "_a_";
        readPrefix = base + "_r_";
        appendStorage = JdbcIncidentStorage.on(connection, appendPrefix);
        readStorage = JdbcIncidentStorage.on(connection, readPrefix);

        Vector<Histories.Batch> pool = Vector.empty();
        for (int i = 0; i < APPENDED_INCIDENTS; i++) {
            pool = pool.appendAll(Histories.batches(Workloads.fullIncidentEvents(IncidentId.of("JA-" + i))));
        }
        appends = pool.toJavaArray(Histories.Batch[]::new);

        readIds = new IncidentId[READ_INCIDENTS];
        for (int i = 0; i < READ_INCIDENTS; i++) {
            readIds[i] = IncidentId.of("JR-" + i);
            Seq<IncidentEvent> stream = Workloads.fullIncidentEvents(readIds[i]);
            for (Histories.Batch batch : Histories.batches(stream)) {
                check(readStorage.append(batch.incident(), batch.expectedVersion(), batch.events(), batch.messages()),
                        batch);
            }
            if (!readStorage.read(readIds[i]).equals(stream)) {
                throw new IllegalStateException("incident " + readIds[i] + " does not read back as it was stored");
            }
            readLength = stream.size();
        }
        if (readStorage.entries().isEmpty()) {
            throw new IllegalStateException("the full incidents planned no messages");
        }
        if (appendStorage.cursor(appends[0].incident()) != 0) { // creates the append tables
            throw new IllegalStateException("the append tables of this trial are not new");
        }
        emptyAppendTables();
    }

    private static DataSource open(String database, int trial) {
        switch (database) {
            case "h2": {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:incidentkit-bench-" + trial + ";DB_CLOSE_DELAY=-1");
                return h2;
            }
            case "postgresql": {
                String url = System.getenv(POSTGRES_URL);
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("the postgresql database needs " + POSTGRES_URL
                            + " set to a JDBC URL with user and password, such as "
                            + "jdbc:postgresql://localhost:5432/incidentkit?user=ik&password=ik");
                }
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                return pg;
            }
            default:
                throw new IllegalStateException("unknown database '" + database + "': h2 or postgresql");
        }
    }

    /** Starts the pool of appends over on empty tables, outside the measurement. */
    @Setup(Level.Iteration)
    public void startOver() {
        emptyAppendTables();
    }

    private void emptyAppendTables() {
        try (Statement s = connection.get().createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("delete from " + appendPrefix + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables " + appendPrefix + "*", e);
        }
        nextAppend = 0;
    }

    private static final String[] TABLES = {"event", "outbox", "outbox_cursor"};

    /**
     * Drops this trial's tables and closes the connection.
     *
     * @throws IllegalStateException if the tables cannot be dropped
     */
    @TearDown(Level.Trial)
    public void dropTables() {
        try (Statement s = connection.get().createStatement()) {
            for (String prefix : new String[] {appendPrefix, readPrefix}) {
                for (String table : TABLES) {
                    s.execute("drop table if exists " + prefix + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the tables of this run", e);
        } finally {
            connection.closeForGood();
        }
    }

    private static long check(Either<AppendConflict, Long> appended, Histories.Batch batch) {
        if (appended.isLeft() || appended.get() != batch.versionAfter()) {
            throw new IllegalStateException("the append to " + batch.incident() + " at version "
                    + batch.expectedVersion() + " gave " + appended);
        }
        return appended.get();
    }

    /**
     * One command's events and planned messages, appended in one transaction.
     *
     * @return the stream's version after the append
     */
    @Benchmark
    public long appendCommand() {
        if (nextAppend == appends.length) {
            emptyAppendTables();
        }
        Histories.Batch batch = appends[nextAppend++];
        return check(appendStorage.append(batch.incident(), batch.expectedVersion(), batch.events(),
                batch.messages()), batch);
    }

    /**
     * One full incident's stream, read and decoded.
     *
     * @return the events
     */
    @Benchmark
    public Seq<IncidentEvent> readFullIncident() {
        IncidentId id = readIds[nextRead];
        nextRead = (nextRead + 1) % readIds.length;
        Seq<IncidentEvent> stream = readStorage.read(id);
        if (stream.size() != readLength) {
            throw new IllegalStateException("incident " + id + " read back " + stream.size() + " events");
        }
        return stream;
    }

    /**
     * One connection, opened once and handed out again and again, as a pool with one warm connection
     * would: closing it rolls back what is uncommitted and restores auto-commit instead. For one thread.
     */
    private static final class KeptConnection implements DataSource {

        private final DataSource source;
        private Connection real;
        private Connection handedOut;

        KeptConnection(DataSource source) {
            this.source = source;
        }

        Connection get() throws SQLException {
            if (real == null) {
                real = source.getConnection();
                handedOut = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                                if (!real.getAutoCommit()) {
                                    real.rollback();
                                    real.setAutoCommit(true);
                                }
                                return null;
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
            return handedOut;
        }

        void closeForGood() {
            if (real != null) {
                try {
                    real.close();
                } catch (SQLException e) {
                    throw new IllegalStateException("could not close the connection", e);
                } finally {
                    real = null;
                    handedOut = null;
                }
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return get();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the kept connection has its credentials already");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
