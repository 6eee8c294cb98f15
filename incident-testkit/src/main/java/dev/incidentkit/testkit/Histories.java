package dev.incidentkit.testkit;

import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Ready-made incident histories for adapter tests: valid streams that exercise many kinds of event and
 * field, with timestamps down to the nanosecond, so that a store or serializer that drops a field or
 * rounds a time is caught.
 *
 * @since 0.1.0
 */
public final class Histories {

    private static final IncidentDecider DECIDER = IncidentDecider.standard();

    private Histories() {}

    /**
     * A long, varied history of one incident under the generic process: a tagged paging alert, an
     * assessment, a declaration, links to the incident channel, a ticket and the status page, a severity change, progress
     * updates to stakeholders and the public, a debugging action, a subject matter expert, mitigation, resolution and its notices, imported
     * chat, and a postmortem draft with a section and an action item. Every command is accepted.
     *
     * @param id the incident
     * @return the events in sequence order
     */
    public static Seq<IncidentEvent> richHistory(IncidentId id) {
        Responder ada = Responder.of("ada", "Ada Lovelace");
        Responder grace = Responder.of("grace", "Grace Hopper");
        Responder linus = Responder.of("linus", "Linus");
        Instant t0 = Instant.parse("2026-03-02T12:42:00.123456789Z");
        IncidentState state = IncidentState.empty(id);
        Vector<IncidentEvent> events = Vector.empty();
        int[] step = {0};
        java.util.function.BiFunction<Integer, Responder, CommandHeader> at = (minutes, who) -> CommandHeader.of(
                CommandId.of(id + "-" + (++step[0])), id, who.id(), t0.plus(Duration.ofMinutes(minutes)).plusNanos(step[0]));
        List<IncidentCommand> commands = List.of(
                new TriageCommand.Report(at.apply(1, ada), new ReportSource.PagingAlert("HubDown",
                        HashSet.of("take immediate action", "hub"), Option.some("Q1W2E3")), "Hub down – ünïcödé ✓",
                        Option.some(t0), Option.some(t0.minusSeconds(240))),
                new TriageCommand.Assess(at.apply(2, ada), Assessment.builder().usersAffected(40)
                        .symptoms(Symptom.CANNOT_LOG_IN).customerImpact().build()),
                new ResponseCommand.Declare(at.apply(3, ada), "Hub down", DECIDER.process().severityScale().get("SEV2"),
                        Impact.of("nobody can log in", 40), "Managed JupyterHubs", Option.none(),
                        OnCallRoster.of(OnCallRoster.Member.available(ada), OnCallRoster.Member.available(grace), "hub",
                                OnCallRoster.Member.available(linus))),
                new CommunicationCommand.AddLink(at.apply(4, grace), Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-hub")),
                new CommunicationCommand.AddLink(at.apply(4, grace), Link.of(LinkKind.TICKET, "https://desk.example.org/t/1")),
                new ResponseCommand.ChangeSeverity(at.apply(4, grace), DECIDER.process().severityScale().get("SEV1"),
                        Option.some("every region is down")),
                CommunicationCommand.PostUpdate.progress(at.apply(5, grace), Audience.STAKEHOLDERS,
                        "We are on it.\nNext update soon.", t0.plus(Duration.ofHours(3))),
                new CommunicationCommand.AddLink(at.apply(5, grace), Link.of(LinkKind.STATUS_PAGE, "https://status.example.org")),
                CommunicationCommand.PostUpdate.progress(at.apply(5, grace), Audience.PUBLIC,
                        "Some users cannot log in to the hub.", t0.plus(Duration.ofHours(3))),
                new ResponseCommand.RecordAction(at.apply(6, ada), ActionKind.DEBUGGING,
                        "kubectl logs -n hub -l component=hub", Option.some(t0.plusSeconds(300))),
                new TeamCommand.AssignRole(at.apply(7, grace), Role.SUBJECT_MATTER_EXPERT, linus, "knows the proxy"),
                new ResponseCommand.Mitigate(at.apply(20, ada), "rolled back", Option.some(t0.plus(Duration.ofMinutes(18)))),
                new ResponseCommand.Resolve(at.apply(40, grace), "logged in as a test user", Option.none()),
                CommunicationCommand.PostUpdate.resolution(at.apply(41, grace), Audience.STAKEHOLDERS, "Back to normal."),
                CommunicationCommand.PostUpdate.resolution(at.apply(41, grace), Audience.PUBLIC, "Logins work again."),
                new CommunicationCommand.ImportChat(at.apply(42, grace), new DataSource("#inc-hub", t0, t0.plus(
                        Duration.ofHours(1))), List.of(
                                ChatMessage.inChannel("#inc-hub", "m1", ResponderId.of("rep"), t0.plusSeconds(600), "503s"),
                                ChatMessage.inThread("#inc-hub", "m2", "m1", ada.id(), t0.plusSeconds(660), "thanks"))),
                new PostmortemCommand.StartPostmortem(at.apply(60, grace), Option.none()),
                new PostmortemCommand.WriteSection(at.apply(61, grace), Section.ROOT_CAUSE, "A proxy leaked memory."),
                new PostmortemCommand.AddActionItem(at.apply(62, grace), "AI-1", "Alert on proxy memory",
                        Option.some("https://desk.example.org/t/2")));
        for (IncidentCommand command : commands) {
            Decision decision = DECIDER.apply(command, state)
                    .getOrElseThrow(r -> new IllegalStateException("the rich history broke a rule: " + r));
            events = events.appendAll(decision.events());
            state = decision.state();
        }
        return events;
    }
}
