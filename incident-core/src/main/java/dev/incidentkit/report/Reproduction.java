package dev.incidentkit.report;

/**
 * Whether a reported problem was reproduced.
 *
 * @since 0.1.0
 */
public enum Reproduction {
    /** Nobody tried yet. */
    NOT_TRIED,
    /** Tried and reproduced. */
    REPRODUCED,
    /** Tried and could not reproduce it. */
    NOT_REPRODUCED
}
