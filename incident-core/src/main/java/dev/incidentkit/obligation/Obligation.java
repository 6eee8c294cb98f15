package dev.incidentkit.obligation;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Something owed on an incident: what, about what, by when, who should act, and a sentence that says it.
 *
 * <p>An obligation is identified by its kind and subject: the same obligation asked about at two moments
 * has the same kind and subject, so a caller can key reminders on them.
 *
 * @param kind what is owed
 * @param subject what it is about, stable and machine-readable: an audience ({@code "stakeholders"}), a
 *     start condition ({@code "DEDICATED_CHANNEL"}), a role key, a handoff id, or {@code "postmortem"}
 * @param dueAt when it is (or was) due, or none when the process sets no deadline
 * @param owners who should act; empty when nobody holds the responsible role
 * @param sentence the obligation in words
 * @since 0.1.0
 */
public record Obligation(
        ObligationKind kind, String subject, Option<Instant> dueAt, Seq<ResponderId> owners, String sentence) {

    /**
     * Creates an obligation.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Nulls.requireContent(dueAt, "dueAt");
        Nulls.requireElements(owners, "owners");
        Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * Tells whether the obligation is overdue at a moment.
     *
     * @param now the moment
     * @return {@code true} if {@code now} is after the due time; never for an obligation without one
     */
    public boolean isOverdueAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return dueAt.exists(now::isAfter);
    }
}
