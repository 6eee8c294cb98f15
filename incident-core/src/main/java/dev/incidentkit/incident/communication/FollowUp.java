package dev.incidentkit.incident.communication;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.incident.IncidentId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A report that reached the team after the incident was resolved (users still see errors an hour later),
 * as the state knows it: who reported what and when, whether and when it was answered, and how it was
 * settled. Open until settled.
 *
 * @param id the follow-up's id
 * @param from who reported it
 * @param report what they reported
 * @param reportedAt when it was reported
 * @param answeredAt when the team first answered, if it has
 * @param settlement how it was settled, if it has been
 * @param newIncident the incident opened for it, when it was settled as {@link Settlement#NEW_INCIDENT}
 * @since 0.4.0
 */
public record FollowUp(FollowUpId id, Counterpart from, String report, Instant reportedAt,
        Option<Instant> answeredAt, Option<Settlement> settlement, Option<IncidentId> newIncident) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Nulls.requireContent(answeredAt, "answeredAt");
        Nulls.requireContent(settlement, "settlement");
        Nulls.requireContent(newIncident, "newIncident");
    }

    /**
     * Tells whether the follow-up still waits to be settled.
     *
     * @return {@code true} until it is settled
     */
    public boolean isOpen() {
        return settlement.isEmpty();
    }

    /**
     * This follow-up answered at a time; the first answer counts.
     *
     * @param at when it was answered
     * @return the new value
     * @throws NullPointerException if {@code at} is {@code null}
     */
    public FollowUp answered(Instant at) {
        Objects.requireNonNull(at, "at");
        return answeredAt.isDefined() ? this
                : new FollowUp(id, from, report, reportedAt, Option.some(at), settlement, newIncident);
    }

    /**
     * This follow-up settled.
     *
     * @param how how it was settled
     * @param incident the new incident, for {@link Settlement#NEW_INCIDENT}
     * @return the new value
     * @throws NullPointerException if an argument is {@code null}
     */
    public FollowUp settled(Settlement how, Option<IncidentId> incident) {
        Objects.requireNonNull(how, "how");
        Nulls.requireContent(incident, "incident");
        return new FollowUp(id, from, report, reportedAt, answeredAt, Option.some(how), incident);
    }
}
