package dev.incidentkit.role;

import dev.incidentkit.base.TextRules;
import io.vavr.control.Either;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stable identity of a person or system that acts on an incident: a responder, a reporter, or an
 * automated source such as an alerting system.
 *
 * <p>An id is 1 to {@value #MAX_LENGTH} characters without white space or control characters (for
 * example {@code "ada"}, {@code "U024BE7LH"} or {@code "alertmanager"}). It is compared exactly.
 *
 * @param value the id text
 * @since 0.1.0
 */
public record ResponderId(String value) implements Comparable<ResponderId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    /**
     * Creates an id from trusted text.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public ResponderId {
        Objects.requireNonNull(value, "value");
        TextRules.requireNone(TextRules.identifierProblem("a responder id", value, MAX_LENGTH));
    }

    /**
     * Creates an id from trusted text.
     *
     * @param value the id
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public static ResponderId of(String value) {
        return new ResponderId(value);
    }

    /**
     * Parses an id from untrusted text.
     *
     * @param value the text; may be {@code null}
     * @return the id, or a sentence saying why the text is not one
     */
    public static Either<String, ResponderId> parse(@Nullable String value) {
        if (value == null) {
            return Either.left("a responder id is required");
        }
        return TextRules.identifierProblem("a responder id", value, MAX_LENGTH)
                .<Either<String, ResponderId>>map(Either::left)
                .getOrElse(() -> Either.right(new ResponderId(value)));
    }

    @Override
    public int compareTo(ResponderId other) {
        Objects.requireNonNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
