package dev.incidentkit.incident;

import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.StartCondition;
import dev.incidentkit.role.Audience;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Reads a process's official-start checklist against an incident: which conditions are met, and
 * whether the incident has officially begun.
 *
 * @since 0.1.0
 */
public final class OfficialStart {

    private OfficialStart() {}

    /**
     * The conditions of the process's checklist that the incident does not meet yet.
     *
     * @param state the incident
     * @param process the process
     * @return the unmet conditions, in the checklist's order; empty when all are met
     */
    public static Seq<StartCondition> missing(IncidentState state, IncidentProcess process) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(process, "process");
        return process.officialStart().filter(condition -> !isMet(condition, state, process));
    }

    /**
     * Tells whether the incident has officially begun: the event that says so was recorded. Under a
     * process without a checklist there is no official start, and this stays {@code false}; use the
     * declaration milestone instead.
     *
     * @param state the incident
     * @return {@code true} once officially started
     */
    public static boolean hasStarted(IncidentState state) {
        Objects.requireNonNull(state, "state");
        return state.milestones().get(Milestone.OFFICIALLY_STARTED).isDefined();
    }

    static boolean isMet(StartCondition condition, IncidentState state, IncidentProcess process) {
        switch (condition) {
            case TOP_PRIORITY_PAGING_INCIDENT:
                return !state.links(LinkKind.PAGING_INCIDENT).isEmpty()
                        && state.severity().contains(process.severityScale().mostSevere());
            case PAGING_ACKNOWLEDGED:
                return state.pagingAcknowledgedBy().isDefined();
            case DEDICATED_CHANNEL:
                return !state.links(LinkKind.INCIDENT_CHANNEL).isEmpty();
            case STAKEHOLDERS_INFORMED:
                return state.statusUpdates().exists(update -> update.kind() == UpdateKind.PROGRESS
                        && (update.audience() == Audience.STAKEHOLDERS || update.audience() == Audience.PUBLIC));
            case TICKET_TRACKED:
                return !state.links(LinkKind.TICKET).isEmpty();
            default:
                throw new IllegalStateException("unknown start condition " + condition);
        }
    }
}
