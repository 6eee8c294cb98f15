package dev.incidentkit.postmortem;

import dev.incidentkit.role.ResponderId;
import java.time.Instant;
import java.util.Objects;

/**
 * One responder's review of a postmortem.
 *
 * @param reviewer who reviewed it
 * @param at when
 * @param comment what they said or added
 * @since 0.1.0
 */
public record Review(ResponderId reviewer, Instant at, String comment) {

    /**
     * Creates a review.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(comment, "comment");
    }
}
