package dev.incidentkit.base;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The rules for text that arrives from outside: identifiers, one-line labels and free text.
 *
 * <p>Each check returns the problem as a sentence that names the field, or none when the text is
 * acceptable. The checks do not trim or rewrite: text is either accepted as it is or refused.
 *
 * @since 0.1.0
 */
public final class TextRules {

    /** The longest one-line label accepted, such as a title, in characters. */
    public static final int MAX_LABEL_LENGTH = 200;

    /** The longest free text accepted, such as a status update, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private TextRules() {}

    /**
     * Checks an identifier: 1 to {@code maxLength} characters, no white space, no control characters.
     *
     * @param field what the text is, for the sentence (for example "an incident id"); never {@code null}
     * @param value the text; never {@code null}
     * @param maxLength the longest accepted length
     * @return the problem, or none
     */
    public static Option<String> identifierProblem(String field, String value, int maxLength) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            return Option.some(field + " must not be empty");
        }
        if (value.length() > maxLength) {
            return Option.some(field + " must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Option.some(field + " must not contain white space or control characters");
            }
        }
        return Option.none();
    }

    /**
     * Checks a one-line label such as a title: not blank, at most {@link #MAX_LABEL_LENGTH}
     * characters, no line breaks or other control characters.
     *
     * @param field what the text is, for the sentence (for example "the title"); never {@code null}
     * @param value the text; never {@code null}
     * @return the problem, or none
     */
    public static Option<String> labelProblem(String field, String value) {
        Option<String> basic = textProblem(field, value, MAX_LABEL_LENGTH);
        if (basic.isDefined()) {
            return basic;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return Option.some(field + " must be one line without control characters");
            }
        }
        return Option.none();
    }

    /**
     * Checks free text such as a status update: not blank and at most {@link #MAX_TEXT_LENGTH}
     * characters. Line breaks are allowed.
     *
     * @param field what the text is, for the sentence (for example "the update"); never {@code null}
     * @param value the text; never {@code null}
     * @return the problem, or none
     */
    public static Option<String> textProblem(String field, String value) {
        return textProblem(field, value, MAX_TEXT_LENGTH);
    }

    private static Option<String> textProblem(String field, String value, int maxLength) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            return Option.some(field + " must not be blank");
        }
        if (value.length() > maxLength) {
            return Option.some(field + " must be at most " + maxLength + " characters");
        }
        return Option.none();
    }
}
