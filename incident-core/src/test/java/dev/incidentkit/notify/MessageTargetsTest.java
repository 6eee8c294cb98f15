package dev.incidentkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Where the reporter is answered, what a decline says about where the report went, and which format each
 * target reads.
 */
class MessageTargetsTest {

    private static final IncidentId INC = IncidentId.of("INC-3");
    private static final ResponderId ADA = ResponderId.of("ada");
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    private final IncidentDecider decider = IncidentDecider.standard();
    private int commands;

    private CommandHeader header() {
        commands++;
        return CommandHeader.of(CommandId.of("c" + commands), INC, ADA, T0.plusSeconds(60L * commands));
    }

    private Seq<MessageIntent> planned(TargetFormats formats, IncidentCommand... script) {
        IncidentState state = IncidentState.empty(INC);
        Vector<MessageIntent> out = Vector.empty();
        for (IncidentCommand command : script) {
            for (IncidentEvent event : decider.decide(command, state).getOrElseThrow(r -> new AssertionError(r.toString()))) {
                state = decider.evolve(state, event);
                out = out.appendAll(Notifications.plan(event, state, IncidentProcess.standard(), formats));
            }
        }
        return out;
    }

    @Test
    void should_answer_a_chat_report_in_the_thread_it_came_from() {
        // given: a report from a chat message whose link is known
        ReportSource chat = new ReportSource.ChatReport("#help", ResponderId.of("rep"),
                Option.some("https://chat.example.org/archives/C1/p17"));

        // when
        Seq<MessageIntent> planned = planned(TargetFormats.defaults(), TriageCommand.Report.of(header(), chat, "slow"),
                new TriageCommand.RequestInformation(header(), "Since when?"),
                new TriageCommand.Decline(header(), "one user", DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET)));

        // then: in the thread, in the chat's format; never on a ticket the reporter never saw
        assertEquals(List.of("information-request", "decline-notice"), planned.map(MessageIntent::templateKey));
        planned.forEach(i -> {
            assertEquals(new Target(Target.Kind.CHAT_THREAD, "https://chat.example.org/archives/C1/p17"), i.target());
            assertEquals(ChannelFormat.SLACK_MRKDWN, i.format());
        });
    }

    @Test
    void should_answer_in_the_channel_when_the_chat_message_is_not_known() {
        Seq<MessageIntent> planned = planned(TargetFormats.defaults(),
                TriageCommand.Report.of(header(), ReportSource.chat("#help", ResponderId.of("rep")), "slow"),
                new TriageCommand.RequestInformation(header(), "Since when?"));

        assertEquals(List.of(new Target(Target.Kind.CHAT_THREAD, "#help")), planned.map(MessageIntent::target));
    }

    @Test
    void should_say_here_rather_than_point_the_reporter_at_the_ticket_they_read() {
        // given / when: declined to the reporter's own ticket, then to another one
        Seq<MessageIntent> here = planned(TargetFormats.defaults(),
                TriageCommand.Report.of(header(), ReportSource.supportTicket("FD-7", ResponderId.of("rep")), "odd"),
                new TriageCommand.Decline(header(), "a support matter",
                        DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-7")));
        commands = 0;
        Seq<MessageIntent> elsewhere = planned(TargetFormats.defaults(),
                TriageCommand.Report.of(header(), ReportSource.supportTicket("FD-7", ResponderId.of("rep")), "odd"),
                new TriageCommand.Decline(header(), "a support matter",
                        DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-9")));

        // then
        assertEquals(List.of("a support request", ""), List.of(here.head().model().get("routeHere").get(),
                here.head().model().get("route").get()));
        assertEquals(List.of("", "a support request, FD-9"), List.of(elsewhere.head().model().get("routeHere").get(),
                elsewhere.head().model().get("route").get()));
        assertEquals("FD-7", here.head().model().get("reference").get()); // the raw facts stay for custom templates
    }

    @Test
    void should_page_in_plain_text_and_let_the_integrator_choose_per_kind_and_per_target() {
        TriageCommand.Report alert = TriageCommand.Report.of(header(), ReportSource.pagingAlert("HubDown"), "down");
        commands = 0;
        TriageCommand.Report ticket = TriageCommand.Report.of(header(),
                ReportSource.supportTicket("FD-7", ResponderId.of("rep")), "odd");
        TriageCommand.RequestInformation ask = new TriageCommand.RequestInformation(header(), "Since when?");

        // defaults: a phone shows the page as it is; the ticket renders Markdown
        assertEquals(ChannelFormat.PLAIN_TEXT, planned(TargetFormats.defaults(), alert).head().format());
        assertEquals(ChannelFormat.MARKDOWN, planned(TargetFormats.defaults(), ticket, ask).head().format());

        // per kind, and per target over the kind
        TargetFormats formats = TargetFormats.defaults().forKind(Target.Kind.TICKET, ChannelFormat.PLAIN_TEXT)
                .forTarget(new Target(Target.Kind.PAGING_INCIDENT, "INC-3"), ChannelFormat.MARKDOWN);
        assertEquals(ChannelFormat.PLAIN_TEXT, planned(formats, ticket, ask).head().format());
        assertEquals(ChannelFormat.MARKDOWN, planned(formats, alert).head().format());
        assertEquals(ChannelFormat.PLAIN_TEXT, formats.of(new Target(Target.Kind.PAGING_INCIDENT, "PD-1")));
        assertEquals(ChannelFormat.PLAIN_TEXT, TargetFormats.defaults().of(new Target(Target.Kind.EMAIL, "a@b.org")));
    }
}
