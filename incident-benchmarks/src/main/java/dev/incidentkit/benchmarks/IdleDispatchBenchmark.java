package dev.incidentkit.benchmarks;

import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.examples.jdbc.JdbcIncidentStorage;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * A dispatch with nothing to do (issue 21: with 10,000 stored events and nothing to send, one
 * {@code Dispatcher.dispatch()} took 309 ms, growing with every closed incident, because it read every
 * stream). The storage holds {@code events} stored events (full incidents, every event planned and every
 * message delivered) and one dispatch is timed: it asks the storage which incidents have unplanned events
 * and which messages are due, and finds none. The score should be the same at 100 and at 100,000 events:
 * on H2 one indexed read of the unplanned table and one of the due messages; in memory a look at the
 * joined storage's pending set and the outbox.
 *
 * @since 0.4.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdleDispatchBenchmark {

    private static final AtomicInteger TRIALS = new AtomicInteger();

    /** Stored events, rounded up to whole incidents of the full incident's length. */
    @Param({"100", "100000"})
    public int events;

    /** {@code memory} (the joined in-memory store and outbox) or {@code h2} (JDBC, in memory in this JVM). */
    @Param({"memory", "h2"})
    public String storage;

    private Dispatcher dispatcher;

    /** Creates the benchmark; JMH calls it. */
    public IdleDispatchBenchmark() {}

    /**
     * Stores the incidents, each in one append that plans its messages, delivers the messages of the first
     * one (so delivered rows are there to skip), and checks that a dispatch then has nothing to do.
     *
     * @throws IllegalStateException if a check fails
     */
    @Setup(Level.Trial)
    public void fill() {
        IncidentStorage store;
        if (storage.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:incidentkit-idle-" + TRIALS.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            store = JdbcIncidentStorage.on(h2);
        } else {
            store = IncidentStorage.of(new InMemoryEventStore(), new InMemoryOutbox());
        }
        Clock clock = Clock.fixed(Workloads.T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
        int stored = 0;
        for (int i = 0; stored < events; i++) {
            IncidentId id = IncidentId.of("IDLE-" + i);
            Seq<IncidentEvent> stream = Workloads.fullIncidentEvents(id);
            Seq<MessageIntent> messages = i == 0
                    ? Histories.batches(stream).flatMap(Histories.Batch::messages) : List.empty();
            if (store.append(id, 0, stream, messages).isLeft()) {
                throw new IllegalStateException("could not store incident " + id);
            }
            stored += stream.size();
        }
        IncidentDesk desk = new IncidentDesk(Workloads.DECIDER.process(), store, clock, 5);
        dispatcher = new Dispatcher(desk, store, store, new PlainTextRenderer(), new RecordingNotifier(), clock,
                Duration.ofSeconds(30), 8);
        if (dispatcher.dispatch() == 0) {
            throw new IllegalStateException("the first incident's messages were not delivered");
        }
        if (dispatcher.dispatch() != 0 || !desk.unplanned().isEmpty()) {
            throw new IllegalStateException("a dispatch still had something to do");
        }
    }

    /**
     * One dispatch with nothing to plan and nothing due.
     *
     * @return how many messages it tried: 0
     */
    @Benchmark
    public int idleDispatch() {
        return dispatcher.dispatch();
    }
}
