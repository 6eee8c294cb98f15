package dev.incidentkit.incident;

import static dev.incidentkit.incident.RolesTest.GRACE;
import static dev.incidentkit.incident.RolesTest.at;
import static dev.incidentkit.incident.RolesTest.declared;
import static dev.incidentkit.incident.RolesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.testkit.RuleSpec;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Action items as teams write them (issue 19): tracked by a URL or an issue reference ({@code repo#n},
 * {@code org/repo#n}), with an owner and a due date, a status the report may not state, and an obligation
 * once an open item is due. The shapes come from public postmortems: the 2i2c reports list items as
 * {@code infrastructure#89}; GitLab's 2017 database report tracks each item as an issue with an owner.
 */
class ActionItemsTest {

    private static final ResponderId OPS = ResponderId.of("ops-oncall");

    /** Declared at minute 1 (grace commands), resolved at 60, resolution told, postmortem started at 70 by grace. */
    private static RuleSpec inReview() {
        IncidentState state = run(declared(),
                new ResponseCommand.Resolve(at(60, GRACE), "logged in as a test user", Option.none()),
                CommunicationCommand.PostUpdate.resolution(at(61, GRACE), Audience.STAKEHOLDERS, "Back to normal."),
                new PostmortemCommand.StartPostmortem(at(70, GRACE), Option.none()));
        return RuleSpec.of(IncidentProcess.standard(), state);
    }

    private static PostmortemCommand.AddActionItem item(int minute, String id, String issue, ResponderId owner,
            LocalDate due) {
        return new PostmortemCommand.AddActionItem(at(minute, GRACE), id, "Alert on proxy memory",
                Option.of(issue), Option.of(owner), Option.of(due));
    }

    @Test
    void should_take_issue_references_in_the_forms_teams_write_and_urls() {
        for (String reference : List.of("infrastructure#89", "2i2c-org/infrastructure#1234", "org/repo.js#12",
                "https://github.com/example/infra/issues/101")) {
            inReview().when(item(71, "AI-1", reference, OPS, LocalDate.of(2026, 3, 9))).events();
        }
    }

    @Test
    void should_refuse_a_reference_that_is_neither_a_url_nor_an_issue_reference() {
        for (String reference : List.of("#89", "infrastructure#0", "a/b/c#1", "repo# 12", "javascript:alert(1)",
                "ftp://example.org/x", "repo#12\nmore", "in fra#1")) {
            Rejection rejection = inReview().when(item(71, "AI-1", reference, OPS, null))
                    .thenRejected(RejectionCode.INVALID_INPUT).rejection();
            assertTrue(rejection.message().contains("the action item's issue"), rejection.message());
        }
    }

    @Test
    void should_keep_owner_and_due_date_and_show_them_in_the_timeline() {
        RuleSpec.Outcome added = inReview().when(item(71, "AI-1", "infrastructure#89", OPS, LocalDate.of(2026, 3, 9)));

        ActionItem stored = added.state().postmortem().get().actionItems().get("AI-1").get();
        assertEquals(Option.some(OPS), stored.owner());
        assertEquals(Option.some(LocalDate.of(2026, 3, 9)), stored.due());
        assertEquals(ActionItem.Status.OPEN, stored.status());
        assertEquals("action item: Alert on proxy memory, owned by ops-oncall, due 2026-03-09",
                Timeline.of(added.events()).single().text());
    }

    @Test
    void should_owe_an_open_item_past_its_due_date_to_its_owner_or_the_postmortem_owner() {
        IncidentState state = inReview()
                .givenCommands(item(71, "AI-1", "infrastructure#89", OPS, LocalDate.of(2026, 3, 9)),
                        item(72, "AI-2", null, null, LocalDate.of(2026, 3, 16)),
                        item(73, "AI-3", null, null, null))
                .state();

        Seq<Obligation> due = Obligations.of(state, IncidentProcess.standard(), Instant.parse("2026-03-12T09:00:00Z"))
                .filter(o -> o.kind() == ObligationKind.ACTION_ITEM_DUE);

        // due at the end of the day, in the standard calendar's zone (UTC); AI-3 has no date and owes nothing
        assertEquals(List.of("action item AI-1", "action item AI-2"), due.map(Obligation::subject));
        assertEquals(Option.some(Instant.parse("2026-03-10T00:00:00Z")), due.head().dueAt());
        assertTrue(due.head().isOverdueAt(Instant.parse("2026-03-12T09:00:00Z")));
        assertTrue(!due.last().isOverdueAt(Instant.parse("2026-03-12T09:00:00Z")));
        assertEquals(List.of(OPS), due.head().owners());
        assertEquals(List.of(GRACE.id()), due.last().owners(), "no owner named: the postmortem's owner");
    }

    @Test
    void should_record_that_a_report_does_not_say_whether_an_item_was_done_and_then_owe_nothing() {
        RuleSpec.Outcome unknown = inReview()
                .givenCommands(item(71, "AI-1", "infrastructure#89", OPS, LocalDate.of(2026, 3, 9)))
                .when(new PostmortemCommand.UpdateActionItem(at(72, GRACE), "AI-1", ActionItem.Status.UNKNOWN));

        assertEquals(ActionItem.Status.UNKNOWN, unknown.state().postmortem().get().actionItems().get("AI-1").get()
                .status());
        assertEquals("action item AI-1: whether it was done is not recorded",
                Timeline.of(unknown.events()).single().text());
        assertTrue(Obligations.of(unknown.state(), IncidentProcess.standard(), Instant.parse("2026-04-01T00:00:00Z"))
                .forAll(o -> o.kind() != ObligationKind.ACTION_ITEM_DUE));
    }

    @Test
    void should_refuse_a_due_date_no_calendar_holds() {
        inReview().when(item(71, "AI-1", null, null, LocalDate.of(1969, 12, 31)))
                .thenRejected(RejectionCode.INVALID_INPUT);
        assertEquals(Option.none(), ActionItem.referenceProblem("org/repo#7"));
        assertTrue(ActionItem.referenceProblem("http://").isDefined());
    }
}
