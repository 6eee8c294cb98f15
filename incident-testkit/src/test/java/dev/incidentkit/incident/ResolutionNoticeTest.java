package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.close;
import static dev.incidentkit.incident.IncidentFixtures.declareMinor;
import static dev.incidentkit.incident.IncidentFixtures.mitigate;
import static dev.incidentkit.incident.IncidentFixtures.reopen;
import static dev.incidentkit.incident.IncidentFixtures.report;
import static dev.incidentkit.incident.IncidentFixtures.resolve;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import dev.incidentkit.testkit.RuleSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An all-clear a few minutes before the resolve (issue 19): teams tell the stakeholders and then mark the
 * incident resolved. A resolution notice within the process's window before the resolution counts as the
 * resolution communicated; one sent earlier, or before a reopening, does not.
 */
class ResolutionNoticeTest {

    private static CommunicationCommand.PostUpdate allClear(int minute) {
        return CommunicationCommand.PostUpdate.resolution(at(minute), Audience.STAKEHOLDERS,
                "Logins work again; we are confirming the fix.");
    }

    @Test
    void should_count_an_all_clear_sent_minutes_before_the_resolve() {
        RuleSpec.of(IncidentProcess.standard(), INC)
                .givenCommands(report(0), declareMinor(1), mitigate(10), allClear(50), resolve(60))
                .when(close(61)).thenEventTypes(ResponseEvent.Closed.class);
    }

    @Test
    void should_not_count_one_sent_before_the_window_or_before_a_reopening() {
        RuleSpec.of(IncidentProcess.standard(), INC)
                .givenCommands(report(0), declareMinor(1), mitigate(10), allClear(40), resolve(60))
                .when(close(61)).thenRejected(RejectionCode.RESOLUTION_NOT_COMMUNICATED);
        RuleSpec.of(IncidentProcess.standard(), INC)
                .givenCommands(report(0), declareMinor(1), resolve(20), allClear(21), reopen(30), resolve(35))
                .when(close(36)).thenRejected(RejectionCode.RESOLUTION_NOT_COMMUNICATED);
    }

    @Test
    void should_take_the_window_from_the_process() {
        IncidentProcess strict = IncidentProcess.standard().toBuilder().resolutionNoticeWindow(Duration.ZERO).build();

        RuleSpec.of(strict, INC)
                .givenCommands(report(0), declareMinor(1), mitigate(10), allClear(58), resolve(60))
                .when(close(61)).thenRejected(RejectionCode.RESOLUTION_NOT_COMMUNICATED);
    }

    @Test
    void should_take_a_notice_written_up_later_within_the_window_but_not_one_dated_long_before() {
        RuleSpec resolved = RuleSpec.of(IncidentProcess.standard(), INC)
                .givenCommands(report(0), declareMinor(1), mitigate(10), resolve(60));

        resolved.when(CommunicationCommand.PostUpdate.resolution(at(70).happenedAt(IncidentFixtures.minute(50)),
                Audience.STAKEHOLDERS, "Back to normal.")).events();
        resolved.when(CommunicationCommand.PostUpdate.resolution(at(70).happenedAt(IncidentFixtures.minute(30)),
                Audience.STAKEHOLDERS, "Back to normal.")).thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER);
    }
}
