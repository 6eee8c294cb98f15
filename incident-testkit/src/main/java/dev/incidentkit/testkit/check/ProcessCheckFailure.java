package dev.incidentkit.testkit.check;

import java.util.Objects;

/**
 * Thrown by {@link ProcessCheck#check()} when a process breaks an invariant: the message holds the
 * shortest history found, command by command, and the seed that reproduces it.
 *
 * @since 0.1.0
 */
public final class ProcessCheckFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The violation, not serialised. */
    private final transient Violation violation;
    /** The seed that reproduces the failure. */
    private final long seed;

    /**
     * Creates the failure.
     *
     * @param message the whole report
     * @param violation the shrunk violation
     * @param seed the seed that reproduces it
     */
    public ProcessCheckFailure(String message, Violation violation, long seed) {
        super(Objects.requireNonNull(message, "message"));
        this.violation = Objects.requireNonNull(violation, "violation");
        this.seed = seed;
    }

    /**
     * The shrunk violation: the invariant, the history and why it broke.
     *
     * @return the violation
     */
    public Violation violation() {
        return violation;
    }

    /**
     * The seed that reproduces the failure with {@link ProcessCheck#seed(long)} or the system property
     * {@value ProcessCheck#SEED_PROPERTY}.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }
}
