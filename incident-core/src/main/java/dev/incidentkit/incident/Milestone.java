package dev.incidentkit.incident;

import io.vavr.collection.List;

/**
 * The moments in an incident's life that its state remembers, and the order they must keep.
 *
 * <p>The milestones follow each other in the order of this enum: detected, reported, declared,
 * (reopened,) mitigated, resolved, closed. Impact is the exception: it may start before the report, or
 * even before detection, but never after the bleeding stopped or the fix. Each milestone names the
 * milestones that may not come after it ({@link #predecessors()}); the decider refuses any command that
 * would put a milestone before one of its predecessors, or after one of its successors.
 *
 * @since 0.1.0
 */
public enum Milestone {
    /** When the impact began: a best guess, often before the report. */
    IMPACT_STARTED,
    /** When the problem was brought to attention: the alert fired, the ticket arrived. */
    DETECTED,
    /** When the report was recorded. */
    REPORTED,
    /** When the incident was declared. */
    DECLARED,
    /** When the process's official-start checklist was complete (absent if it has none). */
    OFFICIALLY_STARTED,
    /** When the incident was last reopened (absent if never). */
    REOPENED,
    /** When the bleeding stopped (cleared by a reopening). */
    MITIGATED,
    /** When the incident was fixed and the fix verified (cleared by a reopening). */
    RESOLVED,
    /** When the incident was closed. */
    CLOSED;

    /**
     * The milestones that must not come later than this one, where both are known.
     *
     * @return the predecessors
     */
    public List<Milestone> predecessors() {
        return Order.PREDECESSORS[ordinal()];
    }

    private static List<Milestone> predecessorsOf(Milestone m) {
        switch (m) {
            case DETECTED:
                return List.of(IMPACT_STARTED);
            case REPORTED:
                return List.of(DETECTED);
            case DECLARED:
                // not REPORTED: a report written afterwards is recorded after the declaration it records
                return List.of(DETECTED);
            case REOPENED:
            case OFFICIALLY_STARTED:
                return List.of(DECLARED);
            case MITIGATED:
                return List.of(IMPACT_STARTED, DECLARED, REOPENED, DETECTED);
            case RESOLVED:
                return List.of(IMPACT_STARTED, DECLARED, REOPENED, MITIGATED, DETECTED);
            case CLOSED:
                return List.of(RESOLVED);
            default:
                return List.empty();
        }
    }

    /**
     * Tells whether the milestone belongs to one round of response, cleared or replaced when the
     * incident is reopened (reopened, mitigated, resolved), rather than to the incident as a whole.
     *
     * @return {@code true} for REOPENED, MITIGATED and RESOLVED
     */
    public boolean isPerRound() {
        return this == REOPENED || this == MITIGATED || this == RESOLVED;
    }

    /**
     * The milestones that must not come earlier than this one, where both are known.
     *
     * @return the successors: every milestone that names this one among its predecessors
     */
    public List<Milestone> successors() {
        return Order.SUCCESSORS[ordinal()];
    }

    /** The order, worked out once: the decider asks for it on almost every command. */
    private static final class Order {
        static final List<Milestone>[] PREDECESSORS = table(false);
        static final List<Milestone>[] SUCCESSORS = table(true);

        @SuppressWarnings("unchecked")
        private static List<Milestone>[] table(boolean successors) {
            Milestone[] all = values();
            List<Milestone>[] table = new List[all.length];
            for (Milestone m : all) {
                table[m.ordinal()] = successors
                        ? List.of(all).filter(other -> predecessorsOf(other).contains(m))
                        : predecessorsOf(m);
            }
            return table;
        }
    }

    /**
     * The milestone's name in lower case words, for sentences ("impact started").
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
