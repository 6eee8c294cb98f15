package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.ADA;
import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.inStatus;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.Staffing;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Events check their text as the front door does (issue 17, item 11), so text the decider composes itself
 * must keep to the same rules, or deciding throws. A second reader found four ways it could; each is here.
 */
class DecideNeverThrowsTest {

    @Test
    void a_takeover_with_a_reason_near_the_limit_withdraws_the_holders_offer_without_repeating_it() {
        Responder grace = Responder.of("grace", "Grace");
        Responder linus = Responder.of("linus", "Linus");
        IncidentState state = IncidentState.empty(IncidentFixtures.INC);
        for (IncidentCommand c : List.of(IncidentFixtures.report(0), IncidentFixtures.declare(1),
                new TeamCommand.AssignRole(at(2), Role.TECHNOLOGY_LEAD, grace, "knows the hub"))) {
            state = DECIDER.apply(c, state).get().state();
        }
        state = DECIDER.apply(new TeamCommand.OfferHandoff(at(5), Role.INCIDENT_COMMANDER, ADA, linus,
                "taking a break"), state).get().state();

        Either<Rejection, Decision> taken = DECIDER.apply(new TeamCommand.TakeOverRole(at(10, grace.id()),
                Role.INCIDENT_COMMANDER, ADA, grace, "r".repeat(TextRules.MAX_TEXT_LENGTH - 5)), state);

        assertTrue(taken.isRight(), taken.toString());
        assertTrue(taken.get().events().head() instanceof TeamEvent.HandoffWithdrawn);
    }

    @Test
    void a_section_blaming_many_people_is_advised_against_in_a_message_of_bounded_length() {
        StringBuilder blame = new StringBuilder();
        for (int i = 0; blame.length() < TextRules.MAX_TEXT_LENGTH - 40; i++) {
            blame.append("It was ").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append("name's fault. ");
        }

        Either<Rejection, Decision> written = DECIDER.apply(new PostmortemCommand.WriteSection(at(10),
                Section.ROOT_CAUSE, blame.toString().strip()), inStatus(IncidentStatus.IN_REVIEW));

        assertTrue(written.isRight(), written.toString().substring(0, 300));
        TeamEvent.AdvisoryRaised advice = (TeamEvent.AdvisoryRaised) written.get().events().last();
        assertTrue(advice.advisory().message().contains(" more)"), advice.advisory().message());
    }

    @Test
    void chat_whose_channel_or_thread_parent_breaks_the_text_rules_is_listed_as_not_imported() {
        IncidentState declared = inStatus(IncidentStatus.DECLARED);
        DataSource source = new DataSource("#ops", minute(0), minute(30));
        ChatMessage badChannel = ChatMessage.inChannel("#ops\u0007", "m1", ResponderId.of("rep"), minute(1), "hi");
        ChatMessage badParent = ChatMessage.inThread("#ops", "m2", "p\u0000" + "x".repeat(300), ResponderId.of("rep"),
                minute(2), "hi");

        Either<Rejection, Decision> imported = DECIDER.apply(new CommunicationCommand.ImportChat(at(40), source,
                List.of(badChannel, badParent)), declared);

        assertTrue(imported.isRight(), imported.toString());
        CommunicationEvent.ChatImported chat = (CommunicationEvent.ChatImported) imported.get().events().head();
        assertEquals(2, chat.notImported().size());
        assertTrue(chat.notImported().forAll(n -> TextRules.textProblem("a reason", n.reason()).isEmpty()));
    }

    @Test
    void a_staffing_rule_must_explain_itself_in_free_text_when_it_is_made() {
        Responder ada = Responder.of("ada", "Ada");

        assertThrows(IllegalArgumentException.class, () -> new Staffing(Role.INCIDENT_COMMANDER, ada, " "));
        assertThrows(IllegalArgumentException.class, () -> new Staffing(Role.INCIDENT_COMMANDER, ada, "on call\u0007"));
        assertEquals("on call", new Staffing(Role.INCIDENT_COMMANDER, ada, "on call").explanation());
    }

    @Test
    void a_corrupt_stream_is_refused_as_an_argument_not_with_a_bare_no_such_element() {
        IncidentState triage = inStatus(IncidentStatus.TRIAGE);
        IncidentEvent early = new ResponseEvent.SeverityChanged(new EventHeader(triage.id(),
                EventId.of("x#0"), triage.version() + 1, minute(5), Option.none(), ADA, CommandId.of("x")),
                IncidentFixtures.SEV2, IncidentFixtures.SEV1, Option.none());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DECIDER.evolve(triage, early));
        assertTrue(refused.getMessage().contains("needs a declaration"), refused.getMessage());
    }
}
