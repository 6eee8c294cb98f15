package dev.incidentkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.examples.jdbc.Databases;
import dev.incidentkit.json.EventJson;
import dev.incidentkit.examples.jdbc.JdbcIncidentStorage;
import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.templates.PostmortemReport;
import dev.incidentkit.templates.TemplateCatalogue;
import dev.incidentkit.templates.TemplateRenderer;
import dev.incidentkit.testkit.HostileText;
import dev.incidentkit.testkit.Injections;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the testkit's corpus of hostile text ({@link HostileText}, every category) through every text
 * field a command carries, on the in-memory desk; every message planned from what was accepted rendered in
 * its format by the templates and by the plain fallback; the timeline and the postmortem report; and every
 * accepted incident stored in the JDBC storage (H2, and PostgreSQL when {@code INCIDENTKIT_POSTGRES_URL} is
 * set) and in the JSON lines format, then read back. It counts what the issue counts: exceptions other than
 * clear rejections (0), live injections (0) and losses (0).
 */
class HostileCorpusTest {

    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    private static final IncidentProcess PROCESS = IncidentProcess.standard();
    private static final Responder ADA = Responder.of("ada", "Ada Lovelace");
    private static final Responder GRACE = Responder.of("grace", "Grace Hopper");
    private static final Responder LINUS = Responder.of("linus", "Linus Torvalds");
    private static final ResponderId REPORTER = ResponderId.of("reporter");
    private static final String BENIGN = "Plain words.";
    private static final TemplateCatalogue CATALOGUE = TemplateCatalogue.builtIn();
    private static final TemplateRenderer RENDERER = new TemplateRenderer(CATALOGUE, Locale.ENGLISH);
    private static final PlainTextRenderer FALLBACK = new PlainTextRenderer();

    /** Where in an incident's life a field is filled. */
    private enum Stage { NEW, REPORTED, TICKET, DECLINED, DECLARED, WITH_EXPERT, WITH_LEAD, OFFERED, RESOLVED, POSTMORTEM, IN_REVIEW, REVIEWED }

    /** One text field: where it is filled, and the command that carries the text, or why its value refused it. */
    private record Field(String name, Stage stage, String benign,
            BiFunction<CommandHeader, String, Either<String, IncidentCommand>> fill) {

        Field(String name, Stage stage, BiFunction<CommandHeader, String, Either<String, IncidentCommand>> fill) {
            this(name, stage, BENIGN, fill);
        }

        /** The same field, taking other harmless text (an id or a URL, where plain words are refused). */
        Field taking(String harmless) {
            return new Field(name, stage, harmless, fill);
        }
    }

    private static CommandHeader as(Responder who, CommandHeader h) {
        return CommandHeader.of(h.commandId(), h.incidentId(), who.id(), h.recordedAt());
    }

    private static Field field(String name, Stage stage, BiFunction<CommandHeader, String, IncidentCommand> fill) {
        return new Field(name, stage, (h, text) -> Either.right(fill.apply(h, text)));
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        fields.add(field("report summary", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                ReportSource.pagingAlert("HubDown", "hub"), t)));
        fields.add(field("alert name", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                ReportSource.pagingAlert(t, "hub"), "Hub down")));
        fields.add(field("alert tag", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                ReportSource.pagingAlert("HubDown", t), "Hub down")));
        fields.add(field("alert external id", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                new ReportSource.PagingAlert("HubDown", HashSet.of("hub"), Option.some(t)), "Hub down")));
        fields.add(field("ticket reference", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                ReportSource.supportTicket(t, REPORTER), "Hub down")));
        fields.add(field("chat channel", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                new ReportSource.ChatReport(t, REPORTER, Option.none()), "Hub down")));
        fields.add(field("chat message link", Stage.NEW, (h, t) -> TriageCommand.Report.of(h,
                new ReportSource.ChatReport("#support", REPORTER, Option.some(t)), "Hub down"))
                .taking("https://example.org/plain"));
        fields.add(new Field("incident id", Stage.NEW, (h, t) -> IncidentId.parse(t).map(id -> TriageCommand.Report
                .of(CommandHeader.of(h.commandId(), id, h.actor(), h.recordedAt()),
                        ReportSource.pagingAlert("HubDown", "hub"), "Hub down"))).taking("PLAIN-1"));
        fields.add(new Field("command id", Stage.NEW, (h, t) -> CommandId.parse(t).map(id -> TriageCommand.Report
                .of(CommandHeader.of(id, h.incidentId(), h.actor(), h.recordedAt()),
                        ReportSource.pagingAlert("HubDown", "hub"), "Hub down"))).taking("plain-1"));
        fields.add(field("title", Stage.REPORTED, (h, t) -> declare(h, t, "nobody can log in", "Hub", GRACE)));
        fields.add(field("impact summary", Stage.REPORTED, (h, t) -> declare(h, "Hub down", t, "Hub", GRACE)));
        fields.add(field("impacted service", Stage.REPORTED, (h, t) -> declare(h, "Hub down", "slow", t, GRACE)));
        fields.add(new Field("responder name", Stage.REPORTED, (h, t) -> Responder.parse("grace", t)
                .map(grace -> declare(h, "Hub down", "slow", "Hub", grace))));
        fields.add(new Field("responder id", Stage.REPORTED, (h, t) -> Responder.parse(t, "Grace")
                .map(grace -> declare(h, "Hub down", "slow", "Hub", grace))).taking("plain"));
        fields.add(field("decline reason", Stage.TICKET, (h, t) -> new TriageCommand.Decline(h, t,
                DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET))));
        fields.add(field("decline route reference", Stage.TICKET, (h, t) -> new TriageCommand.Decline(h,
                "not an incident", DeclineRoute.to(DeclineRoute.Destination.PRODUCT_BACKLOG, t))));
        fields.add(field("question", Stage.TICKET, (h, t) -> new TriageCommand.RequestInformation(h, t)));
        fields.add(field("reporter message", Stage.DECLINED, (h, t) -> new TriageCommand.InformReporter(h, t)));
        fields.add(field("severity reason", Stage.DECLARED, (h, t) -> new ResponseCommand.ChangeSeverity(h,
                PROCESS.severityScale().get("SEV1"), Option.some(t))));
        fields.add(field("stakeholder update", Stage.DECLARED, (h, t) -> CommunicationCommand.PostUpdate.progress(h,
                Audience.STAKEHOLDERS, t, T0.plus(Duration.ofHours(2)))));
        fields.add(field("public update", Stage.DECLARED, (h, t) -> CommunicationCommand.PostUpdate.progress(h,
                Audience.PUBLIC, t, T0.plus(Duration.ofHours(2)))));
        fields.add(new Field("ticket link", Stage.DECLARED, (h, t) -> Link.parse(LinkKind.TICKET, t)
                .map(link -> new CommunicationCommand.AddLink(h, link))).taking("https://example.org/plain"));
        fields.add(new Field("channel link", Stage.DECLARED, (h, t) -> Link.parse(LinkKind.INCIDENT_CHANNEL, t)
                .map(link -> new CommunicationCommand.AddLink(h, link))).taking("#inc-plain"));
        fields.add(new Field("paging incident link", Stage.DECLARED, (h, t) -> Link.parse(LinkKind.PAGING_INCIDENT, t)
                .map(link -> new CommunicationCommand.AddLink(h, link))).taking("https://example.org/plain"));
        fields.add(field("mitigation note", Stage.DECLARED, (h, t) -> new ResponseCommand.Mitigate(h, t,
                Option.none())));
        fields.add(field("verification", Stage.DECLARED, (h, t) -> new ResponseCommand.Resolve(h, t, Option.none())));
        fields.add(field("cancel reason", Stage.DECLARED, (h, t) -> new ResponseCommand.Cancel(h, t)));
        fields.add(field("action", Stage.DECLARED, (h, t) -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                t, Option.none())));
        fields.add(field("assign reason", Stage.DECLARED, (h, t) -> new TeamCommand.AssignRole(h,
                Role.SUBJECT_MATTER_EXPERT, LINUS, t)));
        fields.add(field("handoff note", Stage.DECLARED, (h, t) -> new TeamCommand.OfferHandoff(h,
                Role.INCIDENT_COMMANDER, GRACE.id(), LINUS, t)));
        fields.add(field("chat import channel", Stage.DECLARED, (h, t) -> new CommunicationCommand.ImportChat(h,
                new DataSource(t, T0, T0.plus(Duration.ofMinutes(30))), Vector.of(ChatMessage.inChannel(t, "m1",
                        REPORTER, T0.plusSeconds(60), "503s")))));
        fields.add(field("chat message text", Stage.DECLARED, (h, t) -> new CommunicationCommand.ImportChat(h,
                new DataSource("#inc", T0, T0.plus(Duration.ofMinutes(30))), Vector.of(ChatMessage.inChannel("#inc",
                        "m1", REPORTER, T0.plusSeconds(60), t)))));
        fields.add(field("chat message id", Stage.DECLARED, (h, t) -> new CommunicationCommand.ImportChat(h,
                new DataSource("#inc", T0, T0.plus(Duration.ofMinutes(30))), Vector.of(ChatMessage.inChannel("#inc", t,
                        REPORTER, T0.plusSeconds(60), "503s")))).taking("m9"));
        fields.add(field("release reason", Stage.WITH_EXPERT, (h, t) -> new TeamCommand.ReleaseRole(as(LINUS, h),
                Role.SUBJECT_MATTER_EXPERT, LINUS.id(), t)));
        fields.add(field("takeover reason", Stage.WITH_LEAD, (h, t) -> new TeamCommand.TakeOverRole(as(LINUS, h),
                Role.INCIDENT_COMMANDER,
                GRACE.id(), LINUS, t)));
        fields.add(field("handoff decline reason", Stage.OFFERED, (h, t) -> new TeamCommand.DeclineHandoff(as(LINUS, h),
                HandoffId.of(CommandId.of(h.incidentId().value() + "-offer")), t)));
        fields.add(field("handoff withdraw reason", Stage.OFFERED, (h, t) -> new TeamCommand.WithdrawHandoff(h,
                HandoffId.of(CommandId.of(h.incidentId().value() + "-offer")), t)));
        fields.add(field("reopen reason", Stage.RESOLVED, (h, t) -> new ResponseCommand.Reopen(h, t)));
        fields.add(field("resolution notice", Stage.RESOLVED, (h, t) -> CommunicationCommand.PostUpdate.resolution(h,
                Audience.STAKEHOLDERS, t)));
        fields.add(field("section", Stage.POSTMORTEM, (h, t) -> new PostmortemCommand.WriteSection(h,
                Section.ROOT_CAUSE, t)));
        fields.add(field("action item id", Stage.POSTMORTEM, (h, t) -> new PostmortemCommand.AddActionItem(h, t,
                "Alert on proxy memory", Option.none())).taking("AI-9"));
        fields.add(field("action item text", Stage.POSTMORTEM, (h, t) -> new PostmortemCommand.AddActionItem(h, "AI-1",
                t, Option.none())));
        fields.add(field("action item issue", Stage.POSTMORTEM, (h, t) -> new PostmortemCommand.AddActionItem(h, "AI-1",
                "Alert on proxy memory", Option.some(t))).taking("https://example.org/plain"));
        fields.add(field("review comment", Stage.IN_REVIEW, (h, t) -> new PostmortemCommand.ReviewPostmortem(as(ADA, h),
                t)));
        fields.add(field("publish location", Stage.REVIEWED, (h, t) -> new PostmortemCommand.PublishPostmortem(h, t))
                .taking("https://example.org/plain"));
        return fields;
    }

    @Test
    void every_hostile_string_in_every_field_is_refused_clearly_or_kept_exactly_and_never_made_live() {
        List<String> corpus = HostileText.corpus();
        List<Field> fields = fields();
        assertTrue(corpus.size() >= 200, "the corpus has " + corpus.size() + " strings");
        List<String> failures = new ArrayList<>();
        int commands = 0;
        int refused = 0;
        int accepted = 0;
        Stores stores = Stores.open();
        try {
            for (int f = 0; f < fields.size(); f++) {
                // one desk a field, so that what it planned is found without a scan of every other field's
                Field field = fields.get(f);
                InMemoryEventStore events = new InMemoryEventStore();
                InMemoryOutbox outbox = new InMemoryOutbox();
                IncidentDesk desk = new IncidentDesk(PROCESS, IncidentStorage.of(events, outbox),
                        Clock.fixed(T0.plus(Duration.ofMinutes(10)), ZoneOffset.UTC), 3);

                // a field whose harmless text is refused would test nothing
                Either<String, DeskOutcome> sane = play(desk, field, IncidentId.of("BENIGN-" + f), field.benign());
                assertTrue(sane.isRight() && sane.get() instanceof DeskOutcome.Accepted,
                        field.name() + " does not take harmless text: " + sane);

                // when: every string of the corpus in the field
                List<IncidentId> kept = new ArrayList<>();
                for (int s = 0; s < corpus.size(); s++) {
                    String text = corpus.get(s);
                    String where = field.name() + " with " + HostileText.describe(text);
                    commands++;
                    Either<String, DeskOutcome> outcome;
                    try {
                        outcome = play(desk, field, IncidentId.of("H-" + f + "-" + s), text);
                    } catch (RuntimeException | Error e) {
                        failures.add(where + ": threw " + e);
                        continue;
                    }
                    if (outcome.isLeft() || outcome.get() instanceof DeskOutcome.Rejected) {
                        refused++;
                        String why = outcome.isLeft() ? outcome.getLeft()
                                : ((DeskOutcome.Rejected) outcome.get()).rejection().message();
                        if (why.isBlank()) {
                            failures.add(where + ": refused without saying why");
                        }
                    } else if (outcome.get() instanceof DeskOutcome.Accepted a && !a.events().isEmpty()) {
                        accepted++;
                        IncidentId id = a.events().head().header().incidentId();
                        kept.add(id);
                        Seq<IncidentEvent> stored = events.read(id);
                        failures.addAll(checkKept(where, field, text, stored));
                        failures.addAll(checkShown(where, text, desk, id, stored, outbox));
                    } else {
                        failures.add(where + ": " + outcome.get());
                    }
                }

                // then: what was kept survives every store exactly
                failures.addAll(stores.check(kept, events, outbox));
            }
        } finally {
            stores.close();
        }

        System.out.printf("hostile corpus: %d strings x %d fields = %d commands, %d refused, %d accepted, stored in"
                + " %s%n", corpus.size(), fields.size(), commands, refused, accepted, stores.names());
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())),
                failures.size() + " failures of " + commands + " commands");
        assertTrue(refused > 0 && accepted > commands / 3, "refused " + refused + ", accepted " + accepted);
    }

    /** Plays a field's stage on a new incident, then the field's command with the text. */
    private static Either<String, DeskOutcome> play(IncidentDesk desk, Field field, IncidentId id, String text) {
        int[] step = {0};
        Function<Responder, CommandHeader> next = who -> CommandHeader.of(
                CommandId.of(id.value() + "-" + (++step[0])), id, who.id(), T0.plusSeconds(step[0]));
        for (IncidentCommand setup : stage(field.stage(), id, next)) {
            DeskOutcome outcome = desk.handle(setup);
            if (!(outcome instanceof DeskOutcome.Accepted)) {
                throw new IllegalStateException("the stage " + field.stage() + " broke at " + setup.commandId() + ": "
                        + outcome);
            }
        }
        return field.fill().apply(next.apply(GRACE), text).map(desk::handle);
    }

    private static List<IncidentCommand> stage(Stage stage, IncidentId id, Function<Responder, CommandHeader> next) {
        List<IncidentCommand> commands = new ArrayList<>();
        if (stage == Stage.NEW) {
            return commands;
        }
        if (stage == Stage.TICKET || stage == Stage.DECLINED) {
            commands.add(TriageCommand.Report.of(next.apply(ADA), ReportSource.supportTicket("T-1", REPORTER),
                    "Users cannot log in"));
            if (stage == Stage.DECLINED) {
                commands.add(new TriageCommand.Decline(next.apply(ADA), "a question about billing",
                        DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET)));
            }
            return commands;
        }
        commands.add(TriageCommand.Report.of(next.apply(ADA), ReportSource.pagingAlert("HubDown", "hub"),
                "Hub logins fail"));
        if (stage == Stage.REPORTED) {
            return commands;
        }
        commands.add(declare(next.apply(ADA), "Hub down", "nobody can log in", "Hub", GRACE));
        switch (stage) {
            case WITH_EXPERT -> commands.add(new TeamCommand.AssignRole(next.apply(GRACE),
                    Role.SUBJECT_MATTER_EXPERT, LINUS, "knows the proxy"));
            case WITH_LEAD -> commands.add(new TeamCommand.AssignRole(next.apply(GRACE), Role.TECHNOLOGY_LEAD,
                    LINUS, "leads the technical work"));
            case OFFERED -> {
                CommandHeader h = next.apply(GRACE);
                commands.add(new TeamCommand.OfferHandoff(CommandHeader.of(CommandId.of(id.value() + "-offer"),
                        id, h.actor(), h.recordedAt()), Role.INCIDENT_COMMANDER, GRACE.id(), LINUS, "going off shift"));
            }
            case RESOLVED, POSTMORTEM, IN_REVIEW, REVIEWED -> {
                commands.add(new ResponseCommand.Mitigate(next.apply(GRACE), "rolled back", Option.none()));
                commands.add(new ResponseCommand.Resolve(next.apply(GRACE), "logged in as a test user", Option.none()));
                if (stage != Stage.RESOLVED) {
                    commands.add(new PostmortemCommand.StartPostmortem(next.apply(GRACE), Option.none()));
                }
                if (stage == Stage.IN_REVIEW || stage == Stage.REVIEWED) {
                    for (Section section : Section.values()) {
                        commands.add(new PostmortemCommand.WriteSection(next.apply(GRACE), section, "Written."));
                    }
                    commands.add(new PostmortemCommand.RequestReview(next.apply(GRACE)));
                }
                if (stage == Stage.REVIEWED) {
                    commands.add(new PostmortemCommand.ReviewPostmortem(next.apply(ADA), "Reads well."));
                    commands.add(new PostmortemCommand.MarkReviewed(next.apply(GRACE)));
                }
            }
            default -> {
                // declared is where it stops
            }
        }
        return commands;
    }

    private static IncidentCommand declare(CommandHeader h, String title, String impact, String service,
            Responder secondary) {
        return new ResponseCommand.Declare(h, title, PROCESS.severityScale().get("SEV2"), Impact.of(impact, 40),
                service, Option.none(), OnCallRoster.of(OnCallRoster.Member.available(ADA),
                        OnCallRoster.Member.available(secondary), "hub", OnCallRoster.Member.available(LINUS)));
    }

    /** No loss: the text is in the stored events exactly as given (or, for chat, listed as not imported). */
    private static List<String> checkKept(String where, Field field, String text, Seq<IncidentEvent> stored) {
        List<String> failures = new ArrayList<>();
        if (stored.isEmpty()) {
            failures.add(where + ": accepted, but nothing is stored");
            return failures;
        }
        IncidentEvent last = stored.last();
        if (last instanceof CommunicationEvent.ChatImported chat && field.name().startsWith("chat message")
                && chat.imported().isEmpty()) {
            if (chat.notImported().isEmpty()) {
                failures.add(where + ": the message was neither imported nor listed as not imported");
            }
            return failures;
        }
        if (!stored.toString().contains(text)) {
            failures.add(where + ": accepted, but the stored events do not hold the text as given");
        }
        return failures;
    }

    /** No live injection: every message, the timeline and the report show the text as text. */
    private static List<String> checkShown(String where, String text, IncidentDesk desk, IncidentId id,
            Seq<IncidentEvent> stored, InMemoryOutbox outbox) {
        List<String> failures = new ArrayList<>();
        for (OutboxEntry entry : outbox.entries().filter(e -> e.intent().incident().equals(id))) {
            MessageIntent hostile = entry.intent();
            MessageIntent benign = benign(hostile, text);
            for (Function<MessageIntent, String> renderer : List.<Function<MessageIntent, String>>of(RENDERER::render,
                    FALLBACK::render)) {
                Injections.problems(hostile.format(), renderer.apply(benign), renderer.apply(hostile)).forEach(p ->
                        failures.add(where + ": " + hostile.templateKey() + " in " + hostile.format() + ": " + p));
            }
        }
        // where no message can be rendered twice, a raw copy of the text is what an injection looks like:
        // the same output with plain words in its place must have the same structure
        String timeline = Timeline.lines(desk.timeline(id), ZoneOffset.UTC).mkString("\n");
        Injections.problems(ChannelFormat.PLAIN_TEXT, plain(timeline, text), timeline).forEach(p -> failures.add(
                where + ": the timeline: " + p));
        IncidentState state = desk.state(id);
        if (state.postmortem().isDefined()) {
            for (ChannelFormat format : List.of(ChannelFormat.MARKDOWN, ChannelFormat.HTML)) {
                Option<String> report = PostmortemReport.render(CATALOGUE, format, Locale.ENGLISH,
                        state, stored, ZoneOffset.UTC);
                report.forEach(r -> Injections.problems(format, plain(r, text), r).forEach(p -> failures.add(where
                        + ": the postmortem report in " + format + ": " + p)));
            }
        }
        return failures;
    }

    private static String plain(String output, String text) {
        return text.isEmpty() ? output : output.replace(text, "plain");
    }

    /** The same message with plain words wherever the text was. */
    private static MessageIntent benign(MessageIntent intent, String text) {
        if (text.isEmpty()) {
            return intent;
        }
        return new MessageIntent(intent.idempotencyKey(), intent.incident(), intent.templateKey(), intent.target(),
                intent.format(), intent.model().mapValues(v -> v.replace(text, "plain")));
    }

    /** No loss in any store: H2, PostgreSQL when given, and the JSON lines format. */
    private static final class Stores {
        private final List<JdbcIncidentStorage> stores = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Option<com.zaxxer.hikari.HikariDataSource> postgres = Databases.pooledPostgres(2);
        private final String prefix = Databases.freshPrefix();

        static Stores open() {
            Stores opened = new Stores();
            opened.stores.add(JdbcIncidentStorage.on(Databases.h2()));
            opened.names.add("H2");
            opened.postgres.forEach(pg -> {
                opened.stores.add(JdbcIncidentStorage.on(pg, opened.prefix));
                opened.names.add("PostgreSQL");
            });
            opened.names.add("JSON lines");
            return opened;
        }

        String names() {
            return String.join(", ", names);
        }

        void close() {
            postgres.forEach(pg -> {
                Databases.drop(pg, prefix);
                pg.close();
            });
        }

        /** Writes each incident's events and messages to every store and reads them back. */
        List<String> check(List<IncidentId> ids, InMemoryEventStore events, InMemoryOutbox outbox) {
            List<String> failures = new ArrayList<>();
            EventJson json = EventJson.standard();
            Map<IncidentId, Seq<MessageIntent>> planned = new LinkedHashMap<>();
            for (OutboxEntry entry : outbox.entries()) {
                planned.merge(entry.intent().incident(), Vector.of(entry.intent()), Seq::appendAll);
            }
            for (IncidentId id : ids) {
                Seq<IncidentEvent> stream = events.read(id);
                for (IncidentEvent event : stream) {
                    Either<String, IncidentEvent> line = json.fromLine(json.toLine(event));
                    if (!line.equals(Either.right(event))) {
                        failures.add(id + ": the JSON line of event " + event.header().sequence() + " reads back as "
                                + line.fold(l -> l, r -> "another event"));
                    }
                }
                for (JdbcIncidentStorage store : stores) {
                    Either<?, Long> appended = store.append(id, 0, stream, planned.getOrDefault(id, Vector.empty()));
                    if (appended.isLeft()) {
                        failures.add(id + ": the JDBC store refused the stream: " + appended.getLeft());
                    } else if (!store.read(id).equals(stream)) {
                        failures.add(id + ": the JDBC store gives back other events");
                    }
                }
            }
            for (JdbcIncidentStorage store : stores) {
                Map<IncidentId, Seq<MessageIntent>> back = new LinkedHashMap<>();
                for (OutboxEntry entry : store.entries()) {
                    back.merge(entry.intent().incident(), Vector.of(entry.intent()), Seq::appendAll);
                }
                for (IncidentId id : ids) {
                    if (!HashSet.ofAll(back.getOrDefault(id, Vector.empty()))
                            .equals(HashSet.ofAll(planned.getOrDefault(id, Vector.empty())))) {
                        failures.add(id + ": the JDBC outbox gives back other messages");
                    }
                }
            }
            return failures;
        }
    }
}
