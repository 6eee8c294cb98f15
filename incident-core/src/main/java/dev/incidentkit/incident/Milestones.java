package dev.incidentkit.incident;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The known milestones of one incident, each with the time it happened.
 *
 * <p>An immutable value; a milestone that has not happened is absent, never a zero time. A reopening
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
    private static final Milestones NONE = new Milestones(new Instant[ALL.length], new Instant[ALL.length]);

    /** Time by milestone ordinal, {@code null} where unknown; never changed after construction. */
    private final Instant[] times;
    /** The earliest time each milestone ever had, by ordinal; never changed after construction. */
    private final Instant[] earliest;

    private Milestones(Instant[] times, Instant[] earliest) {
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
        return Option.of(times[Objects.requireNonNull(milestone, "milestone").ordinal()]);
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
                map = map.put(m, times[m.ordinal()]);
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
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        int i = milestone.ordinal();
        Instant known = earliest[i];
        Instant[] newTimes = times.clone();
        newTimes[i] = at;
        if (known == null || at.isBefore(known)) {
            Instant[] newEarliest = earliest.clone();
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
        Instant[] newTimes = times.clone();
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
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        for (Milestone before : milestone.predecessors()) {
            Instant known = times[before.ordinal()];
            if (known != null && at.isBefore(known)) {
                return Option.some(milestone.label() + " at " + at + " would come before "
                        + before.label() + " at " + known
                        + "; an incident's milestones never go back in time");
            }
        }
        for (Milestone after : milestone.successors()) {
            Instant known = milestone.isPerRound() ? times[after.ordinal()] : earliest[after.ordinal()];
            if (known != null && at.isAfter(known)) {
                return Option.some(milestone.label() + " at " + at + " would come after "
                        + after.label() + " at " + known
                        + "; an incident's milestones never go back in time");
            }
        }
        return Option.none();
    }

    /**
     * Tells whether every pair of known milestones keeps its order.
     *
     * @return {@code true} if no milestone comes before one of its known predecessors
     */
    public boolean isOrdered() {
        for (Milestone m : ALL) {
            Instant at = times[m.ordinal()];
            if (at == null) {
                continue;
            }
            for (Milestone before : m.predecessors()) {
                Instant t = times[before.ordinal()];
                if (t != null && at.isBefore(t)) {
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
