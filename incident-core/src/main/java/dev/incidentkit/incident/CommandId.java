package dev.incidentkit.incident;

import dev.incidentkit.base.TextRules;
import io.vavr.control.Either;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of one command, chosen by whoever issues it (a UUID, a chat message id, a request id). The decider applies a command id once: the same id again yields no further events.
 *
 * <p>An id is 1 to {@value #MAX_LENGTH} characters without white space or control characters, for
 * example {@code "3f2a9c1e-chat-1712"}. It is compared exactly.
 *
 * @param value the id text
 * @since 0.1.0
 */
public record CommandId(String value) implements Comparable<CommandId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    /**
     * Creates an id from trusted text.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public CommandId {
        Objects.requireNonNull(value, "value");
        TextRules.requireNone(TextRules.identifierProblem("a command id", value, MAX_LENGTH));
    }

    /**
     * Creates an id from trusted text.
     *
     * @param value the id
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public static CommandId of(String value) {
        return new CommandId(value);
    }

    /**
     * Parses an id from untrusted text.
     *
     * @param value the text; may be {@code null}
     * @return the id, or a sentence saying why the text is not one
     */
    public static Either<String, CommandId> parse(@Nullable String value) {
        if (value == null) {
            return Either.left("a command id is required");
        }
        return TextRules.identifierProblem("a command id", value, MAX_LENGTH)
                .<Either<String, CommandId>>map(Either::left)
                .getOrElse(() -> Either.right(new CommandId(value)));
    }

    @Override
    public int compareTo(CommandId other) {
        Objects.requireNonNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
