package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.ADA;
import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.OTHER;
import static dev.incidentkit.incident.IncidentFixtures.SEV1;
import static dev.incidentkit.incident.IncidentFixtures.SEV2;
import static dev.incidentkit.incident.IncidentFixtures.SEV3;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.cancel;
import static dev.incidentkit.incident.IncidentFixtures.close;
import static dev.incidentkit.incident.IncidentFixtures.declare;
import static dev.incidentkit.incident.IncidentFixtures.decline;
import static dev.incidentkit.incident.IncidentFixtures.given;
import static dev.incidentkit.incident.IncidentFixtures.impactStart;
import static dev.incidentkit.incident.IncidentFixtures.pathTo;
import static dev.incidentkit.incident.IncidentFixtures.RULES;
import static dev.incidentkit.incident.IncidentFixtures.link;
import static dev.incidentkit.incident.IncidentFixtures.merge;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static dev.incidentkit.incident.IncidentFixtures.mitigate;
import static dev.incidentkit.incident.IncidentFixtures.progress;
import static dev.incidentkit.incident.IncidentFixtures.reopen;
import static dev.incidentkit.incident.IncidentFixtures.report;
import static dev.incidentkit.incident.IncidentFixtures.resolutionNotice;
import static dev.incidentkit.incident.IncidentFixtures.resolve;
import static dev.incidentkit.incident.IncidentFixtures.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.testkit.RuleSpec;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The decider's refusals, written as the testkit's {@link RuleSpec}: given the commands an incident has
 * taken, when one more comes, then it is rejected with this code (and, where the words matter, this
 * message).
 */
class IncidentRejectionTest {

    /**
     * Commands issued at minute 10. The statuses each is taken in come from the {@link Rulebook}, as the
     * decider's do; this test plays each in every status and checks the decider keeps to the book.
     */
    private static final List<Tuple2<String, Supplier<IncidentCommand>>> MOVES = List.of(
            Tuple.of("declare", () -> declare(10)),
            Tuple.of("decline", () -> decline(10)),
            Tuple.of("estimate impact start", () -> impactStart(10, minute(-10))),
            Tuple.of("change severity", () -> severity(10, SEV1, null)),
            Tuple.of("progress update", () -> progress(10)),
            Tuple.of("resolution notice", () -> resolutionNotice(10)),
            Tuple.of("add link", () -> link(10, LinkKind.TICKET, "BUG-1")),
            Tuple.of("record action", () -> new ResponseCommand.RecordAction(at(10), ActionKind.NOTE, "looked",
                    Option.none())),
            Tuple.of("mitigate", () -> mitigate(10)),
            Tuple.of("resolve", () -> resolve(10)),
            Tuple.of("reopen", () -> reopen(10)),
            Tuple.of("cancel", () -> cancel(10)),
            Tuple.of("merge", () -> merge(10)),
            Tuple.of("close", () -> close(10)),
            Tuple.of("start postmortem", () -> new PostmortemCommand.StartPostmortem(at(10), Option.none())),
            Tuple.of("write section", () -> new PostmortemCommand.WriteSection(at(10), Section.ROOT_CAUSE,
                    "A proxy leaked memory.")));

    @Test
    void should_accept_each_command_exactly_in_the_statuses_the_rulebook_allows() {
        for (IncidentStatus status : IncidentStatus.values()) {
            RuleSpec given = RULES.givenCommands(pathTo(status));
            for (Tuple2<String, Supplier<IncidentCommand>> move : MOVES) {
                IncidentCommand command = move._2.get();
                Rulebook.Rule rule = Rulebook.ruleFor(command);
                RuleSpec.Outcome outcome = given.when(command);
                boolean promisedAfterResolution = move._1.equals("progress update") && !status.isOpen();
                if (rule.allows(status) && !(status == IncidentStatus.IN_REVIEW && move._1.equals("close"))
                        && !promisedAfterResolution) {
                    outcome.events();
                } else if (rule.allows(status) && promisedAfterResolution) {
                    // the fixture's update promises the next one, which nobody owes after the resolution
                    outcome.thenRejected(RejectionCode.INVALID_INPUT);
                } else if (rule.allows(status)) {
                    // the fixture's postmortem is not published: closing waits for it, by another rule
                    outcome.thenRejected(RejectionCode.POSTMORTEM_REQUIRED);
                } else {
                    String message = outcome.thenRejected(RejectionCode.WRONG_STATUS).rejection().message();
                    assertTrue(message.endsWith(" incidents " + rule.whatTheyDo()), message);
                }
            }
        }
    }

    @Test
    void should_have_one_rule_for_each_kind_of_command_and_two_for_updates() {
        for (CommandKind kind : CommandKind.values()) {
            assertEquals(kind == CommandKind.POST_UPDATE ? 2 : 1, Rulebook.rulesOf(kind).size(), kind.name());
        }
        assertEquals(CommandKind.values().length + 1, Rulebook.rules().size());
        assertTrue(Rulebook.rules().forAll(r -> r.kind() == CommandKind.REPORT || !r.allowedIn().isEmpty()));
    }

    @Test
    void should_explain_wrong_status_in_a_sentence() {
        RULES.givenCommands(pathTo(IncidentStatus.DECLINED)).when(mitigate(10)).thenRejected(RejectionCode.WRONG_STATUS,
                "cannot mitigate: incident INC-7 is DECLINED; only DECLARED incidents can be mitigated");
        RULES.givenCommands(pathTo(IncidentStatus.RESOLVED)).when(cancel(10)).thenRejected(RejectionCode.WRONG_STATUS,
                "cannot cancel: incident INC-7 is RESOLVED; only TRIAGE, DECLARED or MITIGATED incidents"
                        + " can be canceled");
    }

    @Test
    void should_reject_any_command_before_the_incident_is_reported() {
        RULES.when(declare(1))
                .thenRejected(RejectionCode.NOT_REPORTED, "cannot declare: incident INC-7 has not been reported");
    }

    @Test
    void should_reject_a_second_report_of_the_same_incident() {
        RULES.givenCommands(report(0)).when(report(5)).thenRejected(RejectionCode.ALREADY_REPORTED);
    }

    @Test
    void should_reject_blank_or_multi_line_or_overlong_texts() {
        RuleSpec triage = RULES.givenCommands(report(0));
        RuleSpec declared = RULES.givenCommands(report(0), declare(1));
        List<Tuple3<IncidentCommand, RuleSpec, String>> cases = List.of(
                Tuple.of(TriageCommand.Report.of(at(0), ReportSource.manual(ADA), "  "), RULES,
                        "the summary must not be blank"),
                Tuple.of(ResponseCommand.Declare.of(at(2), "Hub\ndown", SEV2, Impact.of("x"), "hub"), triage,
                        "the title must be one line"),
                Tuple.of(ResponseCommand.Declare.of(at(2), "x".repeat(201), SEV2, Impact.of("x"), "hub"), triage,
                        "the title must be at most 200 characters"),
                Tuple.of(ResponseCommand.Declare.of(at(2), "Hub down", SEV2, Impact.of(""), "hub"), triage,
                        "the impact summary must not be blank"),
                Tuple.of(ResponseCommand.Declare.of(at(2), "Hub down", SEV2, Impact.of("x", -1), "hub"), triage,
                        "must not be negative"),
                Tuple.of(ResponseCommand.Declare.of(at(2), "Hub down", SEV2, Impact.of("x"), ""), triage,
                        "the impacted service must not be blank"),
                Tuple.of(new TriageCommand.Decline(at(2), "", DeclineRoute.to(DeclineRoute.Destination.OTHER)),
                        triage, "the reason must not be blank"),
                Tuple.of(new TriageCommand.Decline(at(2), "support matter",
                        DeclineRoute.to(DeclineRoute.Destination.OTHER, " ")), triage,
                        "the route's reference must not be blank"),
                Tuple.of(new ResponseCommand.Resolve(at(2), " ", Option.none()), declared,
                        "how the fix was verified must not be blank"),
                Tuple.of(new ResponseCommand.Mitigate(at(2), "", Option.none()), declared, "the note must not be blank"),
                Tuple.of(CommunicationCommand.PostUpdate.progress(at(2), Audience.PUBLIC, "x".repeat(10_001), minute(60)),
                        declared, "the update must be at most 10000 characters"),
                Tuple.of(CommunicationCommand.PostUpdate.progress(at(2), Audience.PUBLIC, "Rolling back", minute(2)),
                        declared, "which is not after this update"),
                Tuple.of(new CommunicationCommand.PostUpdate(at(5), UpdateKind.RESOLUTION, Audience.PUBLIC, "Fixed",
                        Option.some(minute(60))), RULES.givenCommands(report(0), declare(1), resolve(2)),
                        "a resolution notice promises no next update"),
                Tuple.of(new ResponseCommand.ChangeSeverity(at(2), SEV3, Option.some("")), declared,
                        "the reason must not be blank"),
                Tuple.of(new ResponseCommand.Reopen(at(5), ""), RULES.givenCommands(report(0), declare(1), resolve(2)),
                        "the reason must not be blank"),
                Tuple.of(new ResponseCommand.Cancel(at(2), ""), declared, "the reason must not be blank"));
        for (Tuple3<IncidentCommand, RuleSpec, String> c : cases) {
            Rejection rejection = c._2.when(c._1).thenRejected(RejectionCode.INVALID_INPUT).rejection();
            assertTrue(rejection.message().startsWith("cannot " + c._1.verb() + ": "), rejection.message());
            assertTrue(rejection.message().contains(c._3), rejection.message() + " should say: " + c._3);
        }
    }

    @Test
    void should_reject_malformed_report_sources() {
        List<ReportSource> bad = List.of(
                ReportSource.pagingAlert(""),
                ReportSource.pagingAlert("HubDown", "take immediate action", "line\nbreak"),
                new ReportSource.PagingAlert("HubDown", HashSet.empty(), Option.some("")),
                ReportSource.supportTicket("", ADA),
                ReportSource.chat(" ", ADA),
                new ReportSource.ChatReport("#incidents", ADA, Option.some("javascript:alert(1)")));
        for (ReportSource source : bad) {
            RULES.when(TriageCommand.Report.of(at(0), source, "Hub down")).thenRejected(RejectionCode.INVALID_INPUT);
        }
    }

    @Test
    void should_reject_a_command_recorded_before_the_last_event() {
        Rejection rejection = RULES.givenCommands(report(0), declare(5)).when(progress(3))
                .thenRejected(RejectionCode.TIME_OUT_OF_ORDER).rejection();

        assertTrue(rejection.message().contains("before the incident's last event"), rejection.message());
    }

    @Test
    void should_reject_facts_claimed_to_happen_after_they_were_recorded() {
        RuleSpec declared = RULES.givenCommands(report(0), declare(1));
        List<Tuple3<IncidentCommand, RuleSpec, String>> cases = List.of(
                Tuple.of(new TriageCommand.Report(at(0), ReportSource.manual(ADA), "x", Option.some(minute(1)),
                        Option.none()), RULES, "the detection time"),
                Tuple.of(new TriageCommand.Report(at(0), ReportSource.manual(ADA), "x", Option.none(),
                        Option.some(minute(1))), RULES, "the impact start"),
                Tuple.of(new ResponseCommand.Mitigate(at(5), "x", Option.some(minute(6))), declared,
                        "the mitigation time"),
                Tuple.of(new ResponseCommand.Resolve(at(5), "x", Option.some(minute(6))), declared,
                        "the resolution time"),
                Tuple.of(impactStart(5, minute(6)), declared, "the impact start"));
        for (Tuple3<IncidentCommand, RuleSpec, String> c : cases) {
            Rejection rejection = c._2.when(c._1).thenRejected(RejectionCode.TIME_OUT_OF_ORDER).rejection();
            assertTrue(rejection.message().contains(c._3), rejection.message());
        }
    }

    @Test
    void should_reject_a_milestone_that_would_go_back_in_time() {
        // given: detected at minute 0, declared at 1
        RuleSpec declared = RULES.givenCommands(report(0), declare(1));
        RuleSpec mitigated = declared.givenCommands(mitigate(10));

        // when, then
        declared.when(new ResponseCommand.Mitigate(at(20), "reverted", Option.some(minute(-1))))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER, "cannot mitigate: mitigated at"
                        + " 2026-03-02T12:41:00Z would come before declared at 2026-03-02T12:43:00Z; an incident's"
                        + " milestones never go back in time");
        Rejection beforeMitigation = mitigated
                .when(new ResponseCommand.Resolve(at(20), "verified", Option.some(minute(9))))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER).rejection();
        assertTrue(beforeMitigation.message().contains("would come before mitigated"), beforeMitigation.message());
        Rejection impactAfterMitigation = mitigated.when(impactStart(20, minute(11)))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER).rejection();
        // the impact cannot start after the problem was detected, and so never after the mitigation (issue 16)
        assertTrue(impactAfterMitigation.message().contains("impact started at 2026-03-02T12:53:00Z would come after"
                + " detected at 2026-03-02T12:42:00Z"), impactAfterMitigation.message());
    }

    @Test
    void should_reject_a_mitigation_before_the_reopening_it_follows() {
        RuleSpec reopened = RULES.givenCommands(report(0), declare(1), resolve(5), reopen(30));

        Rejection rejection = reopened.when(new ResponseCommand.Mitigate(at(40), "rolled back", Option.some(minute(20))))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER).rejection();

        assertTrue(rejection.message().contains("would come before reopened"), rejection.message());
    }

    @Test
    void should_reject_a_severity_that_is_not_on_the_scale() {
        RULES.givenCommands(report(0))
                .when(ResponseCommand.Declare.of(at(2), "Hub down", new Severity("P1", 1), Impact.of("x"), "hub"))
                .thenRejected(RejectionCode.UNKNOWN_SEVERITY);
        RULES.givenCommands(report(0), declare(1))
                .when(new ResponseCommand.ChangeSeverity(at(2), new Severity("SEV1", 3), Option.none()))
                .thenRejected(RejectionCode.UNKNOWN_SEVERITY);
    }

    @Test
    void should_require_a_reason_to_lower_the_severity() {
        RULES.givenCommands(report(0), declare(1))
                .when(new ResponseCommand.ChangeSeverity(at(5), SEV3, Option.none()))
                .thenRejected(RejectionCode.REASON_REQUIRED,
                        "cannot change severity: lowering the severity from SEV2 to SEV3 needs a reason");
    }

    @Test
    void should_reject_changes_that_change_nothing() {
        RuleSpec declared = RULES.givenCommands(report(0), declare(1), impactStart(2, minute(-10)));

        declared.when(severity(5, SEV2, "same")).thenRejected(RejectionCode.NO_CHANGE);
        declared.when(impactStart(5, minute(-10))).thenRejected(RejectionCode.NO_CHANGE);
    }

    @Test
    void should_reject_the_same_link_twice() {
        Rejection rejection = RULES.givenCommands(report(0), link(1, LinkKind.TICKET, "FD-4711"))
                .when(link(2, LinkKind.TICKET, "FD-4711"))
                .thenRejected(RejectionCode.ALREADY_LINKED).rejection();

        assertTrue(rejection.message().contains("already linked to TICKET FD-4711"), rejection.message());
    }

    @Test
    void should_reject_merging_an_incident_into_itself() {
        RULES.givenCommands(report(0)).when(new ResponseCommand.Merge(at(5), INC))
                .thenRejected(RejectionCode.SELF_MERGE);
    }

    @Test
    void should_let_a_rejected_command_id_be_used_again() {
        // given: c5 is rejected because the incident is not declared yet
        RULES.givenCommands(report(0)).when(mitigate(5)).thenRejected(RejectionCode.WRONG_STATUS);

        // when, then: the same id is later used for an accepted command
        RULES.givenCommands(report(0), declare(1)).when(mitigate(5)).thenEventTypes(ResponseEvent.Mitigated.class);
    }

    @Test
    void should_refuse_a_command_for_another_incident_as_a_programming_error() {
        IncidentCommand foreign = new ResponseCommand.Cancel(
                CommandHeader.of(CommandId.of("x"), OTHER, ADA, Instant.EPOCH), "wrong stream");

        assertThrows(IllegalArgumentException.class, () -> DECIDER.decide(foreign, given(report(0))));
    }

    @Test
    void should_refuse_to_fold_a_corrupt_stream() {
        List<IncidentEvent> events = IncidentFixtures.givenEvents(report(0), declare(1), mitigate(2)).toList();
        List<IncidentEvent> closed = IncidentFixtures.givenEvents(report(0), cancel(1)).toList();
        IncidentEvent secondReport = new TriageEvent.Reported(new EventHeader(INC, EventId.of("x#0"), 4,
                minute(3), Option.none(), ADA, CommandId.of("x")), ReportSource.manual(ADA), "again", Option.none());
        IncidentEvent closeTooEarly = new ResponseEvent.Closed(new EventHeader(INC, EventId.of("y#0"), 4,
                minute(3), Option.none(), ADA, CommandId.of("y")));
        IncidentEvent afterCancel = new ResponseEvent.Mitigated(new EventHeader(INC, EventId.of("z#0"), 3,
                minute(3), Option.none(), ADA, CommandId.of("z")), "late");

        assertThrows(IllegalArgumentException.class, () -> DECIDER.replay(INC, events.removeAt(1)), "gap");
        assertThrows(IllegalArgumentException.class, () -> DECIDER.replay(OTHER, events), "other incident");
        assertThrows(IllegalArgumentException.class, () -> DECIDER.replay(INC, events.tail()), "no report first");
        assertThrows(IllegalArgumentException.class, () -> DECIDER.replay(INC, events.append(secondReport)),
                "second report");
        assertThrows(IllegalArgumentException.class, () -> DECIDER.replay(INC, events.append(closeTooEarly)),
                "MITIGATED -> CLOSED");
        assertThrows(IllegalArgumentException.class, () -> DECIDER.replay(INC, closed.append(afterCancel)),
                "after a terminal status");
    }

    @Test
    void should_give_each_code_a_stable_text() {
        assertEquals(List.of("not-reported", "already-reported", "wrong-status", "invalid-input",
                "milestone-out-of-order", "time-out-of-order", "unknown-severity", "reason-required", "no-change",
                "already-linked", "self-merge", "unauthorised", "unknown-role", "role-taken", "already-holds",
                "not-a-holder", "role-required", "no-such-handoff", "handoff-expired", "handoff-open",
                "resolution-not-communicated", "postmortem-required", "unknown-incident", "merge-target-not-open",
                "not-declared", "follow-up-open", "review-comment-open", "sections-missing"),
                List.of(RejectionCode.values()).map(RejectionCode::code));
    }

    @Test
    void should_not_close_before_the_stakeholders_were_told_it_is_resolved() {
        RULES.givenCommands(report(0), IncidentFixtures.declareMinor(1), resolve(2)).when(close(5))
                .thenRejected(RejectionCode.RESOLUTION_NOT_COMMUNICATED, "cannot close: nobody has told stakeholders"
                        + " that things should be back to normal; post the resolution notice first");
    }

    @Test
    void should_require_progress_updates_to_say_when_the_next_one_comes() {
        RULES.givenCommands(report(0), declare(1))
                .when(new CommunicationCommand.PostUpdate(at(5), UpdateKind.PROGRESS, Audience.STAKEHOLDERS,
                        "Rolling back", Option.none()))
                .thenRejected(RejectionCode.INVALID_INPUT,
                        "cannot post update: a progress update says when the next one comes");
    }

    @Test
    void should_require_a_reference_when_a_report_is_routed_somewhere_else() {
        RULES.givenCommands(report(0))
                .when(new TriageCommand.Decline(at(5), "belongs to the data team",
                        DeclineRoute.to(DeclineRoute.Destination.OTHER)))
                .thenRejected(RejectionCode.INVALID_INPUT);
    }

    @Test
    void should_reject_text_that_no_store_could_keep_or_that_hides_its_direction() {
        RuleSpec triage = RULES.givenCommands(report(0));
        for (String title : List.of("Hub\u0000down", "Hub\u202Edown", "Hub\u2028down", "Hub \uD800 down")) {
            triage.when(ResponseCommand.Declare.of(at(2), title, SEV2, Impact.of("x"), "hub"))
                    .thenRejected(RejectionCode.INVALID_INPUT);
        }
        triage.givenCommands(declare(1)).when(new ResponseCommand.Mitigate(at(2), "rolled\u0000back", Option.none()))
                .thenRejected(RejectionCode.INVALID_INPUT);
        // emoji and line breaks are fine
        triage.when(ResponseCommand.Declare.of(at(2), "Hub down \uD83D\uDD25 again", SEV2,
                Impact.of("multi\nline\twith tabs"), "hub")).events();
    }

    @Test
    void should_refuse_null_hidden_inside_options_and_collections_when_a_command_is_made() {
        assertThrows(NullPointerException.class,
                () -> new ResponseCommand.Mitigate(at(2), "x", Option.some(null)));
        assertThrows(NullPointerException.class,
                () -> new ResponseCommand.ChangeSeverity(at(2), SEV1, Option.some(null)));
        assertThrows(NullPointerException.class, () -> ReportSource.pagingAlert("HubDown", (String) null));
    }

    @Test
    void should_reject_mitigation_or_resolution_before_the_declaration() {
        RuleSpec declared = RULES.givenCommands(report(0), declare(10));

        Rejection mitigation = declared
                .when(new ResponseCommand.Mitigate(at(20), "reverted", Option.some(minute(5))))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER).rejection();
        declared.when(new ResponseCommand.Resolve(at(20), "verified", Option.some(minute(9))))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER);

        assertTrue(mitigation.message().contains("would come before declared"), mitigation.message());
    }

    @Test
    void should_not_let_impact_start_after_a_resolution_that_a_reopening_cleared() {
        // given: resolved at minute 3, reopened at 30
        RuleSpec reopened = RULES.givenCommands(report(0), declare(1), mitigate(2), resolve(3), reopen(30));

        // when
        Rejection rejection = reopened.when(impactStart(31, minute(29)))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER).rejection();

        // then
        assertTrue(rejection.message().contains("would come after detected at 2026-03-02T12:42:00Z"),
                rejection.message());
    }

}
