package dev.incidentkit.incident;

import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.severity.Severity;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether an incident owes a postmortem, said once for the decider and the obligations: a postmortem is
 * owed when the process requires one at the most severe level the incident held from its resolution on.
 * Once owed it stays owed: lowering the severity after the resolution, with whatever reason, does not
 * erase it (a level is lowered before the resolution when the incident turns out smaller than feared;
 * after it, only the record is corrected). Raising the severity after the resolution makes it owed.
 *
 * @since 0.1.0
 */
public final class PostmortemOwed {

    private PostmortemOwed() {}

    /**
     * The level at which the incident owes a postmortem, if it owes one.
     *
     * @param state the incident
     * @param process its process
     * @return the most severe level held since the resolution, when the process requires a postmortem at
     *     it; none for an incident not resolved or owing none
     */
    public static Option<Severity> at(IncidentState state, IncidentProcess process) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(process, "process");
        Option<Instant> resolved = state.milestones().get(Milestone.RESOLVED);
        if (resolved.isEmpty()) {
            return Option.none();
        }
        return state.mostSevereSince(resolved.get()).filter(process.postmortem()::requiredFor);
    }
}
