package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.ADA;
import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.SEV1;
import static dev.incidentkit.incident.IncidentFixtures.SEV2;
import static dev.incidentkit.incident.IncidentFixtures.SEV3;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.close;
import static dev.incidentkit.incident.IncidentFixtures.declare;
import static dev.incidentkit.incident.IncidentFixtures.given;
import static dev.incidentkit.incident.IncidentFixtures.givenEvents;
import static dev.incidentkit.incident.IncidentFixtures.impactStart;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static dev.incidentkit.incident.IncidentFixtures.report;
import static dev.incidentkit.incident.IncidentFixtures.resolutionNotice;
import static dev.incidentkit.incident.IncidentFixtures.resolve;
import static dev.incidentkit.incident.IncidentFixtures.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.UpdateCadence;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Role;
import dev.incidentkit.timeline.EntryKind;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Defects found when the library met real use (issue 16), each pinned by the case that showed it: a
 * postmortem erased by a downgrade after the resolution, a cadence silenced by a downgrade from a level
 * without one, and guesses at the impact's start that piled up in the timeline or landed after detection.
 */
class FieldDefectsTest {

    @Test
    void should_keep_a_due_postmortem_owed_when_the_severity_is_lowered_after_resolution() {
        // given: a SEV2 resolved and the stakeholders told; the standard process wants a postmortem at SEV2
        IncidentState lowered = given(report(0), declare(1), resolve(20), resolutionNotice(21),
                severity(30, SEV3, "fewer users affected than we thought"));

        // when
        Either<Rejection, Decision> closing = DECIDER.apply(close(31), lowered);

        // then: the postmortem is still owed and still due
        assertEquals(RejectionCode.POSTMORTEM_REQUIRED, closing.getLeft().code());
        assertTrue(closing.getLeft().message().contains("SEV2"), closing.getLeft().message());
        assertTrue(Obligations.of(lowered, DECIDER.process(), minute(40))
                .exists(o -> o.kind() == ObligationKind.POSTMORTEM_DUE), "the postmortem stays due");
    }

    @Test
    void should_let_a_severity_lowered_before_resolution_decide_the_postmortem() {
        // given: the incident turned out smaller before it was resolved
        IncidentState minor = given(report(0), declare(1), severity(5, SEV3, "one user, not forty"), resolve(20),
                resolutionNotice(21));

        // then: SEV3 owes no postmortem
        assertTrue(DECIDER.apply(close(30), minor).isRight());
    }

    @Test
    void should_owe_the_cadence_of_a_lower_level_after_a_downgrade_from_a_level_without_one() {
        // given: updates come "as there is news" at SEV1, every hour at SEV2
        IncidentProcess process = IncidentProcess.standard().toBuilder()
                .cadence(new UpdateCadence(HashMap.of(SEV2, Duration.ofHours(1)), LinkedHashSet.of(Audience.STAKEHOLDERS),
                        Role.COMMUNICATIONS_LIAISON))
                .build();
        IncidentDecider decider = IncidentDecider.of(process);
        IncidentState state = IncidentState.empty(INC);
        for (IncidentCommand c : io.vavr.collection.List.<IncidentCommand>of(report(0),
                ResponseCommand.Declare.of(at(1), "Hub down", SEV1, Impact.of("nobody can log in", 200), "Hubs"),
                severity(10, SEV2, "only one cluster is affected"))) {
            state = decider.apply(c, state).get().state();
        }

        // then: an hourly update is owed, counted from the last update (here the declaration)
        Seq<Obligation> due = Obligations.of(state, process, minute(90))
                .filter(o -> o.kind() == ObligationKind.STATUS_UPDATE);
        assertEquals(1, due.size(), due.mkString("; "));
        assertEquals(Option.some(minute(61)), due.head().dueAt());
    }

    @Test
    void should_show_only_the_current_guess_at_the_impact_start_in_the_timeline() {
        // given: three guesses, two of them equal at different times
        Seq<IncidentEvent> events = givenEvents(report(0), declare(1), impactStart(5, minute(-30)),
                impactStart(6, minute(-50)), impactStart(7, minute(-30)));

        // then: one "impact began" entry, at the latest guess; every guess is still in the events
        Seq<TimelineEntry> impact = Timeline.of(events).filter(e -> e.kind() == EntryKind.IMPACT_STARTED);
        assertEquals(1, impact.size(), impact.mkString("; "));
        assertEquals(minute(-30), impact.head().occurredAt());
        assertEquals(3, events.count(TriageEvent.ImpactStartEstimated.class::isInstance));
    }

    @Test
    void should_reject_an_impact_start_after_detection_naming_both_times() {
        // given: detected at minute 0
        IncidentState declared = given(report(0), declare(1));

        // when: the impact is said to have begun after the alert fired
        Rejection later = DECIDER.apply(impactStart(5, minute(3)), declared).getLeft();
        Rejection inReport = DECIDER.apply(new TriageCommand.Report(at(0), ReportSource.manual(ADA), "slow logins",
                Option.some(minute(-10)), Option.some(minute(-5))), IncidentState.empty(INC)).getLeft();

        // then
        assertEquals(RejectionCode.MILESTONE_OUT_OF_ORDER, later.code());
        assertTrue(later.message().contains(minute(3).toString()) && later.message().contains(minute(0).toString()),
                later.message());
        assertEquals(RejectionCode.MILESTONE_OUT_OF_ORDER, inReport.code());
        assertTrue(inReport.message().contains(minute(-5) + " would come after detected at " + minute(-10)),
                inReport.message());
    }

    @Test
    void should_reject_moving_the_impact_start_after_the_postmortem_impact_end() {
        // given: a postmortem whose impact window ends 10 minutes before detection
        IncidentState drafting = given(report(0), declare(1), resolve(20), resolutionNotice(21),
                new PostmortemCommand.StartPostmortem(at(22), Option.none()),
                new PostmortemCommand.SetImpactWindow(at(23), minute(-60), Option.some(minute(-10))));

        // when: the impact start is moved past that end
        Rejection rejection = DECIDER.apply(impactStart(24, minute(-5)), drafting).getLeft();

        // then
        assertEquals(RejectionCode.MILESTONE_OUT_OF_ORDER, rejection.code());
        assertTrue(rejection.message().contains(minute(-5) + " would not come before the impact's end at "
                + minute(-10)), rejection.message());
    }


    /** Every message the events of a history plan, under a process. */
    private static Seq<dev.incidentkit.notify.MessageIntent> planned(IncidentProcess process,
            IncidentCommand... commands) {
        IncidentDecider decider = IncidentDecider.of(process);
        IncidentState state = IncidentState.empty(INC);
        io.vavr.collection.Vector<dev.incidentkit.notify.MessageIntent> intents = io.vavr.collection.Vector.empty();
        for (IncidentCommand command : commands) {
            Decision decision = decider.apply(command, state).getOrElseThrow(r -> new AssertionError(r.message()));
            IncidentState s = state;
            for (IncidentEvent event : decision.events()) {
                s = decider.evolve(s, event);
                intents = intents.appendAll(dev.incidentkit.notify.Notifications.plan(event, s, process));
            }
            state = decision.state();
        }
        return intents;
    }

    private static TriageCommand.Report alert(int minute, Option<String> pagingIncident) {
        return new TriageCommand.Report(at(minute), new ReportSource.PagingAlert("HubDown",
                io.vavr.collection.HashSet.of("take immediate action"), pagingIncident), "Hub is down",
                Option.none(), Option.none());
    }

    @Test
    void should_resolve_the_alerts_own_paging_incident_and_never_trigger_a_second() {
        // given: the alert names its paging incident, which is later also linked
        Seq<dev.incidentkit.notify.MessageIntent> messages = planned(IncidentProcess.standard(),
                alert(0, Option.some("PD-Q7XK2")), new ResponseCommand.AcknowledgePaging(at(1)), declare(2),
                IncidentFixtures.link(3, LinkKind.PAGING_INCIDENT, "PD-Q7XK2"), resolve(20));

        // then: acknowledged and resolved by its id; nothing triggered
        Seq<dev.incidentkit.notify.MessageIntent> paging = messages.filter(m -> m.templateKey().startsWith("paging-"));
        assertTrue(paging.forAll(m -> m.target().address().equals("PD-Q7XK2")), paging.mkString("; "));
        assertEquals(io.vavr.collection.List.of("paging-acknowledge", "paging-reassignment", "paging-resolve"),
                paging.map(dev.incidentkit.notify.MessageIntent::templateKey).toList());
        assertTrue(paging.forAll(m -> m.model().get("dedupKey").isEmpty()));
    }

    @Test
    void should_page_a_declared_ticket_incident_once_where_the_process_says_to() {
        IncidentProcess pages = IncidentProcess.standard().toBuilder().pagesDeclaredIncidents(true).build();
        TriageCommand.Report ticket = TriageCommand.Report.of(at(0), ReportSource.supportTicket("FD-1",
                IncidentFixtures.GRACE), "Users cannot log in");

        Seq<String> paged = planned(pages, ticket, declare(1), resolve(20))
                .filter(m -> m.templateKey().startsWith("paging-"))
                .map(m -> m.templateKey() + "@" + m.target().address() + "#" + m.model().get("dedupKey").getOrElse(""));
        Seq<String> notPaged = planned(IncidentProcess.standard(), ticket, declare(1), resolve(20))
                .filter(m -> m.templateKey().startsWith("paging-")).map(m -> m.templateKey());

        assertEquals(io.vavr.collection.List.of("paging-trigger@INC-7#INC-7", "paging-resolve@INC-7#INC-7"),
                paged.toList());
        assertTrue(notPaged.isEmpty(), notPaged.mkString());
    }

    @Test
    void should_keep_the_stakeholders_updates_on_their_ticket_when_a_follow_up_ticket_is_linked() {
        // given: an alert; the community's ticket linked during the response, a follow-up after resolution
        IncidentState state = given(report(0), declare(1), IncidentFixtures.link(2, LinkKind.TICKET, "FD-1"),
                resolve(20), IncidentFixtures.link(21, LinkKind.TICKET, "FOLLOW-9"));

        // then
        assertEquals(Option.some("FD-1"), state.stakeholdersTicket());
        Seq<dev.incidentkit.notify.MessageIntent> notice = planned(IncidentProcess.standard(), report(0), declare(1),
                IncidentFixtures.link(2, LinkKind.TICKET, "FD-1"), resolve(20),
                IncidentFixtures.link(21, LinkKind.TICKET, "FOLLOW-9"), resolutionNotice(22))
                .filter(m -> m.templateKey().equals("resolution-notice"));
        assertEquals(io.vavr.collection.List.of("FD-1"), notice.map(m -> m.target().address()).toList());
    }

    @Test
    void should_let_a_team_choose_the_stakeholders_ticket_explicitly() {
        IncidentState state = given(report(0), declare(1), IncidentFixtures.link(2, LinkKind.TICKET, "FD-1"),
                new CommunicationCommand.AddLink(at(3), Link.of(LinkKind.TICKET, "FD-2"),
                        Option.some(LinkPurpose.STAKEHOLDERS)),
                new CommunicationCommand.AddLink(at(4), Link.of(LinkKind.TICKET, "FD-3"),
                        Option.some(LinkPurpose.FOLLOW_UP)));

        assertEquals(Option.some("FD-2"), state.stakeholdersTicket());
    }

    @Test
    void should_answer_the_reporter_with_the_first_response_then_status_updates() {
        TriageCommand.Report ticket = TriageCommand.Report.of(at(0), ReportSource.supportTicket("FD-1",
                IncidentFixtures.GRACE), "Users cannot log in");

        Seq<String> templates = planned(IncidentProcess.standard(), ticket, declare(1), IncidentFixtures.progress(2),
                IncidentFixtures.progress(30)).filter(m -> m.target().address().equals("FD-1"))
                .map(dev.incidentkit.notify.MessageIntent::templateKey)
                .filter(key -> !key.equals("ticket-assignment"));

        assertEquals(io.vavr.collection.List.of("first-response", "status-update"), templates.toList());
    }
}
