package dev.incidentkit.incident.team;

import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * An open role offer: the first phase of a handoff. The holder keeps the role until the offered
 * responder accepts; the offer may also be declined, withdrawn, or expire.
 *
 * @param id the offer's id
 * @param role the role offered
 * @param from the holder who is to be relieved
 * @param to the responder offered the role
 * @param note what the offeror said, such as the state of the investigation
 * @param offeredBy who made the offer: the holder or the commander
 * @param offeredAt when it was made
 * @param expiresAt when it expires unanswered
 * @since 0.1.0
 */
public record Handoff(
        HandoffId id,
        Role role,
        ResponderId from,
        Responder to,
        String note,
        ResponderId offeredBy,
        Instant offeredAt,
        Instant expiresAt) {

    /**
     * Creates an open offer.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Handoff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(offeredBy, "offeredBy");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
