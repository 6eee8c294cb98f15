package dev.incidentkit.base;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.util.Objects;
import java.util.function.IntPredicate;

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

    /** The longest URL accepted anywhere: a link, a chat message's link, an action item's issue. */
    public static final int MAX_URL_LENGTH = 2_048;

    /** The longest one-line label accepted, such as a title, in characters. */
    public static final int MAX_LABEL_LENGTH = 200;

    /** The longest free text accepted, such as a status update, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private TextRules() {}

    /**
     * Checks an identifier: 1 to {@code maxLength} characters, no white space, no control or
     * formatting characters (of any plane), no unpaired surrogates.
     *
     * @param field what the text is, for the sentence (for example "a command id")
     * @param value the text
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
        Option<String> surrogates = surrogateProblem(field, value);
        if (surrogates.isDefined()) {
            return surrogates;
        }
        return anyCodePoint(value, cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || isControlOrFormat(cp))
                ? Option.some(field + " must not contain white space, control or formatting characters")
                : Option.none();
    }

    /**
     * Checks an identifier that also names things outside: in URLs, file names, message keys and markup.
     * It is 1 to {@code maxLength} characters, letters and digits of any script and {@code . _ -}, and
     * starts with a letter or a digit, so it needs no escaping to stay one path segment, one file name or
     * one part of a key, and can never be read as markup, a mention or a command.
     *
     * @param field what the text is, for the sentence (for example "an incident id")
     * @param value the text
     * @param maxLength the longest accepted length
     * @return the problem, or none
     */
    public static Option<String> nameProblem(String field, String value, int maxLength) {
        Option<String> basic = identifierProblem(field, value, maxLength);
        if (basic.isDefined()) {
            return basic;
        }
        boolean allowed = Character.isLetterOrDigit(value.codePointAt(0)) && !anyCodePoint(value,
                cp -> !Character.isLetterOrDigit(cp) && cp != '.' && cp != '_' && cp != '-');
        return allowed ? Option.none() : Option.some(field + " must start with a letter or digit and hold only"
                + " letters, digits, '.', '_' and '-', got \"" + value + "\"");
    }

    /**
     * Checks a one-line label such as a title: not blank, at most {@link #MAX_LABEL_LENGTH}
     * characters, no line or paragraph breaks, no control or formatting characters (such as
     * right-to-left overrides), no unpaired surrogates.
     *
     * @param field what the text is, for the sentence (for example "the title")
     * @param value the text
     * @return the problem, or none
     */
    public static Option<String> labelProblem(String field, String value) {
        Option<String> basic = lengthProblem(field, value, MAX_LABEL_LENGTH);
        if (basic.isDefined()) {
            return basic;
        }
        Option<String> surrogates = surrogateProblem(field, value);
        if (surrogates.isDefined()) {
            return surrogates;
        }
        return anyCodePoint(value, cp -> isControlOrFormat(cp) || cp == '\u2028' || cp == '\u2029')
                ? Option.some(field + " must be one line without control or formatting characters")
                : Option.none();
    }

    /**
     * Checks free text such as a status update: not blank, at most {@link #MAX_TEXT_LENGTH}
     * characters, no control characters other than line breaks and tabs, no unpaired surrogates.
     *
     * @param field what the text is, for the sentence (for example "the update")
     * @param value the text
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

    /**
     * Refuses a value that one of the checks (these, or {@link TimeRules}') found a problem with: for the
     * constructors of values that only ever hold checked values (such as events), so that a value read from a
     * store is held to the rules of the front door.
     *
     * @param problem the problem one of the checks found, or none
     * @throws IllegalArgumentException with the problem as its message, if there is one
     */
    public static void requireNone(Option<String> problem) {
        Objects.requireNonNull(problem, "problem");
        if (problem.isDefined()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /**
     * Refuses a label that {@link #labelProblem} finds a problem with.
     *
     * @param field what the text is, for the message
     * @param value the text
     * @return {@code value}
     * @throws IllegalArgumentException if the label breaks a rule
     */
    public static String requireLabel(String field, String value) {
        requireNone(labelProblem(field, value));
        return value;
    }

    /**
     * Refuses free text that {@link #textProblem} finds a problem with.
     *
     * @param field what the text is, for the message
     * @param value the text
     * @return {@code value}
     * @throws IllegalArgumentException if the text breaks a rule
     */
    public static String requireText(String field, String value) {
        requireNone(textProblem(field, value));
        return value;
    }

    /**
     * Refuses text that {@link #storable} would change: for a record of what was refused, which must hold
     * only text any store can keep.
     *
     * @param field what the text is, for the message
     * @param value the text
     * @param maxLength the longest accepted, as given to {@link #storable}
     * @return {@code value}
     * @throws IllegalArgumentException if the text is not as {@link #storable} would make it
     */
    public static String requireStorable(String field, String value, int maxLength) {
        Objects.requireNonNull(field, "field");
        if (!storable(value, maxLength).equals(value)) {
            throw new IllegalArgumentException(field + " holds text no store can keep (control characters,"
                    + " unpaired surrogates) or is longer than " + maxLength + " characters");
        }
        return value;
    }

    /**
     * Text any store can keep, made from text that may hold anything: control characters other than line
     * breaks and tabs, and unpaired surrogates, become U+FFFD; text longer than {@code maxLength} is cut
     * there (never inside a character) and ends with an ellipsis. For keeping a record of what was refused,
     * such as a chat message that could not be imported; accepted text is checked, never rewritten.
     *
     * @param value the text
     * @param maxLength the longest result, at least 2
     * @return the text to keep
     */
    public static String storable(String value, int maxLength) {
        Objects.requireNonNull(value, "value");
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, got " + maxLength);
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength));
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            i += width;
            boolean lone = width == 1 && Character.isSurrogate((char) cp);
            boolean control = Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t';
            int kept = lone || control ? 0xFFFD : cp;
            if (out.length() + Character.charCount(kept) > maxLength - (i < value.length() ? 1 : 0)) {
                return out.append('\u2026').toString();
            }
            out.appendCodePoint(kept);
        }
        return out.toString();
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

    /** Whether a code point of the text passes the test (checked one code point at a time, not per UTF-16 unit). */
    private static boolean anyCodePoint(String value, IntPredicate test) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (test.test(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** A control character, or a formatting one of any plane (such as U+200B, U+202E or the tags U+E0001 to U+E007F). */
    private static boolean isControlOrFormat(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
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

    /**
     * Explains why a text is not an absolute http or https URL with a host, of at most
     * {@link #MAX_URL_LENGTH} characters, without white space, control or formatting characters (such as a
     * right-to-left override) or unpaired surrogates.
     *
     * @param reference the text
     * @return the problem, or none when it is such a URL
     * @throws NullPointerException if {@code reference} is {@code null}
     */
    public static Option<String> urlProblem(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (reference.length() > MAX_URL_LENGTH) {
            return Option.some("a URL must be at most " + MAX_URL_LENGTH + " characters");
        }
        Option<String> hidden = identifierProblem("a URL", reference, MAX_URL_LENGTH);
        if (hidden.isDefined()) {
            return hidden;
        }
        Option<URI> uri = Try.of(() -> new URI(reference)).toOption();
        if (uri.isEmpty()) {
            return Option.some("a URL is malformed: " + reference);
        }
        String scheme = uri.get().getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Option.some("a URL must use http or https");
        }
        if (uri.get().getHost() == null) {
            return Option.some("a URL must name a host");
        }
        return Option.none();
    }
}
