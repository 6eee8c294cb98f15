package dev.incidentkit.testkit.gen;

import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * One command of a played {@link Script}: the state it met and what the decider made of it.
 *
 * @param step the index of the script's step that made the command, from 0
 * @param command the command
 * @param before the state it was decided against
 * @param outcome the rejection, or the events and the state after them
 * @since 0.1.0
 */
public record Played(int step, IncidentCommand command, IncidentState before, Either<Rejection, Decision> outcome) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Played {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The state after the command: the decision's, or the state before when it was refused.
     *
     * @return the state after
     */
    public IncidentState after() {
        return outcome.map(Decision::state).getOrElse(before);
    }

    /**
     * One line for people: the command, who issued it and when, and what became of it.
     *
     * @return the description
     */
    public String describe() {
        String result = outcome.fold(rejection -> "rejected " + rejection.code() + ": " + rejection.message(),
                decision -> decision.events().isEmpty() ? "accepted, no events (command id already applied)"
                        : "accepted: " + decision.events().map(e -> e.getClass().getSimpleName()).mkString(", "));
        return command.commandId() + " " + command.verb() + " by " + command.actor() + " at " + command.recordedAt()
                + "\n      " + command + "\n      -> " + result;
    }
}
