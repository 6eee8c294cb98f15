package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Given / when / then for a process's rules: each expectation holds when it should and fails when not. */
class RuleSpecTest {

    private static final IncidentProcess PROCESS = IncidentProcess.standard();
    private static final IncidentId INC = IncidentId.of("INC-1");
    private static final ResponderId ADA = ResponderId.of("ada");

    private static CommandHeader at(int minute) {
        return CommandHeader.of(CommandId.of("c" + minute), INC, ADA, Instant.parse("2026-03-02T09:00:00Z")
                .plusSeconds(60L * minute));
    }

    private static final IncidentCommand REPORT = TriageCommand.Report.of(at(0), ReportSource.pagingAlert("HubDown",
            "hub"), "logins fail");
    private static final IncidentCommand DECLARE = ResponseCommand.Declare.of(at(1), "Hub down",
            PROCESS.severityScale().get("SEV2"), Impact.of("nobody can log in"), "hub");
    private static final IncidentCommand MITIGATE = new ResponseCommand.Mitigate(at(2), "rolled back", Option.none());

    @Test
    void a_rule_reads_as_given_when_then() {
        RuleSpec.Outcome mitigated = RuleSpec.of(PROCESS, INC).givenCommands(REPORT, DECLARE).when(MITIGATE)
                .thenEventTypes(ResponseEvent.Mitigated.class)
                .thenEvents(new ResponseEvent.Mitigated(RuleSpec.anyHeader(), "rolled back"));

        assertTrue(mitigated.state().isIn(IncidentStatus.MITIGATED));
        RuleSpec.of(PROCESS, INC).givenCommands(REPORT).when(MITIGATE).thenRejected(RejectionCode.WRONG_STATUS);
        RuleSpec.of(PROCESS, INC).givenCommands(REPORT, DECLARE, MITIGATE).when(MITIGATE).thenNothing();
    }

    @Test
    void a_history_given_as_events_is_the_same_as_one_given_as_commands() {
        RuleSpec commands = RuleSpec.of(PROCESS, INC).givenCommands(REPORT, DECLARE);
        IncidentDecider decider = IncidentDecider.of(PROCESS);
        Decision reported = decider.apply(REPORT, IncidentState.empty(INC)).get();
        Decision declared = decider.apply(DECLARE, reported.state()).get();
        RuleSpec events = RuleSpec.of(PROCESS, INC).given(reported.events().appendAll(declared.events())
                .toJavaArray(IncidentEvent[]::new));

        commands.when(MITIGATE).thenEventTypes(ResponseEvent.Mitigated.class);
        events.when(MITIGATE).thenEventTypes(ResponseEvent.Mitigated.class);
    }

    @Test
    void each_expectation_fails_with_what_came_when_it_does_not_hold() {
        RuleSpec declared = RuleSpec.of(PROCESS, INC).givenCommands(REPORT, DECLARE);

        AssertionError other = assertThrows(AssertionError.class, () -> declared.when(MITIGATE)
                .thenEvents(new ResponseEvent.Mitigated(RuleSpec.anyHeader(), "restarted")));
        assertTrue(other.getMessage().contains("note=rolled back"), other.getMessage());
        assertThrows(AssertionError.class, () -> declared.when(MITIGATE).thenRejected(RejectionCode.WRONG_STATUS));
        assertThrows(AssertionError.class, () -> declared.when(MITIGATE).thenNothing());
        assertThrows(AssertionError.class, () -> declared.when(MITIGATE).thenEventTypes(ResponseEvent.Resolved.class));
        AssertionError refused = assertThrows(AssertionError.class, () -> RuleSpec.of(PROCESS, INC)
                .givenCommands(REPORT).when(MITIGATE).thenEventTypes(ResponseEvent.Mitigated.class));
        assertTrue(refused.getMessage().contains("wrong-status") || refused.getMessage().contains("WRONG_STATUS"),
                refused.getMessage());
        assertThrows(AssertionError.class, () -> RuleSpec.of(PROCESS, INC).givenCommands(MITIGATE));
    }
}
