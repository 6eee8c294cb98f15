package dev.incidentkit.incident;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.role.ResponderId;
import java.util.Objects;

/**
 * A soft rule broken: who it is about and a sentence saying what the guides suggest instead. It travels
 * with the accepted events as an {@link TeamEvent.AdvisoryRaised} event and never blocks.
 *
 * @param code the stable code
 * @param about the responder the advice is for
 * @param message the advice
 * @since 0.1.0
 */
public record Advisory(AdvisoryCode code, ResponderId about, String message) {

    /**
     * Creates an advisory.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the message breaks the rules of free text
     */
    public Advisory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(about, "about");
        TextRules.requireText("an advisory's message", Objects.requireNonNull(message, "message"));
    }
}
