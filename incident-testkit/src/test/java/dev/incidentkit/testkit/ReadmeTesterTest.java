package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.testkit.check.CheckReport;
import dev.incidentkit.testkit.check.Invariant;
import dev.incidentkit.testkit.check.ProcessCheck;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The README's section for testers, run as written; core's {@code QuickStartTest} checks that the
 * README shows exactly the tagged code.
 */
class ReadmeTesterTest {

    @Test
    void should_run_the_ten_line_check_from_the_readme() {
        // tag::tester[]
        IncidentProcess mine = Presets.commanderAndInvestigator().toBuilder()
                .name("payments on-call")
                .handoffOfferTimeout(Duration.ofMinutes(10))
                .build();

        ProcessCheck.of(mine)          // the standard invariants
                .sequences(1_000)      // 1,000 generated command sequences
                .maxCommands(60)       // of up to 60 commands each
                .check();              // throws with the shortest failing history and its seed
        // end::tester[]
    }

    @Test
    void should_run_the_readme_example_of_an_own_invariant() {
        IncidentProcess mine = Presets.commanderAndInvestigator();
        // tag::tester-invariant[]
        Invariant noOfferOutlivesTheIncident = Invariant.of("no offer outlives the incident",
                "once an incident has ended, no role offer is left open",
                step -> Invariant.require(!step.after().status().exists(IncidentStatus::isTerminal)
                        || step.after().openHandoffs().isEmpty(),
                        () -> "offers left open: " + step.after().openHandoffs().keySet().mkString(", ")));

        CheckReport report = ProcessCheck.of(mine).and(noOfferOutlivesTheIncident).throughDesk()
                .sequences(200).check();
        // end::tester-invariant[]
        assertTrue(report.passed(), report.summary());
    }
}
