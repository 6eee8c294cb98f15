package dev.incidentkit.role;

import dev.incidentkit.base.TextRules;
import java.util.Objects;

/**
 * A person (or system) in the response: a stable id and the name people know them by.
 *
 * @param id the stable id; never {@code null}
 * @param displayName the name shown to people, one line; never {@code null}
 * @since 0.1.0
 */
public record Responder(ResponderId id, String displayName) {

    /**
     * Creates a responder.
     *
     * @param id the stable id; never {@code null}
     * @param displayName the name shown to people; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the display name is blank or not one line
     */
    public Responder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        TextRules.labelProblem("a display name", displayName).forEach(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * A responder from trusted values.
     *
     * @param id the id text; never {@code null}
     * @param displayName the name shown to people; never {@code null}
     * @return the responder
     */
    public static Responder of(String id, String displayName) {
        return new Responder(ResponderId.of(id), displayName);
    }

    @Override
    public String toString() {
        return displayName + " (" + id + ")";
    }
}
