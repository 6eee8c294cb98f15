package dev.incidentkit.report;

import dev.incidentkit.base.TextRules;
import java.util.Objects;

/**
 * Something users cannot do, as observed while assessing a report. Guide 001 names four that make an
 * incident when they hit two or more users; a process may use its own.
 *
 * @param key a stable identifier such as {@code "cannot-log-in"}
 * @param description what users experience, for sentences
 * @since 0.1.0
 */
public record Symptom(String key, String description) {

    /** Users cannot log in (001). */
    public static final Symptom CANNOT_LOG_IN = new Symptom("cannot-log-in", "users cannot log in");
    /** Users cannot start their servers (001). */
    public static final Symptom CANNOT_START_SERVERS = new Symptom("cannot-start-servers", "users cannot start their servers");
    /** Users cannot execute code: no kernels can be started (001). */
    public static final Symptom CANNOT_EXECUTE_CODE = new Symptom("cannot-execute-code", "users cannot execute code");
    /** Users cannot create or use Dask Gateway clusters (001). */
    public static final Symptom CANNOT_USE_DASK_CLUSTERS =
            new Symptom("cannot-use-dask-clusters", "users cannot create or use Dask clusters");

    /**
     * Creates a symptom.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the key or description is invalid
     */
    public Symptom {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        TextRules.requireNone(TextRules.identifierProblem("a symptom key", key, 64)
                .orElse(() -> TextRules.labelProblem("a symptom description", description)));
    }

    /**
     * Tells whether another symptom has the same key.
     *
     * @param other the other object; may be {@code null}
     * @return {@code true} for a symptom with the same key
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Symptom && ((Symptom) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return description;
    }
}
