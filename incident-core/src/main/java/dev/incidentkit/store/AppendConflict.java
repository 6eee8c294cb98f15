package dev.incidentkit.store;

import dev.incidentkit.incident.IncidentId;
import java.util.Objects;

/**
 * An append refused because the stream moved on: the writer expected one version and the stream is at
 * another. Nothing was written; reload, decide again, and append at the new version.
 *
 * @param incident the stream
 * @param expected the version the writer expected
 * @param actual the stream's version
 * @since 0.1.0
 */
public record AppendConflict(IncidentId incident, long expected, long actual) {

    /**
     * Creates a conflict.
     *
     * @throws NullPointerException if {@code incident} is {@code null}
     */
    public AppendConflict {
        Objects.requireNonNull(incident, "incident");
    }

    @Override
    public String toString() {
        return "incident " + incident + " is at version " + actual + ", not " + expected;
    }
}
