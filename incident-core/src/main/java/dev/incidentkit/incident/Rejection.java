package dev.incidentkit.incident;

import java.util.Objects;

/**
 * Why a command was refused: a stable code, and a sentence a person understands, such as
 * "cannot mitigate: incident INC-7 is DECLINED; only DECLARED incidents can be mitigated".
 *
 * <p>A rejected command changes nothing: no events, no new state.
 *
 * @param code the stable code
 * @param message the sentence
 * @since 0.1.0
 */
public record Rejection(RejectionCode code, String message) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code.code() + ": " + message;
    }
}
