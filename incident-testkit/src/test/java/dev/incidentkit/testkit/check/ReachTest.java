package dev.incidentkit.testkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import io.vavr.collection.HashSet;
import org.junit.jupiter.api.Test;

/**
 * The generator reaches every status, every postmortem status and every rejection, so that a passing
 * check proves something. A fixed seed keeps this check of the generator's reach free of luck; the
 * invariants are checked on these sequences too.
 */
class ReachTest {

    /** A seed whose sequences are known to reach everything; change it if the generator changes. */
    private static final long SEED = 1L;

    @Test
    void should_reach_every_status_report_status_and_rejection() {
        CheckReport report = ProcessCheck.of(IncidentProcess.standard()).sequences(1_500).maxCommands(80)
                .seed(SEED).check();

        System.out.println(report.summary());
        assertEquals(HashSet.of(IncidentStatus.values()), report.statuses(), "statuses reached");
        assertEquals(HashSet.of(PostmortemStatus.values()), report.postmortems(), "report statuses reached");
        // the merge target's codes come from the desk, which looks at a second incident; the decider alone,
        // which the tally plays, never gives them (the desk's own tests provoke them)
        assertEquals(HashSet.empty(), HashSet.of(RejectionCode.values()).removeAll(report.rejections())
                .removeAll(HashSet.of(RejectionCode.UNKNOWN_INCIDENT, RejectionCode.MERGE_TARGET_NOT_OPEN))
                // only a process that resolves undeclared incidents has one to refuse (see below)
                .remove(RejectionCode.NOT_DECLARED),
                "rejections never provoked");
        assertTrue(report.commands() > 1_500 * 20L, "sequences must be long: " + report.summary());
    }

    @Test
    void should_resolve_undeclared_incidents_and_refuse_what_needs_a_declaration_where_the_process_allows_it() {
        CheckReport report = ProcessCheck.of(Presets.onCall()).sequences(600).maxCommands(60).seed(SEED).check();

        assertTrue(report.rejections().contains(RejectionCode.NOT_DECLARED), report.summary());
        assertTrue(report.statuses().containsAll(HashSet.of(IncidentStatus.RESOLVED, IncidentStatus.CLOSED)),
                report.summary());
    }
}
