package dev.incidentkit.benchmarks.baseline;

import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;

/**
 * The practical limit: the incident lifecycle as a hand-written mutable state machine. One object per
 * incident, a status field, a switch for the transition table and {@link LifecycleRules} for the guards;
 * an accepted command changes the fields in place and leaves no record behind.
 *
 * @since 0.1.0
 */
public final class MutableIncident {

    private final LifecycleRules rules;
    private final LifecycleData data;

    /**
     * An incident with no commands yet.
     *
     * @param rules the guards; never {@code null}
     * @param id the incident; never {@code null}
     */
    public MutableIncident(LifecycleRules rules, IncidentId id) {
        this.rules = rules;
        this.data = new LifecycleData(id);
    }

    /**
     * Applies a command if the lifecycle allows it.
     *
     * @param command the command; never {@code null}
     * @return {@code null} when accepted, else the rule it broke
     */
    public String handle(IncidentCommand command) {
        IncidentStatus next = LifecycleRules.next(data.status, command);
        if (next == null) {
            return "not allowed in " + data.status;
        }
        String problem = rules.problem(command, data);
        if (problem != null) {
            return problem;
        }
        rules.record(command, data);
        data.status = next;
        return null;
    }

    /**
     * The current status.
     *
     * @return the status, or {@code null} before the report
     */
    public IncidentStatus status() {
        return data.status;
    }
}
