package dev.incidentkit.benchmarks;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.examples.jdbc.JdbcIncidentStorage;
import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.response.ResponseCommand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One command through the desk on the JDBC storage (H2, in memory in this JVM) to an incident that already
 * has {@code size} events (issue 21: on SQLite a command cost 3.4 ms at 100 events and 24 ms at 2,000,
 * because every command replayed the whole stream). The desk keeps the incident's state and version and
 * reads only the events stored after it, so a command's cost should not depend on the incident's length:
 * the target is within 2× of the 10-event case at 10,000 events. Each command is a recorded note, decided,
 * stored with its events in one transaction, and read back past the cached version on the next command.
 * Each iteration stores the incident afresh and times a batch of {@value #BATCH} commands, so the incident
 * stays at its size (a free-running benchmark would grow the 10-event incident to thousands of events).
 *
 * @since 0.4.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, batchSize = JdbcLongIncidentDeskBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = JdbcLongIncidentDeskBenchmark.BATCH)
public class JdbcLongIncidentDeskBenchmark {

    /** Commands timed per iteration. */
    static final int BATCH = 100;

    private static final IncidentId ID = IncidentId.of("LONG-JDBC");
    private static final AtomicInteger TRIALS = new AtomicInteger();

    /** How many events the incident has when an iteration starts. */
    @Param({"10", "10000"})
    public int size;

    private JdbcDataSource database;
    private IncidentDesk desk;
    private Instant now;
    private int next;

    /** Creates the benchmark; JMH calls it. */
    public JdbcLongIncidentDeskBenchmark() {}

    /**
     * Stores the incident in a fresh database and lets the desk take a first command, so that it holds the
     * incident's state; once per iteration.
     *
     * @throws IllegalStateException if the storage or the desk refuses
     */
    @Setup(Level.Iteration)
    public void store() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:incidentkit-long-desk-" + TRIALS.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(database);
        Seq<IncidentEvent> events = Workloads.longIncidentEvents(ID, size);
        now = events.last().header().recordedAt();
        storage.append(ID, 0, events, List.empty())
                .getOrElseThrow(conflict -> new IllegalStateException(conflict.toString()));
        desk = new IncidentDesk(Workloads.DECIDER.process(), storage, Clock.fixed(now, ZoneOffset.UTC), 3);
        next = 0;
        command();
        // storing and first reading 10,000 events leaves a heap of garbage: collect it here, not in the batch
        System.gc();
    }

    /**
     * Drops the iteration's database, so that the heap holds one incident at a time.
     *
     * @throws java.sql.SQLException if the database cannot be shut
     */
    @TearDown(Level.Iteration)
    public void drop() throws java.sql.SQLException {
        try (java.sql.Connection c = database.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /**
     * One recorded note through the desk.
     *
     * @return what the desk did
     * @throws IllegalStateException if the desk does not take it
     */
    @Benchmark
    public DeskOutcome.Accepted command() {
        int n = next++;
        IncidentCommand note = new ResponseCommand.RecordAction(CommandHeader.of(CommandId.of("jdbc-" + n), ID,
                Workloads.SAM.id(), now), ActionKind.NOTE, "note " + n, Option.none());
        DeskOutcome outcome = desk.handle(note);
        if (outcome instanceof DeskOutcome.Accepted accepted && !accepted.events().isEmpty()) {
            return accepted;
        }
        throw new IllegalStateException("the desk did not take " + note.commandId() + ": " + outcome);
    }
}
