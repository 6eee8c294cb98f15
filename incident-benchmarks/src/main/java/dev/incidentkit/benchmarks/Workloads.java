package dev.incidentkit.benchmarks;

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
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.communication.Counterpart;
import dev.incidentkit.incident.communication.Direction;
import dev.incidentkit.incident.communication.FollowUpId;
import dev.incidentkit.incident.communication.Settlement;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.PostmortemPolicy;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Realistic inputs for the benchmarks, made by playing commands through the decider exactly as a team
 * would: a SEV2 paging-alert incident under the generic process that is declared with the on-call roster,
 * linked, escalated, staffed, handed over, imported from chat, mitigated, reopened, resolved, written up,
 * reviewed, published and closed; and the short triage branches (a support ticket that is declined, a
 * chat report that is canceled, an alert that is merged), a commander who cannot be reached, and a small
 * incident with a follow-up report after its resolution. Every command is accepted; a rejection is a
 * bug in the workload and throws.
 *
 * <p>Everything here is deterministic: the same call gives equal values.
 *
 * @since 0.1.0
 */
public final class Workloads {

    /** When every workload's first command is recorded. */
    public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    /** The decider of the generic process, which every workload is played through. */
    public static final IncidentDecider DECIDER = IncidentDecider.of(IncidentProcess.standard().toBuilder()
            .postmortem(PostmortemPolicy.builder().requiredFrom(SeverityScale.standard().get("SEV2"))
                    .requiredSections(Section.OVERVIEW, Section.ROOT_CAUSE).build())
            .build());

    static final Responder SAM = Responder.of("sam", "Sam Okafor");
    static final Responder GEORGIA = Responder.of("georgia", "Georgia Expert");
    static final Responder ERIN = Responder.of("erin", "Erin Liaison");
    static final Responder YUVI = Responder.of("yuvi", "Yuvi Lead");
    static final Responder CHRIS = Responder.of("chris", "Chris Night");
    static final Responder DANA = Responder.of("dana", "Dana Day");
    static final ResponderId REPORTER = ResponderId.of("reporter-77");
    static final String CHANNEL = "#incident-2026-11-23-hub-logins";

    private Workloads() {}

    /**
     * One command and the state of its incident just before it: the input of one decide + evolve.
     *
     * @param state the incident's state; never {@code null}
     * @param command the command, not yet applied to the state; never {@code null}
     * @since 0.1.0
     */
    public record Case(IncidentState state, IncidentCommand command) {

        /**
         * Creates the value.
         *
         * @param state the incident's state; never {@code null}
         * @param command the command; never {@code null}
         */
        public Case {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(command, "command");
        }
    }

    /**
     * For every kind of command, the first time the workloads send it, with the state it meets there.
     *
     * @return a case for each of the {@link CommandKind}s; never {@code null}
     * @throws IllegalStateException if a kind is missing (the workloads no longer cover the commands)
     */
    public static Map<CommandKind, Case> casesByKind() {
        Map<CommandKind, Case> cases = new EnumMap<>(CommandKind.class);
        for (Play play : List.of(fullIncident(IncidentId.of("HUB-1")), declinedTicket(IncidentId.of("FD-2")),
                canceledChatReport(IncidentId.of("CHAT-3")), mergedAlert(IncidentId.of("ALERT-4")),
                unreachableCommander(IncidentId.of("HUB-5")), followedUpIncident(IncidentId.of("HUB-6")),
                commentedReport(IncidentId.of("HUB-7")))) {
            play.cases.forEach(c -> cases.putIfAbsent(c.command().commandKind(), c));
        }
        for (CommandKind kind : CommandKind.values()) {
            if (!cases.containsKey(kind)) {
                throw new IllegalStateException("no workload sends a " + kind + " command");
            }
        }
        return cases;
    }

    /**
     * The whole stream of the full incident: 47 events of almost every type, ending CLOSED.
     *
     * @param id the incident; never {@code null}
     * @return the events in sequence order; never {@code null}
     */
    public static Seq<IncidentEvent> fullIncidentEvents(IncidentId id) {
        return fullIncident(id).events;
    }

    /**
     * The commands of a short, complete life of a minor incident, which the baselines implement too:
     * report, declare (SEV3, no postmortem needed), a progress update, mitigate, reopen, resolve, the
     * resolution notice, close. Each command is accepted in turn from {@link IncidentState#empty}.
     *
     * @param id the incident; never {@code null}
     * @return the eight commands in order; never {@code null}
     */
    public static List<IncidentCommand> lifecycle(IncidentId id) {
        Clock clock = new Clock(id);
        Severity sev3 = DECIDER.process().severityScale().get("SEV3");
        return List.of(
                TriageCommand.Report.of(clock.next(SAM.id()), ReportSource.pagingAlert("HubSlowLogins", "hub"),
                        "Logins to the hub take more than ten seconds"),
                ResponseCommand.Declare.of(clock.next(SAM.id()), "Slow hub logins", sev3,
                        Impact.of("logins are slow", 12), "Managed JupyterHubs"),
                CommunicationCommand.PostUpdate.progress(clock.next(SAM.id()), Audience.STAKEHOLDERS,
                        "Logins are slow; we are looking into it.", T0.plus(Duration.ofHours(3))),
                new ResponseCommand.Mitigate(clock.next(SAM.id()), "scaled the proxy out", Option.none()),
                new ResponseCommand.Reopen(clock.next(SAM.id()), "slow again after ten minutes"),
                new ResponseCommand.Resolve(clock.next(SAM.id()), "p95 login time under a second for an hour",
                        Option.none()),
                CommunicationCommand.PostUpdate.resolution(clock.next(SAM.id()), Audience.STAKEHOLDERS,
                        "Logins are fast again."),
                new ResponseCommand.Close(clock.next(SAM.id())));
    }

    /**
     * A valid stream of exactly {@code size} events for one incident: reported, declared, then a
     * rotating mix of what a long incident accumulates (progress updates, recorded actions, links,
     * severity changes, experts joining and leaving), never reaching a terminal status.
     *
     * @param id the incident; never {@code null}
     * @param size the number of events, at least 2
     * @return the events in sequence order; never {@code null}
     * @throws IllegalArgumentException if {@code size} is below 2
     */
    public static Seq<IncidentEvent> longIncidentEvents(IncidentId id, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("a declared incident has at least 2 events, not " + size);
        }
        Play play = new Play(id);
        play.act(SAM.id(), h -> TriageCommand.Report.of(h, ReportSource.pagingAlert("HubDown", "hub"),
                "Hub logins fail"));
        play.act(SAM.id(), h -> ResponseCommand.Declare.of(h, "Hub logins fail",
                DECIDER.process().severityScale().get("SEV2"), Impact.of("nobody can log in", 120),
                "Managed JupyterHubs"));
        Severity sev1 = DECIDER.process().severityScale().get("SEV1");
        Severity sev2 = DECIDER.process().severityScale().get("SEV2");
        int round = 0;
        while (play.events.size() < size) {
            int n = round++;
            switch (n % 6) {
                case 0 -> play.act(SAM.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                        "Update " + n + ": still investigating the proxy; next update within the hour.",
                        h.recordedAt().plus(Duration.ofHours(1))));
                case 1 -> play.act(SAM.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                        "kubectl -n hub logs deploy/proxy --since=10m (round " + n + ")", Option.none()));
                case 2 -> play.act(SAM.id(), h -> new CommunicationCommand.AddLink(h,
                        Link.of(LinkKind.TICKET, "https://desk.example.org/tickets/" + n)));
                case 3 -> play.act(SAM.id(), h -> new ResponseCommand.ChangeSeverity(h,
                        play.state.severity().contains(sev1) ? sev2 : sev1, Option.some("impact changed")));
                case 4 -> play.act(SAM.id(), h -> new TeamCommand.AssignRole(h, Role.SUBJECT_MATTER_EXPERT,
                        GEORGIA, "knows the proxy"));
                default -> play.act(GEORGIA.id(), h -> new TeamCommand.ReleaseRole(h, Role.SUBJECT_MATTER_EXPERT,
                        GEORGIA.id(), "back to the on-call queue"));
            }
        }
        return play.events.take(size);
    }

    /**
     * {@code count} messages posted to the incident channel, one every few seconds from {@link #T0}, with
     * texts of realistic length; every tenth is a threaded reply (which the import leaves out, with a
     * reason).
     *
     * @param count how many; at least 0
     * @return the messages, oldest first; never {@code null}
     */
    public static Seq<ChatMessage> chatMessages(int count) {
        Vector<ChatMessage> messages = Vector.empty();
        for (int i = 0; i < count; i++) {
            Instant at = T0.plusSeconds(60 + 3L * i);
            String text = "proxy pod " + (i % 7) + " restarted; error rate " + (i % 100) + "% on hub-" + (i % 13);
            messages = messages.append(i % 10 == 9
                    ? ChatMessage.inThread(CHANNEL, "m" + i, "m" + (i - 1), GEORGIA.id(), at, text)
                    : ChatMessage.inChannel(CHANNEL, "m" + i, i % 2 == 0 ? GEORGIA.id() : SAM.id(), at, text));
        }
        return messages;
    }

    /**
     * {@code count} messages posted to the incident channel itself (none in a thread), one every three
     * seconds from a minute after {@link #T0}, each with its own id and a text of realistic length: every
     * one is imported by an import of the channel whose window covers them.
     *
     * @param count how many; at least 0
     * @return the messages, oldest first; never {@code null}
     */
    public static Seq<ChatMessage> channelMessages(int count) {
        Vector<ChatMessage> messages = Vector.empty();
        for (int i = 0; i < count; i++) {
            messages = messages.append(ChatMessage.inChannel(CHANNEL, "c" + i, i % 3 == 0 ? GEORGIA.id() : SAM.id(),
                    T0.plusSeconds(60 + 3L * i), "proxy pod " + (i % 7) + " restarted; error rate " + (i % 100)
                            + "% on hub-" + (i % 13) + " (check " + i + ")"));
        }
        return messages;
    }

    /**
     * The stream of a SEV2 incident whose channel was busy: reported from a paging alert, declared, linked
     * to its channel, a progress update and a debugging step recorded, then, once the last message was
     * posted, an import of every one of {@link #channelMessages(int) channelMessages(messages)} (all of
     * them inside the import window, so all of them are imported), mitigated, resolved and the resolution
     * told. Its timeline has {@code messages} chat entries and a dozen of the incident's own.
     *
     * @param id the incident; never {@code null}
     * @param messages how many chat messages the import holds; at least 1
     * @return the events in sequence order; never {@code null}
     * @throws IllegalArgumentException if {@code messages} is below 1
     */
    public static Seq<IncidentEvent> chatHeavyIncidentEvents(IncidentId id, int messages) {
        if (messages < 1) {
            throw new IllegalArgumentException("the import holds at least one message, not " + messages);
        }
        Seq<ChatMessage> chat = channelMessages(messages);
        Play p = new Play(id);
        p.act(SAM.id(), h -> new TriageCommand.Report(h, ReportSource.pagingAlert("HubDown", "hub"),
                "Hub logins fail", Option.none(), Option.some(T0.minusSeconds(120))));
        p.act(SAM.id(), h -> ResponseCommand.Declare.of(h, "Hub logins fail",
                DECIDER.process().severityScale().get("SEV2"), Impact.of("nobody can log in", 120),
                "Managed JupyterHubs"));
        p.act(SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.INCIDENT_CHANNEL, CHANNEL)));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "Logins to the hub fail. We are investigating and will update here within three hours.",
                h.recordedAt().plus(Duration.ofHours(3))));
        p.act(SAM.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                "kubectl -n hub logs deploy/proxy --since=1h shows 'too many open files'", Option.none()));
        Instant lastPosted = chat.last().postedAt();
        if (p.clock.now.isBefore(lastPosted)) {
            p.pass(Duration.between(p.clock.now, lastPosted));
        }
        p.act(SAM.id(), h -> new CommunicationCommand.ImportChat(h, new DataSource(CHANNEL, T0, h.recordedAt()), chat));
        p.act(SAM.id(), h -> new ResponseCommand.Mitigate(h, "proxy rolled back; logins work again", Option.none()));
        p.act(SAM.id(), h -> new ResponseCommand.Resolve(h, "logged in as a test user on three hubs",
                Option.none()));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "Logins work again. Thank you for your patience; the incident report follows."));
        return p.events;
    }

    /**
     * The stream of a SEV3 incident reported from a support ticket, declared, and then given
     * {@code updates} progress updates to the stakeholders, each with its own text of about a hundred
     * characters that names the incident and the update's number (so no two incidents share a text).
     * Every update is one event, one status update in the state and one timeline entry.
     *
     * @param id the incident; never {@code null}
     * @param updates how many progress updates; at least 0
     * @return the events in sequence order; never {@code null}
     * @throws IllegalArgumentException if {@code updates} is negative
     */
    public static Seq<IncidentEvent> progressUpdateEvents(IncidentId id, int updates) {
        if (updates < 0) {
            throw new IllegalArgumentException("the number of updates must not be negative, got " + updates);
        }
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, new ReportSource.SupportTicket("FD-" + id, REPORTER),
                "Users of " + id + " cannot start their servers"));
        p.act(SAM.id(), h -> ResponseCommand.Declare.of(h, "Servers do not start (" + id + ")",
                DECIDER.process().severityScale().get("SEV3"), Impact.of("some users cannot start a server", 12),
                "Managed JupyterHubs"));
        for (int i = 1; i <= updates; i++) {
            int n = i;
            p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                    "Update " + n + " on " + id + ": the spawner queue is draining; about " + (n % 90 + 10)
                            + " servers still wait. Next update within the hour.",
                    h.recordedAt().plus(Duration.ofHours(1))));
        }
        return p.events;
    }

    /**
     * The states of {@code count} incidents with varied lives, for response-time statistics: ids
     * {@code INC-0} to {@code INC-(count-1)}, each starting ten minutes after the one before, with
     * severities SEV1 to SEV3, sources paging alert, support ticket and chat report, and durations
     * (detection, acknowledgement, declaration, mitigation, resolution) that differ from incident to
     * incident. Half are resolved (a quarter of those after a reopen and a second mitigation; the SEV3s
     * are then closed, the others stay RESOLVED awaiting their postmortem); one in ten each is still
     * DECLARED, MITIGATED, DECLINED, CANCELED or in TRIAGE (the last three the summary leaves out). Made
     * by playing commands through the decider; the events are not kept.
     *
     * @param count how many incidents; at least 0
     * @return the states, in id order; never {@code null}
     */
    public static Seq<IncidentState> variedIncidentStates(int count) {
        Vector<IncidentState> states = Vector.empty();
        for (int i = 0; i < count; i++) {
            states = states.append(variedIncident(i).state);
        }
        return states;
    }

    /** Incident number {@code i} of {@link #variedIncidentStates(int)}. */
    private static Play variedIncident(int i) {
        IncidentProcess process = DECIDER.process();
        IncidentId id = IncidentId.of("INC-" + i);
        Play p = new Play(id);
        p.pass(Duration.ofMinutes(10L * i));
        // a small deterministic spread of durations, in minutes, different for each incident
        int spread = (int) ((i * 2654435761L) >>> 7 & 0xFFFF);
        int template = i % 10;
        if (template == 6) {
            p.act(SAM.id(), h -> TriageCommand.Report.of(h, new ReportSource.SupportTicket("FD-" + i, REPORTER),
                    "One user cannot start their server"));
            p.pass(Duration.ofMinutes(5 + spread % 60));
            p.act(SAM.id(), h -> new TriageCommand.Decline(h, "a single user's quota question",
                    DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-" + i)));
            return p;
        }
        if (template == 7) {
            p.act(SAM.id(), h -> TriageCommand.Report.of(h, new ReportSource.ChatReport("#support", REPORTER,
                    Option.none()), "The hub looks down for me"));
            p.pass(Duration.ofMinutes(2 + spread % 20));
            p.act(SAM.id(), h -> new ResponseCommand.Cancel(h, "a local network problem; the hub was up"));
            return p;
        }
        boolean paged = template % 3 != 2;
        Instant impactStart = p.clock.now.minusSeconds(60L * (1 + spread % 45));
        p.act(SAM.id(), h -> new TriageCommand.Report(h, paged
                        ? ReportSource.pagingAlert("HubSlowLogins", "hub")
                        : new ReportSource.SupportTicket("FD-" + i, REPORTER),
                "Logins to the hub take more than ten seconds", Option.none(), Option.some(impactStart)));
        if (template == 9) {
            return p;
        }
        if (paged) {
            p.pass(Duration.ofMinutes(1 + spread % 15));
            p.act(SAM.id(), ResponseCommand.AcknowledgePaging::new);
        }
        p.pass(Duration.ofMinutes(2 + spread % 30));
        Severity severity = process.severityScale().get("SEV" + (1 + spread % 3));
        p.act(SAM.id(), h -> ResponseCommand.Declare.of(h, "Slow hub logins", severity,
                Impact.of("logins are slow", 10 + spread % 500), "Managed JupyterHubs"));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "Logins are slow; we are looking into it.", h.recordedAt().plus(Duration.ofHours(3))));
        // the dedicated channel, some minutes later: the standard process's official start
        p.pass(Duration.ofMinutes(1 + spread % 20));
        p.act(SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-" + i),
                Option.none()));
        if (template == 8) {
            return p;
        }
        p.pass(Duration.ofMinutes(5 + spread % 120));
        p.act(SAM.id(), h -> new ResponseCommand.Mitigate(h, "scaled the proxy out", Option.none()));
        if (template == 5) {
            return p;
        }
        if (spread % 4 == 0) {
            p.pass(Duration.ofMinutes(3 + spread % 10));
            p.act(SAM.id(), h -> new ResponseCommand.Reopen(h, "slow again after ten minutes"));
            p.pass(Duration.ofMinutes(3 + spread % 25));
            p.act(SAM.id(), h -> new ResponseCommand.Mitigate(h, "moved the proxy to bigger nodes", Option.none()));
        }
        p.pass(Duration.ofMinutes(10 + spread % 240));
        p.act(SAM.id(), h -> new ResponseCommand.Resolve(h, "p95 login time under a second for an hour",
                Option.none()));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "Logins are fast again."));
        if (!process.postmortem().requiredFor(severity)) {
            p.act(SAM.id(), ResponseCommand.Close::new);
        }
        return p;
    }

    /** The full incident, from the paging alert to the closed, published, shared report. */
    private static Play fullIncident(IncidentId id) {
        IncidentProcess process = DECIDER.process();
        Play p = new Play(id);
        p.act(SAM.id(), h -> new TriageCommand.Report(h, new ReportSource.PagingAlert("JupyterHubDown",
                HashSet.of("take immediate action", "hub"), Option.some("PD-Q7XK2")),
                "Hub at hub.example.org answers 503 for every login", Option.some(T0.minusSeconds(60)),
                Option.some(T0.minusSeconds(300))));
        p.act(SAM.id(), ResponseCommand.AcknowledgePaging::new);
        p.act(SAM.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(120)
                .symptoms(Symptom.CANNOT_LOG_IN).customerImpact().build()));
        p.act(SAM.id(), h -> new ResponseCommand.Declare(h, "Logins fail on hub.example.org",
                process.severityScale().get("SEV2"), Impact.of("nobody can log in to the hub", 120),
                "Managed JupyterHubs", Option.none(), OnCallRoster.of(OnCallRoster.Member.available(GEORGIA),
                        OnCallRoster.Member.available(SAM), "hub", OnCallRoster.Member.available(YUVI))));
        p.act(SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.INCIDENT_CHANNEL, CHANNEL)));
        p.act(SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.TICKET,
                "https://desk.example.org/tickets/4711")));
        p.act(SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.STATUS_PAGE,
                "https://status.example.org/incidents/88")));
        p.act(SAM.id(), h -> new TriageCommand.EstimateImpactStart(h, T0.minusSeconds(900)));
        p.act(SAM.id(), h -> new ResponseCommand.ChangeSeverity(h, process.severityScale().get("SEV1"),
                Option.some("every region is affected")));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "Logins to hub.example.org fail. We are investigating and will update here within three hours.",
                h.recordedAt().plus(Duration.ofHours(3))));
        p.act(SAM.id(), h -> new TeamCommand.AssignRole(h, Role.SUBJECT_MATTER_EXPERT, YUVI,
                "knows the hub's proxy"));
        p.act(SAM.id(), h -> new TeamCommand.AssignRole(h, Role.COMMUNICATIONS_LIAISON, ERIN,
                "community updates while I coordinate"));
        p.act(GEORGIA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                "kubectl -n hub logs deploy/proxy --since=1h shows 'too many open files'", Option.none()));
        HandoffId toChris = offer(p, Role.INCIDENT_COMMANDER, SAM, CHRIS, "proxy fix in test; next update 20:00");
        p.act(CHRIS.id(), h -> new TeamCommand.AcceptHandoff(h, toChris));
        HandoffId declined = offer(p, Role.COMMUNICATIONS_LIAISON, ERIN, DANA, "community updates every 3h");
        p.act(DANA.id(), h -> new TeamCommand.DeclineHandoff(h, declined, "I am on another incident"));
        HandoffId withdrawn = offer(p, Role.COMMUNICATIONS_LIAISON, ERIN, DANA, "community updates every 3h");
        p.act(ERIN.id(), h -> new TeamCommand.WithdrawHandoff(h, withdrawn, "I can stay on after all"));
        HandoffId expired = offer(p, Role.COMMUNICATIONS_LIAISON, ERIN, DANA, "community updates every 3h");
        p.pass(process.handoffOfferTimeout().plusMinutes(1));
        p.act(CHRIS.id(), h -> new TeamCommand.ExpireHandoff(h, expired));
        p.act(YUVI.id(), h -> new TeamCommand.ReleaseRole(h, Role.SUBJECT_MATTER_EXPERT, YUVI.id(),
                "the proxy part is done"));
        p.act(CHRIS.id(), h -> new CommunicationCommand.ImportChat(h, new DataSource(CHANNEL, T0, h.recordedAt()),
                chatMessages(40)));
        p.act(GEORGIA.id(), h -> new ResponseCommand.Mitigate(h, "proxy rolled back; logins work again",
                Option.none()));
        p.act(CHRIS.id(), h -> new ResponseCommand.Reopen(h, "logins fail again on two hubs"));
        p.act(GEORGIA.id(), h -> new ResponseCommand.Mitigate(h, "proxy rolled back on every hub", Option.none()));
        p.act(CHRIS.id(), h -> new ResponseCommand.Resolve(h, "logged in as a test user on three hubs",
                Option.none()));
        p.act(ERIN.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "Logins work again. Thank you for your patience; the incident report follows."));
        p.pass(Duration.ofHours(16));
        p.act(CHRIS.id(), h -> new PostmortemCommand.StartPostmortem(h, Option.none()));
        p.act(CHRIS.id(), h -> new PostmortemCommand.SetImpactWindow(h, T0.minusSeconds(900),
                Option.some(T0.plus(Duration.ofHours(3)))));
        p.act(CHRIS.id(), h -> new PostmortemCommand.WriteSection(h, Section.OVERVIEW,
                "For about three hours nobody could log in to hub.example.org."));
        p.act(CHRIS.id(), h -> new PostmortemCommand.WriteSection(h, Section.ROOT_CAUSE,
                "Proxy 4.2.0 does not close idle upstream connections; the load test held none open."));
        p.act(CHRIS.id(), h -> new PostmortemCommand.AddActionItem(h, "AI-1", "Alert on the proxy's open file handles",
                Option.some("https://github.com/example-org/hub/issues/101")));
        p.act(CHRIS.id(), h -> new PostmortemCommand.UpdateActionItem(h, "AI-1", ActionItem.Status.DONE));
        p.act(CHRIS.id(), PostmortemCommand.RequestReview::new);
        p.act(GEORGIA.id(), h -> new PostmortemCommand.ReviewPostmortem(h, "Clear; the timeline shows the upgrade."));
        p.act(CHRIS.id(), PostmortemCommand.MarkReviewed::new);
        p.act(CHRIS.id(), h -> new PostmortemCommand.PublishPostmortem(h,
                "https://github.com/example-org/incident-reports/blob/main/2026/HUB-1.md"));
        p.act(ERIN.id(), PostmortemCommand.SharePostmortem::new);
        p.act(CHRIS.id(), ResponseCommand.Close::new);
        return p;
    }

    private static HandoffId offer(Play p, Role role, Responder from, Responder to, String note) {
        Seq<IncidentEvent> events = p.act(from.id(), h -> new TeamCommand.OfferHandoff(h, role, from.id(), to,
                note));
        return ((TeamEvent.HandoffOffered) events.head()).handoff().id();
    }

    /** A support ticket that needs more information and turns out not to be an incident. */
    private static Play declinedTicket(IncidentId id) {
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, new ReportSource.SupportTicket("FD-2042", REPORTER),
                "One user cannot start their server"));
        p.act(SAM.id(), h -> new TriageCommand.RequestInformation(h,
                "Which browser do you use, and when did it last work?"));
        p.act(SAM.id(), h -> new TriageCommand.Decline(h, "a single user's quota question",
                DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-2042")));
        p.act(SAM.id(), h -> new TriageCommand.InformReporter(h,
                "This is handled as support ticket FD-2042; the support team answers there."));
        return p;
    }

    /** A chat report that was a false alarm. */
    private static Play canceledChatReport(IncidentId id) {
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, new ReportSource.ChatReport("#support", REPORTER,
                Option.none()), "The hub looks down for me"));
        p.act(SAM.id(), h -> new CommunicationCommand.RecordMessage(h, Direction.INBOUND,
                Counterpart.of(Counterpart.Kind.REPORTER, "the user in #support"),
                "It works from my phone, so it may be my home network."));
        p.act(SAM.id(), h -> new ResponseCommand.Cancel(h, "a local network problem; the hub was up"));
        return p;
    }

    /**
     * A small incident resolved the same hour; an hour later a user still cannot log in, is answered, and
     * the follow-up is dismissed: a stale session, not the outage.
     */
    private static Play followedUpIncident(IncidentId id) {
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, ReportSource.pagingAlert("JupyterHubDown", "hub"),
                "Hub answers 503"));
        p.act(SAM.id(), h -> ResponseCommand.Declare.of(h, "Hub down", DECIDER.process().severityScale().get("SEV3"),
                Impact.of("nobody can log in"), "hub.example.org"));
        p.pass(Duration.ofMinutes(40));
        p.act(SAM.id(), h -> new ResponseCommand.Resolve(h, "logged in as a test user", Option.none()));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS, "Logins work again."));
        p.pass(Duration.ofHours(1));
        FollowUpId followUp = ((CommunicationEvent.FollowUpReported) p.act(SAM.id(),
                h -> new CommunicationCommand.RecordFollowUp(h, Counterpart.of(Counterpart.Kind.COMMUNITY,
                        "a user on the forum"), "I still cannot log in.")).head()).id();
        p.act(SAM.id(), h -> new CommunicationCommand.AnswerFollowUp(h, followUp,
                "Please log out and in again; your session predates the fix."));
        p.act(SAM.id(), h -> new CommunicationCommand.SettleFollowUp(h, followUp, Settlement.DISMISSED,
                "a stale session, not the outage", Option.none()));
        return p;
    }

    /** A report in review whose reviewer asks for a change, which the owner makes and settles. */
    private static Play commentedReport(IncidentId id) {
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, ReportSource.pagingAlert("JupyterHubDown", "hub"),
                "Hub answers 503"));
        p.act(SAM.id(), h -> ResponseCommand.Declare.of(h, "Hub down", DECIDER.process().severityScale().get("SEV2"),
                Impact.of("nobody can log in"), "hub.example.org"));
        p.act(SAM.id(), h -> new TeamCommand.AssignRole(h, Role.SUBJECT_MATTER_EXPERT, GEORGIA, "knows the proxy"));
        p.act(SAM.id(), h -> new ResponseCommand.Resolve(h, "logged in as a test user", Option.none()));
        p.act(SAM.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS, "Logins work again."));
        p.act(SAM.id(), h -> new PostmortemCommand.StartPostmortem(h, Option.none()));
        p.act(SAM.id(), h -> new PostmortemCommand.WriteSection(h, Section.OVERVIEW, "The hub was down for 40 minutes."));
        p.act(SAM.id(), h -> new PostmortemCommand.WriteSection(h, Section.ROOT_CAUSE, "A proxy release leaked memory."));
        p.act(SAM.id(), PostmortemCommand.RequestReview::new);
        String comment = ((PostmortemEvent.ReviewCommentRaised) p.act(GEORGIA.id(),
                h -> new PostmortemCommand.RaiseReviewComment(h, "When did the release go out?")).head()).commentId();
        p.act(SAM.id(), h -> new PostmortemCommand.SettleReviewComment(h, comment, ReviewComment.State.ADDRESSED,
                "Added 13:50 to the timeline."));
        return p;
    }

    /** A second alert about an incident that is already being handled. */
    private static Play mergedAlert(IncidentId id) {
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, ReportSource.pagingAlert("JupyterHubDown", "hub"),
                "Hub answers 503"));
        p.act(SAM.id(), h -> new ResponseCommand.Merge(h, IncidentId.of("HUB-1")));
        return p;
    }

    /** A commander who went unreachable: the technology lead takes the role over for a responder who accepts. */
    private static Play unreachableCommander(IncidentId id) {
        Play p = new Play(id);
        p.act(SAM.id(), h -> TriageCommand.Report.of(h, ReportSource.pagingAlert("JupyterHubDown", "hub"),
                "Hub answers 503"));
        p.act(SAM.id(), h -> new ResponseCommand.Declare(h, "Logins fail on hub.example.org",
                DECIDER.process().severityScale().get("SEV2"), Impact.of("nobody can log in to the hub", 120),
                "Managed JupyterHubs", Option.none(), OnCallRoster.of(OnCallRoster.Member.available(GEORGIA),
                        OnCallRoster.Member.available(SAM), "hub", OnCallRoster.Member.available(YUVI))));
        p.act(SAM.id(), h -> new TeamCommand.AssignRole(h, Role.TECHNOLOGY_LEAD, YUVI, "knows the hub"));
        Seq<IncidentEvent> takeover = p.act(YUVI.id(), h -> new TeamCommand.TakeOverRole(h,
                Role.INCIDENT_COMMANDER, SAM.id(), CHRIS, "Sam has not answered for twenty minutes"));
        HandoffId offer = ((TeamEvent.TakeoverOffered) takeover.last()).handoff().id();
        p.act(CHRIS.id(), h -> new TeamCommand.AcceptHandoff(h, offer));
        return p;
    }

    /** Command headers for one incident: numbered ids, thirty seconds apart. */
    private static final class Clock {
        private final IncidentId id;
        private Instant now = T0;
        private int step;

        Clock(IncidentId id) {
            this.id = id;
        }

        CommandHeader next(ResponderId actor) {
            step++;
            now = now.plusSeconds(30);
            return CommandHeader.of(CommandId.of(id + "-" + step), id, actor, now);
        }
    }

    /** Plays commands through the decider, keeping each command with the state it met. */
    private static final class Play {
        private final Clock clock;
        private IncidentState state;
        private Vector<IncidentEvent> events = Vector.empty();
        private Vector<Case> cases = Vector.empty();

        Play(IncidentId id) {
            this.clock = new Clock(id);
            this.state = IncidentState.empty(id);
        }

        void pass(Duration duration) {
            clock.now = clock.now.plus(duration);
        }

        Seq<IncidentEvent> act(ResponderId actor, Function<CommandHeader, IncidentCommand> command) {
            IncidentCommand c = command.apply(clock.next(actor));
            Decision decision = DECIDER.apply(c, state).getOrElseThrow(r -> new IllegalStateException(
                    "the workload broke a rule at " + c.commandId() + ": " + r.message()));
            if (decision.events().isEmpty()) {
                throw new IllegalStateException("the workload repeated a command, which does nothing: " + c.commandId());
            }
            cases = cases.append(new Case(state, c));
            events = events.appendAll(decision.events());
            state = decision.state();
            return decision.events();
        }
    }
}
