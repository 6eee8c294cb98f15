package dev.incidentkit.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a fact happened, as precisely as it is known: exactly, to the minute, approximately, within a range,
 * on a date, or not at all. Reports written afterwards rarely know every time to the second ("some time in
 * the evening", "the day before", a report with only an order of events), and a placeholder time would
 * render as a real one and make durations look exact.
 *
 * <p>The value is a window: {@link #at()} is the earliest moment the fact can have happened and {@link
 * #until()} the latest. The two are equal when the time is known to a point ({@link Precision#EXACT},
 * {@link Precision#MINUTE}, {@link Precision#APPROXIMATE}). The domain orders facts and places milestones by
 * {@code at}; durations that depend on a time that is not exact say so (see {@code
 * dev.incidentkit.metrics.Elapsed}).
 *
 * <p>A time {@linkplain #unknown() not recorded at all} is placed by the order of events: the decider narrows
 * it to after the incident's latest fact so far and before the command was recorded.
 *
 * @param at the earliest moment the fact can have happened
 * @param precision how precisely the time is known
 * @param until the latest moment the fact can have happened; equal to {@code at} for a time known to a point
 * @since 0.4.0
 */
public record FactTime(Instant at, Precision precision, Instant until) {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z");

    /**
     * How precisely a time is known.
     *
     * @since 0.4.0
     */
    public enum Precision {
        /** Known exactly, as a tool records it. */
        EXACT,
        /** Known to the minute, as people write times ("20:04"). Durations between such times are exact. */
        MINUTE,
        /** Known roughly ("about 20:00", "some time in the evening"): shown and measured as approximate. */
        APPROXIMATE,
        /** Known to lie between two moments ("between 20:00 and 21:00"). */
        RANGE,
        /** Only the date is known ("on 9 March"): a range over that day in the team's time zone. */
        DATE,
        /** Not recorded at all: only the order of events is known. */
        UNKNOWN
    }

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code until} is before {@code at}, a time known to a point has a
     *     range, or a time to the minute has seconds
     */
    public FactTime {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(at)) {
            throw new IllegalArgumentException("a time's latest moment " + until + " is before its earliest " + at);
        }
        if (isPoint(precision) && !until.equals(at)) {
            throw new IllegalArgumentException("a time known " + precision.name().toLowerCase(java.util.Locale.ROOT)
                    + " is one moment, not a range from " + at + " to " + until);
        }
        if (precision == Precision.MINUTE && !at.truncatedTo(ChronoUnit.MINUTES).equals(at)) {
            throw new IllegalArgumentException("a time known to the minute has no seconds: " + at);
        }
    }

    /**
     * A time known exactly.
     *
     * @param at the time
     * @return the value
     * @throws NullPointerException if {@code at} is {@code null}
     */
    public static FactTime exact(Instant at) {
        Objects.requireNonNull(at, "at");
        return new FactTime(at, Precision.EXACT, at);
    }

    /**
     * A time known to the minute; seconds are dropped.
     *
     * @param at the time
     * @return the value
     * @throws NullPointerException if {@code at} is {@code null}
     */
    public static FactTime toTheMinute(Instant at) {
        Instant minute = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MINUTES);
        return new FactTime(minute, Precision.MINUTE, minute);
    }

    /**
     * A time known roughly: "about 20:00".
     *
     * @param at the best guess
     * @return the value
     * @throws NullPointerException if {@code at} is {@code null}
     */
    public static FactTime about(Instant at) {
        Objects.requireNonNull(at, "at");
        return new FactTime(at, Precision.APPROXIMATE, at);
    }

    /**
     * A time known to lie in a range: "between 20:00 and 21:00".
     *
     * @param from the earliest moment
     * @param to the latest moment, not before {@code from}
     * @return the value
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static FactTime between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new FactTime(from, Precision.RANGE, to);
    }

    /**
     * A time of which only the date is known, in a time zone: the range from the start of that day to its
     * last nanosecond.
     *
     * @param date the date
     * @param zone the time zone the date is meant in
     * @return the value
     * @throws NullPointerException if an argument is {@code null}
     */
    public static FactTime onDate(LocalDate date, ZoneId zone) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        return new FactTime(start, Precision.DATE, end);
    }

    /**
     * A time that was not recorded: any moment. The decider places the fact by the order of events, after
     * the incident's latest fact so far and before the command was recorded.
     *
     * @return the value
     */
    public static FactTime unknown() {
        return new FactTime(Instant.MIN, Precision.UNKNOWN, Instant.MAX);
    }

    /**
     * Tells whether the time is known to a point precise enough for exact durations: {@link Precision#EXACT}
     * or {@link Precision#MINUTE}.
     *
     * @return {@code true} if durations from or to this time are exact
     */
    public boolean isPrecise() {
        return precision == Precision.EXACT || precision == Precision.MINUTE;
    }

    /**
     * Tells whether the time is known at all.
     *
     * @return {@code false} for {@link Precision#UNKNOWN}
     */
    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /**
     * This time narrowed to a window: a time not recorded becomes "after {@code after}, before {@code
     * before}"; any other time is returned as it is.
     *
     * @param after the latest fact the incident knew before this one
     * @param before when this fact was recorded
     * @return the narrowed time
     */
    FactTime placedBetween(Instant after, Instant before) {
        if (precision != Precision.UNKNOWN) {
            return this;
        }
        Instant from = after.isAfter(before) ? before : after;
        return new FactTime(from, Precision.UNKNOWN, before);
    }

    /**
     * How wide the window is: zero for a time known to a point.
     *
     * @return the width
     */
    public Duration width() {
        return Duration.between(at, until);
    }

    /**
     * The time as people in a time zone read it: {@code "2026-03-09 20:04 CET"}, {@code "about 2026-03-09
     * 20:00 CET"}, {@code "between 2026-03-09 20:00 and 21:00 CET"}, {@code "2026-03-09, time not
     * recorded"}, {@code "time not recorded"}. The zone is named as people know it: {@code "UTC"} for
     * the UTC offset, never {@code "Z"}.
     *
     * @param zone the readers' time zone
     * @return the words
     * @throws NullPointerException if {@code zone} is {@code null}
     */
    public String describeIn(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime from = at.atZone(readable(zone));
        return switch (precision) {
            case EXACT, MINUTE -> DAY_AND_TIME.format(from) + " " + ZONE.format(from);
            case APPROXIMATE -> "about " + DAY_AND_TIME.format(from) + " " + ZONE.format(from);
            case RANGE -> {
                ZonedDateTime to = until.atZone(readable(zone));
                String end = to.toLocalDate().equals(from.toLocalDate()) ? TIME.format(to) : DAY_AND_TIME.format(to);
                yield "between " + DAY_AND_TIME.format(from) + " and " + end + " " + ZONE.format(to);
            }
            case DATE -> DAY.format(at.plus(width().dividedBy(2)).atZone(zone)) + ", time not recorded";
            case UNKNOWN -> "time not recorded";
        };
    }

    /**
     * A zone whose short name people read: the UTC offset (whose short name is {@code "Z"}) as the zone
     * {@code UTC}; any other zone as it is.
     *
     * @param zone the zone
     * @return the zone to format in
     * @since 0.4.0
     */
    public static ZoneId readable(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return zone.normalized().equals(java.time.ZoneOffset.UTC) && zone instanceof java.time.ZoneOffset
                ? ZoneId.of("UTC") : zone;
    }

    /**
     * The time in ISO-8601 instants, as rejections and logs say it: {@code "2026-03-09T20:04:00Z"}, {@code
     * "about 2026-03-09T20:00:00Z"}, {@code "between 2026-03-09T20:00:00Z and 2026-03-09T21:00:00Z"}, {@code
     * "a time not recorded, between ... and ..."}.
     *
     * @return the words
     */
    public String describe() {
        return switch (precision) {
            case EXACT, MINUTE -> at.toString();
            case APPROXIMATE -> "about " + at;
            case RANGE, DATE -> "between " + at + " and " + until;
            case UNKNOWN -> "a time not recorded, between " + at + " and " + until;
        };
    }

    private static boolean isPoint(Precision precision) {
        return precision == Precision.EXACT || precision == Precision.MINUTE || precision == Precision.APPROXIMATE;
    }
}
