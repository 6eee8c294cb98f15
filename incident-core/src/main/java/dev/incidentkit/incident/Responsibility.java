package dev.incidentkit.incident;

import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Who does a role's work on an incident right now: its holders, or while it is vacant the holders of
 * the role that covers it (the commander is the liaison until someone else is, 001).
 *
 * @since 0.1.0
 */
public final class Responsibility {

    private Responsibility() {}

    /**
     * The responders doing a role's work.
     *
     * @param state the incident
     * @param role the role
     * @param process the process that says which role covers which
     * @return the holders, or the covering role's holders while it is vacant; possibly empty
     */
    public static Seq<ResponderId> of(IncidentState state, Role role, IncidentProcess process) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(process, "process");
        Seq<ResponderId> holders = state.holders(role);
        if (!holders.isEmpty()) {
            return holders;
        }
        return process.role(role.key()).orElse(() -> io.vavr.control.Option.some(role))
                .flatMap(Role::coveredBy)
                .flatMap(process::role)
                .map(state::holders)
                .getOrElse(List.empty());
    }
}
