package dev.incidentkit.testkit;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.store.IncidentStorage;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Racing writers through the desk, for an adapter author to run against their storage: several desks (as
 * several nodes would have) share one storage, each hands commands for the same incidents to several
 * threads at once, and afterwards every command a desk accepted must be stored exactly once, the streams'
 * sequences must run 1, 2, 3 ... without a gap, and no command may have been refused or given up on only
 * because another writer got there first.
 *
 * <pre>{@code
 * DeskRace.Result result = DeskRace.on(storage).desks(2).threadsPerDesk(4).incidents(50).commandsPerThread(500)
 *         .run();
 * result.check(); // throws AssertionError naming what went wrong
 * }</pre>
 *
 * <p>Every incident is reported and declared first by one responder (who then takes the required roles);
 * the racing commands are that responder's recorded actions and links, which the standard process accepts
 * from any participant at any open status, so that every refusal is the race's doing.
 *
 * @since 0.1.0
 */
public final class DeskRace {

    private static final ResponderId RACER = ResponderId.of("racer");

    private final IncidentStorage storage;
    private final IncidentProcess process;
    private final Clock clock;
    private final int desks;
    private final int threadsPerDesk;
    private final int incidents;
    private final int commandsPerThread;
    private final String prefix;

    private DeskRace(IncidentStorage storage, IncidentProcess process, Clock clock, int desks, int threadsPerDesk,
            int incidents, int commandsPerThread, String prefix) {
        this.storage = storage;
        this.process = process;
        this.clock = clock;
        this.desks = desks;
        this.threadsPerDesk = threadsPerDesk;
        this.incidents = incidents;
        this.commandsPerThread = commandsPerThread;
        this.prefix = prefix;
    }

    /**
     * A race on a storage, with the standard process, the system clock, two desks of four threads, one
     * incident and 100 commands a thread.
     *
     * @param storage the storage under test, shared by every desk
     * @return the race, to be configured and run
     */
    public static DeskRace on(IncidentStorage storage) {
        return new DeskRace(Objects.requireNonNull(storage, "storage"), IncidentProcess.standard(), Clock.systemUTC(),
                2, 4, 1, 100, "race");
    }

    /**
     * How many desks share the storage.
     *
     * @param count at least 1
     * @return the race so configured
     */
    public DeskRace desks(int count) {
        return new DeskRace(storage, process, clock, positive(count, "desks"), threadsPerDesk, incidents,
                commandsPerThread, prefix);
    }

    /**
     * How many threads hand commands to each desk.
     *
     * @param count at least 1
     * @return the race so configured
     */
    public DeskRace threadsPerDesk(int count) {
        return new DeskRace(storage, process, clock, desks, positive(count, "threadsPerDesk"), incidents,
                commandsPerThread, prefix);
    }

    /**
     * Over how many incidents the threads spread their commands (command {@code i} of a thread goes to
     * incident {@code i mod incidents}).
     *
     * @param count at least 1
     * @return the race so configured
     */
    public DeskRace incidents(int count) {
        return new DeskRace(storage, process, clock, desks, threadsPerDesk, positive(count, "incidents"),
                commandsPerThread, prefix);
    }

    /**
     * How many commands each thread sends.
     *
     * @param count at least 1
     * @return the race so configured
     */
    public DeskRace commandsPerThread(int count) {
        return new DeskRace(storage, process, clock, desks, threadsPerDesk, incidents,
                positive(count, "commandsPerThread"), prefix);
    }

    /**
     * The clock the desks stamp commands with.
     *
     * @param value the clock
     * @return the race so configured
     */
    public DeskRace clock(Clock value) {
        return new DeskRace(storage, process, Objects.requireNonNull(value, "value"), desks, threadsPerDesk, incidents,
                commandsPerThread, prefix);
    }

    /**
     * The prefix of the incidents' ids and the commands' ids, so that several races can share a storage.
     *
     * @param value letters, digits and dashes
     * @return the race so configured
     */
    public DeskRace prefix(String value) {
        return new DeskRace(storage, process, clock, desks, threadsPerDesk, incidents, commandsPerThread,
                Objects.requireNonNull(value, "value"));
    }

    /**
     * Runs the race and reads back what was stored.
     *
     * @return what happened
     * @throws InterruptedException if interrupted while waiting for the threads
     */
    public Result run() throws InterruptedException {
        Vector<IncidentDesk> all = Vector.range(0, desks).map(i -> new IncidentDesk(process, storage, clock, 1_000));
        Vector<IncidentId> ids = Vector.range(0, incidents).map(i -> IncidentId.of(prefix + "-" + i));
        for (IncidentId id : ids) {
            all.head().handle(TriageCommand.Report.of(header(id, "report"), ReportSource.manual(RACER),
                    "racing writers"));
            all.head().handle(ResponseCommand.Declare.of(header(id, "declare"), "Racing writers",
                    process.severityScale().levels().head(), Impact.of("none, a test", 0), "the store under test"));
        }
        ConcurrentHashMap<CommandId, DeskOutcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(desks * threadsPerDesk);
        CountDownLatch start = new CountDownLatch(1);
        java.util.List<Future<?>> running = new ArrayList<>();
        try {
            for (int d = 0; d < desks; d++) {
                IncidentDesk desk = all.get(d);
                for (int t = 0; t < threadsPerDesk; t++) {
                    String writer = d + "-" + t;
                    running.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < commandsPerThread; i++) {
                            IncidentCommand command = command(ids.get(i % incidents), writer, i);
                            outcomes.put(command.commandId(), desk.handle(command));
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : running) {
                try {
                    f.get(10, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racing writer failed", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<IncidentId, Seq<IncidentEvent>> streams = HashMap.ofEntries(ids.map(id -> io.vavr.Tuple.of(id,
                storage.read(id))));
        return new Result(HashMap.ofAll(outcomes), streams);
    }

    private IncidentCommand command(IncidentId id, String writer, int i) {
        CommandHeader h = header(id, writer + "-" + i);
        return i % 3 == 2
                ? new CommunicationCommand.AddLink(h, Link.of(LinkKind.TICKET, "RACE-" + writer + "-" + i))
                : new ResponseCommand.RecordAction(h, ActionKind.NOTE, "note " + i + " from writer " + writer,
                        Option.none());
    }

    private CommandHeader header(IncidentId id, String name) {
        return CommandHeader.of(CommandId.of(prefix + "-" + id.value() + "-" + name), id, RACER, clock.instant());
    }

    private static int positive(int count, String what) {
        if (count < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + count);
        }
        return count;
    }

    /**
     * What a race left behind: each racing command's outcome and each incident's stored stream.
     *
     * @param outcomes the outcome of every racing command, by command id
     * @param streams every incident's stream as read after the race
     */
    public record Result(Map<CommandId, DeskOutcome> outcomes, Map<IncidentId, Seq<IncidentEvent>> streams) {

        /**
         * Creates the value.
         */
        public Result {
            Objects.requireNonNull(outcomes, "outcomes");
            Objects.requireNonNull(streams, "streams");
        }

        /**
         * How many racing commands were accepted.
         *
         * @return the count
         */
        public int accepted() {
            return outcomes.values().count(DeskOutcome.Accepted.class::isInstance);
        }

        /**
         * Everything that went wrong: a racing command refused or given up on, an accepted command stored
         * other than exactly once, a gap or repeat in a stream's sequence.
         *
         * @return one sentence per problem, empty when the race went right
         */
        public Seq<String> problems() {
            Vector<String> problems = Vector.empty();
            for (io.vavr.Tuple2<CommandId, DeskOutcome> o : outcomes) {
                if (!(o._2 instanceof DeskOutcome.Accepted)) {
                    problems = problems.append("command " + o._1 + " was not accepted: " + o._2);
                }
            }
            Map<CommandId, Integer> stored = HashMap.empty();
            for (Seq<IncidentEvent> stream : streams.values()) {
                long expected = 1;
                CommandId previous = null;
                for (IncidentEvent event : stream) {
                    if (event.sequence() != expected) {
                        problems = problems.append("incident " + event.incidentId() + ": event " + event.header().eventId()
                                + " has sequence " + event.sequence() + " where " + expected + " was due");
                    }
                    expected = event.sequence() + 1;
                    CommandId command = event.header().commandId();
                    if (!command.equals(previous)) {
                        stored = stored.put(command, stored.get(command).getOrElse(0) + 1);
                    }
                    previous = command;
                }
            }
            for (io.vavr.Tuple2<CommandId, DeskOutcome> o : outcomes) {
                if (o._2 instanceof DeskOutcome.Accepted) {
                    int times = stored.get(o._1).getOrElse(0);
                    if (times != 1) {
                        problems = problems.append("accepted command " + o._1 + " is stored " + times + " times");
                    }
                }
            }
            return problems;
        }

        /**
         * Fails when anything went wrong.
         *
         * @throws AssertionError listing the first problems and how many there were
         */
        public void check() {
            Seq<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new AssertionError(problems.size() + " problems in a race of " + outcomes.size()
                        + " commands, " + accepted() + " accepted:\n  " + problems.take(20).mkString("\n  "));
            }
        }
    }
}
