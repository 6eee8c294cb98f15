package dev.incidentkit.incident;

import dev.incidentkit.base.TextRules;
import io.vavr.control.Either;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of one incident, and so of its event stream, such as {@code "INC-42"}.
 *
 * <p>An id is 1 to {@value #MAX_LENGTH} letters, digits (of any script), {@code .}, {@code _} and
 * {@code -}, starting with a letter or digit, for example {@code "INC-42"} or {@code "HUB-2026-11-23"}.
 * It goes into URLs, file names, message keys and messages, so it holds nothing that would need escaping
 * there or could be read as markup or a mention ({@code <!channel>}, {@code @everyone} are not ids). It is
 * compared exactly.
 *
 * @param value the id text
 * @since 0.1.0
 */
public record IncidentId(String value) implements Comparable<IncidentId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    /**
     * Creates an id from trusted text.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public IncidentId {
        Objects.requireNonNull(value, "value");
        TextRules.requireNone(TextRules.nameProblem("an incident id", value, MAX_LENGTH));
    }

    /**
     * Creates an id from trusted text.
     *
     * @param value the id
     * @return the id
     * @throws IllegalArgumentException if {@code value} is not a valid id
     */
    public static IncidentId of(String value) {
        return new IncidentId(value);
    }

    /**
     * Parses an id from untrusted text.
     *
     * @param value the text; may be {@code null}
     * @return the id, or a sentence saying why the text is not one
     */
    public static Either<String, IncidentId> parse(@Nullable String value) {
        if (value == null) {
            return Either.left("an incident id is required");
        }
        return TextRules.nameProblem("an incident id", value, MAX_LENGTH)
                .<Either<String, IncidentId>>map(Either::left)
                .getOrElse(() -> Either.right(new IncidentId(value)));
    }

    @Override
    public int compareTo(IncidentId other) {
        Objects.requireNonNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
