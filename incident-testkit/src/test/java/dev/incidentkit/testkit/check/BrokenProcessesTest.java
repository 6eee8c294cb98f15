package dev.incidentkit.testkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.process.Authority;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Permission;
import dev.incidentkit.process.Presets;
import dev.incidentkit.process.UpdateCadence;
import dev.incidentkit.role.Cardinality;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Mutation checks: deliberately broken processes must be caught by the standard catalogue, each with a
 * history of a few commands that shows the fault, and the seed must reproduce it.
 */
class BrokenProcessesTest {

    /** Few enough to stay quick, many enough that each fault is found in every run. */
    private static final int SEQUENCES = 300;
    /** Pinned, so that the build never depends on luck; the catalogue tests use fresh seeds. */
    private static final long SEED = 4_711L;
    /** A history a person reads at a glance: report, declare, and the fault. */
    private static final int FEW = 5;

    @Test
    void should_catch_a_role_rule_that_leaves_the_commander_out() {
        // the commander is made optional: the declarer no longer has to take command
        IncidentProcess broken = IncidentProcess.standard().toBuilder()
                .name("command is optional")
                .roles(IncidentProcess.standard().roles().map(role -> role.equals(Role.INCIDENT_COMMANDER)
                        ? Role.of(role.key(), role.name(), Cardinality.AT_MOST_ONE) : role))
                .build();

        ProcessCheckFailure failure = caught(ProcessCheck.of(broken));

        assertEquals(Invariants.REQUIRED_ROLES_HELD.name(), failure.violation().invariant().name(), failure.getMessage());
    }

    @Test
    void should_catch_a_handoff_rule_that_lets_the_investigator_go_vacant() {
        // guide 004: a single named investigator from declaration on, let go only once a successor
        // acknowledged; this process lets the investigator simply step down
        IncidentProcess guide = Presets.commanderAndInvestigator();
        IncidentProcess broken = guide.toBuilder()
                .name("investigator may step down")
                .roles(guide.roles().map(role -> role.equals(Role.INVESTIGATOR)
                        ? Role.of(role.key(), role.name(), Cardinality.AT_MOST_ONE) : role))
                // staffed at declaration as the guide says, so the fault shows only when someone steps down
                .staffingRule((roles, roster, declarer) -> guide.staffingRule().staff(guide.roles(), roster, declarer))
                .build();

        ProcessCheckFailure failure = caught(ProcessCheck.of(broken).invariants(List.of(
                Invariants.requiredRolesHeld(List.of(Role.INCIDENT_COMMANDER, Role.INVESTIGATOR)))));

        assertTrue(failure.violation().reason().startsWith("Investigator has 0 holders"), failure.getMessage());
        assertTrue(failure.violation().history().last().command() instanceof TeamCommand.ReleaseRole,
                failure.getMessage());
    }

    @Test
    void should_catch_an_authority_table_that_lets_anyone_resolve() {
        IncidentProcess broken = Presets.commanderAndInvestigator().toBuilder()
                .name("anyone resolves")
                .authority(Authority.standard().with(CommandKind.RESOLVE, Permission.anyone()))
                .build();

        ProcessCheckFailure failure = caught(ProcessCheck.of(broken));

        assertEquals(Invariants.STEERED_BY_ROLE_HOLDERS.name(), failure.violation().invariant().name(),
                failure.getMessage());
        assertTrue(failure.violation().history().last().command() instanceof ResponseCommand.Resolve,
                failure.getMessage());
    }

    @Test
    void should_catch_a_cadence_that_never_comes_due() {
        IncidentProcess broken = Presets.managedHub().toBuilder()
                .name("updates once a month")
                .cadence(UpdateCadence.every(Duration.ofDays(30), Presets.managedHub().severityScale().levels()))
                .build();

        ProcessCheckFailure failure = caught(ProcessCheck.of(broken));

        assertEquals("status updates come due", failure.violation().invariant().name(), failure.getMessage());
    }

    @Test
    void should_reproduce_a_failure_from_its_seed() {
        IncidentProcess broken = IncidentProcess.standard().toBuilder()
                .authority(Authority.standard().with(CommandKind.RESOLVE, Permission.anyone())).build();
        ProcessCheckFailure first = caught(ProcessCheck.of(broken));

        ProcessCheckFailure again = assertThrows(ProcessCheckFailure.class,
                () -> ProcessCheck.of(broken).sequences(SEQUENCES).maxCommands(60).seed(first.seed()).check());

        assertEquals(first.getMessage(), again.getMessage());
        assertTrue(first.getMessage().contains("seed(" + first.seed() + "L)"), first.getMessage());
        assertTrue(first.getMessage().contains("-D" + ProcessCheck.SEED_PROPERTY + "=" + first.seed()),
                first.getMessage());
    }

    @Test
    void should_take_the_seed_from_the_system_property_when_none_is_given_in_code() {
        IncidentProcess broken = IncidentProcess.standard().toBuilder()
                .authority(Authority.standard().with(CommandKind.RESOLVE, Permission.anyone())).build();
        String was = System.getProperty(ProcessCheck.SEED_PROPERTY);
        System.setProperty(ProcessCheck.SEED_PROPERTY, "20261123");
        try {
            CheckReport report = ProcessCheck.of(broken).sequences(SEQUENCES).run();

            assertEquals(20261123L, report.seed());
            assertEquals(ProcessCheck.of(broken).sequences(SEQUENCES).seed(20261123L).run().violation()
                    .map(Violation::describe), report.violation().map(Violation::describe));
        } finally {
            if (was == null) {
                System.clearProperty(ProcessCheck.SEED_PROPERTY);
            } else {
                System.setProperty(ProcessCheck.SEED_PROPERTY, was);
            }
        }
    }

    @Test
    void should_report_a_custom_invariant_by_its_name_with_the_commands_that_broke_it() {
        Invariant neverMitigated = Invariant.of("never mitigated", "a test invariant that mitigation breaks",
                step -> Invariant.require(step.after().milestones().get(dev.incidentkit.incident.Milestone.MITIGATED)
                        .isEmpty(), () -> "mitigated at " + step.after().milestones()
                                .get(dev.incidentkit.incident.Milestone.MITIGATED).get()));

        ProcessCheckFailure failure = assertThrows(ProcessCheckFailure.class, () -> ProcessCheck
                .of(IncidentProcess.standard()).invariants(List.of(neverMitigated)).sequences(SEQUENCES).seed(SEED)
                .check());

        assertEquals("never mitigated", failure.violation().invariant().name());
        assertTrue(failure.violation().history().size() <= FEW, failure.getMessage());
        assertTrue(failure.getMessage().contains("invariant 'never mitigated' broken after command "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("-> accepted: Mitigated"), failure.getMessage());
    }

    @Test
    void should_report_an_assertion_from_a_testers_own_check_as_that_invariant_broken() {
        Invariant asserting = Invariant.of("asserts no severity change", "a check written with JUnit assertions",
                step -> {
                    org.junit.jupiter.api.Assertions.assertFalse(
                            step.command() instanceof ResponseCommand.ChangeSeverity && step.isAccepted(),
                            "severity changed");
                    return io.vavr.control.Option.none();
                });

        ProcessCheckFailure failure = caught(ProcessCheck.of(IncidentProcess.standard()).invariants(List.of(asserting)));

        assertEquals("asserts no severity change", failure.violation().invariant().name());
        assertTrue(failure.violation().reason().contains("severity changed"), failure.getMessage());
    }

    @Test
    void should_drop_invariants_by_name_and_refuse_names_it_does_not_have() {
        ProcessCheck check = ProcessCheck.of(IncidentProcess.standard());

        CheckReport report = check.without("required roles held", "desk agrees with the decider").sequences(5).run();

        assertEquals(Invariants.standard().size() - 2, report.invariants().size());
        assertThrows(IllegalArgumentException.class, () -> check.without("no such invariant"));
    }

    private static ProcessCheckFailure caught(ProcessCheck check) {
        ProcessCheckFailure failure = assertThrows(ProcessCheckFailure.class,
                () -> check.sequences(SEQUENCES).maxCommands(60).seed(SEED).check());
        System.out.println(failure.getMessage());
        assertTrue(failure.violation().history().size() <= FEW,
                "the history must shrink to a few commands, got " + failure.violation().history().size() + ":\n"
                        + failure.getMessage());
        return failure;
    }
}
