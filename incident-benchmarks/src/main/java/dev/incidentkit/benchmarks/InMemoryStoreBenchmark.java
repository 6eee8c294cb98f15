package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.store.AppendConflict;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The in-memory event store, {@link InMemoryEventStore}: appends and reads.
 *
 * <p>An append is what the desk does for one accepted command: the command's events at the version it
 * decided against. The commands are those of the realistic full incident ({@link Workloads#fullIncidentEvents},
 * 40 commands giving 47 events, among them a chat import of 36 messages), cut into one append per command.
 * One store is shared by all writer threads; each thread appends to incidents of its own, so the writers
 * never conflict but do meet in the store's map. One operation is one append, checked to succeed at the
 * version after it.
 *
 * <p>Each thread has a pool of 256 incidents' appends. Every iteration starts on
 * a new store; when a thread uses its pool up within an iteration it moves on to a newer store (making one
 * if no other writer has yet), so a store holds at most a pool per writer and old stores are dropped:
 * memory stays bounded. Making the new store is part of the measured time, shared by the pool's appends.
 *
 * <p>A read ({@link #readFullIncident}) returns one incident's whole stream, 47 events, from a store holding
 * 256 full incidents. One operation is one read.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryStoreBenchmark {

    /** Full incidents in each writer's pool, and in the store the reads read. */
    static final int INCIDENTS_PER_WRITER = 256;

    /** Creates the benchmark; JMH calls it. */
    public InMemoryStoreBenchmark() {}

    /**
     * The store the writers share, and the numbering of the writers.
     *
     * @since 0.1.0
     */
    @State(Scope.Benchmark)
    public static class SharedStore {

        private final AtomicInteger writers = new AtomicInteger();
        private InMemoryEventStore store = new InMemoryEventStore();

        /** Creates the state; JMH calls it. */
        public SharedStore() {}

        /**
         * The store to write to after the one given: the current one, or a new one if the given one is
         * still current.
         */
        synchronized InMemoryEventStore after(InMemoryEventStore used) {
            if (store == used) {
                store = new InMemoryEventStore();
            }
            return store;
        }

        int nextWriter() {
            return writers.getAndIncrement();
        }
    }

    /**
     * One writer thread: its pool of appends and the store it is writing to.
     *
     * @since 0.1.0
     */
    @State(Scope.Thread)
    public static class Writer {

        private Histories.Batch[] appends;
        private int next;
        private InMemoryEventStore store;

        /** Creates the state; JMH calls it. */
        public Writer() {}

        /**
         * Builds this writer's pool, for incidents no other writer has, and checks that it holds the whole
         * stream of each incident.
         *
         * @param shared the shared store, which numbers the writers
         * @throws IllegalStateException if the pool does not hold the streams
         */
        @Setup(Level.Trial)
        public void buildPool(SharedStore shared) {
            int writer = shared.nextWriter();
            Vector<Histories.Batch> pool = Vector.empty();
            for (int i = 0; i < INCIDENTS_PER_WRITER; i++) {
                Seq<IncidentEvent> stream = Workloads.fullIncidentEvents(IncidentId.of("W" + writer + "-" + i));
                Vector<Histories.Batch> batches = Histories.batches(stream);
                if (batches.last().versionAfter() != stream.size()
                        || batches.flatMap(Histories.Batch::events).size() != stream.size()) {
                    throw new IllegalStateException("the appends do not make up the stream");
                }
                pool = pool.appendAll(batches);
            }
            appends = pool.toJavaArray(Histories.Batch[]::new);
        }

        /**
         * Starts the pool over on the newest store, outside the measurement.
         *
         * @param shared the shared store
         */
        @Setup(Level.Iteration)
        public void startOver(SharedStore shared) {
            store = shared.after(store);
            next = 0;
        }

        long append(SharedStore shared) {
            if (next == appends.length) {
                store = shared.after(store);
                next = 0;
            }
            Histories.Batch batch = appends[next++];
            Either<AppendConflict, Long> appended = store.append(batch.incident(), batch.expectedVersion(),
                    batch.events());
            if (appended.isLeft() || appended.get() != batch.versionAfter()) {
                throw new IllegalStateException("the append to " + batch.incident() + " at version "
                        + batch.expectedVersion() + " gave " + appended);
            }
            return appended.get();
        }
    }

    /**
     * The reads' store, full of whole incidents.
     *
     * @since 0.1.0
     */
    @State(Scope.Thread)
    public static class Streams {

        private final InMemoryEventStore store = new InMemoryEventStore();
        private IncidentId[] ids;
        private int expected;
        private int next;

        /** Creates the state; JMH calls it. */
        public Streams() {}

        /**
         * Stores 256 full incidents, command by command, and checks that each
         * reads back whole.
         *
         * @throws IllegalStateException if one does not
         */
        @Setup(Level.Trial)
        public void fill() {
            ids = new IncidentId[INCIDENTS_PER_WRITER];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = IncidentId.of("R-" + i);
                Seq<IncidentEvent> stream = Workloads.fullIncidentEvents(ids[i]);
                for (Histories.Batch batch : Histories.batches(stream)) {
                    store.append(batch.incident(), batch.expectedVersion(), batch.events());
                }
                expected = stream.size();
                if (!store.read(ids[i]).equals(stream)) {
                    throw new IllegalStateException("incident " + ids[i] + " does not read back whole");
                }
            }
        }

        Seq<IncidentEvent> read() {
            IncidentId id = ids[next];
            next = (next + 1) % ids.length;
            Seq<IncidentEvent> stream = store.read(id);
            if (stream.size() != expected) {
                throw new IllegalStateException("incident " + id + " has " + stream.size() + " events");
            }
            return stream;
        }
    }

    /**
     * One append by the only writer.
     *
     * @param shared the store
     * @param writer this thread's pool
     * @return the stream's version after the append
     */
    @Benchmark
    @Threads(1)
    public long appendOneWriter(SharedStore shared, Writer writer) {
        return writer.append(shared);
    }

    /**
     * One append by one of two writers appending to the same store at once.
     *
     * @param shared the store
     * @param writer this thread's pool
     * @return the stream's version after the append
     */
    @Benchmark
    @Threads(2)
    public long appendTwoWriters(SharedStore shared, Writer writer) {
        return writer.append(shared);
    }

    /**
     * One read of a full incident's stream.
     *
     * @param streams the store and the incidents in it
     * @return the stream
     */
    @Benchmark
    public Seq<IncidentEvent> readFullIncident(Streams streams) {
        return streams.read();
    }
}
