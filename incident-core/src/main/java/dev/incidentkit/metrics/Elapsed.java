package dev.incidentkit.metrics;

import dev.incidentkit.incident.FactTime;
import java.time.Duration;
import java.util.Objects;

/**
 * A duration between two moments, as precisely as the moments are known: exact ({@code "2h 5m"}),
 * approximate ({@code "about 2h 5m"}) when either moment is a guess, or a range ({@code "between 1h 40m and
 * 2h 40m"}) when either lies within a window. A duration is never reported more precisely than its moments.
 *
 * @param shortest the shortest the duration can be; never negative
 * @param longest the longest it can be; not shorter than {@code shortest}
 * @param approximate whether a moment was a guess rather than a window: the bounds are then a best guess too
 * @since 0.4.0
 */
public record Elapsed(Duration shortest, Duration longest, boolean approximate) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code shortest} is negative or longer than {@code longest}
     */
    public Elapsed {
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(longest, "longest");
        if (shortest.isNegative() || longest.compareTo(shortest) < 0) {
            throw new IllegalArgumentException("an elapsed time runs from a non-negative shortest to a longest not"
                    + " shorter: " + shortest + " to " + longest);
        }
    }

    /**
     * An exact duration.
     *
     * @param duration the duration, not negative
     * @return the value
     * @throws NullPointerException if {@code duration} is {@code null}
     */
    public static Elapsed exactly(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return new Elapsed(duration, duration, false);
    }

    /**
     * The time from one moment to another, each as precisely as it is known. A difference that would be
     * negative (the later moment recorded before the earlier, which the milestones' order allows for
     * moments not in sequence) counts as zero.
     *
     * @param from the earlier moment
     * @param to the later moment
     * @return the duration
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if either moment was not recorded at all: no duration can be given
     */
    public static Elapsed between(FactTime from, FactTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isKnown() || !to.isKnown()) {
            throw new IllegalArgumentException("no duration between times that were not recorded");
        }
        Duration shortest = nonNegative(Duration.between(from.until(), to.at()));
        Duration longest = nonNegative(Duration.between(from.at(), to.until()));
        boolean guess = from.precision() == FactTime.Precision.APPROXIMATE
                || to.precision() == FactTime.Precision.APPROXIMATE;
        return new Elapsed(shortest, longest, guess);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Tells whether the duration is known exactly.
     *
     * @return {@code true} if it is neither approximate nor a range
     */
    public boolean isExact() {
        return !approximate && shortest.equals(longest);
    }

    /**
     * The one figure to count with: the exact duration, or the middle of the range. Summaries use it; a
     * reader should see {@link #describe()}.
     *
     * @return the estimate
     */
    public Duration estimate() {
        return shortest.plus(longest.minus(shortest).dividedBy(2));
    }

    /**
     * The duration in words, as precisely as it is known: {@code "2h 5m"}, {@code "about 2h 5m"}, {@code
     * "between 1h 40m and 2h 40m"}, {@code "about 1h 40m to 2h 40m"}, and for a range that starts at zero
     * {@code "up to 2h 40m"} or {@code "up to about 2h"}. Durations under a minute show seconds.
     *
     * @return the words
     */
    public String describe() {
        if (shortest.equals(longest)) {
            return (approximate ? "about " : "") + words(shortest);
        }
        if (shortest.isZero()) {
            return "up to " + (approximate ? "about " : "") + words(longest);
        }
        return (approximate ? "about " + words(shortest) + " to " : "between " + words(shortest) + " and ")
                + words(longest);
    }

    /**
     * A duration in words: {@code "3d 2h"}, {@code "2h 5m"}, {@code "7m"}, {@code "40s"}.
     *
     * @param d the duration, not negative
     * @return the words
     */
    static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return d.toSecondsPart() + "s";
    }
}
