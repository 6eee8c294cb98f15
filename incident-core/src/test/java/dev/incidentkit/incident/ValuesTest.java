package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void should_parse_ids_from_untrusted_text_without_throwing() {
        assertEquals(Either.right(IncidentId.of("INC-42")), IncidentId.parse("INC-42"));
        assertEquals(Either.left("an incident id is required"), IncidentId.parse(null));
        assertEquals(Either.left("an incident id must not be empty"), IncidentId.parse(""));
        assertEquals(Either.left("a command id must not contain white space, control or formatting characters"),
                CommandId.parse("c 1"));
        assertEquals(Either.left("a responder id must be at most 128 characters"),
                ResponderId.parse("x".repeat(129)));
        assertTrue(EventId.parse("c1#0").isRight());
    }

    @Test
    void should_throw_on_invalid_trusted_ids() {
        assertThrows(IllegalArgumentException.class, () -> IncidentId.of("INC 42"));
        assertThrows(NullPointerException.class, () -> ResponderId.of(null));
        assertThrows(IllegalArgumentException.class, () -> EventId.derive(CommandId.of("c1"), -1));
    }

    @Test
    void should_derive_event_ids_from_the_command() {
        assertEquals(EventId.of("cmd-9#2"), EventId.derive(CommandId.of("cmd-9"), 2));
        assertTrue(EventId.derive(CommandId.of("c".repeat(CommandId.MAX_LENGTH)), 99_999).value().length()
                <= EventId.MAX_LENGTH);
    }

    @Test
    void should_accept_http_urls_and_external_ids_as_link_references() {
        Link url = Link.of(LinkKind.STATUS_PAGE, "https://status.example.com/incidents/1");
        Link id = Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-42-hub-down");

        assertEquals(Option.some(URI.create("https://status.example.com/incidents/1")), url.url());
        assertEquals(Option.none(), id.url());
    }

    @Test
    void should_refuse_link_references_that_are_not_safe_urls_or_ids() {
        for (String bad : new String[] {"", "has space", "ftp://files.example.com/x", "javascript://x%0aalert(1)",
            "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example.com/x",
            "<img/src=x/onerror=alert(1)>", "file:/etc/passwd", "@channel", "<!here>", "[x](https://e.com)",
            "https://", "http://exa mple.com", "line\nbreak", "https://" + "a".repeat(Link.MAX_REFERENCE_LENGTH)}) {
            assertTrue(Link.parse(LinkKind.TICKET, bad).isLeft(), bad);
        }
        assertEquals(Either.left("a link reference is required"), Link.parse(LinkKind.TICKET, null));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkKind.TICKET, "ftp://x.example.com"));
    }

    @Test
    void should_take_an_e_mail_address_and_nothing_else_for_an_e_mail_link() {
        assertTrue(Link.parse(LinkKind.EMAIL, "community.rep+hub@mail.example.org").isRight());
        for (String bad : new String[] {"FD-4711", "https://example.org", "rep@", "@example.org", "rep@example",
            "rep@-x.org", "a b@example.org", "<rep@example.org>", "rep@example.org\n", "mailto:rep@example.org"}) {
            assertTrue(Link.parse(LinkKind.EMAIL, bad).isLeft(), bad);
        }
        assertTrue(Link.parse(LinkKind.TICKET, "rep@example.org").isLeft(), "an address is no ticket id");
    }

    @Test
    void should_name_commands_as_verbs() {
        CommandHeader h = CommandHeader.of(CommandId.of("c"), IncidentId.of("I"), ResponderId.of("a"), Instant.EPOCH);

        assertEquals("change severity", new ResponseCommand.ChangeSeverity(h,
                dev.incidentkit.severity.SeverityScale.standard().mostSevere(), Option.none()).verb());
        assertEquals("estimate impact start", new TriageCommand.EstimateImpactStart(h, Instant.EPOCH).verb());
        assertEquals("close", new ResponseCommand.Close(h).verb());
    }

    @Test
    void should_refuse_an_event_that_occurred_after_it_was_recorded() {
        assertThrows(IllegalArgumentException.class, () -> new EventHeader(IncidentId.of("I"), EventId.of("e"), 1,
                Instant.EPOCH, Option.some(FactTime.exact(Instant.EPOCH.plusSeconds(1))), ResponderId.of("a"), CommandId.of("c")));
        assertThrows(IllegalArgumentException.class, () -> new EventHeader(IncidentId.of("I"), EventId.of("e"), 0,
                Instant.EPOCH, Option.none(), ResponderId.of("a"), CommandId.of("c")));
    }

    @Test
    void should_report_milestone_order_problems_in_both_directions() {
        Milestones m = Milestones.none()
                .with(Milestone.DETECTED, Instant.parse("2026-01-01T10:00:00Z"))
                .with(Milestone.MITIGATED, Instant.parse("2026-01-01T11:00:00Z"));

        assertTrue(m.orderProblem(Milestone.RESOLVED, Instant.parse("2026-01-01T10:30:00Z")).isDefined());
        assertTrue(m.orderProblem(Milestone.IMPACT_STARTED, Instant.parse("2026-01-01T11:30:00Z")).isDefined());
        assertTrue(m.orderProblem(Milestone.IMPACT_STARTED, Instant.parse("2026-01-01T09:00:00Z")).isEmpty());
        assertTrue(m.isOrdered());
        assertEquals(io.vavr.collection.List.of(Milestone.DETECTED, Milestone.MITIGATED, Milestone.RESOLVED),
                Milestone.IMPACT_STARTED.successors());
    }
}
