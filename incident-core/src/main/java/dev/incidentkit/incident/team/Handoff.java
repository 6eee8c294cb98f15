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
 * @param id the offer's id; never {@code null}
 * @param role the role offered; never {@code null}
 * @param from the holder who is to be relieved; never {@code null}
 * @param to the responder offered the role; never {@code null}
 * @param note what the offeror said, such as the state of the investigation; never {@code null}
 * @param offeredBy who made the offer: the holder or the commander; never {@code null}
 * @param offeredAt when it was made; never {@code null}
 * @param expiresAt when it expires unanswered; never {@code null}
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
     * @param id the offer's id; never {@code null}
     * @param role the role offered; never {@code null}
     * @param from the holder to be relieved; never {@code null}
     * @param to the responder offered the role; never {@code null}
     * @param note what the offeror said; never {@code null}
     * @param offeredBy who made the offer; never {@code null}
     * @param offeredAt when it was made; never {@code null}
     * @param expiresAt when it expires; never {@code null}
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
