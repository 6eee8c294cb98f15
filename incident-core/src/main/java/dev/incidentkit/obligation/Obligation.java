package dev.incidentkit.obligation;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;

/**
 * Something owed on an incident: what, by when, who should act, and a sentence that says it.
 *
 * @param kind what is owed; never {@code null}
 * @param dueAt when it is (or was) due; never {@code null}
 * @param owners who should act; empty when nobody holds the responsible role; never {@code null}
 * @param sentence the obligation in words; never {@code null}
 * @since 0.1.0
 */
public record Obligation(ObligationKind kind, Instant dueAt, Seq<ResponderId> owners, String sentence) {

    /**
     * Creates an obligation.
     *
     * @param kind what is owed; never {@code null}
     * @param dueAt when it is due; never {@code null}
     * @param owners who should act; never {@code null}
     * @param sentence the obligation in words; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     */
    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Nulls.requireElements(owners, "owners");
        Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * Tells whether the obligation is overdue at a moment.
     *
     * @param now the moment; never {@code null}
     * @return {@code true} if {@code now} is after the due time
     */
    public boolean isOverdueAt(Instant now) {
        return now.isAfter(dueAt);
    }
}
