package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Every preset accepts what the generic process accepts from the same commander: the presets differ in
 * scales, checklists, cadences and who may do what, never in the lifecycle itself. Closing is left out:
 * whether a postmortem must come first is exactly what the processes' postmortem policies differ in.
 */
class PresetCompatibilityTest {

    private static final ResponderId ADA = ResponderId.of("ada");
    private static final IncidentProcess GENERIC = IncidentProcess.standard();
    private static final List<IncidentProcess> PRESETS =
            List.of(Presets.managedHub(), Presets.onCall(), Presets.commanderAndInvestigator());

    /**
     * A commander's command, by kind (0..12) and a variant, against a scale; severities are picked from
     * the three most severe levels, which every preset's scale has.
     */
    private static IncidentCommand command(int kind, int variant, CommandHeader h, Instant now, SeverityScale scale) {
        Severity severity = scale.levels().get(variant % 3);
        switch (kind) {
            case 0:
                return TriageCommand.Report.of(h, ReportSource.manual(ADA), "Hub is down");
            case 1:
                return new TriageCommand.Assess(h, Assessment.builder().usersAffected(variant * 5).customerImpact().build());
            case 2:
                return ResponseCommand.Declare.of(h, "Hub down", severity, Impact.of("nobody can log in"), "hub");
            case 3:
                return new CommunicationCommand.AddLink(h, Link.of(LinkKind.values()[variant % 5], "ref-" + variant));
            case 4:
                return CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS, "Working on it",
                        now.plus(Duration.ofHours(2)));
            case 5:
                return new ResponseCommand.AcknowledgePaging(h);
            case 6:
                return new ResponseCommand.Mitigate(h, "rolled back", Option.none());
            case 7:
                return new ResponseCommand.Resolve(h, "verified", Option.none());
            case 8:
                return CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS, "Back to normal");
            case 9:
                return new ResponseCommand.Reopen(h, "it came back");
            case 10:
                return new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING, "looked at the logs", Option.none());
            case 11:
                return new ResponseCommand.ChangeSeverity(h, severity, Option.some("new facts"));
            default:
                return new ResponseCommand.RecordAction(h, ActionKind.NOTE, "noted", Option.none());
        }
    }

    @Test
    void should_accept_in_every_preset_what_the_generic_process_accepts_from_the_commander() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 12).zip(integers().between(0, 4), (k, v) -> k * 10 + v))
                        .ofSizeBetween(1, 30))
                .checkAssert(steps -> {
                    for (IncidentProcess preset : PRESETS) {
                        IncidentDecider generic = IncidentDecider.of(GENERIC);
                        IncidentDecider other = IncidentDecider.of(preset);
                        IncidentId id = IncidentId.of("INC-1");
                        IncidentState a = IncidentState.empty(id);
                        IncidentState b = IncidentState.empty(id);
                        Instant now = Instant.parse("2026-03-02T12:00:00Z");
                        for (int i = 0; i < steps.size(); i++) {
                            now = now.plus(Duration.ofMinutes(7));
                            int kind = steps.get(i) / 10;
                            int variant = steps.get(i) % 10;
                            CommandHeader h = CommandHeader.of(CommandId.of("c" + i), id, ADA, now);
                            Either<Rejection, Decision> inGeneric =
                                    generic.apply(command(kind, variant, h, now, GENERIC.severityScale()), a);
                            Either<Rejection, Decision> inPreset =
                                    other.apply(command(kind, variant, h, now, preset.severityScale()), b);
                            if (inGeneric.isRight()) {
                                assertTrue(inPreset.isRight(), preset + " refused what the generic process accepted at"
                                        + " step " + i + ": " + inPreset);
                                a = inGeneric.get().state();
                                b = inPreset.get().state();
                                assertEquals(a.status(), b.status(), preset + ": same lifecycle");
                                assertTrue(b.holds(ADA, Role.INCIDENT_COMMANDER) || b.milestones()
                                        .get(Milestone.DECLARED).isEmpty(), "the declarer commands");
                                IncidentState presetState = b;
                                assertTrue(Obligations.of(b, preset, now).forAll(o -> o.owners()
                                        .forAll(presetState.participants()::containsKey)),
                                        preset + ": whoever should act on an obligation takes part in the response");
                            } else if (inPreset.isRight()) {
                                break; // the preset allows more here; the two histories part ways
                            }
                        }
                    }
                });
    }
}
