package dev.incidentkit.incident;

import static dev.incidentkit.incident.RolesTest.ADA;
import static dev.incidentkit.incident.RolesTest.BARBARA;
import static dev.incidentkit.incident.RolesTest.GRACE;
import static dev.incidentkit.incident.RolesTest.LINUS;
import static dev.incidentkit.incident.RolesTest.at;
import static dev.incidentkit.incident.RolesTest.declared;
import static dev.incidentkit.incident.RolesTest.events;
import static dev.incidentkit.incident.RolesTest.rejected;
import static dev.incidentkit.incident.RolesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The incident report's review workflow, as guide 001 lays it out. */
class PostmortemWorkflowTest {

    /** Declared by the roster (ada investigates, grace commands), linus as expert, resolved and communicated. */
    private static IncidentState resolved() {
        return run(declared(),
                new TeamCommand.AssignRole(at(5, GRACE), Role.SUBJECT_MATTER_EXPERT, LINUS, "knows the proxy"),
                new ResponseCommand.Resolve(at(60, GRACE), "logged in as a test user", Option.none()),
                CommunicationCommand.PostUpdate.resolution(at(61, GRACE), Audience.STAKEHOLDERS, "Back to normal."));
    }

    /** The sections the report still lacks, written by one responder at one minute. */
    private static IncidentState written(IncidentState state, dev.incidentkit.role.Responder who, int minute) {
        for (Section section : Section.values()) {
            if (!state.postmortem().get().sections().containsKey(section)) {
                state = run(state, new PostmortemCommand.WriteSection(dev.incidentkit.incident.CommandHeader.of(
                        dev.incidentkit.incident.CommandId.of("s" + minute + "-" + section.ordinal()), IncidentFixtures.INC,
                        who.id(), IncidentFixtures.minute(minute)), section, "What we learned: " + section.title() + "."));
            }
        }
        return state;
    }

    @Test
    void should_take_the_report_from_draft_to_published_and_shared() {
        // The commander starts the report and owns its review process.
        IncidentState state = run(resolved(), new PostmortemCommand.StartPostmortem(at(70, GRACE), Option.none()));
        assertEquals(Option.some(IncidentStatus.IN_REVIEW), state.status());
        Postmortem pm = state.postmortem().get();
        assertEquals(GRACE.id(), pm.owner());
        assertEquals(PostmortemStatus.DRAFT, pm.status());
        assertEquals(Option.none(), pm.impactStart(), "not known, so not invented (001: not when the report came in)");

        // Written, with the impact window, sections and action items linked to issues.
        state = run(state,
                new PostmortemCommand.SetImpactWindow(at(71, GRACE), IncidentFixtures.minute(-20),
                        Option.some(IncidentFixtures.minute(55))),
                new PostmortemCommand.WriteSection(at(72, GRACE), Section.OVERVIEW, "Servers did not start for 75 minutes."),
                new PostmortemCommand.WriteSection(at(73, ADA), Section.ROOT_CAUSE,
                        "A proxy release leaked memory; nothing alerted on proxy memory."),
                new PostmortemCommand.AddActionItem(at(74, GRACE), "alert-proxy-memory", "Alert on proxy memory",
                        Option.some("https://github.com/example/infra/issues/101")));
        state = run(written(state, GRACE, 74),
                new PostmortemCommand.RequestReview(at(75, GRACE)),
                new PostmortemCommand.ReviewPostmortem(at(80, LINUS), "Added the quota graph."),
                new PostmortemCommand.MarkReviewed(at(85, GRACE)),
                new PostmortemCommand.PublishPostmortem(at(86, GRACE),
                        "https://github.com/example/incident-reports/blob/main/reports/inc-7.md"));
        pm = state.postmortem().get();
        assertEquals(PostmortemStatus.PUBLISHED, pm.status());
        assertEquals(Option.some(IncidentFixtures.minute(-20)), pm.impactStart());
        assertEquals(List.of(Section.values()).sorted(), pm.sections().keySet().toList().sorted());
        assertEquals(ActionItem.Status.OPEN, pm.actionItems().get("alert-proxy-memory").get().status());
        assertEquals(List.of(LINUS.id()), pm.reviews().map(r -> r.reviewer()));

        // Published but not yet sent to the community representative (001 step 11).
        assertEquals(List.of(ObligationKind.POSTMORTEM_NOT_SHARED),
                Obligations.of(state, IncidentProcess.standard(), IncidentFixtures.minute(87)).map(Obligation::kind));
        assertEquals(RejectionCode.POSTMORTEM_REQUIRED, rejected(new ResponseCommand.Close(at(87, GRACE)), state).code(),
                "the report is done once the community has the link");
        state = run(state, new PostmortemCommand.SharePostmortem(at(88, GRACE)), new ResponseCommand.Close(at(90, GRACE)));
        assertEquals(Option.some(IncidentStatus.CLOSED), state.status());
        assertTrue(Obligations.of(state, IncidentProcess.standard(), IncidentFixtures.minute(91)).isEmpty());

        // Follow-up work goes on after closing: action items are still tracked.
        state = run(state, new PostmortemCommand.UpdateActionItem(at(2000, LINUS), "alert-proxy-memory",
                ActionItem.Status.DONE));
        assertEquals(ActionItem.Status.DONE, state.postmortem().get().actionItems().get("alert-proxy-memory").get()
                .status());
    }

    @Test
    void should_not_close_before_the_required_report_is_published() {
        Rejection beforeStart = rejected(new ResponseCommand.Close(at(70, GRACE)), resolved());
        IncidentState drafting = run(resolved(), new PostmortemCommand.StartPostmortem(at(70, GRACE), Option.none()));
        Rejection whileDrafting = rejected(new ResponseCommand.Close(at(71, GRACE)), drafting);

        assertEquals(RejectionCode.POSTMORTEM_REQUIRED, beforeStart.code());
        assertEquals("cannot close: the generic process requires a postmortem at SEV2; start it, and close once it is"
                + " published", beforeStart.message());
        assertEquals("cannot close: the postmortem is draft; publish it before closing", whileDrafting.message());
    }

    @Test
    void should_keep_the_review_order_and_who_does_what() {
        IncidentState drafting = run(resolved(), new PostmortemCommand.StartPostmortem(at(70, GRACE), Option.some(ADA.id())));
        assertEquals(ADA.id(), drafting.postmortem().get().owner(), "delegated explicitly (001)");

        assertEquals(RejectionCode.WRONG_STATUS, rejected(new PostmortemCommand.PublishPostmortem(at(71, ADA),
                "https://example.org/r.md"), drafting).code(), "not published before reviewed");
        assertEquals(RejectionCode.WRONG_STATUS, rejected(new PostmortemCommand.MarkReviewed(at(71, GRACE)), drafting).code());
        assertEquals(RejectionCode.UNAUTHORISED, rejected(new PostmortemCommand.RequestReview(at(71, GRACE)), drafting)
                .code(), "only the owner asks for review");
        IncidentState inReview = run(drafting, new PostmortemCommand.RequestReview(at(71, ADA)));
        assertEquals(RejectionCode.UNAUTHORISED, rejected(new PostmortemCommand.ReviewPostmortem(at(72, ADA), "fine"),
                inReview).code(), "the owner does not review their own report");
        assertEquals(RejectionCode.WRONG_STATUS, rejected(new PostmortemCommand.MarkReviewed(at(72, GRACE)), inReview)
                .code(), "nobody reviewed it yet");
        assertEquals(RejectionCode.UNAUTHORISED, rejected(new PostmortemCommand.MarkReviewed(at(72, LINUS)), inReview)
                .code(), "the commander marks it reviewed");
        assertEquals(RejectionCode.WRONG_STATUS, rejected(new PostmortemCommand.StartPostmortem(at(5, GRACE),
                Option.none()), declared()).code(), "no report before resolution");
        assertEquals(RejectionCode.INVALID_INPUT, rejected(new PostmortemCommand.StartPostmortem(at(70, GRACE),
                Option.some(BARBARA.id())), resolved()).code(), "the owner takes part in the response");
        assertEquals(RejectionCode.MILESTONE_OUT_OF_ORDER, rejected(new PostmortemCommand.SetImpactWindow(at(72, ADA),
                IncidentFixtures.minute(65), Option.none()), drafting).code(),
                "impact cannot start after the incident was resolved at minute 60");
        assertEquals(RejectionCode.MILESTONE_OUT_OF_ORDER, rejected(new PostmortemCommand.SetImpactWindow(at(72, ADA),
                IncidentFixtures.minute(-30), Option.some(IncidentFixtures.minute(-40))), drafting).code(),
                "impact ends after it starts");
        IncidentState reviewed = run(written(inReview, ADA, 72), new PostmortemCommand.ReviewPostmortem(at(73, LINUS), "fine"),
                new PostmortemCommand.MarkReviewed(at(74, GRACE)));
        assertEquals(RejectionCode.WRONG_STATUS, rejected(new PostmortemCommand.WriteSection(at(75, ADA),
                Section.OVERVIEW, "changed after review"), reviewed).code(), "what was reviewed is what is published");
    }

    @Test
    void should_not_mark_reviewed_or_publish_while_a_section_is_missing_or_a_comment_open() {
        // given: in review, one section short
        IncidentState drafting = run(resolved(), new PostmortemCommand.StartPostmortem(at(70, GRACE), Option.none()));
        assertEquals(RejectionCode.INVALID_INPUT, rejected(new PostmortemCommand.WriteSection(at(72, GRACE),
                Section.WHERE_WE_GOT_LUCKY, " "), drafting).code(), "a blank section is not written");
        IncidentState inReview = run(drafting, new PostmortemCommand.WriteSection(at(72, GRACE), Section.OVERVIEW, "Down 75 minutes."),
                new PostmortemCommand.RequestReview(at(73, GRACE)),
                new PostmortemCommand.RaiseReviewComment(at(74, LINUS), "When did the upgrade happen?"));

        // when / then: the missing sections are named
        Rejection missing = rejected(new PostmortemCommand.MarkReviewed(at(75, GRACE)), inReview);
        assertEquals(RejectionCode.REVIEW_COMMENT_OPEN, missing.code(), "the open comment is said first");
        assertEquals("cannot mark reviewed: 1 review comment is still open: c74 (\"When did the upgrade happen?\");"
                + " address or dismiss each first", missing.message());
        assertEquals(RejectionCode.UNAUTHORISED, rejected(new PostmortemCommand.SettleReviewComment(at(75, BARBARA),
                "c74", ReviewComment.State.DISMISSED, "no"), inReview).code(), "not someone outside the report");
        assertEquals(RejectionCode.INVALID_INPUT, rejected(new PostmortemCommand.SettleReviewComment(at(75, GRACE),
                "c74", ReviewComment.State.DISMISSED, " "), inReview).code(), "a dismissal gives its reason");
        IncidentState settled = run(inReview, new PostmortemCommand.SettleReviewComment(at(75, GRACE), "c74",
                ReviewComment.State.ADDRESSED, "Added 13:50 to the timeline."));
        assertEquals(RejectionCode.REVIEW_COMMENT_OPEN, rejected(new PostmortemCommand.SettleReviewComment(at(76, LINUS),
                "c74", ReviewComment.State.DISMISSED, "again"), settled).code(), "settled once");
        ReviewComment comment = settled.postmortem().get().comments().get("c74").get();
        assertEquals(List.of(ReviewComment.State.ADDRESSED, "Added 13:50 to the timeline.", GRACE.id(), LINUS.id()),
                List.of(comment.state(), comment.note().get(), comment.settledBy().get(), comment.author()));
        Rejection sections = rejected(new PostmortemCommand.MarkReviewed(at(76, GRACE)), settled);
        assertEquals(RejectionCode.SECTIONS_MISSING, sections.code());
        assertEquals("cannot mark reviewed: the generic process requires the sections \"What happened\","
                + " \"Resolution\", \"Root cause and contributing factors\", \"Where we got lucky\", \"What went well\","
                + " \"What did not go so well\"; write them first", sections.message());

        // a process that requires fewer sections marks it reviewed and publishes it
        IncidentProcess light = IncidentProcess.standard().toBuilder().postmortem(
                dev.incidentkit.process.PostmortemPolicy.builder().requiredFrom(IncidentFixtures.SEV2)
                        .requiredSections(Section.OVERVIEW).build()).build();
        IncidentDecider decider = IncidentDecider.of(light);
        IncidentState published = settled;
        for (IncidentCommand command : List.<IncidentCommand>of(new PostmortemCommand.MarkReviewed(at(76, GRACE)),
                new PostmortemCommand.PublishPostmortem(at(77, GRACE), "https://example.org/r.md"))) {
            published = decider.replay(published, decider.decide(command, published).get());
        }
        assertEquals(PostmortemStatus.PUBLISHED, published.postmortem().get().status());
    }

    @Test
    void should_advise_but_not_block_wording_that_points_at_a_person() {
        IncidentState drafting = run(resolved(), new PostmortemCommand.StartPostmortem(at(70, GRACE), Option.none()));

        Seq<IncidentEvent> events = events(new PostmortemCommand.WriteSection(at(71, GRACE), Section.ROOT_CAUSE,
                "Human error: ada forgot to set the memory limit."), drafting);

        assertInstanceOf(PostmortemEvent.SectionWritten.class, events.get(0));
        TeamEvent.AdvisoryRaised advisory = assertInstanceOf(TeamEvent.AdvisoryRaised.class, events.get(1));
        assertEquals(AdvisoryCode.BLAMEFUL_LANGUAGE, advisory.advisory().code());
        assertTrue(advisory.advisory().message().contains("\"Human error\", \"ada forgot\""),
                advisory.advisory().message());
    }

    @Test
    void should_close_a_minor_incident_without_a_report_when_the_process_needs_none() {
        IncidentState minor = run(IncidentState.empty(IncidentFixtures.INC),
                IncidentFixtures.report(0), IncidentFixtures.declareMinor(1), IncidentFixtures.resolve(2),
                IncidentFixtures.resolutionNotice(3), IncidentFixtures.close(4));

        assertEquals(Option.some(IncidentStatus.CLOSED), minor.status());
        assertTrue(minor.postmortem().isEmpty());
    }
}
