package dev.incidentkit.base;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The range of times and durations the library accepts, so that every time it keeps can be stored,
 * formatted and computed with by every adapter (PostgreSQL's timestamps end in the year 294276; a
 * duration added to a time must not overflow).
 *
 * <p>Times lie from {@link #EARLIEST} to {@link #LATEST}: the Unix epoch to the end of the year 9999.
 * The durations of a process's settings (a timeout, an update interval, an advisory's wait) are positive
 * and at most {@link #LONGEST}, a year.
 *
 * @since 0.1.0
 */
public final class TimeRules {

    /** The earliest time accepted: 1970-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.EPOCH;

    /** The latest time accepted: the last nanosecond of the year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** The longest duration a process setting may have: 366 days. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private TimeRules() {}

    /**
     * Checks a time against the accepted range.
     *
     * @param field what the time is, for the sentence (for example "the mitigation time")
     * @param at the time
     * @return the problem, or none
     */
    public static Option<String> instantProblem(String field, Instant at) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(at, "at");
        return at.isBefore(EARLIEST) || at.isAfter(LATEST)
                ? Option.some(field + " " + at + " is outside the times the library accepts, " + EARLIEST + " to "
                        + LATEST)
                : Option.none();
    }

    /**
     * Checks the duration of a setting: positive and at most {@link #LONGEST}.
     *
     * @param field what the duration is, for the sentence
     * @param duration the duration
     * @return the problem, or none
     */
    public static Option<String> durationProblem(String field, Duration duration) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(duration, "duration");
        return duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0
                ? Option.some(field + " must be positive and at most " + LONGEST.toDays() + " days, got " + duration)
                : Option.none();
    }
}
