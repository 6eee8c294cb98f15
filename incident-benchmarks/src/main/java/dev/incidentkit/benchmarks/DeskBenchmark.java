package dev.incidentkit.benchmarks;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The desk end to end on its in-memory ports: {@link IncidentDesk#handle} over an {@link InMemoryEventStore}
 * and an {@link InMemoryOutbox} with a fixed clock, which loads the incident by replaying its stream, decides,
 * appends at the version it decided against, and plans the messages of the new events into the outbox. One
 * operation is one command; every outcome is checked to be accepted with new events, so no operation is a
 * rejection or an idempotent no-op.
 *
 * <p>Two workloads, each on its own pool of distinct incidents built once per trial:
 * <ul>
 *   <li>{@link #lifecycleCommand}: the commands of {@link Workloads#lifecycle} (report, declare, update,
 *       mitigate, reopen, resolve, resolution notice, close) for 4,096 incidents, in order, so the desk
 *       meets each incident with the few events its earlier commands stored (0 to about 10 to replay).
 *       When the pool is used up, the desk starts over on a new, empty store and outbox, inside the
 *       measurement (a trivial cost shared by the pool's 32,768 commands).
 *   <li>{@link #closeAfterFullHistory}: the close of an incident whose stream is the realistic full incident
 *       ({@link Workloads#fullIncidentEvents}) up to its close, 46 events, with its outbox cursor at the last
 *       of them: the replay cost the desk pays for a command to an incident with a long history. The close
 *       plans no message, so beside the replay of 46 events the work is the close's decision and one append.
 *       There are 1,024 such incidents; a used-up pool is replaced by a desk whose store already holds them
 *       all again, filled before the iteration (64 of those per iteration, enough for 65,536 closes; should an
 *       iteration need more, the next is filled inside the measurement).
 * </ul>
 * Memory stays bounded: a used-up store is dropped.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeskBenchmark {

    private static final Clock CLOCK = Clock.fixed(Workloads.T0, ZoneOffset.UTC);

    /** Creates the benchmark; JMH calls it. */
    public DeskBenchmark() {}

    private static IncidentDesk desk(InMemoryEventStore store, InMemoryOutbox outbox) {
        return new IncidentDesk(Workloads.DECIDER.process(), store, outbox, CLOCK, 3);
    }

    private static DeskOutcome.Accepted accepted(DeskOutcome outcome, IncidentCommand command) {
        if (outcome instanceof DeskOutcome.Accepted a && !a.events().isEmpty()) {
            return a;
        }
        throw new IllegalStateException("the desk did not take " + command.commandId() + ": " + outcome);
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException(problem);
        }
    }

    /**
     * The short lives: 4,096 incidents' commands in order, and the desk they go to.
     *
     * @since 0.1.0
     */
    @State(Scope.Thread)
    public static class Lives {

        /** Incidents in the pool. */
        static final int INCIDENTS = 4096;

        private IncidentCommand[] commands;
        private int next;
        private IncidentDesk desk;

        /** Creates the state; JMH calls it. */
        public Lives() {}

        /**
         * Builds the pool and checks it: 8 commands per incident, and the first life is accepted command by
         * command and ends CLOSED.
         *
         * @throws IllegalStateException if a check fails
         */
        @Setup(Level.Trial)
        public void buildPool() {
            List<IncidentCommand> all = List.empty();
            for (int i = INCIDENTS - 1; i >= 0; i--) {
                all = Workloads.lifecycle(IncidentId.of("DESK-" + i)).appendAll(all);
            }
            commands = all.toJavaArray(IncidentCommand[]::new);
            check(commands.length == INCIDENTS * LifecycleBenchmark.COMMANDS,
                    "the pool has " + commands.length + " commands");
            startOver();
            for (int i = 0; i < LifecycleBenchmark.COMMANDS; i++) {
                handleNext();
            }
            check(desk.state(commands[0].incidentId()).status().contains(IncidentStatus.CLOSED),
                    "the first life did not end CLOSED");
        }

        /** Starts the pool over on a new desk, store and outbox. */
        @Setup(Level.Iteration)
        public void startOver() {
            desk = desk(new InMemoryEventStore(), new InMemoryOutbox());
            next = 0;
        }

        DeskOutcome.Accepted handleNext() {
            if (next == commands.length) {
                startOver();
            }
            IncidentCommand command = commands[next++];
            return accepted(desk.handle(command), command);
        }
    }

    /**
     * The long histories: 1,024 incidents stopped just before their close, their closes, and desks whose
     * store holds them.
     *
     * @since 0.1.0
     */
    @State(Scope.Thread)
    public static class LongHistories {

        /** Incidents in the pool. */
        static final int INCIDENTS = 1024;
        /** Desks filled before each iteration. */
        static final int FILLED_AHEAD = 64;

        private IncidentId[] ids;
        private Seq<IncidentEvent>[] histories;
        private IncidentCommand[] closes;
        private int next;
        private IncidentDesk desk;
        private final ArrayDeque<IncidentDesk> filled = new ArrayDeque<>();

        /** Creates the state; JMH calls it. */
        public LongHistories() {}

        /**
         * Builds the pool and checks it: every history has the same length, at least 40 events, and the
         * first one takes its close and ends CLOSED.
         *
         * @throws IllegalStateException if a check fails
         */
        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void buildPool() {
            ids = new IncidentId[INCIDENTS];
            histories = new Seq[INCIDENTS];
            closes = new IncidentCommand[INCIDENTS];
            for (int i = 0; i < INCIDENTS; i++) {
                IncidentId id = IncidentId.of("LONG-" + i);
                Histories.Continuation open = Histories.beforeClose(id);
                ids[i] = id;
                histories[i] = open.events();
                closes[i] = new ResponseCommand.Close(open.next(Workloads.CHRIS.id()));
            }
            int length = histories[0].size();
            check(length >= 40, "the long history has only " + length + " events");
            for (Seq<IncidentEvent> history : histories) {
                check(history.size() == length, "the long histories differ in length");
            }
            desk = filledDesk();
            next = 0;
            DeskOutcome.Accepted closed = closeNext();
            check(closed.state().status().contains(IncidentStatus.CLOSED) && closed.state().version() == length + 1,
                    "the close did not take the long history to CLOSED");
        }

        /** Fills the desks for the iteration, outside the measurement, and starts the pool over. */
        @Setup(Level.Iteration)
        public void fillAhead() {
            filled.clear();
            for (int i = 0; i < FILLED_AHEAD; i++) {
                filled.add(filledDesk());
            }
            desk = filledDesk();
            next = 0;
        }

        /** A desk whose store holds every history, with the outbox cursor at its end. */
        private IncidentDesk filledDesk() {
            InMemoryEventStore store = new InMemoryEventStore();
            InMemoryOutbox outbox = new InMemoryOutbox();
            for (int i = 0; i < INCIDENTS; i++) {
                Seq<IncidentEvent> history = histories[i];
                if (store.append(ids[i], 0, history).isLeft()) {
                    throw new IllegalStateException("could not store the history of " + ids[i]);
                }
                // the history's messages were planned long ago: to the desk, only the cursor matters
                outbox.enqueue(ids[i], history.size(), List.empty());
            }
            return desk(store, outbox);
        }

        DeskOutcome.Accepted closeNext() {
            if (next == closes.length) {
                IncidentDesk ahead = filled.poll();
                desk = ahead != null ? ahead : filledDesk();
                next = 0;
            }
            IncidentCommand command = closes[next++];
            return accepted(desk.handle(command), command);
        }
    }

    /**
     * One command of a short life, handled by the desk: replay, decide, append, plan.
     *
     * @param lives the pool and its desk
     * @return the accepted outcome, with the events stored and the incident after them
     */
    @Benchmark
    public DeskOutcome.Accepted lifecycleCommand(Lives lives) {
        return lives.handleNext();
    }

    /**
     * The close of an incident with the full incident's 46 events behind it, handled by the desk: replay of
     * 46 events, decide, append.
     *
     * @param histories the pool and its desks
     * @return the accepted outcome, with the closed incident
     */
    @Benchmark
    public DeskOutcome.Accepted closeAfterFullHistory(LongHistories histories) {
        return histories.closeNext();
    }
}
