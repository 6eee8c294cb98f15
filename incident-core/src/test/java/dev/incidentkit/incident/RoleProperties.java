package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.HashMap;
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
            CommandKind.ASSIGN_ROLE, io.vavr.collection.HashSet.of(Role.INCIDENT_COMMANDER, Role.TECHNOLOGY_LEAD));
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
        checkHoldersChangeOnlyByTheRules(step, before, after, added, command);
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
        if (!protocolAllows(command, before)) {
            return false;
        }
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

    /** The handoff protocol as this test reads guides 001 and 004. */
    private static boolean protocolAllows(IncidentCommand command, IncidentState before) {
        boolean commander = before.holds(command.actor(), Role.INCIDENT_COMMANDER);
        if (command instanceof IncidentCommand.OfferHandoff) {
            return command.actor().equals(((IncidentCommand.OfferHandoff) command).from()) || commander;
        }
        if (command instanceof IncidentCommand.ReleaseRole) {
            return command.actor().equals(((IncidentCommand.ReleaseRole) command).holder());
        }
        Option<Handoff> offer = command instanceof IncidentCommand.AcceptHandoff
                ? before.openHandoffs().get(((IncidentCommand.AcceptHandoff) command).handoff())
                : command instanceof IncidentCommand.DeclineHandoff
                        ? before.openHandoffs().get(((IncidentCommand.DeclineHandoff) command).handoff())
                        : Option.none();
        if (offer.isDefined()) {
            return offer.get().to().id().equals(command.actor());
        }
        if (command instanceof IncidentCommand.WithdrawHandoff) {
            return before.openHandoffs().get(((IncidentCommand.WithdrawHandoff) command).handoff())
                    .forAll(o -> o.offeredBy().equals(command.actor()) || commander);
        }
        return true;
    }

    /**
     * A holder loses a role only by an accepted handoff (accepted by the one it was offered to) or by
     * stepping down themselves; a responder gains one only at declaration, by an assignment from the
     * commander or the technology lead, by accepting an offer, or as technology lead joining the experts.
     */
    private static void checkHoldersChangeOnlyByTheRules(String step, IncidentState before, IncidentState after,
            Vector<IncidentEvent> added, IncidentCommand command) {
        for (Role role : Role.builtIns()) {
            for (ResponderId lost : before.holders(role).removeAll(after.holders(role))) {
                boolean handedOff = command instanceof IncidentCommand.AcceptHandoff && added.exists(e ->
                        e instanceof IncidentEvent.HandoffAccepted
                                && ((IncidentEvent.HandoffAccepted) e).from().equals(lost)
                                && ((IncidentEvent.HandoffAccepted) e).role().equals(role));
                boolean steppedDown = command instanceof IncidentCommand.ReleaseRole && command.actor().equals(lost);
                assertTrue(handedOff || steppedDown, step + ": " + lost + " lost " + role.name()
                        + " without an accepted handoff or stepping down");
            }
            for (ResponderId gained : after.holders(role).removeAll(before.holders(role))) {
                boolean declared = command instanceof IncidentCommand.Declare;
                boolean assigned = command instanceof IncidentCommand.AssignRole
                        && (before.holds(command.actor(), Role.INCIDENT_COMMANDER)
                                || before.holds(command.actor(), Role.TECHNOLOGY_LEAD));
                boolean accepted = command instanceof IncidentCommand.AcceptHandoff && command.actor().equals(gained);
                boolean leadJoinsExperts = role.equals(Role.SUBJECT_MATTER_EXPERT)
                        && after.holds(gained, Role.TECHNOLOGY_LEAD);
                assertTrue(declared || assigned || accepted || leadJoinsExperts, step + ": " + gained + " gained "
                        + role.name() + " by " + command.verb() + " from " + command.actor());
            }
        }
    }
}
