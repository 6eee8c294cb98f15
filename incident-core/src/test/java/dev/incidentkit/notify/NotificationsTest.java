package dev.incidentkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which messages events call for: pages for paged incidents, the reporter kept informed through the ticket. */
class NotificationsTest {

    private static final IncidentId INC = IncidentId.of("INC-9");
    private static final ResponderId ADA = ResponderId.of("ada");
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    private final IncidentDecider decider = IncidentDecider.standard();
    private int commands;

    private CommandHeader header() {
        commands++;
        return CommandHeader.of(CommandId.of("c" + commands), INC, ADA, T0.plusSeconds(60L * commands));
    }

    /** Plays the commands and returns, per command, the template and target kind of each planned message. */
    private Seq<String> planned(IncidentCommand... script) {
        IncidentState state = IncidentState.empty(INC);
        Vector<String> out = Vector.empty();
        for (IncidentCommand command : script) {
            Seq<IncidentEvent> events = decider.decide(command, state).getOrElseThrow(r -> new AssertionError(r.toString()));
            for (IncidentEvent event : events) {
                state = decider.evolve(state, event);
                out = out.appendAll(Notifications.plan(event, state).map(i -> i.templateKey() + "@"
                        + i.target().kind().name().toLowerCase() + ":" + i.target().address()));
            }
        }
        return out;
    }

    @Test
    void should_page_for_an_incident_reported_by_a_paging_alert_and_close_the_page_when_resolved() {
        // given / when
        Seq<String> planned = planned(
                TriageCommand.Report.of(header(), ReportSource.pagingAlert("HubDown", "take immediate action"), "down"),
                new ResponseCommand.AcknowledgePaging(header()),
                ResponseCommand.Declare.of(header(), "Hub down", SeverityScale.standard().get("SEV1"), Impact.of("all"),
                        "hub"),
                new CommunicationCommand.AddLink(header(), Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-9")),
                new ResponseCommand.Resolve(header(), "logged in", io.vavr.control.Option.none()));

        // then: the page is keyed by the incident id, and the channel still hears of the resolution
        assertEquals(List.of("paging-trigger@paging_incident:INC-9", "paging-acknowledge@paging_incident:INC-9",
                "channel-kickoff@incident_channel:#inc-9", "paging-resolve@paging_incident:INC-9",
                "resolved@incident_channel:#inc-9"), planned.filter(p -> !p.startsWith("ticket")));
    }

    @Test
    void should_not_page_for_an_incident_reported_by_a_person() {
        Seq<String> planned = planned(
                TriageCommand.Report.of(header(), ReportSource.chat("#incidents", ADA), "slow"),
                new ResponseCommand.Cancel(header(), "a false alarm"));

        assertEquals(List.empty(), planned);
    }

    @Test
    void should_tell_the_reporter_through_the_ticket_what_triage_asks_says_and_decides() {
        // given / when
        Seq<String> planned = planned(
                TriageCommand.Report.of(header(), ReportSource.supportTicket("FD-7", ResponderId.of("rep")), "odd"),
                new TriageCommand.RequestInformation(header(), "Which browser?"),
                new TriageCommand.Decline(header(), "a support matter",
                        DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-7")),
                new TriageCommand.InformReporter(header(), "Support will answer you on FD-7."));

        // then
        assertEquals(List.of("information-request@ticket:FD-7", "decline-notice@ticket:FD-7",
                "reporter-update@ticket:FD-7"), planned);
    }

    @Test
    void should_say_where_a_declined_report_went() {
        IncidentState state = IncidentState.empty(INC);
        for (IncidentCommand c : List.<IncidentCommand>of(
                TriageCommand.Report.of(header(), ReportSource.supportTicket("FD-8", ResponderId.of("rep")), "odd"),
                new TriageCommand.Decline(header(), "a feature request",
                        DeclineRoute.to(DeclineRoute.Destination.PRODUCT_BACKLOG, "ROAD-12")))) {
            for (IncidentEvent e : decider.decide(c, state).get()) {
                state = decider.evolve(state, e);
                if (e instanceof TriageEvent.Declined) {
                    Tuple2<String, String> got = Notifications.plan(e, state)
                            .map(i -> Tuple.of(i.model().get("reason").get(), i.model().get("route").get())).head();
                    assertEquals(Tuple.of("a feature request", "an issue in the product team's backlog, ROAD-12"), got);
                }
            }
        }
    }
}
