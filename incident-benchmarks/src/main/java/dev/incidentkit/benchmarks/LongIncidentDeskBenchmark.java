package dev.incidentkit.benchmarks;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.role.Audience;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory desk over a long incident's life (issue 17: 10^4 commands through the desk took 14.6 s,
 * each paying for the whole incident so far). Each iteration stores an incident of {@code size} events,
 * lets the desk take one command (which replays it once into the desk's cache), then times a batch of
 * {@value #BATCH} commands to that incident through {@link IncidentDesk#handle}: a progress update, a
 * recorded action and a link in turn, each decided, planned (the update is a message) and stored. A
 * score per batch that stays flat from 100 to 100,000 events shows a command's cost does not grow with the
 * incident.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = LongIncidentDeskBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = LongIncidentDeskBenchmark.BATCH)
public class LongIncidentDeskBenchmark {

    /** Commands timed per iteration. */
    static final int BATCH = 1_000;

    private static final IncidentId ID = IncidentId.of("LONG-DESK");

    /** Creates the benchmark; JMH calls it. */
    public LongIncidentDeskBenchmark() {}

    /** The long incident, on a desk that has it in its cache. */
    @State(Scope.Thread)
    public static class LongIncident {
        /** How many events the incident has before the batch. */
        @Param({"100", "10000", "100000"})
        public int size;

        private Seq<IncidentEvent> events;
        private Instant now;
        private IncidentDesk desk;
        private int next;

        /** Creates the state; JMH calls it. */
        public LongIncident() {}

        /** Makes the incident's events, once per trial. */
        @Setup(Level.Trial)
        public void makeEvents() {
            events = Workloads.longIncidentEvents(ID, size);
            now = events.last().header().recordedAt();
        }

        /**
         * Stores the incident afresh and lets the desk take a first command, so that the batch starts at
         * {@code size} events with the incident in the desk's cache.
         *
         * @throws IllegalStateException if the store or the desk refuses
         */
        @Setup(Level.Iteration)
        public void storeAfresh() {
            InMemoryEventStore store = new InMemoryEventStore();
            InMemoryOutbox outbox = new InMemoryOutbox();
            store.append(ID, 0, events).getOrElseThrow(conflict -> new IllegalStateException(conflict.toString()));
            outbox.enqueue(ID, events.size(), io.vavr.collection.List.empty());
            desk = new IncidentDesk(Workloads.DECIDER.process(), store, outbox, Clock.fixed(now, ZoneOffset.UTC), 3);
            next = 0;
            handleNext();
        }

        DeskOutcome.Accepted handleNext() {
            int n = next++;
            CommandHeader header = CommandHeader.of(CommandId.of("desk-" + n), ID, Workloads.SAM.id(), now);
            IncidentCommand command = switch (n % 3) {
                case 0 -> CommunicationCommand.PostUpdate.progress(header, Audience.STAKEHOLDERS,
                        "Update " + n + ": still on it.", now.plus(Duration.ofDays(1)));
                case 1 -> new ResponseCommand.RecordAction(header, ActionKind.NOTE, "note " + n, Option.none());
                default -> new CommunicationCommand.AddLink(header, Link.of(LinkKind.TICKET,
                        "https://desk.example.org/batch/" + n));
            };
            DeskOutcome outcome = desk.handle(command);
            if (outcome instanceof DeskOutcome.Accepted accepted && !accepted.events().isEmpty()) {
                return accepted;
            }
            throw new IllegalStateException("the desk did not take " + command.commandId() + ": " + outcome);
        }
    }

    /**
     * One command through the desk; a batch of them is timed.
     *
     * @param s the incident
     * @return what the desk did
     */
    @Benchmark
    public DeskOutcome.Accepted command(LongIncident s) {
        return s.handleNext();
    }
}
