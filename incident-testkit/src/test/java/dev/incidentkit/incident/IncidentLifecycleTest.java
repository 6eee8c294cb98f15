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
import static dev.incidentkit.incident.IncidentFixtures.givenEvents;
import static dev.incidentkit.incident.IncidentFixtures.impactStart;
import static dev.incidentkit.incident.IncidentFixtures.inStatus;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentLifecycleTest {

    @Test
    void should_open_incident_in_triage_when_paging_alert_is_reported() {
        // given
        TriageCommand.Report report = new TriageCommand.Report(at(1),
                new ReportSource.PagingAlert("HubDown", io.vavr.collection.HashSet.of("take immediate action"),
                        Option.some("Q1W2E3")),
                "Hub unreachable", Option.some(minute(0)), Option.some(minute(-5)));

        // when
        Decision decision = DECIDER.apply(report, IncidentState.empty(INC)).get();

        // then
        IncidentState state = decision.state();
        assertEquals(Option.some(IncidentStatus.TRIAGE), state.status());
        assertEquals(Option.some("Hub unreachable"), state.summary());
        assertEquals(Option.some(ADA), state.reportedBy());
        assertEquals(Option.some(minute(0)), state.milestones().get(Milestone.DETECTED));
        assertEquals(Option.some(minute(1)), state.milestones().get(Milestone.REPORTED));
        assertEquals(Option.some(minute(-5)), state.milestones().get(Milestone.IMPACT_STARTED));
        TriageEvent.Reported event = assertInstanceOf(TriageEvent.Reported.class, decision.events().single());
        assertEquals(1, event.sequence());
        assertEquals(Option.some(FactTime.exact(minute(0))), event.header().occurredAt());
        assertEquals(EventId.of("c1#0"), event.header().eventId());
        assertEquals(CommandId.of("c1"), event.header().commandId());
        assertTrue(((ReportSource.PagingAlert) state.source().get()).hasTag("Take Immediate Action"));
    }

    @Test
    void should_open_incident_from_support_ticket_chat_message_or_by_hand() {
        ResponderId rep = ResponderId.of("community-rep");
        for (ReportSource source : List.of(
                ReportSource.supportTicket("FD-4711", rep),
                new ReportSource.ChatReport("#incidents", rep, Option.some("https://chat.example.org/archives/C1/p2")),
                ReportSource.manual(rep))) {
            // when
            IncidentState state = given(TriageCommand.Report.of(at(0), source, "Servers will not start"));

            // then
            assertEquals(Option.some(IncidentStatus.TRIAGE), state.status());
            assertEquals(Option.some(source), state.source());
        }
    }

    @Test
    void should_declare_incident_with_title_severity_impact_and_service() {
        // when
        IncidentState state = given(report(0), declare(3));

        // then
        assertEquals(Option.some(IncidentStatus.DECLARED), state.status());
        assertEquals(Option.some("Hub login failing"), state.title());
        assertEquals(Option.some(SEV2), state.severity());
        assertEquals(Option.some(Impact.of("users cannot log in", 40)), state.impact());
        assertEquals(Option.some("Managed JupyterHubs"), state.impactedService());
        assertEquals(Option.some(minute(3)), state.milestones().get(Milestone.DECLARED));
    }

    @Test
    void should_decline_report_with_reason_and_route() {
        // when
        IncidentState state = given(report(0), decline(2));

        // then
        assertEquals(Option.some(IncidentStatus.DECLINED), state.status());
        assertEquals(Option.some("a single user's quota question"), state.outcomeReason());
        assertEquals(Option.some(DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-4711")),
                state.declineRoute());
        assertTrue(state.status().get().isTerminal());
    }

    @Test
    void should_mitigate_then_resolve_then_close() {
        // when
        IncidentState state = given(report(0), IncidentFixtures.declareMinor(1), mitigate(10), resolve(30),
                resolutionNotice(35), close(40));

        // then
        assertEquals(Option.some(IncidentStatus.CLOSED), state.status());
        assertEquals(Option.some(minute(10)), state.milestones().get(Milestone.MITIGATED));
        assertEquals(Option.some(minute(30)), state.milestones().get(Milestone.RESOLVED));
        assertEquals(Option.some(minute(40)), state.milestones().get(Milestone.CLOSED));
        assertEquals(8, state.version(),
                "report, declare, two roles for the declarer, mitigate, resolve, resolution notice, close");
    }

    @Test
    void should_resolve_declared_incident_directly() {
        IncidentState state = given(report(0), declare(1), resolve(5));

        assertEquals(Option.some(IncidentStatus.RESOLVED), state.status());
        assertTrue(state.milestones().get(Milestone.MITIGATED).isEmpty());
    }

    @Test
    void should_record_mitigation_that_happened_before_it_was_recorded() {
        // given
        IncidentState declared = given(report(0), declare(1));

        // when
        IncidentState state = DECIDER.apply(
                new ResponseCommand.Mitigate(at(20), "reverted the deploy", Option.some(minute(7))), declared)
                .get().state();

        // then
        assertEquals(Option.some(minute(7)), state.milestones().get(Milestone.MITIGATED));
    }

    @ParameterizedTest
    @EnumSource(value = IncidentStatus.class, names = {"MITIGATED", "RESOLVED"})
    void should_reopen_and_keep_earlier_resolution_in_history(IncidentStatus from) {
        // given
        IncidentState before = inStatus(from);
        Seq<IncidentEvent> history = from == IncidentStatus.MITIGATED
                ? givenEvents(report(0), declare(1), mitigate(2))
                : givenEvents(report(0), IncidentFixtures.declareMinor(1), resolve(2), resolutionNotice(3));

        // when
        Decision decision = DECIDER.apply(reopen(10), before).get();

        // then
        IncidentState state = decision.state();
        assertEquals(Option.some(IncidentStatus.DECLARED), state.status());
        assertEquals(1, state.reopenCount());
        assertEquals(Option.some(minute(10)), state.milestones().get(Milestone.REOPENED));
        assertTrue(state.milestones().get(Milestone.MITIGATED).isEmpty());
        assertTrue(state.milestones().get(Milestone.RESOLVED).isEmpty());
        ResponseEvent.Reopened reopened = assertInstanceOf(ResponseEvent.Reopened.class, decision.events().single());
        assertEquals(from, reopened.from());
        assertEquals(state, DECIDER.replay(INC, history.append(reopened)));
    }

    @Test
    void should_resolve_again_after_reopening() {
        IncidentState state = given(report(0), declare(1), resolve(5), reopen(60), mitigate(70), resolve(90));

        assertEquals(Option.some(IncidentStatus.RESOLVED), state.status());
        assertEquals(Option.some(minute(90)), state.milestones().get(Milestone.RESOLVED));
        assertEquals(Option.some(minute(70)), state.milestones().get(Milestone.MITIGATED));
    }

    @ParameterizedTest
    @EnumSource(value = IncidentStatus.class, names = {"TRIAGE", "DECLARED", "MITIGATED"})
    void should_cancel_or_merge_any_open_incident(IncidentStatus open) {
        // given
        IncidentState state = inStatus(open);

        // when
        IncidentState canceled = DECIDER.apply(cancel(10), state).get().state();
        IncidentState merged = DECIDER.apply(merge(10), state).get().state();

        // then
        assertEquals(Option.some(IncidentStatus.CANCELED), canceled.status());
        assertEquals(Option.some("expected behaviour during maintenance"), canceled.outcomeReason());
        assertEquals(Option.some(IncidentStatus.MERGED), merged.status());
        assertEquals(Option.some(OTHER), merged.mergedInto());
    }

    @Test
    void should_raise_severity_without_reason_and_lower_it_with_one() {
        // given
        IncidentState declared = given(report(0), declare(1));

        // when
        Decision raised = DECIDER.apply(
                new ResponseCommand.ChangeSeverity(at(5), SEV1, Option.none()), declared).get();
        Decision lowered = DECIDER.apply(severity(6, SEV3, "only one hub affected"), raised.state()).get();

        // then
        assertEquals(Option.some(SEV1), raised.state().severity());
        assertEquals(Option.some(SEV3), lowered.state().severity());
        ResponseEvent.SeverityChanged change =
                assertInstanceOf(ResponseEvent.SeverityChanged.class, lowered.events().single());
        assertEquals(SEV1, change.from());
        assertEquals(SEV3, change.to());
        assertEquals(Option.some("only one hub affected"), change.reason());
    }

    @Test
    void should_keep_status_updates_in_order_with_audience_and_next_update() {
        // when
        IncidentState state = given(report(0), declare(1), progress(5), progress(185), resolve(200),
                resolutionNotice(201));

        // then
        assertEquals(List.of(UpdateKind.PROGRESS, UpdateKind.PROGRESS, UpdateKind.RESOLUTION),
                state.statusUpdates().map(StatusUpdate::kind));
        StatusUpdate first = state.statusUpdates().head();
        assertEquals(minute(5), first.postedAt());
        assertEquals(Audience.STAKEHOLDERS, first.audience());
        assertEquals(Option.some(minute(185)), first.nextUpdateBy());
        assertEquals(Option.none(), state.statusUpdates().last().nextUpdateBy());
    }

    @Test
    void should_post_progress_update_during_triage() {
        IncidentState state = given(report(0), progress(2));

        assertEquals(1, state.statusUpdates().size());
    }

    @Test
    void should_link_channel_ticket_paging_incident_status_page_and_room() {
        // when
        IncidentState state = given(report(0), declare(1),
                link(2, LinkKind.INCIDENT_CHANNEL, "#inc-7-hub-login"),
                link(3, LinkKind.TICKET, "FD-4711"),
                link(4, LinkKind.PAGING_INCIDENT, "https://paging.example.com/incidents/Q1W2E3"),
                link(5, LinkKind.STATUS_PAGE, "https://status.example.com/incidents/abc"),
                link(6, LinkKind.CONFERENCE_ROOM, "https://meet.example.com/inc-7"));

        // then
        assertEquals(5, state.links().size());
        assertEquals(List.of(Link.of(LinkKind.TICKET, "FD-4711")), state.links(LinkKind.TICKET));
    }

    @Test
    void should_link_follow_up_ticket_after_resolution() {
        IncidentState state = given(report(0), declare(1), resolve(2), link(3, LinkKind.TICKET, "BUG-12"));

        assertEquals(1, state.links(LinkKind.TICKET).size());
    }

    @Test
    void should_estimate_and_revise_impact_start_before_the_report() {
        // when
        IncidentState state = given(report(0), impactStart(5, minute(-30)), declare(6),
                impactStart(7, minute(-45)));

        // then
        assertEquals(Option.some(minute(-45)), state.milestones().get(Milestone.IMPACT_STARTED));
    }

    @Test
    void should_apply_a_repeated_command_id_once() {
        // given
        IncidentState declared = given(report(0), declare(1));
        IncidentState updated = DECIDER.apply(progress(5), declared).get().state();

        // when
        Decision again = DECIDER.apply(progress(5), updated).get();

        // then
        assertTrue(again.events().isEmpty());
        assertEquals(updated, again.state());
    }

    @Test
    void should_number_events_contiguously_from_one() {
        Seq<IncidentEvent> events = givenEvents(report(0), declare(1), progress(2), mitigate(3), resolve(4));

        assertEquals(List.rangeClosed(1L, 7L), events.map(IncidentEvent::sequence).toList());
        assertTrue(events.forAll(e -> e.incidentId().equals(INC)));
    }

    @Test
    void should_replay_to_the_state_of_live_handling() {
        // given
        IncidentCommand[] commands = {report(0), declare(1), link(2, LinkKind.TICKET, "FD-1"), progress(3),
                severity(4, SEV3, "one hub only"), mitigate(5), reopen(6), resolve(7), resolutionNotice(8), close(9)};

        // when
        IncidentState live = given(commands);
        IncidentState replayed = DECIDER.replay(INC, givenEvents(commands));

        // then
        assertEquals(live, replayed);
        assertEquals(Option.some(IncidentStatus.CLOSED), replayed.status());
    }

    @Test
    void should_allow_exactly_the_documented_moves() {
        // mitigated and resolved straight from triage only where the process resolves undeclared incidents
        assertEquals(EnumSet.of(IncidentStatus.DECLARED, IncidentStatus.MITIGATED, IncidentStatus.RESOLVED,
                IncidentStatus.DECLINED, IncidentStatus.CANCELED, IncidentStatus.MERGED),
                EnumSet.copyOf(IncidentStatus.TRIAGE.next().toJavaSet()));
        assertTrue(IncidentStatus.DECLARED.canMoveTo(IncidentStatus.RESOLVED));
        assertTrue(IncidentStatus.RESOLVED.canMoveTo(IncidentStatus.DECLARED));
        assertFalse(IncidentStatus.RESOLVED.canMoveTo(IncidentStatus.CANCELED));
        assertFalse(IncidentStatus.TRIAGE.canMoveTo(IncidentStatus.CLOSED));
        for (IncidentStatus terminal : List.of(IncidentStatus.CLOSED, IncidentStatus.DECLINED,
                IncidentStatus.CANCELED, IncidentStatus.MERGED)) {
            assertTrue(terminal.isTerminal(), terminal.name());
            assertFalse(terminal.isOpen(), terminal.name());
        }
    }
}
