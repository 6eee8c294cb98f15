package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import io.vavr.collection.Vector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading an incident: {@link Workloads#DECIDER}{@code .replay(id, events)} folds one incident's whole
 * stream, oldest first, from the empty state, as a store-backed application does for every incident it
 * reads. The streams are {@link Workloads#longIncidentEvents(IncidentId, int)} of 100, 1,000, 10,000 and
 * 100,000 events (a declared incident with a rotating mix of progress updates, recorded actions, links,
 * severity changes and experts joining and leaving) and the realistic full incident of
 * {@link Workloads#fullIncidentEvents(IncidentId)}, each held as a Vavr {@link Vector}, as the stores
 * return them.
 *
 * <p>One operation is one event folded in: every method replays a whole stream per invocation and
 * declares its length with {@link OperationsPerInvocation}, so the scores are events per second and a
 * flat line across the four sizes means that replay is linear in the stream's length.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {

    /** The incident whose streams are replayed. */
    static final IncidentId ID = IncidentId.of("LONG-1");

    /** The full incident's id. */
    static final IncidentId FULL_ID = IncidentId.of("HUB-1");

    /** The number of events of {@link Workloads#fullIncidentEvents(IncidentId)}; checked in its setup. */
    static final int FULL_INCIDENT_EVENTS = 47;

    /** Creates the benchmark; JMH calls it. */
    public ReplayBenchmark() {}

    /**
     * A long stream of exactly {@code size} events, as a {@link Vector}, checked to replay to version
     * {@code size}.
     *
     * @throws IllegalStateException if the stream has another length or does not replay to its length
     */
    static Vector<IncidentEvent> stream(int size) {
        return checked(ID, Vector.ofAll(Workloads.longIncidentEvents(ID, size)), size);
    }

    private static Vector<IncidentEvent> checked(IncidentId id, Vector<IncidentEvent> events, int size) {
        if (events.size() != size) {
            throw new IllegalStateException("the stream of " + id + " has " + events.size() + " events, not " + size);
        }
        long version = Workloads.DECIDER.replay(id, events).version();
        if (version != size) {
            throw new IllegalStateException("replaying " + size + " events of " + id + " gave version " + version);
        }
        return events;
    }

    /** The stream of 100 events; built once per fork. */
    @State(Scope.Benchmark)
    public static class Stream100 {
        Vector<IncidentEvent> events;

        /** Creates the state; JMH calls it. */
        public Stream100() {}

        /**
         * Builds and checks the stream.
         *
         * @throws IllegalStateException if it is not 100 events replaying to version 100
         */
        @Setup
        public void setUp() {
            events = stream(100);
        }
    }

    /** The stream of 1,000 events; built once per fork. */
    @State(Scope.Benchmark)
    public static class Stream1000 {
        Vector<IncidentEvent> events;

        /** Creates the state; JMH calls it. */
        public Stream1000() {}

        /**
         * Builds and checks the stream.
         *
         * @throws IllegalStateException if it is not 1,000 events replaying to version 1,000
         */
        @Setup
        public void setUp() {
            events = stream(1_000);
        }
    }

    /** The stream of 10,000 events; built once per fork. */
    @State(Scope.Benchmark)
    public static class Stream10000 {
        Vector<IncidentEvent> events;

        /** Creates the state; JMH calls it. */
        public Stream10000() {}

        /**
         * Builds and checks the stream.
         *
         * @throws IllegalStateException if it is not 10,000 events replaying to version 10,000
         */
        @Setup
        public void setUp() {
            events = stream(10_000);
        }
    }

    /** The stream of 100,000 events; built once per fork. */
    @State(Scope.Benchmark)
    public static class Stream100000 {
        Vector<IncidentEvent> events;

        /** Creates the state; JMH calls it. */
        public Stream100000() {}

        /**
         * Builds and checks the stream.
         *
         * @throws IllegalStateException if it is not 100,000 events replaying to version 100,000
         */
        @Setup
        public void setUp() {
            events = stream(100_000);
        }
    }

    /** The full incident's stream; built once per fork. */
    @State(Scope.Benchmark)
    public static class FullIncident {
        Vector<IncidentEvent> events;

        /** Creates the state; JMH calls it. */
        public FullIncident() {}

        /**
         * Builds and checks the stream.
         *
         * @throws IllegalStateException if it is not 47 events replaying to version 47, or does not end
         *     CLOSED
         */
        @Setup
        public void setUp() {
            events = checked(FULL_ID, Vector.ofAll(Workloads.fullIncidentEvents(FULL_ID)), FULL_INCIDENT_EVENTS);
            IncidentState state = Workloads.DECIDER.replay(FULL_ID, events);
            if (!state.isIn(IncidentStatus.CLOSED)) {
                throw new IllegalStateException("the full incident ends " + state.status() + ", not CLOSED");
            }
        }
    }

    /**
     * Replays 100 events.
     *
     * @param stream the stream
     * @return the state after the last event
     */
    @Benchmark
    @OperationsPerInvocation(100)
    public IncidentState replay100(Stream100 stream) {
        return Workloads.DECIDER.replay(ID, stream.events);
    }

    /**
     * Replays 1,000 events.
     *
     * @param stream the stream
     * @return the state after the last event
     */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public IncidentState replay1000(Stream1000 stream) {
        return Workloads.DECIDER.replay(ID, stream.events);
    }

    /**
     * Replays 10,000 events.
     *
     * @param stream the stream
     * @return the state after the last event
     */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public IncidentState replay10000(Stream10000 stream) {
        return Workloads.DECIDER.replay(ID, stream.events);
    }

    /**
     * Replays 100,000 events.
     *
     * @param stream the stream
     * @return the state after the last event
     */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public IncidentState replay100000(Stream100000 stream) {
        return Workloads.DECIDER.replay(ID, stream.events);
    }

    /**
     * Replays the realistic full incident: about fifty events of almost every type, from the paging alert
     * to the closed, published postmortem.
     *
     * @param stream the stream
     * @return the closed incident's state
     */
    @Benchmark
    @OperationsPerInvocation(FULL_INCIDENT_EVENTS)
    public IncidentState replayFullIncident(FullIncident stream) {
        return Workloads.DECIDER.replay(FULL_ID, stream.events);
    }
}
