package dev.incidentkit.base;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The rules for text that arrives from outside: identifiers, one-line labels and free text.
 *
 * <p>Each check returns the problem as a sentence that names the field, or none when the text is
 * acceptable. The checks do not trim or rewrite: text is either accepted as it is or refused. Every
 * check refuses text that no store could keep faithfully: NUL and other control characters (free text
 * may hold line breaks and tabs) and unpaired UTF-16 surrogates.
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
     * Checks an identifier: 1 to {@code maxLength} characters, no white space, no control or
     * formatting characters, no unpaired surrogates.
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
            if (c > ' ' && c < '\u007f') {
                continue; // printable ASCII, the usual case: nothing more to check
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isControlOrFormat(c)) {
                return Option.some(field + " must not contain white space, control or formatting characters");
            }
        }
        return surrogateProblem(field, value);
    }

    /**
     * Checks a one-line label such as a title: not blank, at most {@link #MAX_LABEL_LENGTH}
     * characters, no line or paragraph breaks, no control or formatting characters (such as
     * right-to-left overrides), no unpaired surrogates.
     *
     * @param field what the text is, for the sentence (for example "the title"); never {@code null}
     * @param value the text; never {@code null}
     * @return the problem, or none
     */
    public static Option<String> labelProblem(String field, String value) {
        Option<String> basic = lengthProblem(field, value, MAX_LABEL_LENGTH);
        if (basic.isDefined()) {
            return basic;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ' ' && c < '\u007f') {
                continue;
            }
            if (isControlOrFormat(c) || c == '\u2028' || c == '\u2029') {
                return Option.some(field + " must be one line without control or formatting characters");
            }
        }
        return surrogateProblem(field, value);
    }

    /**
     * Checks free text such as a status update: not blank, at most {@link #MAX_TEXT_LENGTH}
     * characters, no control characters other than line breaks and tabs, no unpaired surrogates.
     *
     * @param field what the text is, for the sentence (for example "the update"); never {@code null}
     * @param value the text; never {@code null}
     * @return the problem, or none
     */
    public static Option<String> textProblem(String field, String value) {
        Option<String> basic = lengthProblem(field, value, MAX_TEXT_LENGTH);
        if (basic.isDefined()) {
            return basic;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return Option.some(field + " must not contain control characters other than line breaks and tabs");
            }
        }
        return surrogateProblem(field, value);
    }

    private static Option<String> lengthProblem(String field, String value, int maxLength) {
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

    private static boolean isControlOrFormat(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    private static Option<String> surrogateProblem(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Option.some(field + " must not contain unpaired surrogate characters");
            }
        }
        return Option.none();
    }
}
