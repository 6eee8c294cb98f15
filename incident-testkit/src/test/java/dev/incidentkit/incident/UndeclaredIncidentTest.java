package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.metrics.MetricsSummary;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.testkit.RuleSpec;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Never declared (issue 19): guide 003 resolves an incident "when the immediate issue has been mitigated"
 * and marks the ticket RESOLVED; nobody need declare a problem the on-call engineer fixed from the ticket
 * within the hour. The scenario: a user's ticket at 12:42 says checkout emails are not sent; the on-call
 * engineer restarts the mail worker at 13:05, watches the queue drain, resolves at 13:20, tells the
 * stakeholders and closes. Where the process says so (003, 004), this is recorded as it happened; the
 * generic process (000, 001) still wants a declaration first.
 */
class UndeclaredIncidentTest {

    private static final Responder SAM = Responder.of("sam", "Sam");
    private static final ResponderId USER = ResponderId.of("user-4711");

    private static CommandHeader at(int minute) {
        return CommandHeader.of(CommandId.of("c" + minute), INC, SAM.id(), minute(minute));
    }

    private static final TriageCommand.Report TICKET = TriageCommand.Report.of(at(0),
            ReportSource.supportTicket("CS-4711", USER), "Checkout confirmation emails are not sent");
    private static final ResponseCommand.Mitigate RESTART = new ResponseCommand.Mitigate(at(25),
            "restarted the mail worker; the queue is draining", Option.some(minute(23)));
    private static final ResponseCommand.Resolve RESOLVE = new ResponseCommand.Resolve(at(38),
            "the queue is empty and a test order's email arrived", Option.none());
    private static final CommunicationCommand.PostUpdate TOLD = CommunicationCommand.PostUpdate.resolution(at(40),
            Audience.STAKEHOLDERS, "Checkout emails are sent again; the delayed ones went out at 13:20.");

    @Test
    void should_resolve_and_close_an_incident_nobody_declared_where_the_process_allows_it() {
        RuleSpec onCall = RuleSpec.of(Presets.onCall(), INC);

        IncidentState closed = onCall.givenCommands(TICKET, RESTART, RESOLVE, TOLD)
                .when(new ResponseCommand.Close(at(41))).thenEventTypes(ResponseEvent.Closed.class).state();

        assertEquals(Option.some(IncidentStatus.CLOSED), closed.status());
        assertEquals(Option.none(), closed.milestones().get(Milestone.DECLARED));
        assertEquals(Option.none(), closed.severity());
        assertEquals(Option.some(minute(23)), closed.milestones().get(Milestone.MITIGATED));
    }

    @Test
    void should_say_not_declared_in_the_metrics_instead_of_inventing_a_time() {
        IncidentState resolved = RuleSpec.of(Presets.onCall(), INC).givenCommands(TICKET, RESTART, RESOLVE).state();

        IncidentMetrics metrics = IncidentMetrics.of(resolved);

        assertEquals(Either.left("no time to declare: incident INC-7 was never declared"),
                metrics.values().get(Measure.TIME_TO_DECLARE).get());
        assertEquals(Either.left("no declared to resolved: incident INC-7 was never declared"),
                metrics.values().get(Measure.DECLARED_TO_RESOLVED).get());
        assertEquals(Option.some(Duration.ofMinutes(23)), metrics.get(Measure.TIME_TO_MITIGATE));
        assertEquals(Option.some(Duration.ofMinutes(38)), metrics.get(Measure.TIME_TO_RESOLVE));
        assertEquals(Option.some(Duration.ofMinutes(23)), metrics.get(Measure.TIME_TO_FIRST_RESPONSE));
        // counted with the declared incidents, its declaration measures missing
        MetricsSummary summary = MetricsSummary.of(List.of(resolved));
        assertEquals(1, summary.incidents());
        assertEquals(1, summary.statistics().get(Measure.TIME_TO_DECLARE).get().missing());
    }

    @Test
    void should_owe_only_the_resolution_notice_and_no_roles_or_official_start() {
        IncidentState resolved = RuleSpec.of(Presets.onCall(), INC).givenCommands(TICKET, RESTART, RESOLVE).state();

        assertEquals(List.of(ObligationKind.RESOLUTION_NOT_COMMUNICATED),
                Obligations.of(resolved, Presets.onCall(), minute(39)).map(o -> o.kind()));
        assertTrue(Timeline.of(RuleSpec.of(Presets.onCall(), INC).givenCommands(TICKET).when(RESTART).events())
                .exists(entry -> entry.text().contains("restarted the mail worker")));
    }

    @Test
    void should_refuse_what_needs_a_declaration_and_go_back_to_triage_when_reopened() {
        RuleSpec resolved = RuleSpec.of(Presets.onCall(), INC).givenCommands(TICKET, RESTART, RESOLVE);

        resolved.when(new ResponseCommand.ChangeSeverity(at(39), Presets.onCall().severityScale().levels().head(),
                Option.none())).thenRejected(RejectionCode.NOT_DECLARED,
                "cannot change severity: incident INC-7 was never declared; only declared incidents have a severity"
                        + " to change");
        resolved.when(new TeamCommand.AssignRole(at(39), Role.INCIDENT_COMMANDER, SAM, "took it"))
                .thenRejected(RejectionCode.NOT_DECLARED);

        // the user writes again an hour later: still broken after all
        IncidentState reopened = resolved.when(new ResponseCommand.Reopen(at(95), "the user still gets no email"))
                .state();
        assertEquals(Option.some(IncidentStatus.TRIAGE), reopened.status());
        // a declaration follows the reopening: it cannot be dated inside the earlier, undeclared round
        RuleSpec.of(Presets.onCall(), reopened)
                .when(ResponseCommand.Declare.of(at(96).happenedAt(minute(30)), "Checkout emails not sent",
                        Presets.onCall().severityScale().levels().last(), Impact.of("orders get no email"), "checkout"))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER);
        // and now the team declares it, as a declared response from here on
        RuleSpec.of(Presets.onCall(), reopened)
                .when(ResponseCommand.Declare.of(at(96), "Checkout emails not sent",
                        Presets.onCall().severityScale().levels().last(), Impact.of("orders get no email"), "checkout"))
                // the declarer takes the role, and the user's ticket follows the response (003)
                .thenEventTypes(ResponseEvent.Declared.class, TeamEvent.RoleAssigned.class, TeamEvent.TicketAssigned.class);
    }

    @Test
    void should_still_want_a_declaration_under_the_generic_process() {
        RuleSpec generic = RuleSpec.of(IncidentProcess.standard(), INC).givenCommands(TICKET);

        generic.when(RESTART).thenRejected(RejectionCode.WRONG_STATUS,
                "cannot mitigate: incident INC-7 is TRIAGE; only DECLARED incidents can be mitigated");
        generic.when(RESOLVE).thenRejected(RejectionCode.WRONG_STATUS);
    }
}
