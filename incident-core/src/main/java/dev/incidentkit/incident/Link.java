package dev.incidentkit.incident;

import dev.incidentkit.base.TextRules;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed link from an incident to an outside place: its kind, and either an absolute
 * {@code http}/{@code https} URL with a host, or the place's id in its own system (such as
 * {@code "#inc-42-hub"}, {@code "C041E05LVHB"} or {@code "FD-4711"}).
 *
 * <p>An external id starts with a letter, a digit or {@code #} and holds only letters, digits and
 * {@code . _ - # /}: no scheme (so no {@code javascript:}), no {@code @} mention, no markup. An
 * {@link LinkKind#EMAIL} link's reference is an e-mail address instead: a local part of letters, digits
 * and {@code . _ % + -}, an {@code @}, and a domain of dot-separated labels of letters, digits and
 * {@code -}.
 *
 * @param kind what the link points to
 * @param reference the URL or external id; valid as described above
 * @since 0.1.0
 */
public record Link(LinkKind kind, String reference) {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\p{L}\\p{N}#][\\p{L}\\p{N}._#/-]*");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    /** The longest reference accepted. */
    public static final int MAX_REFERENCE_LENGTH = TextRules.MAX_URL_LENGTH;

    /**
     * Creates a link from trusted input.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the reference is neither a valid URL nor a valid external id
     */
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        TextRules.requireNone(problemWith(kind, reference));
    }

    /**
     * Creates a link from trusted input.
     *
     * @param kind what the link points to
     * @param reference the URL or external id
     * @return the link
     * @throws IllegalArgumentException if the reference is invalid
     */
    public static Link of(LinkKind kind, String reference) {
        return new Link(kind, reference);
    }

    /**
     * Parses a link from untrusted input.
     *
     * @param kind what the link points to
     * @param reference the URL or external id; may be {@code null}
     * @return the link, or a sentence saying why the reference is not valid
     */
    public static Either<String, Link> parse(LinkKind kind, @Nullable String reference) {
        Objects.requireNonNull(kind, "kind");
        if (reference == null) {
            return Either.left("a link reference is required");
        }
        return problemWith(kind, reference)
                .<Either<String, Link>>map(Either::left)
                .getOrElse(() -> Either.right(new Link(kind, reference)));
    }

    /**
     * The reference as a URL, when it is one.
     *
     * @return the URL, or none for an external id
     */
    public Option<URI> url() {
        return looksLikeUrl(reference) ? Option.some(URI.create(reference)) : Option.none();
    }

    private static boolean looksLikeUrl(String reference) {
        return reference.contains("://");
    }

    /**
     * Explains why a text is not a valid link reference.
     *
     * @param kind the link's kind
     * @param reference the text
     * @return the problem, or none when it is a valid URL or external id (an e-mail address for an e-mail link)
     */
    static Option<String> problemWith(LinkKind kind, String reference) {
        if (kind == LinkKind.EMAIL) {
            Option<String> basic = TextRules.identifierProblem("an e-mail address", reference, MAX_REFERENCE_LENGTH);
            return basic.isDefined() || EMAIL.matcher(reference).matches() ? basic
                    : Option.some("an e-mail link's reference must be an address such as name@example.org");
        }
        return looksLikeUrl(reference) ? urlProblem(reference) : externalIdProblem(reference);
    }

    private static Option<String> externalIdProblem(String reference) {
        Option<String> basic = TextRules.identifierProblem("a link's external id", reference, MAX_REFERENCE_LENGTH);
        if (basic.isDefined()) {
            return basic;
        }
        if (!EXTERNAL_ID.matcher(reference).matches()) {
            return Option.some("a link's external id must start with a letter, a digit or # and hold only"
                    + " letters, digits and . _ - # /, or the link must be an http(s) URL");
        }
        return Option.none();
    }

    /**
     * Explains why a text is not an absolute http or https URL with a host, of at most
     * {@link #MAX_REFERENCE_LENGTH} characters, without white space, control or formatting characters (such
     * as a right-to-left override) or unpaired surrogates.
     *
     * @param reference the text
     * @return the problem, or none when it is such a URL
     */
    public static Option<String> urlProblem(String reference) {
        return TextRules.urlProblem(reference);
    }
}
