package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.SEV2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.StaffingRule;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The two handoffs the guides tell of, narrated step by step as a team would live them. */
class RoleHandoffScenarioTest {

    private static final Responder YUVI = Responder.of("yuvi", "Yuvi");
    private static final Responder GEORGIANA = Responder.of("georgiana", "Georgiana");
    private static final Responder SARAH = Responder.of("sarah", "Sarah");
    private static final Responder ERIK = Responder.of("erik", "Erik");

    /** A small story: each step is a command at a wall-clock time; the history is kept for assertions. */
    private static final class Story {
        private final IncidentDecider decider;
        private IncidentState state = IncidentState.empty(INC);
        private Vector<IncidentEvent> history = Vector.empty();
        private int step;

        Story(IncidentDecider decider) {
            this.decider = decider;
        }

        CommandHeader at(String time, Responder actor) {
            return CommandHeader.of(CommandId.of("step-" + (++step)), INC, actor.id(), Instant.parse(time));
        }

        Seq<IncidentEvent> does(IncidentCommand command) {
            Decision decision = decider.apply(command, state)
                    .getOrElseThrow(r -> new AssertionError(command.verb() + ": " + r));
            state = decision.state();
            history = history.appendAll(decision.events());
            return decision.events();
        }
    }

    @Test
    void should_hand_the_commander_role_over_at_the_end_of_the_day() {
        // A team following guide 001: whoever declares commands; the paging incident follows the commander.
        Story story = new Story(IncidentDecider.of(IncidentProcess.builder()
                .roles(List.of(Role.INCIDENT_COMMANDER, Role.COMMUNICATIONS_LIAISON, Role.SUBJECT_MATTER_EXPERT,
                        Role.SUPPORT_TRIAGER, Role.TECHNOLOGY_LEAD))
                .authority(dev.incidentkit.process.Authority.standard()
                        .with(dev.incidentkit.process.CommandKind.CHANGE_SEVERITY,
                                dev.incidentkit.process.Permission.holdersOf(Role.INCIDENT_COMMANDER))
                        .with(dev.incidentkit.process.CommandKind.MITIGATE,
                                dev.incidentkit.process.Permission.holdersOf(Role.INCIDENT_COMMANDER)))
                .staffingRule(StaffingRule.declarerCommands())
                .build()));

        // 14:02 a paging alert arrives; Yuvi, a support triager in Europe, declares and so commands.
        story.does(new TriageCommand.Report(story.at("2026-03-02T14:02:00Z", YUVI),
                ReportSource.pagingAlert("JupyterHubDown", ReportSource.TAKE_IMMEDIATE_ACTION),
                "Hub at example.org is down", Option.none(), Option.none()));
        story.does(new CommunicationCommand.AddLink(story.at("2026-03-02T14:03:00Z", YUVI),
                Link.of(LinkKind.PAGING_INCIDENT, "https://example.pagerduty.com/incidents/Q1W2E3")));
        Seq<IncidentEvent> declaration = story.does(ResponseCommand.Declare.of(story.at("2026-03-02T14:05:00Z", YUVI),
                "Hub down for example.org", SEV2, Impact.of("nobody can log in", 120), "Managed JupyterHubs"));
        assertEquals(List.of(YUVI.id()), story.state.holders(Role.INCIDENT_COMMANDER));
        assertTrue(declaration.exists(e -> e instanceof TeamEvent.PagingIncidentReassigned
                && ((TeamEvent.PagingIncidentReassigned) e).assignee().id().equals(YUVI.id())),
                "001: assign the paging incident to the Incident Commander");

        // 17:40 it is getting late for Yuvi. Georgiana, in the Americas, is asked and offered the role.
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(story.at("2026-03-02T17:40:00Z", YUVI),
                Role.INCIDENT_COMMANDER, YUVI.id(), GEORGIANA,
                "it is late here; the image rollback is deployed, waiting on the node pool to recycle");
        story.does(offer);

        // Until she acknowledges, Yuvi is still the commander ("you may only let go of a role when the
        // person stepping into the role has acknowledged", 004).
        assertEquals(List.of(YUVI.id()), story.state.holders(Role.INCIDENT_COMMANDER));

        // 17:52 Georgiana confirms she is able and willing (001) and accepts.
        Seq<IncidentEvent> accepted = story.does(new TeamCommand.AcceptHandoff(
                story.at("2026-03-02T17:52:00Z", GEORGIANA), offer.handoffId()));

        // The role moved at once and the paging incident is reassigned to her (001 step 2).
        assertEquals(List.of(GEORGIANA.id()), story.state.holders(Role.INCIDENT_COMMANDER));
        TeamEvent.PagingIncidentReassigned reassigned = accepted
                .filter(TeamEvent.PagingIncidentReassigned.class::isInstance)
                .map(TeamEvent.PagingIncidentReassigned.class::cast).single();
        assertEquals("https://example.pagerduty.com/incidents/Q1W2E3", reassigned.pagingIncident());
        assertEquals(GEORGIANA, reassigned.assignee());

        // Yuvi, no longer commander, cannot close the incident later; Georgiana can resolve it.
        story.does(new ResponseCommand.Resolve(story.at("2026-03-02T19:10:00Z", GEORGIANA),
                "logged in to the hub as a test user", Option.none()));
        assertTrue(story.decider.decide(new ResponseCommand.Close(story.at("2026-03-02T19:20:00Z", YUVI)),
                story.state).isLeft());

        // After every command since the declaration, the commander role had exactly one holder.
        IncidentState replay = IncidentState.empty(INC);
        for (int i = 0; i < story.history.size(); i++) {
            IncidentEvent event = story.history.get(i);
            replay = story.decider.evolve(replay, event);
            boolean lastOfItsCommand = i + 1 == story.history.size()
                    || !story.history.get(i + 1).header().commandId().equals(event.header().commandId());
            if (lastOfItsCommand && replay.milestones().get(Milestone.DECLARED).isDefined()) {
                assertEquals(1, replay.holders(Role.INCIDENT_COMMANDER).size(), "after event " + event.sequence());
            }
        }
    }

    @Test
    void should_let_a_second_engineer_take_over_communications_while_the_first_keeps_investigating() {
        // The generic process with on-call defaults: Sarah is on call, Erik is secondary.
        Story story = new Story(IncidentDecider.standard());
        story.does(TriageCommand.Report.of(story.at("2026-03-02T09:15:00Z", SARAH),
                ReportSource.supportTicket("FD-5120", dev.incidentkit.role.ResponderId.of("community-rep")),
                "Students cannot start their servers"));
        story.does(new ResponseCommand.Declare(story.at("2026-03-02T09:25:00Z", SARAH), "Server start failures",
                SEV2, Impact.of("students cannot start servers", 300), "Managed JupyterHubs", Option.none(),
                OnCallRoster.of(OnCallRoster.Member.available(SARAH), OnCallRoster.Member.available(ERIK), "hub")));
        assertEquals(List.of(SARAH.id()), story.state.holders(Role.INVESTIGATOR));
        assertEquals(List.of(ERIK.id()), story.state.holders(Role.INCIDENT_COMMANDER));

        // Erik, commanding, posts the first update himself: he is the liaison until he delegates (001).
        story.does(CommunicationCommand.PostUpdate.progress(story.at("2026-03-02T09:40:00Z", ERIK), Audience.STAKEHOLDERS,
                "We are investigating failed server starts.", Instant.parse("2026-03-02T12:40:00Z")));

        // Sarah keeps investigating; Erik asks Georgiana to take over communications.
        Seq<IncidentEvent> delegated = story.does(new TeamCommand.AssignRole(
                story.at("2026-03-02T10:05:00Z", ERIK), Role.COMMUNICATIONS_LIAISON, GEORGIANA,
                "Erik needs to focus on coordinating the fix"));

        // 001: the ticket is assigned to the new liaison (there is no paging incident to note).
        TeamEvent.TicketAssigned ticket = delegated.filter(TeamEvent.TicketAssigned.class::isInstance)
                .map(TeamEvent.TicketAssigned.class::cast).single();
        assertEquals("FD-5120", ticket.ticket());
        assertEquals(GEORGIANA, ticket.assignee());

        // Georgiana now posts the updates; Sarah is still the investigator and may not post them.
        story.does(CommunicationCommand.PostUpdate.progress(story.at("2026-03-02T12:30:00Z", GEORGIANA),
                Audience.STAKEHOLDERS, "A fix is being rolled out.", Instant.parse("2026-03-02T15:30:00Z")));
        assertEquals(List.of(SARAH.id()), story.state.holders(Role.INVESTIGATOR));
        Rejection sarah = story.decider.decide(CommunicationCommand.PostUpdate.progress(
                story.at("2026-03-02T12:35:00Z", SARAH), Audience.STAKEHOLDERS, "x",
                Instant.parse("2026-03-02T15:30:00Z")), story.state).getLeft();
        assertEquals(RejectionCode.UNAUTHORISED, sarah.code());
        story.does(new ResponseCommand.Mitigate(story.at("2026-03-02T12:50:00Z", SARAH), "rolled back the image",
                Option.none()));
        assertEquals(List.of(GEORGIANA.id(), ERIK.id(), SARAH.id()).sorted(),
                story.state.participants().keySet().toList().sorted());
    }
}
