package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.process.StartCondition;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each preset walked through its guide, step by step, with verdicts, checklist and obligations asserted. */
class PresetScenariosTest {

    private static final Responder YUVI = Responder.of("yuvi", "Yuvi");
    private static final Responder SARAH = Responder.of("sarah", "Sarah");
    private static final ResponderId REP = ResponderId.of("community-rep");

    /** One incident under one process, driven step by step with wall-clock times. */
    private static final class Walk {
        final IncidentProcess process;
        final IncidentDecider decider;
        IncidentState state;
        int step;

        Walk(IncidentProcess process, String incident) {
            this.process = process;
            this.decider = IncidentDecider.of(process);
            this.state = IncidentState.empty(IncidentId.of(incident));
        }

        CommandHeader at(String time, ResponderId actor) {
            return CommandHeader.of(CommandId.of(state.id() + "-" + (++step)), state.id(), actor, Instant.parse(time));
        }

        Seq<IncidentEvent> does(IncidentCommand command) {
            Decision decision = decider.apply(command, state)
                    .getOrElseThrow(r -> new AssertionError(command.verb() + ": " + r));
            state = decision.state();
            return decision.events();
        }

        Seq<Obligation> owed(String time) {
            return Obligations.of(state, process, Instant.parse(time));
        }

        Seq<ObligationKind> overdue(String time) {
            Instant now = Instant.parse(time);
            return owed(time).filter(o -> o.isOverdueAt(now)).map(Obligation::kind);
        }
    }

    @Test
    void should_walk_a_paging_alert_through_the_managed_hub_process() {
        Walk hub = new Walk(Presets.managedHub(), "INC-101");

        // Alert: a paging alert arrives, tagged "take immediate action".
        hub.does(TriageCommand.Report.of(hub.at("2026-03-02T12:42:00Z", YUVI.id()),
                new ReportSource.PagingAlert("JupyterHubDown", io.vavr.collection.HashSet.of("take immediate action"),
                        Option.some("Q1W2E3")), "Hub at example.org is down"));

        // Validate: the tag alone makes it an outage (000).
        hub.does(new TriageCommand.Assess(hub.at("2026-03-02T12:43:00Z", YUVI.id()), Assessment.builder().build()));
        assertEquals(Verdict.Outcome.INCIDENT, hub.state.verdict().get().outcome());

        // Declared at P1 by Yuvi, who commands (001) and is the liaison until delegating.
        hub.does(ResponseCommand.Declare.of(hub.at("2026-03-02T12:45:00Z", YUVI.id()), "Hub down for example.org",
                hub.process.severityScale().get("P1"), dev.incidentkit.incident.Impact.of("nobody can log in", 120),
                "Managed JupyterHubs"));
        assertEquals(List.of(StartCondition.TOP_PRIORITY_PAGING_INCIDENT, StartCondition.PAGING_ACKNOWLEDGED,
                StartCondition.DEDICATED_CHANNEL, StartCondition.STAKEHOLDERS_INFORMED),
                OfficialStart.missing(hub.state, hub.process));
        assertEquals(4, hub.owed("2026-03-02T12:46:00Z").count(o -> o.kind() == ObligationKind.OFFICIAL_START_ITEM));

        // Acknowledge: the P1 paging incident, the acknowledgement, the channel, the community informed.
        hub.does(new CommunicationCommand.AddLink(hub.at("2026-03-02T12:46:00Z", YUVI.id()),
                Link.of(LinkKind.PAGING_INCIDENT, "https://example.pagerduty.com/incidents/Q1W2E3")));
        hub.does(new ResponseCommand.AcknowledgePaging(hub.at("2026-03-02T12:46:30Z", YUVI.id())));
        hub.does(new CommunicationCommand.AddLink(hub.at("2026-03-02T12:47:00Z", YUVI.id()),
                Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-101-hub-down")));
        assertFalse(OfficialStart.hasStarted(hub.state));
        Seq<IncidentEvent> informed = hub.does(CommunicationCommand.PostUpdate.progress(
                hub.at("2026-03-02T12:50:00Z", YUVI.id()), Audience.STAKEHOLDERS,
                "We are aware the hub is down and are working on it.", Instant.parse("2026-03-02T15:50:00Z")));

        // That officially marks the beginning of the incident (000).
        assertTrue(informed.last() instanceof ResponseEvent.OfficiallyStarted);
        assertTrue(OfficialStart.hasStarted(hub.state));
        assertEquals(Option.some(Instant.parse("2026-03-02T12:50:00Z")),
                hub.state.milestones().get(Milestone.OFFICIALLY_STARTED));

        // Communicate every few hours: the next update is due three hours after the last, from the liaison.
        Obligation next = hub.owed("2026-03-02T13:00:00Z").single();
        assertEquals(ObligationKind.STATUS_UPDATE, next.kind());
        assertEquals(Option.some(Instant.parse("2026-03-02T15:50:00Z")), next.dueAt());
        assertEquals(List.of(YUVI.id()), next.owners());
        assertTrue(hub.overdue("2026-03-02T15:49:00Z").isEmpty());
        assertEquals(List.of(ObligationKind.STATUS_UPDATE), hub.overdue("2026-03-02T15:51:00Z"));

        // An overdue update stays owed, however late someone looks, until one is posted.
        assertEquals(List.of(ObligationKind.STATUS_UPDATE), hub.overdue("2026-03-03T09:00:00Z"));
        hub.does(CommunicationCommand.PostUpdate.progress(hub.at("2026-03-02T16:05:00Z", YUVI.id()), Audience.STAKEHOLDERS,
                "Rolled back the image; servers are starting again for some users.",
                Instant.parse("2026-03-02T19:05:00Z")));
        assertTrue(hub.overdue("2026-03-02T16:06:00Z").isEmpty());

        // Resolve: communicate the resolution; the incident report is owed (001: after every incident).
        hub.does(new ResponseCommand.Resolve(hub.at("2026-03-02T16:22:00Z", YUVI.id()),
                "logged in as a test user and started a server", Option.none()));
        assertEquals(List.of(ObligationKind.RESOLUTION_NOT_COMMUNICATED, ObligationKind.POSTMORTEM_DUE),
                hub.owed("2026-03-02T16:23:00Z").map(Obligation::kind));
        hub.does(CommunicationCommand.PostUpdate.resolution(hub.at("2026-03-02T16:25:00Z", YUVI.id()),
                Audience.STAKEHOLDERS, "Things should be back to normal."));
        Obligation report = hub.owed("2026-03-02T16:26:00Z").single();
        assertEquals(ObligationKind.POSTMORTEM_DUE, report.kind());
        assertEquals(Option.none(), report.dueAt(), "the guides set no deadline for the incident report");
        assertFalse(report.isOverdueAt(Instant.parse("2026-04-01T00:00:00Z")));
    }

    @Test
    void should_reproduce_a_ticket_before_declaring_it_in_the_managed_hub_process() {
        Walk hub = new Walk(Presets.managedHub(), "INC-102");
        hub.does(TriageCommand.Report.of(hub.at("2026-03-02T09:00:00Z", YUVI.id()),
                ReportSource.supportTicket("FD-5120", REP), "Students cannot start servers"));

        // Try to reproduce: it does not reproduce, so more information is asked for (000).
        hub.does(new TriageCommand.Assess(hub.at("2026-03-02T09:10:00Z", YUVI.id()),
                Assessment.builder().reproduction(Reproduction.NOT_REPRODUCED).build()));
        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, hub.state.verdict().get().outcome());
        Seq<IncidentEvent> asked = hub.does(new TriageCommand.RequestInformation(
                hub.at("2026-03-02T09:12:00Z", YUVI.id()), "Which hub, and what do students see?"));
        assertEquals(REP, ((TriageEvent.InformationRequested) asked.single()).reporter());

        // With the answer it reproduces: 30 students cannot start servers, an incident (001).
        hub.does(new TriageCommand.Assess(hub.at("2026-03-02T10:05:00Z", YUVI.id()), Assessment.builder()
                .reproduction(Reproduction.REPRODUCED).usersAffected(30).symptoms(Symptom.CANNOT_START_SERVERS).build()));
        assertEquals(Verdict.Outcome.INCIDENT, hub.state.verdict().get().outcome());
        Seq<IncidentEvent> declared = hub.does(ResponseCommand.Declare.of(hub.at("2026-03-02T10:07:00Z", YUVI.id()),
                "Server start failures", hub.process.severityScale().get("P1"), Impact.of("cannot start servers", 30),
                "Managed JupyterHubs"));

        // The ticket the community talks through goes to the liaison, for now the commander (001).
        TeamEvent.TicketAssigned ticket = declared.filter(TeamEvent.TicketAssigned.class::isInstance)
                .map(TeamEvent.TicketAssigned.class::cast).single();
        assertEquals("FD-5120", ticket.ticket());
        assertEquals(YUVI.id(), ticket.assignee().id());
    }

    @Test
    void should_walk_a_raised_alert_that_does_not_qualify_through_the_on_call_process() {
        Walk onCall = new Walk(Presets.onCall(), "INCIDENT-7");

        // Raise: an alert raised in #incidents is tracked in a ticket, with a channel.
        onCall.does(TriageCommand.Report.of(onCall.at("2026-03-02T14:00:00Z", SARAH.id()),
                ReportSource.chat("#incidents", ResponderId.of("gallery-team")), "Artwork images load slowly"));
        onCall.does(new CommunicationCommand.AddLink(onCall.at("2026-03-02T14:02:00Z", SARAH.id()),
                Link.of(LinkKind.TICKET, "INCIDENT-7")));

        // Assess: a known problem, already tracked by the product team: it does not qualify (003).
        onCall.does(new TriageCommand.Assess(onCall.at("2026-03-02T14:15:00Z", SARAH.id()),
                Assessment.builder().usersAffected(3).reproduction(Reproduction.REPRODUCED).knownProblem(true).build()));
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, onCall.state.verdict().get().outcome());
        onCall.does(new ResponseCommand.Cancel(onCall.at("2026-03-02T14:16:00Z", SARAH.id()),
                "known problem, tracked as GALLERY-311"));

        // The reporter is to be educated on the process (003), until someone does it.
        Obligation tell = onCall.owed("2026-03-02T18:00:00Z").single();
        assertEquals(ObligationKind.REPORTER_NOT_TOLD, tell.kind());
        assertEquals(List.of(SARAH.id()), tell.owners());
        onCall.does(new TriageCommand.InformReporter(onCall.at("2026-03-02T14:20:00Z", SARAH.id()),
                "This is tracked as GALLERY-311 by the gallery team; for bugs please use the Guide to Reporting Bugs."));
        assertTrue(onCall.owed("2026-03-02T18:00:00Z").isEmpty());
    }

    @Test
    void should_require_a_post_mortem_only_for_a_critical_incident_in_the_on_call_process() {
        Walk critical = new Walk(Presets.onCall(), "INCIDENT-8");
        critical.does(TriageCommand.Report.of(critical.at("2026-03-02T15:00:00Z", SARAH.id()),
                ReportSource.chat("#incidents", ResponderId.of("ops")), "Checkout fails for everyone"));
        critical.does(ResponseCommand.Declare.of(critical.at("2026-03-02T15:05:00Z", SARAH.id()), "Checkout down",
                critical.process.severityScale().get("Critical"), Impact.of("no purchases"), "checkout"));
        assertEquals(List.of(StartCondition.TICKET_TRACKED, StartCondition.DEDICATED_CHANNEL),
                OfficialStart.missing(critical.state, critical.process));
        critical.does(new ResponseCommand.Resolve(critical.at("2026-03-02T16:00:00Z", SARAH.id()),
                "placed a test order", Option.none()));

        assertTrue(critical.owed("2026-03-02T16:01:00Z").exists(o -> o.kind() == ObligationKind.POSTMORTEM_DUE));
        Walk minor = new Walk(Presets.onCall(), "INCIDENT-9");
        minor.does(TriageCommand.Report.of(minor.at("2026-03-02T15:00:00Z", SARAH.id()),
                ReportSource.chat("#incidents", ResponderId.of("ops")), "A banner is misaligned"));
        minor.does(ResponseCommand.Declare.of(minor.at("2026-03-02T15:05:00Z", SARAH.id()), "Banner",
                minor.process.severityScale().get("Minor"), Impact.of("cosmetic"), "web"));
        minor.does(new ResponseCommand.Resolve(minor.at("2026-03-02T15:30:00Z", SARAH.id()), "looked", Option.none()));
        assertFalse(minor.owed("2026-03-02T15:31:00Z").exists(o -> o.kind() == ObligationKind.POSTMORTEM_DUE));
    }

    @Test
    void should_staff_by_on_call_defaults_and_owe_the_pir_within_one_working_day_in_the_004_process() {
        Walk cip = new Walk(Presets.commanderAndInvestigator(), "INC-204");
        Responder erik = Responder.of("erik", "Erik");
        Responder linus = Responder.of("linus", "Linus");

        cip.does(TriageCommand.Report.of(cip.at("2026-03-06T11:00:00Z", SARAH.id()),
                ReportSource.manual(SARAH.id()), "Payments page errors for some customers"));
        cip.does(new TriageCommand.Assess(cip.at("2026-03-06T11:05:00Z", SARAH.id()),
                Assessment.builder().customerImpact().build()));
        assertEquals(Verdict.Outcome.INCIDENT, cip.state.verdict().get().outcome());

        // Declared with the on-call defaults: the on-call is unavailable, so the secondary investigates and a
        // squad member commands (004).
        cip.does(new ResponseCommand.Declare(cip.at("2026-03-06T11:10:00Z", SARAH.id()), "Payment errors",
                cip.process.severityScale().assumeHigher(List.of(cip.process.severityScale().get("SEV3"),
                        cip.process.severityScale().get("SEV2"))),
                Impact.of("some payments fail"), "payments", Option.none(),
                OnCallRoster.of(OnCallRoster.Member.unavailable(SARAH), OnCallRoster.Member.available(erik),
                        "payments", OnCallRoster.Member.available(linus))));
        assertEquals(List.of(erik.id()), cip.state.holders(Role.INVESTIGATOR));
        assertEquals(List.of(linus.id()), cip.state.holders(Role.INCIDENT_COMMANDER));
        assertEquals(Option.some(cip.process.severityScale().get("SEV2")), cip.state.severity(),
                "unclear between SEV2 and SEV3, assume the higher");
        assertEquals(List.of(ObligationKind.OFFICIAL_START_ITEM), cip.overdue("2026-03-06T11:11:00Z"));

        cip.does(new CommunicationCommand.AddLink(cip.at("2026-03-06T11:12:00Z", linus.id()),
                Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-204-payments")));
        assertTrue(OfficialStart.hasStarted(cip.state));

        // Stop the bleeding first, then resolve on a Friday afternoon.
        cip.does(new ResponseCommand.Mitigate(cip.at("2026-03-06T12:00:00Z", erik.id()),
                "disabled the new payment provider", Option.none()));
        cip.does(new ResponseCommand.Resolve(cip.at("2026-03-06T16:00:00Z", linus.id()),
                "test payments succeed on both providers", Option.none()));

        // The PIR is due within one working day: Monday at the same hour, with a PIR meeting (SEV2).
        Obligation pir = cip.owed("2026-03-06T16:01:00Z").find(o -> o.kind() == ObligationKind.POSTMORTEM_DUE).get();
        assertEquals(Option.some(Instant.parse("2026-03-09T16:00:00Z")), pir.dueAt());
        assertEquals(List.of(linus.id()), pir.owners());
        assertTrue(pir.sentence().contains("with a review meeting"), pir.sentence());
    }
}
