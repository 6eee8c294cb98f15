package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A status update as the incident remembers it: what was said, to whom, by whom, when, and when the
 * next one is expected.
 *
 * @param postedAt when it was posted
 * @param author who posted it
 * @param kind progress or resolution notice
 * @param audience who it is for
 * @param text what it says
 * @param nextUpdateBy when the next update is promised, if a time was given
 * @since 0.1.0
 */
public record StatusUpdate(
        Instant postedAt,
        ResponderId author,
        UpdateKind kind,
        Audience audience,
        String text,
        Option<Instant> nextUpdateBy) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public StatusUpdate {
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(text, "text");
        Nulls.requireContent(nextUpdateBy, "nextUpdateBy");
    }
}
