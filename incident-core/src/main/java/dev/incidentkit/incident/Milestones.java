package dev.incidentkit.incident;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The known milestones of one incident, each with the time it happened.
 *
 * <p>An immutable value; a milestone that has not happened is absent, never a zero time. Each time is kept
 * with its precision ({@link #timeOf}); the order is checked on the earliest moment of each ({@link
 * FactTime#at()}). A reopening
 * clears the mitigation and resolution, but they remain facts: the value also remembers the earliest
 * time each milestone ever had, and a milestone of the incident as a whole may not be placed after a
 * successor's earliest time (impact cannot have started after the incident was first mitigated, even if
 * it was reopened since). A milestone of one round (see {@link Milestone#isPerRound()}) is checked
 * against its own round only.
 *
 * @since 0.1.0
 */
public final class Milestones {

    private static final Milestone[] ALL = Milestone.values();
    private static final Milestones NONE = new Milestones(new FactTime[ALL.length], new FactTime[ALL.length]);

    /** Time by milestone ordinal, {@code null} where unknown; never changed after construction. */
    private final FactTime[] times;
    /** The earliest time each milestone ever had, by ordinal; never changed after construction. */
    private final FactTime[] earliest;

    private Milestones(FactTime[] times, FactTime[] earliest) {
        this.times = times;
        this.earliest = earliest;
    }

    /**
     * No milestones yet.
     *
     * @return the empty value
     */
    public static Milestones none() {
        return NONE;
    }

    /**
     * When a milestone happened.
     *
     * @param milestone the milestone
     * @return its time, or none if it has not happened
     */
    public Option<Instant> get(Milestone milestone) {
        return at(times[Objects.requireNonNull(milestone, "milestone").ordinal()]);
    }

    /**
     * When a milestone happened, with how precisely that is known.
     *
     * @param milestone the milestone
     * @return its time, or none if it has not happened
     * @since 0.4.0
     */
    public Option<FactTime> timeOf(Milestone milestone) {
        return Option.of(times[Objects.requireNonNull(milestone, "milestone").ordinal()]);
    }

    private static Option<Instant> at(FactTime time) {
        return time == null ? Option.none() : Option.some(time.at());
    }

    /**
     * All known milestones in their logical order.
     *
     * @return milestone to time
     */
    public Map<Milestone, Instant> asMap() {
        TreeMap<Milestone, Instant> map = TreeMap.empty();
        for (Milestone m : ALL) {
            if (times[m.ordinal()] != null) {
                map = map.put(m, times[m.ordinal()].at());
            }
        }
        return map;
    }

    /**
     * This value with a milestone set.
     *
     * @param milestone the milestone
     * @param at when it happened
     * @return the new value
     */
    public Milestones with(Milestone milestone, Instant at) {
        return with(milestone, FactTime.exact(at));
    }

    /**
     * This value with a milestone set to a time known as precisely as {@code at} says.
     *
     * @param milestone the milestone
     * @param at when it happened
     * @return the new value
     * @since 0.4.0
     */
    public Milestones with(Milestone milestone, FactTime at) {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        int i = milestone.ordinal();
        FactTime known = earliest[i];
        FactTime[] newTimes = times.clone();
        newTimes[i] = at;
        if (known == null || at.at().isBefore(known.at())) {
            FactTime[] newEarliest = earliest.clone();
            newEarliest[i] = at;
            return new Milestones(newTimes, newEarliest);
        }
        return new Milestones(newTimes, earliest);
    }

    /**
     * The earliest time a milestone ever had, even if a reopening has cleared it since.
     *
     * @param milestone the milestone
     * @return the earliest time, or none if it never happened
     */
    public Option<Instant> earliest(Milestone milestone) {
        return at(earliest[Objects.requireNonNull(milestone, "milestone").ordinal()]);
    }

    /**
     * The earliest time a milestone ever had, with how precisely it is known.
     *
     * @param milestone the milestone
     * @return the earliest time, or none if it never happened
     * @since 0.4.0
     */
    public Option<FactTime> earliestTimeOf(Milestone milestone) {
        return Option.of(earliest[Objects.requireNonNull(milestone, "milestone").ordinal()]);
    }

    /**
     * This value with a milestone removed.
     *
     * @param milestone the milestone
     * @return the new value
     */
    public Milestones without(Milestone milestone) {
        int i = Objects.requireNonNull(milestone, "milestone").ordinal();
        if (times[i] == null) {
            return this;
        }
        FactTime[] newTimes = times.clone();
        newTimes[i] = null;
        return new Milestones(newTimes, earliest);
    }

    /**
     * Explains why setting a milestone to a time would break the order of milestones: it would come
     * before a current predecessor, or after the earliest time of a successor.
     *
     * @param milestone the milestone to set
     * @param at the proposed time
     * @return a sentence naming the milestone it would cross and both times, or none if the order holds
     */
    public Option<String> orderProblem(Milestone milestone, Instant at) {
        Objects.requireNonNull(at, "at");
        return orderProblem(milestone, FactTime.exact(at));
    }

    /**
     * Explains why setting a milestone to a time known as precisely as {@code at} says would break the
     * order of milestones. A time that is not exact breaks it only when it certainly does: when its latest
     * moment is before the earliest of a predecessor, or its earliest after the latest of a successor.
     *
     * @param milestone the milestone to set
     * @param at the proposed time
     * @return a sentence naming the milestone it would cross and both times, or none if the order can hold
     * @since 0.4.0
     */
    public Option<String> orderProblem(Milestone milestone, FactTime at) {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        for (Milestone before : milestone.predecessors()) {
            FactTime known = times[before.ordinal()];
            if (known != null && at.until().isBefore(known.at())) {
                return Option.some(milestone.label() + " at " + at.describe() + " would come before "
                        + before.label() + " at " + known.describe()
                        + "; an incident's milestones never go back in time");
            }
        }
        for (Milestone after : milestone.successors()) {
            FactTime known = milestone.isPerRound() ? times[after.ordinal()] : earliest[after.ordinal()];
            if (known != null && at.at().isAfter(known.until())) {
                return Option.some(milestone.label() + " at " + at.describe() + " would come after "
                        + after.label() + " at " + known.describe()
                        + "; an incident's milestones never go back in time");
            }
        }
        return Option.none();
    }

    /**
     * Tells whether every pair of known milestones can keep its order: no milestone certainly comes before
     * one of its known predecessors (its latest moment before the predecessor's earliest).
     *
     * @return {@code true} if no milestone comes before one of its known predecessors
     */
    public boolean isOrdered() {
        for (Milestone m : ALL) {
            FactTime at = times[m.ordinal()];
            if (at == null) {
                continue;
            }
            for (Milestone before : m.predecessors()) {
                FactTime t = times[before.ordinal()];
                if (t != null && at.until().isBefore(t.at())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestones
                && java.util.Arrays.equals(((Milestones) other).times, times)
                && java.util.Arrays.equals(((Milestones) other).earliest, earliest);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(times) * 31 + java.util.Arrays.hashCode(earliest);
    }

    @Override
    public String toString() {
        return asMap().mkString("Milestones[", ", ", "]");
    }
}
