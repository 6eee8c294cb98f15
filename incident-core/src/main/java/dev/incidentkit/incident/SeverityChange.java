package dev.incidentkit.incident;

import dev.incidentkit.severity.Severity;
import java.time.Instant;
import java.util.Objects;

/**
 * A severity the incident took on, and when: at declaration, then at every change.
 *
 * @param at when the incident took this severity; for a change known only within a window (see {@link
 *     FactTime}), the window's latest moment, so the level before counts as held until then
 * @param severity the severity
 * @since 0.1.0
 */
public record SeverityChange(Instant at, Severity severity) {

    /**
     * Creates the record of a severity.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public SeverityChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(severity, "severity");
    }
}
