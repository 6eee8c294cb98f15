package dev.incidentkit.testkit.check;

import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a command sequence as an {@link Invariant} sees it: the process, the command, the state it
 * met, what the decider made of it, and the incident's whole history before and after.
 *
 * @since 0.1.0
 */
public final class Transition {

    private final IncidentProcess process;
    private final IncidentDecider decider;
    private final int number;
    private final IncidentCommand command;
    private final IncidentState before;
    private final Either<Rejection, Decision> outcome;
    private final Vector<IncidentEvent> historyBefore;
    private final Vector<IncidentCommand> earlier;
    private final Option<DeskView> desk;

    /**
     * Creates a transition.
     *
     * @param process the process
     * @param decider the decider built from it
     * @param number the command's position in the sequence, from 1
     * @param command the command
     * @param before the state it met
     * @param outcome the decider's answer
     * @param historyBefore the incident's events before the command
     * @param earlier the commands before this one, accepted or not
     * @param desk what the desk made of it, when the check runs through the desk
     */
    public Transition(IncidentProcess process, IncidentDecider decider, int number, IncidentCommand command,
            IncidentState before, Either<Rejection, Decision> outcome, Seq<IncidentEvent> historyBefore,
            Seq<IncidentCommand> earlier, Option<DeskView> desk) {
        this.process = Objects.requireNonNull(process, "process");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.number = number;
        this.command = Objects.requireNonNull(command, "command");
        this.before = Objects.requireNonNull(before, "before");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.historyBefore = Vector.ofAll(Objects.requireNonNull(historyBefore, "historyBefore"));
        this.earlier = Vector.ofAll(Objects.requireNonNull(earlier, "earlier"));
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /**
     * The process under check.
     *
     * @return the process
     */
    public IncidentProcess process() {
        return process;
    }

    /**
     * The decider built from the process.
     *
     * @return the decider
     */
    public IncidentDecider decider() {
        return decider;
    }

    /**
     * The command's position in the sequence, from 1.
     *
     * @return the number
     */
    public int number() {
        return number;
    }

    /**
     * The command of this step.
     *
     * @return the command
     */
    public IncidentCommand command() {
        return command;
    }

    /**
     * When the step happens: the command's recording time.
     *
     * @return the moment
     */
    public Instant now() {
        return command.recordedAt();
    }

    /**
     * The state the command met.
     *
     * @return the state before
     */
    public IncidentState before() {
        return before;
    }

    /**
     * The decider's answer: the rejection, or the events and the state after them.
     *
     * @return the outcome
     */
    public Either<Rejection, Decision> outcome() {
        return outcome;
    }

    /**
     * Tells whether the command was accepted (with or without events).
     *
     * @return {@code true} when accepted
     */
    public boolean isAccepted() {
        return outcome.isRight();
    }

    /**
     * The rejection, when the command was refused.
     *
     * @return the rejection, or none
     */
    public Option<Rejection> rejection() {
        return outcome.isLeft() ? Option.some(outcome.getLeft()) : Option.none();
    }

    /**
     * The events the command added: none when refused or already applied.
     *
     * @return the events
     */
    public Seq<IncidentEvent> added() {
        return outcome.isRight() ? outcome.get().events() : Vector.empty();
    }

    /**
     * The state after the command: the decision's, or the state before when refused.
     *
     * @return the state after
     */
    public IncidentState after() {
        return outcome.isRight() ? outcome.get().state() : before;
    }

    /**
     * The incident's events before the command.
     *
     * @return the history before
     */
    public Seq<IncidentEvent> historyBefore() {
        return historyBefore;
    }

    /**
     * The incident's events after the command.
     *
     * @return the history after
     */
    public Seq<IncidentEvent> history() {
        return historyBefore.appendAll(added());
    }

    /**
     * The commands before this one, accepted or not.
     *
     * @return the earlier commands
     */
    public Seq<IncidentCommand> earlierCommands() {
        return earlier;
    }

    /**
     * What the desk made of the step, when the check runs through the desk.
     *
     * @return the desk's view, or none
     */
    public Option<DeskView> desk() {
        return desk;
    }

    @Override
    public String toString() {
        return "step " + number + " (" + command.verb() + " by " + command.actor() + ")";
    }
}
