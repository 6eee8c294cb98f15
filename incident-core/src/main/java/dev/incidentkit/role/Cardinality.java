package dev.incidentkit.role;

/**
 * How many responders may hold a role at once, and whether it must be held.
 *
 * @since 0.1.0
 */
public enum Cardinality {
    /**
     * Exactly one holder from declaration on: filled when the incident is declared and never vacant
     * after, so it changes hands only through an accepted handoff (the Incident Commander).
     */
    EXACTLY_ONE,
    /** At most one holder; may be vacant (a Communications Liaison, when the commander does it). */
    AT_MOST_ONE,
    /** Any number of holders, including none (Subject Matter Experts). */
    ANY;

    /**
     * Tells whether a role of this cardinality must always be held once the incident is declared.
     *
     * @return {@code true} for {@link #EXACTLY_ONE}
     */
    public boolean isRequired() {
        return this == EXACTLY_ONE;
    }

    /**
     * Tells whether a role of this cardinality has at most one holder.
     *
     * @return {@code true} for {@link #EXACTLY_ONE} and {@link #AT_MOST_ONE}
     */
    public boolean isSingleHolder() {
        return this != ANY;
    }
}
