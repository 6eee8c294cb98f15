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

    private static final Milestones NONE = new Milestones(TreeMap.empty(), TreeMap.empty());

    private final TreeMap<Milestone, Instant> times;
    private final TreeMap<Milestone, Instant> earliest;

    private Milestones(TreeMap<Milestone, Instant> times, TreeMap<Milestone, Instant> earliest) {
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
     * @param milestone the milestone; never {@code null}
     * @return its time, or none if it has not happened
     */
    public Option<Instant> get(Milestone milestone) {
        return times.get(Objects.requireNonNull(milestone, "milestone"));
    }

    /**
     * All known milestones in their logical order.
     *
     * @return milestone to time
     */
    public Map<Milestone, Instant> asMap() {
        return times;
    }

    /**
     * This value with a milestone set.
     *
     * @param milestone the milestone; never {@code null}
     * @param at when it happened; never {@code null}
     * @return the new value
     */
    public Milestones with(Milestone milestone, Instant at) {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        boolean earlier = earliest.get(milestone).forAll(known -> at.isBefore(known));
        return new Milestones(times.put(milestone, at), earlier ? earliest.put(milestone, at) : earliest);
    }

    /**
     * The earliest time a milestone ever had, even if a reopening has cleared it since.
     *
     * @param milestone the milestone; never {@code null}
     * @return the earliest time, or none if it never happened
     */
    public Option<Instant> earliest(Milestone milestone) {
        return earliest.get(Objects.requireNonNull(milestone, "milestone"));
    }

    /**
     * This value with a milestone removed.
     *
     * @param milestone the milestone; never {@code null}
     * @return the new value
     */
    public Milestones without(Milestone milestone) {
        return new Milestones(times.remove(Objects.requireNonNull(milestone, "milestone")), earliest);
    }

    /**
     * Explains why setting a milestone to a time would break the order of milestones: it would come
     * before a current predecessor, or after the earliest time of a successor.
     *
     * @param milestone the milestone to set; never {@code null}
     * @param at the proposed time; never {@code null}
     * @return a sentence naming the milestone it would cross and both times, or none if the order holds
     */
    public Option<String> orderProblem(Milestone milestone, Instant at) {
        for (Milestone before : milestone.predecessors()) {
            Option<Instant> known = times.get(before);
            if (known.isDefined() && at.isBefore(known.get())) {
                return Option.some(milestone.label() + " at " + at + " would come before "
                        + before.label() + " at " + known.get()
                        + "; an incident's milestones never go back in time");
            }
        }
        for (Milestone after : milestone.successors()) {
            Option<Instant> known = milestone.isPerRound() ? times.get(after) : earliest.get(after);
            if (known.isDefined() && at.isAfter(known.get())) {
                return Option.some(milestone.label() + " at " + at + " would come after "
                        + after.label() + " at " + known.get()
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
        return times.forAll(entry -> entry._1.predecessors()
                .forAll(before -> times.get(before).forAll(t -> !entry._2.isBefore(t))));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestones
                && ((Milestones) other).times.equals(times)
                && ((Milestones) other).earliest.equals(earliest);
    }

    @Override
    public int hashCode() {
        return times.hashCode() * 31 + earliest.hashCode();
    }

    @Override
    public String toString() {
        return times.mkString("Milestones[", ", ", "]");
    }
}
