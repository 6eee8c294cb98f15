package dev.incidentkit.testkit.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole catalogue against every preset, the way a tester would run it against their own process:
 * mixed sequences through the decider, valid-only sequences, and sequences through the desk. The counts
 * keep the module's tests within about half a minute on two cores.
 */
class PresetCatalogueTest {

    static Stream<Arguments> presets() {
        return Stream.of(
                Arguments.of("standard", IncidentProcess.standard()),
                Arguments.of("managed hub", Presets.managedHub()),
                Arguments.of("on call", Presets.onCall()),
                Arguments.of("commander and investigator", Presets.commanderAndInvestigator()),
                Arguments.of("cadence per severity", cadencePerSeverity()));
    }

    /** Updates every hour at SEV1 and every four hours below, so that a raised severity owes one sooner. */
    private static IncidentProcess cadencePerSeverity() {
        IncidentProcess standard = IncidentProcess.standard();
        io.vavr.collection.Seq<dev.incidentkit.severity.Severity> levels = standard.severityScale().levels();
        io.vavr.collection.Map<dev.incidentkit.severity.Severity, java.time.Duration> intervals = levels.toMap(
                level -> level, level -> java.time.Duration.ofHours(level.equals(levels.head()) ? 1 : 4));
        return standard.toBuilder().name("cadence per severity")
                .cadence(new dev.incidentkit.process.UpdateCadence(intervals, standard.cadence().audiences(),
                        standard.cadence().sender()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void should_keep_every_invariant_over_mixed_sequences(String name, IncidentProcess process) {
        CheckReport report = ProcessCheck.of(process).sequences(400).maxCommands(60).check();

        System.out.println(report.summary());
        assertTrue(report.commands() > 400 * 10, "the sequences must be long enough to mean something: " + report.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void should_keep_every_invariant_over_valid_sequences(String name, IncidentProcess process) {
        CheckReport report = ProcessCheck.of(process).validOnly().sequences(150).maxCommands(60).check();

        System.out.println(report.summary());
        assertTrue(report.rejected() == 0, "valid-only sequences must have no rejections: " + report.summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void should_keep_every_invariant_through_the_desk(String name, IncidentProcess process) {
        CheckReport report = ProcessCheck.of(process).throughDesk().sequences(100).maxCommands(40).check();

        System.out.println(report.summary());
        assertTrue(report.invariants().contains(Invariants.DESK_AGREES.name()));
    }
}
