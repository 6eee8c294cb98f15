package dev.incidentkit.incident;

import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import java.util.Objects;

/**
 * Who still has to be told that a resolved incident is resolved: the audiences the process keeps
 * informed (the stakeholders when it names none) that have had no resolution notice since the latest
 * resolution (000, 001: "communicate with the Community Representative that things should be back to
 * normal").
 *
 * @since 0.1.0
 */
public final class Communication {

    private Communication() {}

    /**
     * The audiences of the process that have not been told about the latest resolution.
     *
     * @param state the incident
     * @param process its process
     * @return the audiences still to tell, in order; empty unless the incident is resolved or closed
     */
    public static Seq<Audience> resolutionNotYetToldTo(IncidentState state, IncidentProcess process) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(process, "process");
        if (state.milestones().get(Milestone.RESOLVED).isEmpty()) {
            return io.vavr.collection.List.empty();
        }
        Instant resolved = state.milestones().get(Milestone.RESOLVED).get();
        Set<Audience> audiences = process.cadence().audiences().isEmpty()
                ? LinkedHashSet.of(Audience.STAKEHOLDERS) : process.cadence().audiences();
        return audiences.toList().sorted().filter(audience -> !state.statusUpdates().exists(update ->
                update.kind() == UpdateKind.RESOLUTION && update.audience() == audience
                        && !update.postedAt().isBefore(resolved)));
    }
}
