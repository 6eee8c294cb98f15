package dev.incidentkit.role;

import dev.incidentkit.base.TextRules;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person (or system) in the response: a stable id and the name people know them by.
 *
 * @param id the stable id
 * @param displayName the name shown to people, one line
 * @since 0.1.0
 */
public record Responder(ResponderId id, String displayName) {

    /**
     * Creates a responder.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the display name is blank or not one line
     */
    public Responder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        TextRules.requireNone(TextRules.labelProblem("a display name", displayName));
    }

    /**
     * A responder from trusted values.
     *
     * @param id the id text
     * @param displayName the name shown to people
     * @return the responder
     */
    public static Responder of(String id, String displayName) {
        Objects.requireNonNull(id, "id");
        return new Responder(ResponderId.of(id), displayName);
    }

    /**
     * Parses a responder from untrusted text, such as a chat user's id and display name.
     *
     * @param id the id text; may be {@code null}
     * @param displayName the display name; may be {@code null}
     * @return the responder, or a sentence saying what is wrong
     */
    public static Either<String, Responder> parse(@Nullable String id, @Nullable String displayName) {
        if (displayName == null) {
            return Either.left("a display name is required");
        }
        Option<String> nameProblem = TextRules.labelProblem("a display name", displayName);
        if (nameProblem.isDefined()) {
            return Either.left(nameProblem.get());
        }
        return ResponderId.parse(id).map(valid -> new Responder(valid, displayName));
    }

    @Override
    public String toString() {
        return displayName + " (" + id + ")";
    }
}
