package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.communication.Counterpart;
import dev.incidentkit.incident.communication.Direction;
import dev.incidentkit.incident.communication.FollowUp;
import dev.incidentkit.incident.communication.FollowUpId;
import dev.incidentkit.incident.communication.Settlement;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.testkit.RuleSpec;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Follow-up reports after the resolution, and what may be said after it (issue 19). The story follows guide
 * 003's "Resolve" step and the community reports of guides 000 and 001: a hub outage resolved at 14:00;
 * at 15:10 a user writes on the forum that their notebooks still fail to start; the team answers at 15:20
 * that a cached image is to blame and tells the community how to clear it, and dismisses the follow-up as
 * not a new incident. Time to resolve stays 60 minutes. Variants: the problem is back (reopen), or it is a
 * different one (a new incident, which must exist), and messages to the community after the close.
 */
class FollowUpsTest {

    private static final Responder ADA = Responder.of("ada", "Ada");
    private static final Responder GRACE = Responder.of("grace", "Grace");
    private static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    private static final IncidentProcess PROCESS = IncidentProcess.standard();
    private static final Counterpart FORUM = Counterpart.of(Counterpart.Kind.COMMUNITY, "a forum user");

    private static CommandHeader at(String id, int minutes) {
        return at(id, minutes, ADA);
    }

    private static CommandHeader at(String id, int minutes, Responder who) {
        return CommandHeader.of(CommandId.of(id), INC, who.id(), T0.plus(Duration.ofMinutes(minutes)));
    }

    /** Reported 13:00, declared 13:02 by Ada (commander), resolved 14:00, the stakeholders told 14:05. */
    private static final List<IncidentCommand> RESOLVED = List.of(
            new TriageCommand.Report(at("r", 0), ReportSource.pagingAlert("HubDown"), "503s", Option.none(),
                    Option.none()),
            ResponseCommand.Declare.of(at("d", 2), "Hub down", PROCESS.severityScale().get("SEV3"),
                    Impact.of("nobody can start a server"), "hub"),
            new TeamCommand.AssignRole(at("a", 3), Role.TECHNOLOGY_LEAD, GRACE, "knows the hub"),
            new ResponseCommand.Resolve(at("v", 60), "started a server as a test user", Option.none()),
            CommunicationCommand.PostUpdate.resolution(at("n", 65), Audience.STAKEHOLDERS, "The hub is back."));

    private static final FollowUpId STILL_FAILING = FollowUpId.of(CommandId.of("f1"));

    private static RuleSpec followedUp() {
        return RuleSpec.of(PROCESS, INC).givenCommands(RESOLVED.append(new CommunicationCommand.RecordFollowUp(
                at("f1", 130), FORUM, "My notebooks still fail to start")).toJavaArray(IncidentCommand[]::new));
    }

    private static Seq<Obligation> followUpObligations(IncidentState state) {
        return Obligations.of(state, PROCESS, T0.plus(Duration.ofHours(3)))
                .filter(o -> o.kind() == ObligationKind.FOLLOW_UP_OPEN);
    }

    @Test
    void should_record_a_follow_up_answer_it_and_dismiss_it_without_moving_the_time_to_resolve() {
        RuleSpec reported = followedUp();
        IncidentState open = reported.state();
        assertEquals(List.of(new FollowUp(STILL_FAILING, FORUM, "My notebooks still fail to start",
                T0.plus(Duration.ofMinutes(130)), Option.none(), Option.none(), Option.none())), open.followUps());
        assertEquals(List.of("answer a forum user, who reported after the resolution: My notebooks still fail to"
                + " start"), followUpObligations(open).map(Obligation::sentence));

        RuleSpec answered = reported.givenCommands(new CommunicationCommand.AnswerFollowUp(at("f2", 140),
                STILL_FAILING, "A cached image is to blame; restart your server from the hub's home page."));
        assertEquals(List.of("settle the follow-up from a forum user: dismiss it, reopen the incident or open a new"
                + " one"), followUpObligations(answered.state()).map(Obligation::sentence));
        assertEquals(List.of(List.of(ADA.id())), followUpObligations(answered.state()).map(Obligation::owners));

        IncidentState dismissed = answered.when(new CommunicationCommand.SettleFollowUp(at("f3", 150), STILL_FAILING,
                Settlement.DISMISSED, "a cached image, not the outage", Option.none())).state();
        assertEquals(Option.some(IncidentStatus.RESOLVED), dismissed.status());
        assertTrue(followUpObligations(dismissed).isEmpty());
        assertEquals(Option.some(Duration.ofMinutes(60)), IncidentMetrics.of(dismissed).get(Measure.TIME_TO_RESOLVE));
        assertEquals(Option.some(Settlement.DISMISSED), dismissed.followUp(STILL_FAILING).get().settlement());
    }

    @Test
    void should_show_the_follow_up_in_the_timeline() {
        Seq<String> lines = Timeline.lines(Timeline.of(IncidentFixtures.givenEvents(RESOLVED.appendAll(List.of(
                new CommunicationCommand.RecordFollowUp(at("f1", 130), FORUM, "My notebooks still fail to start"),
                new CommunicationCommand.AnswerFollowUp(at("f2", 140), STILL_FAILING, "Restart your server."),
                new CommunicationCommand.SettleFollowUp(at("f3", 150), STILL_FAILING, Settlement.DISMISSED,
                        "a cached image", Option.none()))).toJavaArray(IncidentCommand[]::new))), ZoneOffset.UTC);

        assertEquals(List.of(
                "2026-03-02 15:10 UTC  message (ada): follow-up from a forum user after the resolution: My notebooks"
                        + " still fail to start",
                "2026-03-02 15:20 UTC  message (ada): follow-up f1 answered: Restart your server.",
                "2026-03-02 15:30 UTC  message (ada): follow-up f1 dismissed, not a new incident: a cached image"),
                lines.takeRight(3));
    }

    @Test
    void should_refuse_to_close_while_a_follow_up_is_not_settled() {
        followedUp().when(new ResponseCommand.Close(at("c", 160)))
                .thenRejected(RejectionCode.FOLLOW_UP_OPEN, "cannot close: the follow-up from a forum user (f1) is not"
                        + " settled; dismiss it, reopen the incident or open a new one for it first");
    }

    @Test
    void should_reopen_the_incident_when_the_problem_is_back() {
        RuleSpec.Outcome reopened = followedUp().when(new CommunicationCommand.SettleFollowUp(at("f3", 150),
                STILL_FAILING, Settlement.REOPENED, "the proxy is failing again", Option.none()));

        reopened.thenEventTypes(CommunicationEvent.FollowUpSettled.class, ResponseEvent.Reopened.class);
        assertEquals(Option.some(IncidentStatus.DECLARED), reopened.state().status());
        assertEquals(Option.none(), reopened.state().milestones().get(Milestone.RESOLVED));
    }

    @Test
    void should_refuse_to_settle_twice_an_unknown_follow_up_or_one_not_by_the_commander() {
        RuleSpec dismissed = followedUp().givenCommands(new CommunicationCommand.SettleFollowUp(at("f3", 150),
                STILL_FAILING, Settlement.DISMISSED, "a cached image", Option.none()));

        dismissed.when(new CommunicationCommand.SettleFollowUp(at("f4", 151), STILL_FAILING, Settlement.REOPENED,
                        "back", Option.none()))
                .thenRejected(RejectionCode.FOLLOW_UP_OPEN, "cannot settle follow up: the follow-up f1 was settled"
                        + " already, as dismissed");
        dismissed.when(new CommunicationCommand.AnswerFollowUp(at("f4", 151), FollowUpId.of(CommandId.of("nope")),
                        "hello"))
                .thenRejected(RejectionCode.FOLLOW_UP_OPEN, "cannot answer follow up: incident INC-7 has no follow-up"
                        + " nope");
        followedUp().when(new CommunicationCommand.SettleFollowUp(at("f3", 150, GRACE), STILL_FAILING,
                        Settlement.DISMISSED, "mine to say", Option.none()))
                .thenRejected(RejectionCode.UNAUTHORISED);
        followedUp().when(new CommunicationCommand.SettleFollowUp(at("f3", 150), STILL_FAILING,
                        Settlement.NEW_INCIDENT, "another problem", Option.none()))
                .thenRejected(RejectionCode.INVALID_INPUT, "cannot settle follow up: a follow-up settled as a new"
                        + " incident names that incident");
    }

    @Test
    void should_refuse_a_follow_up_before_the_resolution_and_a_reopening_once_closed() {
        RuleSpec.of(PROCESS, INC).givenCommands(RESOLVED.take(3).toJavaArray(IncidentCommand[]::new))
                .when(new CommunicationCommand.RecordFollowUp(at("f1", 30), FORUM, "still broken"))
                .thenRejected(RejectionCode.WRONG_STATUS);
        RuleSpec closed = RuleSpec.of(PROCESS, INC).givenCommands(RESOLVED.appendAll(List.of(
                new ResponseCommand.Close(at("c", 70)),
                new CommunicationCommand.RecordFollowUp(at("f1", 130), FORUM, "still broken")))
                .toJavaArray(IncidentCommand[]::new));

        closed.when(new CommunicationCommand.SettleFollowUp(at("f3", 150), STILL_FAILING, Settlement.REOPENED,
                        "back", Option.none()))
                .thenRejected(RejectionCode.WRONG_STATUS);
        assertEquals(Option.some(IncidentStatus.CLOSED), closed.when(new CommunicationCommand.SettleFollowUp(
                at("f3", 150), STILL_FAILING, Settlement.DISMISSED, "a cached image", Option.none())).state().status());
    }

    @Test
    void should_settle_a_follow_up_as_a_new_incident_only_once_that_incident_exists() {
        InMemoryEventStore store = new InMemoryEventStore();
        IncidentDesk desk = new IncidentDesk(PROCESS, store, new dev.incidentkit.notify.InMemoryOutbox(),
                Clock.fixed(T0.plus(Duration.ofMinutes(150)), ZoneOffset.UTC), 3);
        RESOLVED.append(new CommunicationCommand.RecordFollowUp(at("f1", 130), FORUM, "Logins fail in the EU"))
                .forEach(desk::handle);
        CommunicationCommand.SettleFollowUp settle = new CommunicationCommand.SettleFollowUp(at("f3", 150),
                STILL_FAILING, Settlement.NEW_INCIDENT, "a different problem: the EU login service", Option.some(OTHER));

        DeskOutcome refused = desk.handle(settle);
        desk.handle(new TriageCommand.Report(CommandHeader.of(CommandId.of("o1"), OTHER, ADA.id(),
                T0.plus(Duration.ofMinutes(145))), ReportSource.manual(ADA.id()), "EU logins fail", Option.none(),
                Option.none()));
        DeskOutcome settled = desk.handle(settle);

        assertEquals(RejectionCode.UNKNOWN_INCIDENT, assertInstanceOf(DeskOutcome.Rejected.class, refused).rejection()
                .code());
        assertEquals(Option.some(OTHER), assertInstanceOf(DeskOutcome.Accepted.class, settled).state()
                .followUp(STILL_FAILING).get().newIncident());
    }

    @Test
    void should_take_updates_to_any_audience_after_the_resolution_and_messages_after_the_close() {
        RuleSpec resolved = RuleSpec.of(PROCESS, INC).givenCommands(RESOLVED.toJavaArray(IncidentCommand[]::new));

        resolved.when(new CommunicationCommand.PostUpdate(at("u", 90), UpdateKind.PROGRESS, Audience.PUBLIC,
                        "Some users may need to restart their server.", Option.none()))
                .thenEventTypes(CommunicationEvent.UpdatePosted.class);
        resolved.when(new CommunicationCommand.PostUpdate(at("u", 90), UpdateKind.PROGRESS, Audience.PUBLIC,
                        "More soon.", Option.some(T0.plus(Duration.ofHours(3)))))
                .thenRejected(RejectionCode.INVALID_INPUT, "cannot post update: after the resolution no next update is"
                        + " owed, so an update promises none; say in the text when you will write again");
        RuleSpec closed = resolved.givenCommands(new ResponseCommand.Close(at("c", 70)));
        closed.when(new CommunicationCommand.RecordMessage(at("m", 600), Direction.OUTBOUND, FORUM,
                        "The postmortem is published."))
                .thenEventTypes(CommunicationEvent.MessageRecorded.class);
    }
}
