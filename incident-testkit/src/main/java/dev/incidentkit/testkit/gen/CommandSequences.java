package dev.incidentkit.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Responder;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generates command sequences for one incident under a given process: the process's severity scale,
 * roles, authority table and staffing decide what the commands carry and who issues them, so a custom
 * process is covered without further work.
 *
 * <p>A generated value is a {@link Script}: a list of small {@link Step}s, each turned into a concrete
 * command when it is played, looking at the incident as the earlier steps left it (who holds which
 * role, which offer is open, how far the postmortem got). Two modes:
 * <ul>
 *   <li>{@linkplain #mixed() mixed} (the default): valid commands mixed with malformed ones, commands
 *       out of order, commands from responders the process does not allow, repeated command ids, late
 *       answers to offers and steps back in time;</li>
 *   <li>{@linkplain #validOnly() valid only}: every step becomes a command the process accepts, found by
 *       asking the process's decider; a step for which no command is accepted is skipped.</li>
 * </ul>
 *
 * <p>Instances are immutable; each setter returns a copy. A typical use:
 * <pre>{@code
 * qt().forAll(CommandSequences.of(myProcess).maxCommands(40).scripts())
 *     .checkAssert(script -> ...script.play()...);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CommandSequences {

    /** The number of command kinds a step can stand for, one per {@link CommandKind}. */
    public static final int KINDS = 36;

    /** The step kind that repeats an earlier command's id. */
    static final int REPEAT = KINDS + 1;

    private static final List<Responder> DEFAULT_PEOPLE = List.of(Responder.of("ada", "Ada"),
            Responder.of("grace", "Grace"), Responder.of("linus", "Linus"),
            Responder.of("alertmanager", "Alertmanager"));

    /** A Monday morning, so that working-day calendars have a whole week ahead. */
    private static final Instant DEFAULT_START = Instant.parse("2026-03-02T09:00:00Z");

    private final IncidentProcess process;
    private final IncidentDecider decider;
    private final List<Responder> people;
    private final IncidentId incident;
    private final Instant start;
    private final int maxCommands;
    private final boolean validOnly;

    private CommandSequences(IncidentProcess process, IncidentDecider decider, List<Responder> people,
            IncidentId incident, Instant start, int maxCommands, boolean validOnly) {
        this.process = process;
        this.decider = decider;
        this.people = people;
        this.incident = incident;
        this.start = start;
        this.maxCommands = maxCommands;
        this.validOnly = validOnly;
    }

    /**
     * Sequences for a process: mixed valid and invalid commands, up to 60 of them, for incident
     * {@code INC-1} starting on Monday 2 March 2026 at 09:00 UTC, by Ada, Grace, Linus and Alertmanager
     * (and an outsider, Mallory).
     *
     * @param process the process
     * @return the sequences
     */
    public static CommandSequences of(IncidentProcess process) {
        Objects.requireNonNull(process, "process");
        return new CommandSequences(process, IncidentDecider.of(process), DEFAULT_PEOPLE, IncidentId.of("INC-1"),
                DEFAULT_START, 60, false);
    }

    /**
     * These sequences with at most this many steps.
     *
     * @param max the most steps in a script, at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public CommandSequences maxCommands(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one command, got " + max);
        }
        return new CommandSequences(process, decider, people, incident, start, max, validOnly);
    }

    /**
     * These sequences with only commands the process accepts.
     *
     * @return the copy
     */
    public CommandSequences validOnly() {
        return new CommandSequences(process, decider, people, incident, start, maxCommands, true);
    }

    /**
     * These sequences with valid, malformed, unauthorised and out-of-order commands mixed (the default).
     *
     * @return the copy
     */
    public CommandSequences mixed() {
        return new CommandSequences(process, decider, people, incident, start, maxCommands, false);
    }

    /**
     * These sequences with other people taking part.
     *
     * @param responders at least two people
     * @return the copy
     * @throws IllegalArgumentException if fewer than two are given, or one is called {@code mallory}
     *     (the outsider)
     */
    public CommandSequences people(Iterable<Responder> responders) {
        List<Responder> list = List.ofAll(Objects.requireNonNull(responders, "responders"));
        if (list.size() < 2) {
            throw new IllegalArgumentException("at least two people, got " + list.size());
        }
        if (list.exists(p -> p.id().equals(Moves.OUTSIDER.id()))) {
            throw new IllegalArgumentException("mallory is the outsider and cannot be one of the people");
        }
        return new CommandSequences(process, decider, list, incident, start, maxCommands, validOnly);
    }

    /**
     * These sequences for another incident id.
     *
     * @param id the incident
     * @return the copy
     */
    public CommandSequences incident(IncidentId id) {
        return new CommandSequences(process, decider, people, Objects.requireNonNull(id, "id"), start, maxCommands,
                validOnly);
    }

    /**
     * These sequences starting at another moment.
     *
     * @param at when the first step happens
     * @return the copy
     */
    public CommandSequences startingAt(Instant at) {
        return new CommandSequences(process, decider, people, incident, Objects.requireNonNull(at, "at"),
                maxCommands, validOnly);
    }

    /**
     * The process the commands are for.
     *
     * @return the process
     */
    public IncidentProcess process() {
        return process;
    }

    /**
     * The decider the scripts are played through, built from the process.
     *
     * @return the decider
     */
    public IncidentDecider decider() {
        return decider;
    }

    /**
     * The incident the commands are for.
     *
     * @return the incident's id
     */
    public IncidentId incident() {
        return incident;
    }

    /**
     * The incident that merges name. The decider alone never looks at it; a desk refuses a merge into an
     * incident it does not hold open, so a desk the commands go through must have it reported first, as
     * {@link dev.incidentkit.testkit.check.ProcessCheck#throughDesk()} does.
     *
     * @return the id: the incident's with {@code -other} appended, or {@code INC-OTHER} for a very long id
     */
    public IncidentId mergeTarget() {
        return IncidentId.of(incident.value().length() < IncidentId.MAX_LENGTH - 6
                ? incident.value() + "-other" : "INC-OTHER");
    }

    /**
     * Tells whether only accepted commands are generated.
     *
     * @return {@code true} in the valid-only mode
     */
    public boolean isValidOnly() {
        return validOnly;
    }

    /**
     * The most steps in a script.
     *
     * @return the maximum
     */
    public int maxCommands() {
        return maxCommands;
    }

    /**
     * The generator of scripts, 1 to {@link #maxCommands()} steps each. Scripts shrink towards fewer
     * steps and simpler ones.
     *
     * @return the generator
     */
    public Gen<Script> scripts() {
        Gen<Step> step = kinds().zip(minutes(), integers().between(0, 5), integers().between(0, 7), actors(),
                Step::new);
        return lists().of(step).ofSizeBetween(1, maxCommands).map(this::script);
    }

    /**
     * The generator of played command lists: each script's commands, in order, whatever the decider made
     * of them.
     *
     * @return the generator
     */
    public Gen<java.util.List<IncidentCommand>> commands() {
        return scripts().map(script -> script.commands().toJavaList());
    }

    /**
     * The script of given steps, to replay a reported failure or to write a case by hand.
     *
     * @param steps the steps
     * @return the script
     */
    public Script script(java.util.List<Step> steps) {
        return new Script(this, Vector.ofAll(Objects.requireNonNull(steps, "steps")));
    }

    /**
     * Plays steps from an empty incident, deciding each command against the state the earlier ones left;
     * as a desk records them (never before the incident's last event) when {@code asDesk}.
     */
    Vector<Played> play(Seq<Step> steps, boolean asDesk) {
        Moves moves = new Moves(process, people, incident, mergeTarget(), start);
        Vector<Played> played = Vector.empty();
        IncidentState state = IncidentState.empty(incident);
        Instant now = start;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            now = now.plus(Duration.ofMinutes(step.minutes()));
            Vector<IncidentCommand> earlier = played.map(Played::command);
            IncidentState current = state;
            Option<Pair<IncidentCommand, Either<Rejection, Decision>>> next = validOnly
                    ? firstAccepted(moves, step, i, now, earlier, current)
                    : moves.command(step, i, now, earlier, current).map(c -> asDesk ? recordedByDesk(c, current) : c)
                            .map(c -> Pair.of(c, decider.apply(c, current)));
            if (next.isEmpty()) {
                continue;
            }
            IncidentCommand command = next.get()._1;
            now = command.recordedAt().isAfter(now) ? command.recordedAt() : now;
            played = played.append(new Played(i, command, state, next.get()._2));
            state = played.last().after();
        }
        return played;
    }

    /** The command as a desk records it: never before the incident's last event. */
    private static IncidentCommand recordedByDesk(IncidentCommand c, IncidentState state) {
        return state.lastRecordedAt().filter(c.recordedAt()::isBefore)
                .map(last -> c.withHeader(c.header().recordedAt(last)))
                .getOrElse(c);
    }

    /**
     * The first command the process accepts for a step: the step as it is made well-formed and issued
     * by an allowed responder, then with other targets and shapes, then as other kinds of command.
     */
    private Option<Pair<IncidentCommand, Either<Rejection, Decision>>> firstAccepted(Moves moves, Step step, int index,
            Instant now, Vector<IncidentCommand> earlier, IncidentState state) {
        if (step.kind() <= 0) {
            // a skip stays a skip, so that shrinking can drop a step from the middle of a history
            return Option.none();
        }
        int kind = step.kind() >= REPEAT ? 1 : step.kind();
        for (int k = 0; k < KINDS; k++) {
            int tryKind = 1 + (kind - 1 + k) % KINDS;
            for (int shape = 0; shape < 5; shape++) {
                for (int t = 0; t < 8; t += shape == 0 ? 1 : 8) {
                    Step candidate = new Step(tryKind, step.minutes(), (step.variant() + shape) % 5,
                            (step.target() + t) % 8, 0);
                    Option<IncidentCommand> command = moves.command(candidate, index, now, earlier, state);
                    if (command.isDefined()) {
                        Either<Rejection, Decision> outcome = decider.apply(command.get(), state);
                        if (outcome.isRight() && !outcome.get().events().isEmpty()) {
                            return Option.some(Pair.of(command.get(), outcome));
                        }
                    }
                }
            }
        }
        return Option.none();
    }

    /**
     * Kinds weighted so that scripts get deep: reports and declarations come early and often, the
     * commands that end an incident are rare, role commands are frequent enough to build up offers and
     * answers, and the postmortem's commands come often enough to finish a report.
     */
    private static Gen<Integer> kinds() {
        java.util.List<Pair<Integer, Gen<Integer>>> weighted = new java.util.ArrayList<>();
        weighted.add(Pair.of(1, Generate.constant(0)));
        for (CommandKind kind : CommandKind.values()) {
            weighted.add(Pair.of(weight(kind), Generate.constant(kind.ordinal() + 1)));
        }
        weighted.add(Pair.of(1, Generate.constant(REPEAT)));
        return Generate.frequency(weighted);
    }

    private static int weight(CommandKind kind) {
        switch (kind) {
            case REPORT:
            case DECLARE:
                return 4;
            case ADD_LINK:
            case MITIGATE:
            case RESOLVE:
            case OFFER_HANDOFF:
            case ACCEPT_HANDOFF:
            case START_POSTMORTEM:
                return 5;
            case DECLINE:
            case CANCEL:
            case MERGE:
                return 1;
            case ASSIGN_ROLE:
            case RELEASE_ROLE:
            case DECLINE_HANDOFF:
            case WITHDRAW_HANDOFF:
            case EXPIRE_HANDOFF:
            case POST_UPDATE:
            case REQUEST_REVIEW:
            case REVIEW_POSTMORTEM:
            case MARK_REVIEWED:
            case PUBLISH_POSTMORTEM:
            case SHARE_POSTMORTEM:
            case CLOSE:
                return 3;
            default:
                return 2;
        }
    }

    /** Mostly a few minutes between commands, now and then long enough for an offer to expire, rarely a step back. */
    private static Gen<Integer> minutes() {
        return Generate.frequency(java.util.List.of(
                Pair.of(8, integers().between(0, 10)),
                Pair.of(3, integers().between(11, 45)),
                Pair.of(1, integers().between(46, 240)),
                Pair.of(1, integers().between(-3, -1))));
    }

    /** The allowed responder most often, then the commander and the offeree, then anyone, now and then the outsider. */
    private Gen<Integer> actors() {
        return Generate.frequency(java.util.List.of(
                Pair.of(4, Generate.constant(0)),
                Pair.of(2, Generate.constant(1)),
                Pair.of(2, Generate.constant(2)),
                Pair.of(2, integers().between(3, 3 + people.size()))));
    }

    @Override
    public String toString() {
        return "CommandSequences[" + process.name() + ", " + (validOnly ? "valid only" : "mixed") + ", up to "
                + maxCommands + " commands, " + incident + " from " + start + ", people "
                + people.map(p -> p.id().value()).mkString(" ") + "]";
    }
}
