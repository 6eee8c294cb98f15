package dev.incidentkit.testkit.gen;

import dev.incidentkit.incident.IncidentCommand;
import io.vavr.Lazy;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * A generated command sequence for one incident: the {@link Step}s QuickTheories generated and shrinks,
 * and the commands they become when played under the {@link CommandSequences} that made them.
 *
 * <p>Playing is deterministic: the same steps under the same sequences always give the same commands
 * and outcomes. The result is computed once and kept. {@link #toString()} shows the played history,
 * command by command, so that QuickTheories' report of a failing script reads as a history.
 *
 * @since 0.1.0
 */
public final class Script {

    private final CommandSequences sequences;
    private final Vector<Step> steps;
    private final Lazy<Vector<Played>> played;
    private final Lazy<Vector<Played>> playedAsDesk;

    Script(CommandSequences sequences, Vector<Step> steps) {
        this.sequences = sequences;
        this.steps = steps;
        this.played = Lazy.of(() -> sequences.play(steps, false));
        this.playedAsDesk = Lazy.of(() -> sequences.play(steps, true));
    }

    /**
     * The steps, as generated.
     *
     * @return the steps
     */
    public Seq<Step> steps() {
        return steps;
    }

    /**
     * The sequences this script belongs to: its process, people and mode.
     *
     * @return the sequences
     */
    public CommandSequences sequences() {
        return sequences;
    }

    /**
     * The script played through the process's decider from an empty incident: every command with the
     * state it met and the decider's answer. Skipped steps make no command.
     *
     * @return the played commands, in order
     */
    public Seq<Played> play() {
        return played.get();
    }

    /**
     * The script played as an {@code IncidentDesk} records it: like {@link #play()}, except that a command
     * recorded before the incident's last event is recorded at that event's time instead, as the desk,
     * which owns the recording clock, would record it. What such a command says happened earlier stays in
     * its {@code occurredAt}.
     *
     * @return the played commands, in order
     */
    public Seq<Played> playAsDesk() {
        return playedAsDesk.get();
    }

    /**
     * The commands the script makes, in order.
     *
     * @return the commands
     */
    public Seq<IncidentCommand> commands() {
        return play().map(Played::command);
    }

    /**
     * The played history for people, one numbered command per entry with its outcome.
     *
     * @return the history
     */
    public String describe() {
        return play().zipWithIndex().map(p -> String.format("  %2d. %s", p._2 + 1, p._1.describe()))
                .mkString(System.lineSeparator());
    }

    @Override
    public String toString() {
        return steps.size() + " steps, " + play().size() + " commands:" + System.lineSeparator() + describe();
    }
}
