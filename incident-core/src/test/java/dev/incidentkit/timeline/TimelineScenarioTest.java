package dev.incidentkit.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
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
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A real-looking incident rebuilt end to end from its events and its channel: an uptime alert at 12:42,
 * a revert at 12:49, the technology lead joining at 13:27, a handoff at 14:35, a fix at 16:06, resolved
 * and communicated at 16:22.
 */
class TimelineScenarioTest {

    private static final IncidentDecider DECIDER = IncidentDecider.of(Presets.managedHub());
    private static final IncidentId INC = IncidentId.of("INC-2026-03-02");
    private static final Responder YUVI = Responder.of("yuvi", "Yuvi");
    private static final Responder GEORGIANA = Responder.of("georgiana", "Georgiana");
    private static final Responder CHRIS = Responder.of("chris", "Chris");
    private static final ResponderId REP = ResponderId.of("community-rep");
    private static final String CHANNEL = "#inc-2026-03-02-hub";

    private IncidentState state = IncidentState.empty(INC);
    private Vector<IncidentEvent> events = Vector.empty();
    private int step;

    private CommandHeader at(String hhmm, Responder actor) {
        return CommandHeader.of(CommandId.of("s" + (++step)), INC, actor.id(), Instant.parse("2026-03-02T" + hhmm + ":00Z"));
    }

    private static Instant t(String hhmm) {
        return Instant.parse("2026-03-02T" + hhmm + ":00Z");
    }

    private Seq<IncidentEvent> does(IncidentCommand command) {
        Decision d = DECIDER.apply(command, state).getOrElseThrow(r -> new AssertionError(command.verb() + ": " + r));
        state = d.state();
        events = events.appendAll(d.events());
        return d.events();
    }

    private void live() {
        does(new TriageCommand.Report(at("12:43", YUVI), new ReportSource.PagingAlert("UptimeCheck hub.example.org",
                HashSet.of("take immediate action"), Option.some("Q7XK2")), "hub.example.org does not respond",
                Option.some(t("12:42")), Option.none()));
        does(ResponseCommand.Declare.of(at("12:45", YUVI), "Hub down for example.org",
                DECIDER.process().severityScale().get("P1"), Impact.of("nobody can log in", 150), "Managed JupyterHubs"));
        does(new CommunicationCommand.AddLink(at("12:46", YUVI), Link.of(LinkKind.INCIDENT_CHANNEL, CHANNEL)));
        does(new ResponseCommand.RecordAction(at("12:48", YUVI), ActionKind.DEBUGGING,
                "Looked at hub logs with \"kubectl logs -n example -l component=hub\": OOMKilled since 12:40",
                Option.some(t("12:47"))));
        does(new ResponseCommand.RecordAction(at("12:50", YUVI), ActionKind.FIX_ATTEMPT,
                "Reverted the memory limit change (PR #1234); the hub restarts but still crashes", Option.some(t("12:49"))));
        does(new TeamCommand.AssignRole(at("13:27", YUVI), Role.TECHNOLOGY_LEAD, CHRIS, "validates the fix"));
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at("14:30", YUVI),
                Role.INCIDENT_COMMANDER, YUVI.id(), GEORGIANA, "end of my day; memory leak in the new proxy suspected");
        does(offer);
        does(new TeamCommand.AcceptHandoff(at("14:35", GEORGIANA), offer.handoffId()));
        does(new ResponseCommand.RecordAction(at("16:07", CHRIS), ActionKind.FIX_ATTEMPT,
                "Pinned the proxy to 4.1.2 (PR #1240); the hub stays up", Option.some(t("16:06"))));
        does(new ResponseCommand.Resolve(at("16:22", GEORGIANA), "logged in as a test user and started a server",
                Option.none()));
        does(CommunicationCommand.PostUpdate.resolution(at("16:22", GEORGIANA), Audience.STAKEHOLDERS,
                "Things should be back to normal."));
        does(new TriageCommand.EstimateImpactStart(at("16:30", GEORGIANA), t("12:38")));
    }

    private static Seq<ChatMessage> channel() {
        return List.of(
                ChatMessage.inChannel(CHANNEL, "m1", YUVI.id(), t("12:46"), "Opening the incident channel"),
                ChatMessage.inChannel(CHANNEL, "m2", REP, t("13:10"), "Students at example.org see a 503 since 12:40"),
                ChatMessage.inThread(CHANNEL, "m3", "m2", YUVI.id(), t("13:12"), "Thanks, that matches the OOM kills"),
                ChatMessage.inChannel(CHANNEL, "m4", CHRIS.id(), t("13:30"), "I'll look at the proxy"),
                ChatMessage.inChannel("#random", "x1", CHRIS.id(), t("13:31"), "lunch?"),
                ChatMessage.inChannel(CHANNEL, "m9", YUVI.id(), t("18:00"), "late chatter"));
    }

    @Test
    void should_rebuild_what_happened_and_when() {
        // given
        live();

        // when: the channel is imported as a data source for 12:40 to 17:00
        Seq<IncidentEvent> imported = does(new CommunicationCommand.ImportChat(at("16:40", GEORGIANA),
                new DataSource(CHANNEL, t("12:40"), t("17:00")), channel()));

        // then: threaded replies and messages outside the channel or window are listed, not lost
        CommunicationEvent.ChatImported chat = (CommunicationEvent.ChatImported) imported.single();
        assertEquals(List.of("m1", "m2", "m4"), chat.imported().map(ChatMessage::id));
        assertEquals(List.of("m3", "x1", "m9"), chat.notImported().map(n -> n.message().id()));
        assertTrue(chat.notImported().head().reason().contains("threaded reply"), chat.notImported().head().reason());

        // and the timeline reads in order, in the team's time zone (Yuvi commands and debugs: 001 advises
        // the commander to delegate hands-on work)
        Seq<TimelineEntry> timeline = Timeline.of(events);
        assertEquals(List.of("12:38 impact started", "12:42 reported", "12:45 declared", "12:45 role", "12:45 link",
                "12:46 link", "12:46 chat message", "12:47 debugging", "12:48 advisory", "12:49 fix attempt",
                "13:10 chat message"),
                timeline.take(11).map(e -> e.occurredAt().toString().substring(11, 16) + " "
                        + e.kind().name().toLowerCase().replace('_', ' ')));
        assertTrue(timeline.exists(e -> e.occurredAt().equals(t("14:35")) && e.text().contains("Georgiana took over")));
        assertTrue(timeline.exists(e -> e.occurredAt().equals(t("16:06")) && e.kind() == EntryKind.FIX_ATTEMPT));
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(!timeline.get(i).occurredAt().isBefore(timeline.get(i - 1).occurredAt()), "sorted at " + i);
        }
        assertEquals("2026-03-02 13:42 CET  reported (yuvi): reported: hub.example.org does not respond (paging alert"
                + " UptimeCheck hub.example.org)", Timeline.lines(timeline, ZoneId.of("Europe/Berlin")).get(1));
        assertEquals(EntrySource.Kind.ALERT, timeline.get(1).source().kind());

        // the completeness check finds the guide's list covered: the community rep's message counts
        assertTrue(Completeness.missing(events).isEmpty(), Completeness.missing(events).toString());

        // and the durations come from the same facts
        IncidentMetrics metrics = IncidentMetrics.of(state);
        assertEquals(Option.some(Duration.ofMinutes(4)), metrics.get(Measure.TIME_TO_DETECT));
        assertEquals(Option.some(Duration.ofMinutes(220)), metrics.get(Measure.TIME_TO_RESOLVE));
        assertEquals(Option.some(Duration.ofMinutes(224)), metrics.get(Measure.IMPACT_DURATION));

        // The next working day the commander opens the incident report, owned by her (001), and it is
        // written, reviewed by the technology lead, marked Reviewed, published and sent to the community.
        does(new PostmortemCommand.StartPostmortem(CommandHeader.of(CommandId.of("pm-1"), INC, GEORGIANA.id(),
                Instant.parse("2026-03-03T09:30:00Z")), Option.none()));
        assertEquals(Option.some(dev.incidentkit.incident.IncidentStatus.IN_REVIEW), state.status());
        assertEquals(Option.some(t("12:38")), state.postmortem().get().impactStart());
        assertEquals(Option.some(t("16:22")), state.postmortem().get().impactEnd(),
                "never mitigated: the impact ended with the resolution at 16:22, until the report says otherwise");
        for (IncidentCommand step : List.<IncidentCommand>of(
                new PostmortemCommand.WriteSection(next("2026-03-03T10:00:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.ROOT_CAUSE,
                        "The new proxy release leaked memory under load; no alert watched proxy memory."),
                new PostmortemCommand.WriteSection(next("2026-03-03T10:01:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.OVERVIEW, "The hub was down for about four hours."),
                new PostmortemCommand.WriteSection(next("2026-03-03T10:01:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.WHAT_HAPPENED, "A proxy upgrade leaked memory."),
                new PostmortemCommand.WriteSection(next("2026-03-03T10:01:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.RESOLUTION, "The proxy was rolled back."),
                new PostmortemCommand.WriteSection(next("2026-03-03T10:01:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.WHERE_WE_GOT_LUCKY, "It happened in working hours."),
                new PostmortemCommand.WriteSection(next("2026-03-03T10:01:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.WHAT_WENT_WELL, "The page reached us at once."),
                new PostmortemCommand.WriteSection(next("2026-03-03T10:01:00Z", GEORGIANA),
                        dev.incidentkit.postmortem.Section.WHAT_DID_NOT_GO_SO_WELL, "Nothing watched proxy memory."),
                new PostmortemCommand.AddActionItem(next("2026-03-03T10:05:00Z", GEORGIANA), "proxy-memory-alert",
                        "Alert on proxy memory", Option.some("https://github.com/example/infra/issues/4711")),
                new PostmortemCommand.RequestReview(next("2026-03-03T10:10:00Z", GEORGIANA)),
                new PostmortemCommand.ReviewPostmortem(next("2026-03-03T11:00:00Z", CHRIS),
                        "Added the node pool graph and the PR that pinned the proxy."),
                new PostmortemCommand.MarkReviewed(next("2026-03-03T11:30:00Z", GEORGIANA)),
                new PostmortemCommand.PublishPostmortem(next("2026-03-03T11:35:00Z", GEORGIANA),
                        "https://github.com/example/incident-reports/blob/main/reports/2026-03-02-hub-down.pdf"),
                new PostmortemCommand.SharePostmortem(next("2026-03-03T11:40:00Z", GEORGIANA)),
                new ResponseCommand.Close(next("2026-03-03T11:45:00Z", GEORGIANA)))) {
            does(step);
        }
        assertEquals(Option.some(dev.incidentkit.incident.IncidentStatus.CLOSED), state.status());
        assertEquals(dev.incidentkit.postmortem.PostmortemStatus.PUBLISHED, state.postmortem().get().status());
        assertEquals(List.of(EntryKind.POSTMORTEM, EntryKind.ENDED), Timeline.of(events)
                .filter(e -> e.occurredAt().isAfter(t("17:00"))).map(TimelineEntry::kind).distinct().toList());
    }

    private CommandHeader next(String at, Responder actor) {
        return CommandHeader.of(CommandId.of("s" + (++step)), INC, actor.id(), Instant.parse(at));
    }

    @Test
    void should_change_nothing_when_the_same_messages_are_imported_again() {
        live();
        DataSource source = new DataSource(CHANNEL, t("12:40"), t("17:00"));
        does(new CommunicationCommand.ImportChat(at("16:40", GEORGIANA), source, channel()));

        Decision again = DECIDER.apply(new CommunicationCommand.ImportChat(at("16:45", GEORGIANA), source, channel()), state)
                .get();

        assertTrue(again.events().isEmpty());
        assertEquals(state, again.state());
    }

    @Test
    void should_import_a_message_a_wider_window_covers_later() {
        live();
        does(new CommunicationCommand.ImportChat(at("16:40", GEORGIANA), new DataSource(CHANNEL, t("12:40"), t("13:00")),
                channel()));
        assertTrue(Timeline.of(events).forAll(e -> !e.text().equals("I'll look at the proxy")));

        Seq<IncidentEvent> wider = does(new CommunicationCommand.ImportChat(at("16:45", GEORGIANA),
                new DataSource(CHANNEL, t("12:40"), t("17:00")), channel()));

        CommunicationEvent.ChatImported chat = (CommunicationEvent.ChatImported) wider.single();
        assertEquals(List.of("m2", "m4"), chat.imported().map(ChatMessage::id));
        assertEquals(List.of("m3", "m9"), chat.notImported().map(n -> n.message().id()),
                "reported again only where the reason changed: m3 is now in the window but a threaded reply, m9 is"
                        + " outside the new window; the other channel's message was reported already");
    }

    @Test
    void should_report_what_the_timeline_still_lacks_without_inventing_it() {
        does(TriageCommand.Report.of(at("09:00", YUVI), ReportSource.manual(YUVI.id()), "Slow logins"));
        does(ResponseCommand.Declare.of(at("09:05", YUVI), "Slow logins", DECIDER.process().severityScale().get("P3"),
                Impact.of("slow"), "hub"));

        assertEquals(List.of(TimelineItem.BEGINNING_OF_IMPACT, TimelineItem.BROUGHT_TO_ATTENTION,
                TimelineItem.DEBUGGING_ACTIONS, TimelineItem.FIX_ACTIONS, TimelineItem.COMMUNITY_COMMUNICATION,
                TimelineItem.FIXED_AND_VERIFIED), Completeness.missing(events).keySet().toList());
    }

    @Test
    void should_refuse_an_import_whose_window_ends_before_it_starts() {
        live();

        assertTrue(DECIDER.decide(new CommunicationCommand.ImportChat(at("16:40", GEORGIANA),
                new DataSource(CHANNEL, t("17:00"), t("12:40")), channel()), state).isLeft());
        CommunicationEvent.ChatImported malformed = (CommunicationEvent.ChatImported) DECIDER.decide(new CommunicationCommand.ImportChat(
                at("16:40", GEORGIANA), new DataSource(CHANNEL, t("12:40"), t("17:00")), List.of(ChatMessage.inChannel(
                        CHANNEL, "bad id", YUVI.id(), t("13:00"), "x"))), state).get().single();
        assertTrue(malformed.notImported().single().reason().startsWith("the message cannot be kept"),
                "a malformed message is listed, not silently dropped nor failing the whole import");
    }
}
