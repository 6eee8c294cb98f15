package dev.incidentkit.severity;

import dev.incidentkit.base.TextRules;
import java.util.Objects;

/**
 * One level of a {@link SeverityScale}: a name such as {@code "SEV1"}, {@code "P1"} or
 * {@code "Critical"}, and its rank on the scale, where rank 1 is the most severe.
 *
 * <p>Severities are compared by rank only within their own scale; use
 * {@link SeverityScale#compare(Severity, Severity)} or {@link #isMoreSevereThan(Severity)}.
 *
 * @param name the level's name, one line
 * @param rank the level's position on its scale, 1 for the most severe
 * @since 0.1.0
 */
public record Severity(String name, int rank) {

    /**
     * Creates a level.
     *
     * @throws NullPointerException if {@code name} is {@code null}
     * @throws IllegalArgumentException if the name is blank or not one line, or the rank is below 1
     */
    public Severity {
        Objects.requireNonNull(name, "name");
        TextRules.requireNone(TextRules.labelProblem("a severity name", name));
        if (rank < 1) {
            throw new IllegalArgumentException("a severity rank starts at 1 (the most severe), got " + rank);
        }
    }

    /**
     * Tells whether this level is more severe than another of the same scale.
     *
     * @param other the level to compare with
     * @return {@code true} when this level's rank is smaller
     */
    public boolean isMoreSevereThan(Severity other) {
        Objects.requireNonNull(other, "other");
        return rank < other.rank;
    }

    /**
     * Tells whether this level is less severe than another of the same scale.
     *
     * @param other the level to compare with
     * @return {@code true} when this level's rank is larger
     */
    public boolean isLessSevereThan(Severity other) {
        Objects.requireNonNull(other, "other");
        return rank > other.rank;
    }

    @Override
    public String toString() {
        return name;
    }
}
