package dev.incidentkit.testkit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.process.Authority;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Permission;
import dev.incidentkit.process.PostmortemPolicy;
import dev.incidentkit.process.UpdateCadence;
import dev.incidentkit.process.WorkingCalendar;
import dev.incidentkit.role.Cardinality;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Sequences follow the process they are given: its scale, its roles, its authority; playing is deterministic. */
class CommandSequencesTest {

    private static final Role SCRIBE = Role.of("scribe", "Scribe", Cardinality.AT_MOST_ONE);
    private static final SeverityScale LIGHTS = SeverityScale.of("Red", "Amber", "Green");
    private static final IncidentProcess TRAFFIC_LIGHTS = IncidentProcess.standard().toBuilder()
            .name("traffic lights")
            .severityScale(LIGHTS)
            .cadence(UpdateCadence.every(Duration.ofHours(2), LIGHTS.levels()))
            .postmortem(new PostmortemPolicy(Option.some(LIGHTS.get("Red")), Option.some(5),
                    WorkingCalendar.weekdays(ZoneOffset.UTC), Option.none(), io.vavr.collection.HashSet.empty()))
            .roles(IncidentProcess.standard().roles().append(SCRIBE))
            .authority(Authority.standard().with(CommandKind.RESOLVE, Permission.holdersOf(Role.INCIDENT_COMMANDER)))
            .build();

    @Test
    void should_include_facts_recorded_after_they_happened_in_valid_sequences() {
        Set<String> afterwards = ConcurrentHashMap.newKeySet();
        qt().withFixedSeed(7).withExamples(100)
                .forAll(CommandSequences.of(IncidentProcess.standard()).validOnly().maxCommands(40).scripts())
                .checkAssert(script -> script.play().forEach(played -> {
                    if (played.outcome().isRight() && played.command().header().occurredAt().isDefined()) {
                        afterwards.add(played.command().commandKind().name());
                    }
                }));
        // declarations, updates, roles and the rest, each written down minutes after it happened
        assertTrue(afterwards.size() >= 8, "accepted after-the-fact kinds: " + afterwards);
    }

    @Test
    void should_use_the_process_scale_and_roles_in_valid_sequences() {
        Set<String> severities = ConcurrentHashMap.newKeySet();
        Set<String> roles = ConcurrentHashMap.newKeySet();
        qt().withFixedSeed(5).withExamples(200)
                .forAll(CommandSequences.of(TRAFFIC_LIGHTS).validOnly().maxCommands(40).scripts())
                .checkAssert(script -> script.play().forEach(played -> {
                    assertTrue(played.outcome().isRight(), played.describe());
                    IncidentCommand command = played.command();
                    if (command instanceof ResponseCommand.Declare) {
                        severities.add(((ResponseCommand.Declare) command).severity().name());
                    }
                    if (command instanceof TeamCommand.AssignRole) {
                        roles.add(((TeamCommand.AssignRole) command).role().key());
                    }
                }));

        assertEquals(Set.of("Red", "Amber", "Green"), severities);
        assertTrue(roles.contains(SCRIBE.key()), "the process's own role is assigned: " + roles);
    }

    @Test
    void should_mix_in_commands_outside_the_scale_and_from_outsiders() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        qt().withFixedSeed(9).withExamples(300).forAll(CommandSequences.of(TRAFFIC_LIGHTS).scripts())
                .checkAssert(script -> script.play().forEach(played -> {
                    IncidentCommand command = played.command();
                    if (command instanceof ResponseCommand.ChangeSeverity && !TRAFFIC_LIGHTS.severityScale().levels()
                            .contains(((ResponseCommand.ChangeSeverity) command).severity())) {
                        seen.add("out of scale");
                    }
                    if (command.actor().value().equals("mallory")) {
                        seen.add("outsider");
                    }
                    played.outcome().swap().forEach(rejection -> seen.add(rejection.code().name()));
                }));

        assertTrue(seen.containsAll(Set.of("out of scale", "outsider", "UNAUTHORISED", "INVALID_INPUT",
                "UNKNOWN_ROLE", "WRONG_STATUS")), seen.toString());
    }

    @Test
    void should_play_the_same_steps_the_same_way_and_replay_hand_written_steps() {
        CommandSequences sequences = CommandSequences.of(TRAFFIC_LIGHTS).people(List.of(Responder.of("kim", "Kim"),
                Responder.of("lee", "Lee"), Responder.of("sam", "Sam")));
        java.util.List<Step> steps = java.util.List.of(new Step(1, 0, 0, 0, 0), new Step(2, 5, 0, 0, 0),
                new Step(9, 30, 0, 0, 0));

        Script script = sequences.script(steps);

        assertEquals(script.play(), sequences.script(steps).play());
        assertEquals(List.of("report", "declare", "resolve"), script.commands().map(IncidentCommand::verb));
        assertTrue(script.play().forAll(p -> p.outcome().isRight()), script.toString());
        assertEquals(new Severity("Red", 1), ((ResponseCommand.Declare) script.commands().get(1)).severity());
        assertThrows(IllegalArgumentException.class, () -> sequences.people(List.of(Responder.of("mallory", "M"),
                Responder.of("kim", "Kim"))));
    }
}
