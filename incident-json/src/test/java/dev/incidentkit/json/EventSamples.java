package dev.incidentkit.json;

import dev.incidentkit.incident.Absorption;
import dev.incidentkit.incident.Advisory;
import dev.incidentkit.incident.AdvisoryCode;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.EventId;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.NotImported;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.testkit.Histories;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/** Events for the codec's tests: the testkit's rich history, and hand-built events of every other type. */
final class EventSamples {

    static final IncidentId RICH = IncidentId.of("INC-7");
    static final IncidentId OTHERS = IncidentId.of("INC-8");

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00.987654321Z");
    private static final Responder GRACE = Responder.of("grace", "Grace Hopper");
    private static final Responder LINUS = Responder.of("linus", "Linus");
    private static final HandoffId HANDOFF = HandoffId.of(CommandId.of("INC-8-9"));
    private static final dev.incidentkit.incident.communication.FollowUpId FOLLOW_UP =
            dev.incidentkit.incident.communication.FollowUpId.of(CommandId.of("INC-8-41"));

    /** Event types added in schema version 3, of which no version 2 row exists. */
    static final java.util.Set<Class<?>> TYPES_SINCE_VERSION_3 = java.util.Set.of(
            CommunicationEvent.FollowUpReported.class, CommunicationEvent.FollowUpAnswered.class,
            CommunicationEvent.FollowUpSettled.class, PostmortemEvent.ReviewCommentRaised.class,
            PostmortemEvent.ReviewCommentSettled.class);

    private EventSamples() {}

    /**
     * The testkit's rich history of INC-7: a valid stream from report to postmortem draft.
     *
     * @return the events in sequence order
     */
    static Seq<IncidentEvent> richHistory() {
        return Histories.richHistory(RICH);
    }

    /**
     * One event of every type the rich history lacks, and a few more shapes of the types it has (the other report
     * sources, a full assessment, a chat import with a link, a downgrade), for INC-8, with every {@code Option}
     * filled. Not a valid stream: only a sample of values, numbered 1, 2, 3...
     *
     * @return the events
     */
    static Seq<IncidentEvent> others() {
        List<Function<EventHeader, IncidentEvent>> events = List.of(
                h -> new TriageEvent.Reported(h, new ReportSource.ChatReport("#help", ResponderId.of("rep"),
                        Option.some("https://chat.example.org/m/42")), "The hub is slow", Option.some(T0.minusSeconds(600))),
                h -> new TriageEvent.Reported(h, ReportSource.supportTicket("SUP-12", ResponderId.of("rep")),
                        "Cannot start servers", Option.none()),
                h -> new TriageEvent.Reported(h, ReportSource.manual(GRACE.id()), "Seen on the dashboard", Option.none()),
                h -> new TriageEvent.Assessed(h, new Assessment(Option.some(1200),
                        LinkedHashSet.of(Symptom.CANNOT_START_SERVERS, Symptom.CANNOT_EXECUTE_CODE), Reproduction.REPRODUCED,
                        Option.some(false), true, true, Duration.ofMinutes(95).plusNanos(7), true),
                        Verdict.of(Verdict.Outcome.SUPPORT_TICKET, "one user", "a known problem")),
                h -> new TriageEvent.Declined(h, "one user, known problem",
                        DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "SUP-12")),
                h -> new TriageEvent.Declined(h, "a feature request", DeclineRoute.to(DeclineRoute.Destination.PRODUCT_BACKLOG)),
                h -> new TriageEvent.ImpactStartEstimated(h, T0.minus(Duration.ofMinutes(17))),
                h -> new ResponseEvent.SeverityChanged(h, new Severity("SEV1", 1), new Severity("SEV3", 3),
                        Option.some("only one region")),
                h -> new CommunicationEvent.UpdatePosted(h, UpdateKind.PROGRESS, Audience.INTERNAL, "Investigating.", Option.some(
                        T0.plus(Duration.ofMinutes(30)))),
                h -> new ResponseEvent.Reopened(h, "it came back", IncidentStatus.RESOLVED),
                h -> new ResponseEvent.Canceled(h, "a test alert"),
                h -> new ResponseEvent.Absorbed(h, new Absorption(IncidentId.of("INC-10"),
                        Option.some(new ReportSource.SupportTicket("FD-77", LINUS.id())),
                        List.of(Link.of(LinkKind.TICKET, "https://desk.example.org/t/77")), Option.some(T0))),
                h -> new ResponseEvent.Merged(h, IncidentId.of("INC-9")),
                h -> new ResponseEvent.Closed(h),
                h -> new TeamEvent.RoleReleased(h, Role.COMMUNICATIONS_LIAISON, GRACE.id(), "back to the commander"),
                h -> new TeamEvent.HandoffOffered(h, new Handoff(HANDOFF, Role.INCIDENT_COMMANDER, GRACE.id(), LINUS,
                        "the proxy is rolled back; watch memory", GRACE.id(), T0, T0.plus(Duration.ofMinutes(15)))),
                h -> new TeamEvent.TakeoverOffered(h, new Handoff(HANDOFF, Role.INCIDENT_COMMANDER, GRACE.id(), LINUS,
                        "Grace has not answered for twenty minutes", ResponderId.of("ada"), T0, T0.plus(Duration.ofMinutes(15)))),
                h -> new TeamEvent.HandoffAccepted(h, HANDOFF, Role.INCIDENT_COMMANDER, GRACE.id(), LINUS),
                h -> new TeamEvent.HandoffDeclined(h, HANDOFF, "going off shift"),
                h -> new TeamEvent.HandoffWithdrawn(h, HANDOFF, "staying on"),
                h -> new TeamEvent.HandoffExpired(h, HANDOFF),
                h -> new TeamEvent.TicketAssigned(h, "https://desk.example.org/t/9", GRACE),
                h -> new TeamEvent.PagingIncidentNoted(h, "Q1W2E3", "declared as INC-8"),
                h -> new TeamEvent.AdvisoryRaised(h, new Advisory(AdvisoryCode.COMMANDER_HANDS_ON, GRACE.id(),
                        "the commander ran a fix; hand the keyboard to the investigator")),
                h -> new TriageEvent.InformationRequested(h, ResponderId.of("rep"), "Which browser?"),
                h -> new ResponseEvent.PagingAcknowledged(h),
                h -> new TriageEvent.ReporterInformed(h, ResponderId.of("rep"), "Routed to support as SUP-12."),
                h -> new CommunicationEvent.ChatImported(h, new DataSource("#inc-8", T0, T0.plus(Duration.ofHours(2))),
                        Vector.of(new ChatMessage("#inc-8", "m7", Option.some("m6"), LINUS.id(), T0.plusMillis(1),
                                "root cause found", Option.some("https://chat.example.org/m/7"))),
                        List.of(new NotImported(ChatMessage.inChannel("#inc-8", "m8", GRACE.id(), T0.plus(Duration.ofHours(3)),
                                "late"), "posted after the window"))),
                h -> new CommunicationEvent.MessageRecorded(h, dev.incidentkit.incident.communication.Direction.INBOUND,
                        dev.incidentkit.incident.communication.Counterpart.of(
                                dev.incidentkit.incident.communication.Counterpart.Kind.COMMUNITY, "the community forum"),
                        "Still slow for us in the EU region."),
                h -> new PostmortemEvent.PostmortemStarted(h, GRACE.id(), Option.none(), Option.none()),
                h -> new PostmortemEvent.ImpactWindowSet(h, T0.minus(Duration.ofMinutes(17)), Option.some(T0.plusSeconds(3600))),
                h -> new PostmortemEvent.ActionItemAdded(h, new ActionItem("AI-2", "Page on memory", Option.none(),
                        ActionItem.Status.OPEN)),
                h -> new PostmortemEvent.ActionItemUpdated(h, "AI-1", ActionItem.Status.WONT_DO),
                h -> new PostmortemEvent.ActionItemAdded(h, new ActionItem("AI-3", "Alert on proxy memory",
                        Option.some("infrastructure#89"), ActionItem.Status.OPEN, Option.some(LINUS.id()),
                        Option.some(java.time.LocalDate.of(2026, 4, 15)))),
                h -> new PostmortemEvent.ActionItemUpdated(h, "AI-3", ActionItem.Status.UNKNOWN),
                h -> new PostmortemEvent.ReviewRequested(h),
                h -> new PostmortemEvent.PostmortemReviewed(h, "Say what the alert missed."),
                h -> new PostmortemEvent.MarkedReviewed(h),
                h -> new PostmortemEvent.PostmortemPublished(h, "https://wiki.example.org/pm/INC-8"),
                h -> new PostmortemEvent.PostmortemShared(h),
                // types added in schema version 3
                h -> new CommunicationEvent.FollowUpReported(h, FOLLOW_UP, dev.incidentkit.incident.communication
                        .Counterpart.of(dev.incidentkit.incident.communication.Counterpart.Kind.COMMUNITY, "a forum user"),
                        "My notebooks still fail to start."),
                h -> new CommunicationEvent.FollowUpAnswered(h, FOLLOW_UP, "Restart your server from the home page."),
                h -> new CommunicationEvent.FollowUpSettled(h, FOLLOW_UP,
                        dev.incidentkit.incident.communication.Settlement.NEW_INCIDENT, "a different problem",
                        Option.some(IncidentId.of("INC-11"))),
                h -> new PostmortemEvent.ReviewCommentRaised(h, "INC-8-44", "When did the upgrade happen?"),
                h -> new PostmortemEvent.ReviewCommentSettled(h, "INC-8-44",
                        dev.incidentkit.postmortem.ReviewComment.State.DISMISSED, "The timeline says it at 13:50."));
        return events.zipWithIndex().map(pair -> pair._1.apply(header(OTHERS, pair._2 + 1)));
    }

    /**
     * Facts recorded afterwards at times known with every precision but the exact one, which the others
     * have: to the minute, approximately, a range, a date, and a time not recorded, placed after the fact
     * before it. Not a valid stream: only a sample of values, for INC-8, numbered on from the others.
     *
     * @return the events
     */
    static Seq<IncidentEvent> impreciseTimes() {
        List<dev.incidentkit.incident.FactTime> times = List.of(
                dev.incidentkit.incident.FactTime.toTheMinute(T0.minus(Duration.ofHours(2))),
                dev.incidentkit.incident.FactTime.about(T0.minus(Duration.ofHours(2))),
                dev.incidentkit.incident.FactTime.between(T0.minus(Duration.ofHours(3)), T0.minus(Duration.ofHours(2))),
                dev.incidentkit.incident.FactTime.onDate(java.time.LocalDate.of(2026, 3, 31), java.time.ZoneId.of("Europe/Paris")),
                new dev.incidentkit.incident.FactTime(T0.minusSeconds(60), dev.incidentkit.incident.FactTime.Precision.UNKNOWN,
                        T0.plus(Duration.ofMinutes(41))));
        int first = others().size() + 1;
        return times.zipWithIndex().map(pair -> {
            EventHeader exact = header(OTHERS, first + pair._2);
            EventHeader h = new EventHeader(exact.incidentId(), exact.eventId(), exact.sequence(), exact.recordedAt(),
                    Option.some(pair._1), exact.actor(), exact.commandId());
            return (IncidentEvent) new ResponseEvent.ActionRecorded(h, dev.incidentkit.incident.ActionKind.NOTE,
                    "recorded afterwards, at a time known " + pair._1.precision());
        });
    }

    /**
     * The rich history, then the others.
     *
     * @return the events
     */
    static Seq<IncidentEvent> everyType() {
        return richHistory().appendAll(others());
    }

    /**
     * A header at a nanosecond time; every third one reports a fact that happened earlier.
     *
     * @param incident the incident
     * @param sequence the sequence, from 1
     * @return the header
     */
    static EventHeader header(IncidentId incident, long sequence) {
        Instant at = T0.plus(Duration.ofMinutes(sequence)).plusNanos(sequence);
        CommandId command = CommandId.of(incident.value() + "-" + sequence);
        return new EventHeader(incident, EventId.derive(command, 0), sequence, at,
                sequence % 3 == 0 ? Option.some(dev.incidentkit.incident.FactTime.exact(at.minusSeconds(90))) : Option.none(),
                GRACE.id(), command);
    }

    /**
     * Texts hostile to a serializer: quotes, backslashes, JSON and markup look-alikes, line and paragraph
     * separators, control characters other than NUL, emoji, right-to-left marks and overrides.
     *
     * @return the texts
     */
    static List<String> hostileTexts() {
        return List.of(
                "",
                "\"quoted\" and 'single' and `back`",
                "back\\slash \\\\ double \\u0041 not an escape \\n not a newline",
                "line one\nline two\r\nline three\rend",
                "tab\there, vertical\u000Btab, form\u000Cfeed, escape\u001B[31mred, unit\u001Fsep, delete\u007F",
                "bell\u0007 backspace\u0008 start\u0001 next line\u0085 end",
                "line\u2028separator and paragraph\u2029separator",
                "</script><script>alert('x')</script>",
                "<!channel> @here {{title}} ${jndi:ldap://x} %s %n",
                "{\"header\":null,\"kind\":\"PagingAlert\"}",
                "emoji 🔥🚒 and a family 👩‍👩‍👧 and skin tone 👍🏽",
                "right-to-left \u200F mark, \u202Eoverride\u202C, \u2067isolate\u2069, שלום עולם, مرحبا",
                "zero\u200Bwidth, joiner\u200D, BOM\uFEFF, soft\u00ADhyphen",
                "combining e\u0301 vs \u00E9, \uFB01 ligature, 𝕄𝕒𝕥𝕙",
                "x".repeat(5_000));
    }
}
