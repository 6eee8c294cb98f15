package dev.incidentkit.testkit.check;

import dev.incidentkit.testkit.gen.Played;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * An invariant broken by a command sequence: which invariant, at which command, why, and the history up
 * to and including that command.
 *
 * @param invariant the broken invariant
 * @param command the number of the command after which it broke, from 1
 * @param reason what broke it
 * @param history the commands played up to and including the breaking one
 * @since 0.1.0
 */
public record Violation(Invariant invariant, int command, String reason, Seq<Played> history) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Violation {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(history, "history");
    }

    /**
     * The violation for people: the invariant, then the history command by command with the outcome of
     * each, then what broke.
     *
     * @return the description
     */
    public String describe() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder()
                .append("invariant '").append(invariant.name()).append("' broken after command ").append(command)
                .append(" of this history:").append(nl);
        for (int i = 0; i < history.size(); i++) {
            text.append(String.format("  %2d. %s", i + 1, history.get(i).describe())).append(nl);
        }
        return text.append("  broken: ").append(reason).append(nl)
                .append("  (").append(invariant.name()).append(": ").append(invariant.description()).append(')')
                .toString();
    }
}
