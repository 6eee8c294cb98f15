package dev.incidentkit.testkit.check;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.testkit.gen.CommandSequences;
import dev.incidentkit.testkit.gen.Played;
import dev.incidentkit.testkit.gen.Script;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * The model check: generates command sequences for a process, runs each through the process's decider
 * (and, if asked, through an {@link IncidentDesk} with in-memory ports), checks every invariant after
 * every command, and reports a failure as the shortest history it can find: QuickTheories shrinks the
 * generated steps, then the check removes each remaining command whose removal keeps the same invariant
 * broken.
 *
 * <p>The common case is one call:
 * <pre>{@code
 * ProcessCheck.of(myProcess).sequences(1_000).maxCommands(60).check();
 * }</pre>
 * which checks the {@linkplain Invariants#standard() standard invariants} and throws a
 * {@link ProcessCheckFailure} naming the broken invariant, the history command by command with what
 * became of each, and the seed. Give that seed back with {@link #seed(long)} or the system property
 * {@value #SEED_PROPERTY} to get the same sequences again; without either a fresh seed is drawn for each
 * run, so that repeated runs explore more.
 *
 * <p>Instances are immutable; each setter returns a copy.
 *
 * @since 0.1.0
 */
public final class ProcessCheck {

    /** The system property that fixes the seed of every check that was not given one in code. */
    public static final String SEED_PROPERTY = "incidentkit.seed";

    /** Reported when deciding, playing or an invariant's own check throws: a programming error somewhere. */
    private static final Invariant NOTHING_THROWS = Invariant.of("nothing throws",
            "deciding, replaying and every invariant's check complete without an exception",
            step -> Option.none());

    private final CommandSequences sequences;
    private final int count;
    private final Seq<Invariant> invariants;
    private final boolean throughDesk;
    private final Option<Long> seed;
    private final int shrinkCycles;

    private ProcessCheck(CommandSequences sequences, int count, Seq<Invariant> invariants, boolean throughDesk,
            Option<Long> seed, int shrinkCycles) {
        this.sequences = sequences;
        this.count = count;
        this.invariants = invariants;
        this.throughDesk = throughDesk;
        this.seed = seed;
        this.shrinkCycles = shrinkCycles;
    }

    /**
     * A check of a process against the standard invariants with 1,000 mixed sequences of up to 60
     * commands, through the decider only.
     *
     * @param process the process
     * @return the check
     */
    public static ProcessCheck of(IncidentProcess process) {
        return of(CommandSequences.of(process));
    }

    /**
     * A check with sequences set up by hand (other people, another incident id, the valid-only mode).
     *
     * @param sequences the sequences
     * @return the check
     */
    public static ProcessCheck of(CommandSequences sequences) {
        return new ProcessCheck(Objects.requireNonNull(sequences, "sequences"), 1_000, Invariants.standard(), false,
                Option.none(), 2_000);
    }

    /**
     * This check with another number of sequences.
     *
     * @param number how many sequences to generate, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code number} is below 1
     */
    public ProcessCheck sequences(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("at least one sequence, got " + number);
        }
        return new ProcessCheck(sequences, number, invariants, throughDesk, seed, shrinkCycles);
    }

    /**
     * This check with sequences of at most this many commands.
     *
     * @param max the most commands in a sequence, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public ProcessCheck maxCommands(int max) {
        return new ProcessCheck(sequences.maxCommands(max), count, invariants, throughDesk, seed, shrinkCycles);
    }

    /**
     * This check with only commands the process accepts.
     *
     * @return the copy
     */
    public ProcessCheck validOnly() {
        return new ProcessCheck(sequences.validOnly(), count, invariants, throughDesk, seed, shrinkCycles);
    }

    /**
     * This check with exactly these invariants instead of the standard ones.
     *
     * @param chosen the invariants; at least one
     * @return the copy
     * @throws IllegalArgumentException if none is given
     */
    public ProcessCheck invariants(Iterable<Invariant> chosen) {
        Seq<Invariant> list = List.ofAll(Objects.requireNonNull(chosen, "chosen"));
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one invariant");
        }
        return new ProcessCheck(sequences, count, list, throughDesk, seed, shrinkCycles);
    }

    /**
     * This check with more invariants besides those it has.
     *
     * @param more the invariants to add
     * @return the copy
     */
    public ProcessCheck and(Invariant... more) {
        Objects.requireNonNull(more, "more");
        return new ProcessCheck(sequences, count, invariants.appendAll(List.of(more)), throughDesk, seed, shrinkCycles);
    }

    /**
     * This check without the invariants of these names, such as {@code "required roles held"} for a
     * process whose commander role has its own key.
     *
     * @param names the names of the invariants to drop
     * @return the copy
     * @throws IllegalArgumentException if a name is not among this check's invariants, or none would remain
     */
    public ProcessCheck without(String... names) {
        Objects.requireNonNull(names, "names");
        io.vavr.collection.Set<String> drop = HashSet.of(names);
        io.vavr.collection.Set<String> unknown = drop.removeAll(invariants.map(Invariant::name));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no invariants named " + unknown.mkString(", ") + " in "
                    + invariants.map(Invariant::name).mkString(", "));
        }
        return invariants(invariants.filter(invariant -> !drop.contains(invariant.name())));
    }

    /**
     * This check also running every command through an {@link IncidentDesk} with an in-memory store and
     * outbox, so that {@link Invariants#DESK_AGREES} compares the desk with the decider. Slower.
     *
     * @return the copy
     */
    public ProcessCheck throughDesk() {
        return new ProcessCheck(sequences, count, invariants, true, seed, shrinkCycles);
    }

    /**
     * This check with a fixed seed, to reproduce a failure or to pin a run.
     *
     * @param fixed the seed
     * @return the copy
     */
    public ProcessCheck seed(long fixed) {
        return new ProcessCheck(sequences, count, invariants, throughDesk, Option.some(fixed), shrinkCycles);
    }

    /**
     * This check with another limit on shrinking (2,000 by default), spent once by QuickTheories and once
     * more by the pass that removes needless commands: more finds shorter histories, fewer reports sooner.
     *
     * @param cycles the most shrink attempts, at least 0
     * @return the copy
     * @throws IllegalArgumentException if {@code cycles} is negative
     */
    public ProcessCheck shrinkCycles(int cycles) {
        if (cycles < 0) {
            throw new IllegalArgumentException("shrink cycles must not be negative, got " + cycles);
        }
        return new ProcessCheck(sequences, count, invariants, throughDesk, seed, cycles);
    }

    /**
     * The sequences this check generates.
     *
     * @return the sequences
     */
    public CommandSequences sequences() {
        return sequences;
    }

    /**
     * Runs the check and throws when an invariant breaks.
     *
     * @return the report, when every invariant held
     * @throws ProcessCheckFailure with the shortest history found and the seed, when one broke
     */
    public CheckReport check() {
        CheckReport report = run();
        if (!report.passed()) {
            Violation violation = report.violation().get();
            throw new ProcessCheckFailure(failureMessage(report, violation), violation, report.seed());
        }
        return report;
    }

    /**
     * Runs the check and reports; never throws for a broken invariant.
     *
     * @return the report, with the shrunk violation when one broke
     */
    public CheckReport run() {
        long chosen = seed.orElse(ProcessCheck::seedFromProperty).getOrElse(() -> ThreadLocalRandom.current().nextLong());
        Tally tally = new Tally();
        Capture capture = new Capture();
        // everything that decides which sequences run is fixed here, so that the seed alone reproduces them
        Strategy strategy = Configuration.systemStrategy().withFixedSeed(chosen).withExamples(count)
                .withShrinkCycles(shrinkCycles).withUnlimitedTestingTime().withGenerateAttempts(10)
                .withGuidance(prng -> new NoGuidance()).withReporter(capture);
        Supplier<Strategy> fixed = () -> strategy;
        QuickTheory.qt(fixed).forAll(sequences.scripts()).checkAssert(script -> {
            Option<Violation> violation = examine(script);
            if (violation.isDefined()) {
                tally.failed = true;
                throw new AssertionError(violation.get().describe());
            }
            if (!tally.failed) {
                tally.add(script);
            }
        });
        Option<Violation> found = capture.smallest == null ? Option.none()
                : examine(capture.smallest).map(violation -> reduce(capture.smallest, violation))
                        .orElse(() -> Option.some(new Violation(NOTHING_THROWS, 0,
                                "the shrunk sequence no longer fails: an invariant's check is not a pure function",
                                capture.smallest.play())));
        return new CheckReport(sequences.process().name(), chosen, tally.sequences, tally.commands, tally.rejected,
                tally.statuses, tally.rejections, tally.postmortems, invariants.map(Invariant::name), found);
    }

    private static Option<Long> seedFromProperty() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null) {
            return Option.none();
        }
        try {
            return Option.some(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number, got '" + value + "'", e);
        }
    }

    /**
     * Checks one script: plays it, and after every command checks every invariant.
     *
     * @param script a script of this check's sequences
     * @return the first violation, or none
     */
    public Option<Violation> examine(Script script) {
        Objects.requireNonNull(script, "script");
        CommandSequences own = script.sequences();
        Seq<Played> played;
        try {
            played = throughDesk ? script.playAsDesk() : script.play();
        } catch (RuntimeException | AssertionError e) {
            return Option.some(new Violation(NOTHING_THROWS, 0, "playing the steps " + script.steps().mkString(", ")
                    + " threw " + trace(e), Vector.empty()));
        }
        Desk desk = throughDesk ? new Desk(own) : null;
        Vector<IncidentEvent> history = Vector.empty();
        Vector<IncidentCommand> earlier = Vector.empty();
        for (int i = 0; i < played.size(); i++) {
            Played p = played.get(i);
            Option<DeskView> view;
            try {
                view = desk == null ? Option.none() : Option.some(desk.handle(p.command()));
            } catch (RuntimeException e) {
                return Option.some(new Violation(NOTHING_THROWS, i + 1, "the desk threw " + trace(e), played.take(i + 1)));
            }
            Transition step = new Transition(own.process(), own.decider(), i + 1, p.command(), p.before(), p.outcome(),
                    history, earlier, view);
            for (Invariant invariant : invariants) {
                Option<String> broken;
                try {
                    broken = invariant.check(step);
                } catch (RuntimeException | AssertionError e) {
                    // an assertion from a tester's own check counts as that invariant broken
                    broken = Option.some((e instanceof AssertionError ? "" : "the check threw ") + trace(e));
                }
                if (broken.isDefined()) {
                    return Option.some(new Violation(invariant, i + 1, broken.get(), played.take(i + 1)));
                }
            }
            history = history.appendAll(step.added());
            earlier = earlier.append(p.command());
        }
        return Option.none();
    }

    private static String trace(Throwable e) {
        return e + " at " + List.of(e.getStackTrace()).take(3).mkString(" < ");
    }

    /**
     * Shrinks further than QuickTheories can: its list shrinking drops steps from the end only, so steps
     * in the middle that do not matter stay. Removes one step at a time, keeping each removal after which
     * the same invariant still breaks, until no step can go or the shrink limit is spent.
     */
    private Violation reduce(Script script, Violation violation) {
        Script current = script;
        Violation smallest = violation;
        int attempts = 0;
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int i = current.steps().size() - 1; i >= 0 && attempts < shrinkCycles; i--, attempts++) {
                Script shorter = sequences.script(current.steps().removeAt(i).toJavaList());
                Option<Violation> still = examine(shorter)
                        .filter(v -> v.invariant().name().equals(violation.invariant().name()));
                if (still.isDefined() && still.get().history().size() <= smallest.history().size()) {
                    current = shorter;
                    smallest = still.get();
                    removed = true;
                }
            }
        }
        return smallest;
    }

    private String failureMessage(CheckReport report, Violation violation) {
        String nl = System.lineSeparator();
        return "Process '" + report.process() + "' broke an invariant after " + report.sequences() + " passing "
                + (report.sequences() == 1 ? "sequence" : "sequences") + "; the shortest failing history found has "
                + violation.history().size() + " commands."
                + nl + violation.describe() + nl
                + "Seed " + report.seed() + ": reproduce with ProcessCheck...seed(" + report.seed() + "L) or -D"
                + SEED_PROPERTY + "=" + report.seed() + " and the same settings: " + this;
    }

    @Override
    public String toString() {
        return "ProcessCheck[" + sequences + ", " + count + " sequences, " + invariants.size() + " invariants"
                + (throughDesk ? ", through the desk" : "") + seed.map(s -> ", seed " + s).getOrElse("") + "]";
    }

    private static final ResponderId MERGE_TARGET_REPORTER = ResponderId.of("first-reporter");

    /**
     * An in-memory desk for one script, its clock moved to each command's time, holding the open incident
     * that merges name.
     */
    private static final class Desk {
        private final InMemoryEventStore store = new InMemoryEventStore();
        private final InMemoryOutbox outbox = new InMemoryOutbox();
        private final SteppingClock clock;
        private final IncidentDesk desk;

        Desk(CommandSequences sequences) {
            this.clock = new SteppingClock(java.time.Instant.EPOCH);
            this.desk = new IncidentDesk(sequences.process(), store, outbox, clock, 1);
            // the open incident that merges name, which the desk checks
            IncidentId target = sequences.mergeTarget();
            desk.handle(TriageCommand.Report.of(CommandHeader.of(CommandId.of("report-merge-target"), target,
                    MERGE_TARGET_REPORTER, java.time.Instant.EPOCH), ReportSource.manual(MERGE_TARGET_REPORTER),
                    "The problem the duplicates are merged into"));
        }

        DeskView handle(IncidentCommand command) {
            clock.set(command.recordedAt());
            DeskOutcome outcome = desk.handle(command);
            return new DeskView(outcome, store.read(command.incidentId()),
                    outbox.entries().filter(e -> e.intent().incident().equals(command.incidentId())),
                    outbox.cursor(command.incidentId()));
        }
    }

    /** What the passing sequences reached. */
    private static final class Tally {
        boolean failed;
        int sequences;
        long commands;
        long rejected;
        Set<IncidentStatus> statuses = HashSet.empty();
        Set<RejectionCode> rejections = HashSet.empty();
        Set<PostmortemStatus> postmortems = HashSet.empty();

        void add(Script script) {
            sequences++;
            for (Played played : script.play()) {
                commands++;
                if (played.outcome().isLeft()) {
                    rejected++;
                    rejections = rejections.add(played.outcome().getLeft().code());
                }
                statuses = statuses.addAll(played.after().status());
                postmortems = postmortems.addAll(played.after().postmortem().map(p -> p.status()));
            }
        }
    }

    /** Keeps QuickTheories' smallest failing script instead of throwing its own report. */
    private static final class Capture implements Reporter {
        Script smallest;

        @Override
        public void falisification(long seed, int count, Object smallest, Throwable cause,
                java.util.List<Object> examples, org.quicktheories.api.AsString<Object> toString) {
            this.smallest = (Script) smallest;
        }

        @Override
        public void falisification(long seed, int count, Object smallest, java.util.List<Object> examples,
                org.quicktheories.api.AsString<Object> toString) {
            this.smallest = (Script) smallest;
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            // the script generator has no assumptions, so it never runs out of values
        }
    }
}
