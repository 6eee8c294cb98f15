package dev.incidentkit.incident;

import dev.incidentkit.base.TextRules;
import io.vavr.control.Either;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of one event. The decider derives it from the command that caused the event and the event's position among that command's events, so that deciding the same command again yields the same ids.
 *
 * <p>An id is 1 to {@value #MAX_LENGTH} characters without white space or control characters, for
 * example {@code "3f2a9c1e-chat-1712#0"}. It is compared exactly.
 *
 * @param value the id text
 * @since 0.1.0
 */
public record EventId(String value) implements Comparable<EventId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = CommandId.MAX_LENGTH + 12;

    /**
     * Creates an id from trusted text.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public EventId {
        Objects.requireNonNull(value, "value");
        TextRules.requireNone(TextRules.identifierProblem("an event id", value, MAX_LENGTH));
    }

    /**
     * Creates an id from trusted text.
     *
     * @param value the id
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public static EventId of(String value) {
        return new EventId(value);
    }

    /**
     * Derives the id of the {@code index}-th event (from 0) that a command caused.
     *
     * @param commandId the command
     * @param index the event's position among the command's events, from 0
     * @return {@code "<commandId>#<index>"}
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static EventId derive(CommandId commandId, int index) {
        Objects.requireNonNull(commandId, "commandId");
        if (index < 0) {
            throw new IllegalArgumentException("an event index starts at 0, got " + index);
        }
        return new EventId(commandId.value() + "#" + index);
    }

    /**
     * Parses an id from untrusted text.
     *
     * @param value the text; may be {@code null}
     * @return the id, or a sentence saying why the text is not one
     */
    public static Either<String, EventId> parse(@Nullable String value) {
        if (value == null) {
            return Either.left("an event id is required");
        }
        return TextRules.identifierProblem("an event id", value, MAX_LENGTH)
                .<Either<String, EventId>>map(Either::left)
                .getOrElse(() -> Either.right(new EventId(value)));
    }

    @Override
    public int compareTo(EventId other) {
        Objects.requireNonNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
