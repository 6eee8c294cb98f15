package dev.incidentkit.process;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What triage concludes about a report, with the reasons that led there.
 *
 * @param outcome incident, support ticket, or more information needed
 * @param reasons the sentences that explain it, citing the guide
 * @since 0.1.0
 */
public record Verdict(Outcome outcome, Seq<String> reasons) {

    /**
     * Creates a verdict.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a reason breaks the rules of free text
     */
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Nulls.requireElements(reasons, "reasons");
        reasons.forEach(reason -> TextRules.requireText("a verdict's reason", reason));
    }

    /**
     * A verdict with its reasons.
     *
     * @param outcome the outcome
     * @param reasons the reasons
     * @return the verdict
     */
    public static Verdict of(Outcome outcome, String... reasons) {
        Objects.requireNonNull(reasons, "reasons");
        return new Verdict(outcome, List.of(reasons));
    }

    /**
     * What a report turns out to be.
     */
    public enum Outcome {
        /** An incident: declare it. */
        INCIDENT,
        /** Not an incident: handle it as a support ticket or route it elsewhere, and tell the reporter. */
        SUPPORT_TICKET,
        /** Not decided: reproduce it, or ask the reporter for more information. */
        NEEDS_MORE_INFORMATION
    }
}
