package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.declareMinor;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static dev.incidentkit.incident.IncidentFixtures.report;
import static dev.incidentkit.incident.IncidentFixtures.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.Counterpart;
import dev.incidentkit.incident.communication.Direction;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.testkit.RuleSpec;
import dev.incidentkit.timeline.EntryKind;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * People outside the response (issue 19): over a long incident the community writes in and is answered on
 * the forum (guide 001 keeps "communication from the affected community" in the timeline), monitoring
 * raises a further alert after the declaration, and the team answers a user after the resolution. Each is
 * recorded by a participant, in or out, with whom.
 */
class MessagesTest {

    private static final Counterpart FORUM = Counterpart.of(Counterpart.Kind.COMMUNITY, "the community forum");
    private static final Counterpart MONITORING = Counterpart.of(Counterpart.Kind.MONITORING, "Alertmanager");

    private static CommunicationCommand.RecordMessage message(int minute, Direction direction, Counterpart with,
            String text) {
        return new CommunicationCommand.RecordMessage(at(minute), direction, with, text);
    }

    @Test
    void should_record_messages_in_and_out_at_every_stage_and_show_them_in_the_timeline() {
        RuleSpec resolved = RuleSpec.of(IncidentProcess.standard(), INC).givenCommands(report(0),
                message(2, Direction.INBOUND, FORUM, "Logins fail for us in the EU region."),
                declareMinor(3),
                message(4, Direction.OUTBOUND, FORUM, "We know, and are working on it."),
                message(20, Direction.INBOUND, MONITORING, "HubLoginLatencyHigh firing again"),
                resolve(40));

        RuleSpec.Outcome afterwards = resolved.when(message(95, Direction.OUTBOUND,
                new Counterpart(Counterpart.Kind.REPORTER, "the user who wrote in", Option.some(
                        dev.incidentkit.role.ResponderId.of("user-4711"))), "It was the proxy; it is fixed now."));

        Seq<TimelineEntry> timeline = Timeline.of(IncidentFixtures.givenEvents(report(0),
                message(2, Direction.INBOUND, FORUM, "Logins fail for us in the EU region."), declareMinor(3),
                message(4, Direction.OUTBOUND, FORUM, "We know, and are working on it."),
                message(20, Direction.INBOUND, MONITORING, "HubLoginLatencyHigh firing again"), resolve(40))
                .appendAll(afterwards.events()));
        assertEquals(List.of(
                "message from the community forum: Logins fail for us in the EU region.",
                "message to the community forum: We know, and are working on it.",
                "message from Alertmanager: HubLoginLatencyHigh firing again",
                "message to the user who wrote in: It was the proxy; it is fixed now."),
                timeline.filter(e -> e.kind() == EntryKind.COMMUNITY_COMMUNICATION || e.kind() == EntryKind.MESSAGE)
                        .map(TimelineEntry::text));
    }

    @Test
    void should_count_an_answer_as_a_response_but_not_what_came_in() {
        IncidentState state = RuleSpec.of(IncidentProcess.standard(), INC).givenCommands(report(0),
                message(2, Direction.INBOUND, FORUM, "Logins fail for us."),
                message(5, Direction.OUTBOUND, FORUM, "Looking into it.")).state();

        assertEquals(Option.some(minute(5)), state.firstResponseAt());
    }

    @Test
    void should_refuse_an_empty_message_and_one_to_a_report_that_was_not_an_incident_but_take_one_after_the_close() {
        RuleSpec.of(IncidentProcess.standard(), INC).givenCommands(report(0))
                .when(message(1, Direction.INBOUND, FORUM, "  ")).thenRejected(RejectionCode.INVALID_INPUT);
        RuleSpec.of(IncidentProcess.standard(), INC).givenCommands(IncidentFixtures.pathTo(IncidentStatus.DECLINED))
                .when(message(9, Direction.OUTBOUND, FORUM, "Declined.")).thenRejected(RejectionCode.WRONG_STATUS);
        // the community is told the postmortem is out, days after the close
        RuleSpec.of(IncidentProcess.standard(), INC).givenCommands(IncidentFixtures.pathTo(IncidentStatus.CLOSED))
                .when(message(9, Direction.OUTBOUND, FORUM, "The postmortem is published."))
                .thenEventTypes(dev.incidentkit.incident.communication.CommunicationEvent.MessageRecorded.class);
    }
}
