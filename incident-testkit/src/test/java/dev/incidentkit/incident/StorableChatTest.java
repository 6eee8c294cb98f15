package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * A chat message no store can keep (issue 17, item 4): NUL, a lone surrogate or an absurd length lost a whole
 * import on PostgreSQL, because it was kept raw in the list of what was not imported. It is kept there as a
 * store can keep it, with the reason, and the rest of the import goes in.
 */
class StorableChatTest {

    @Test
    void should_keep_a_message_no_store_can_keep_in_a_form_every_store_can_keep() {
        // given
        IncidentState declared = IncidentFixtures.inStatus(IncidentStatus.DECLARED);
        ResponderId ada = IncidentFixtures.ADA;
        ChatMessage fine = ChatMessage.inChannel("#inc", "m1", ada, minute(2), "rolled back");
        ChatMessage nul = ChatMessage.inChannel("#inc", "m2", ada, minute(3), "a\u0000b");
        ChatMessage surrogate = ChatMessage.inChannel("#inc", "m3\uD800", ada, minute(4), "x\uDC00y");
        ChatMessage huge = ChatMessage.inChannel("#in\u0000c", "m4", ada, minute(5), "z".repeat(20_000));

        // when
        Decision decision = DECIDER.apply(new CommunicationCommand.ImportChat(at(30),
                new DataSource("#inc", minute(0), minute(30)), List.of(fine, nul, surrogate, huge)), declared).get();

        // then
        CommunicationEvent.ChatImported event = (CommunicationEvent.ChatImported) decision.events().single();
        assertEquals(List.of(fine), event.imported().toList());
        assertEquals(3, event.notImported().size());
        for (NotImported out : event.notImported()) {
            ChatMessage kept = out.message();
            assertTrue(TextRules.textProblem("text", kept.text()).isEmpty(), kept.text());
            assertTrue(TextRules.identifierProblem("id", kept.id(), 200).isEmpty(), kept.id());
            assertTrue(TextRules.labelProblem("channel", kept.channel()).isEmpty(), kept.channel());
            assertTrue(out.reason().contains("cannot be kept"), out.reason());
        }
        assertEquals("a\uFFFDb", event.notImported().get(0).message().text());
        assertTrue(event.notImported().get(2).message().text().length() <= TextRules.MAX_TEXT_LENGTH);

        // and: importing the same messages again adds nothing
        IncidentState after = decision.state();
        assertTrue(DECIDER.decide(new CommunicationCommand.ImportChat(at(31), new DataSource("#inc", minute(0),
                minute(30)), List.of(fine, nul, surrogate, huge)), after).get().isEmpty());
    }
}
