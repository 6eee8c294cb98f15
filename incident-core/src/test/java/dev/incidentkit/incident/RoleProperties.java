package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The role properties of one accepted step, checked with the test's own reading of the guides: the
 * generic process's authority, the handoff protocol, and how holders may change.
 */
final class RoleProperties {

    /** Who may issue what in the generic process, as this test reads the guides; absent = participants. */
    private static final Map<CommandKind, Set<Role>> HOLDERS_ONLY = HashMap.of(
            CommandKind.CHANGE_SEVERITY, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER, Role.INVESTIGATOR,
                    Role.TECHNOLOGY_LEAD),
            CommandKind.POST_UPDATE, io.vavr.collection.HashSet.of(Role.COMMUNICATIONS_LIAISON, Role.INCIDENT_COMMANDER),
            CommandKind.MITIGATE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER, Role.INVESTIGATOR,
                    Role.TECHNOLOGY_LEAD),
            CommandKind.RESOLVE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER, Role.TECHNOLOGY_LEAD),
            CommandKind.CANCEL, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER),
            CommandKind.MERGE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER),
            CommandKind.CLOSE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER),
            CommandKind.ASSIGN_ROLE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER, Role.TECHNOLOGY_LEAD),
            CommandKind.RELEASE_ROLE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER, Role.TECHNOLOGY_LEAD));
    private static final Set<CommandKind> ANYONE = io.vavr.collection.HashSet.of(CommandKind.REPORT,
            CommandKind.DECLARE, CommandKind.DECLINE, CommandKind.ACCEPT_HANDOFF, CommandKind.DECLINE_HANDOFF,
            CommandKind.EXPIRE_HANDOFF);

    private RoleProperties() {}

    static void check(String step, IncidentState before, IncidentState after, Vector<IncidentEvent> added,
            IncidentCommand command) {
        if (added.isEmpty()) {
            return;
        }
        assertTrue(authorised(command, before), step + ": " + command.actor() + " may not " + command.verb());
        if (after.milestones().get(Milestone.DECLARED).isDefined()) {
            for (Role role : Role.builtIns()) {
                int holders = after.holders(role).size();
                if (role.cardinality().isRequired()) {
                    assertEquals(1, holders, step + ": " + role.name() + " must have exactly one holder");
                } else if (role.cardinality().isSingleHolder()) {
                    assertTrue(holders <= 1, step + ": " + role.name() + " has " + holders + " holders");
                }
            }
        }
        assertEquals(expectedHolders(before, added), after.roleHolders().filter(e -> !e._2.isEmpty()),
                step + ": holders changed other than by assignment, release or accepted handoff");
        for (Seq<ResponderId> holders : after.roleHolders().values()) {
            for (ResponderId holder : holders) {
                assertTrue(after.participants().containsKey(holder), step + ": " + holder + " holds a role"
                        + " but is not a participant");
            }
        }
        for (IncidentEvent event : added) {
            if (event instanceof IncidentEvent.HandoffAccepted) {
                assertEquals(((IncidentEvent.HandoffAccepted) event).to().id(), command.actor(),
                        step + ": only the offered responder accepts");
            }
            if (event instanceof IncidentEvent.RoleAssigned && !(command instanceof IncidentCommand.Declare)) {
                assertTrue(command instanceof IncidentCommand.AssignRole
                                || ((IncidentEvent.RoleAssigned) event).role().equals(Role.SUBJECT_MATTER_EXPERT),
                        step + ": a role is assigned only by an assignment, or the tech lead joins the experts");
            }
        }
    }

    private static boolean authorised(IncidentCommand command, IncidentState before) {
        CommandKind kind = command.commandKind();
        if (ANYONE.contains(kind) || before.milestones().get(Milestone.DECLARED).isEmpty()) {
            return true;
        }
        Option<Set<Role>> roles = HOLDERS_ONLY.get(kind);
        if (roles.isEmpty()) {
            return before.participants().containsKey(command.actor());
        }
        return roles.get().exists(role -> before.holds(command.actor(), role)
                || (role.equals(Role.COMMUNICATIONS_LIAISON) && before.holders(role).isEmpty()
                        && before.holds(command.actor(), Role.INCIDENT_COMMANDER)));
    }

    /** The holders after the events, computed from the events alone. */
    private static Map<Role, Seq<ResponderId>> expectedHolders(IncidentState before, Vector<IncidentEvent> added) {
        Map<Role, Seq<ResponderId>> holders = before.roleHolders();
        for (IncidentEvent event : added) {
            if (event instanceof IncidentEvent.RoleAssigned) {
                IncidentEvent.RoleAssigned e = (IncidentEvent.RoleAssigned) event;
                holders = holders.put(e.role(), holders.get(e.role()).getOrElse(List.empty()).append(e.responder().id()));
            } else if (event instanceof IncidentEvent.RoleReleased) {
                IncidentEvent.RoleReleased e = (IncidentEvent.RoleReleased) event;
                holders = holders.put(e.role(), holders.get(e.role()).getOrElse(List.empty()).remove(e.holder()));
            } else if (event instanceof IncidentEvent.HandoffAccepted) {
                IncidentEvent.HandoffAccepted e = (IncidentEvent.HandoffAccepted) event;
                holders = holders.put(e.role(),
                        holders.get(e.role()).getOrElse(List.empty()).replace(e.from(), e.to().id()));
            }
        }
        return holders.filter(e -> !e._2.isEmpty());
    }
}
