package dev.incidentkit.process;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import java.util.Objects;

/**
 * One role filled at declaration, with the sentence that explains the choice, such as "secondary
 * on-call grace is unavailable; chose linus from team platform".
 *
 * @param role the role
 * @param responder who takes it
 * @param explanation why this responder
 * @since 0.1.0
 */
public record Staffing(Role role, Responder responder, String explanation) {

    /**
     * Creates a staffing choice.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the explanation is blank, too long or holds control characters
     */
    public Staffing {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(responder, "responder");
        TextRules.requireText("a staffing explanation", Objects.requireNonNull(explanation, "explanation"));
    }
}
