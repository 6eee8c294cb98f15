package dev.incidentkit.incident.team;

import dev.incidentkit.incident.CommandId;
import java.util.Objects;

/**
 * The identity of one role offer: the id of the command that made the offer. Accepting, declining,
 * withdrawing or expiring an offer names it by this id.
 *
 * @param value the offer command's id
 * @since 0.1.0
 */
public record HandoffId(CommandId value) {

    /**
     * Creates a handoff id.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public HandoffId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of the offer made by a command.
     *
     * @param offer the id of the offer command
     * @return the handoff id
     */
    public static HandoffId of(CommandId offer) {
        Objects.requireNonNull(offer, "offer");
        return new HandoffId(offer);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
