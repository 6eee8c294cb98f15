package dev.incidentkit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.SeverityScale;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The desk and its dispatcher with in-memory ports: concurrency, and every message delivered or kept. */
class DeskTest {

    private static final IncidentId INC = IncidentId.of("INC-1");
    private static final ResponderId ADA = ResponderId.of("ada");
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    private final MovingClock clock = new MovingClock(T0);
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), store, outbox, clock, 50);
    private final IdSource ids = IdSource.sequential("cmd");

    private CommandHeader now(ResponderId actor) {
        return CommandHeader.of(ids.next(), INC, actor, clock.instant());
    }

    /** Reported from a support ticket, declared by ada, a channel linked, and an update to the stakeholders. */
    private void declared() {
        for (IncidentCommand c : List.<IncidentCommand>of(
                TriageCommand.Report.of(now(ADA), ReportSource.supportTicket("FD-1", ResponderId.of("rep")), "down"),
                ResponseCommand.Declare.of(now(ADA), "Hub down", SeverityScale.standard().get("SEV2"),
                        dev.incidentkit.incident.Impact.of("all"), "hub"),
                new CommunicationCommand.AddLink(now(ADA), Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-1")),
                CommunicationCommand.PostUpdate.progress(now(ADA), Audience.STAKEHOLDERS, "Working on it",
                        T0.plus(Duration.ofHours(3))))) {
            assertInstanceOf(DeskOutcome.Accepted.class, desk.handle(c), c.verb());
        }
    }

    private Dispatcher dispatcher(Notifier notifier, int maxAttempts) {
        return new Dispatcher(desk, store, outbox, new PlainTextRenderer(), notifier, clock, Duration.ofSeconds(30),
                maxAttempts);
    }

    @Test
    void should_store_accepted_commands_refuse_broken_rules_and_answer_queries() {
        declared();

        DeskOutcome refused = desk.handle(new ResponseCommand.Close(now(ADA)));

        assertEquals(RejectionCode.WRONG_STATUS, ((DeskOutcome.Rejected) refused).rejection().code());
        assertEquals(List.of("Reported", "Declared", "RoleAssigned", "RoleAssigned", "TicketAssigned", "LinkAdded",
                "OfficiallyStarted", "UpdatePosted"), store.read(INC).map(e -> e.getClass().getSimpleName()).toList(),
                "the refused close stored nothing");
        assertEquals(desk.state(INC), IncidentDecider.standard().replay(INC, store.read(INC)));
        assertTrue(desk.timeline(INC).size() >= 6);
        assertTrue(desk.obligations(INC).exists(o -> o.kind() == dev.incidentkit.obligation.ObligationKind.STATUS_UPDATE));
        assertEquals(1, desk.metrics().incidents());
    }

    @Test
    void should_plan_messages_from_stored_events_and_deliver_them_once() {
        declared();
        RecordingNotifier notifier = new RecordingNotifier();

        dispatcher(notifier, 5).dispatch();
        dispatcher(notifier, 5).dispatch();

        Seq<String> templates = notifier.received().map(m -> m.intent().templateKey());
        // the first word to the stakeholders is the first response (000, 001)
        assertEquals(List.of("ticket-assignment", "channel-kickoff", "first-response"), templates);
        assertTrue(outbox.entries().forAll(e -> e.status() == OutboxEntry.Status.DELIVERED));
        assertEquals("FD-1", notifier.received().last().intent().target().address());
    }

    @Test
    void should_lose_nothing_when_the_process_dies_between_storing_and_planning() {
        // given: events stored straight into the store, as if the desk died before planning them
        IncidentDecider decider = IncidentDecider.standard();
        Seq<IncidentEvent> events = decider.decide(TriageCommand.Report.of(now(ADA),
                ReportSource.supportTicket("FD-2", ResponderId.of("rep")), "down"),
                dev.incidentkit.incident.IncidentState.empty(INC)).get();
        store.append(INC, 0, events);
        declared2(decider);
        RecordingNotifier notifier = new RecordingNotifier();

        // when
        dispatcher(notifier, 5).dispatch();

        // then
        assertEquals(List.of("status-update"), notifier.received().map(m -> m.intent().templateKey()));
    }

    @Test
    void should_plan_events_stored_before_the_cursor_first_and_in_order() {
        // given: a report stored straight into the store, never planned
        IncidentDecider decider = IncidentDecider.standard();
        store.append(INC, 0, decider.decide(TriageCommand.Report.of(now(ADA),
                ReportSource.supportTicket("FD-3", ResponderId.of("rep")), "down"),
                dev.incidentkit.incident.IncidentState.empty(INC)).get());
        declared2(decider);

        // when: the desk stores a command while the cursor is behind
        desk.handle(CommunicationCommand.PostUpdate.progress(now(ADA), Audience.STAKEHOLDERS, "Still looking",
                T0.plusSeconds(7200)));

        // then: both updates are queued, the older first, and the cursor is at the stream's end
        assertEquals(List.of("Looking", "Still looking"), outbox.entries().map(e -> e.intent().model().get("text").get()));
        assertEquals(store.read(INC).size(), outbox.cursor(INC));
    }

    @Test
    void should_keep_the_stored_events_when_the_outbox_fails_and_plan_them_later() {
        // given: an outbox that is down while the command is handled
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        InMemoryOutbox healthy = new InMemoryOutbox();
        dev.incidentkit.notify.Outbox flaky = new dev.incidentkit.notify.Outbox() {
            @Override
            public long cursor(IncidentId incident) {
                return healthy.cursor(incident);
            }

            @Override
            public void enqueue(IncidentId incident, long plannedUpTo, Seq<dev.incidentkit.notify.MessageIntent> m) {
                if (down.get()) {
                    throw new IllegalStateException("outbox down");
                }
                healthy.enqueue(incident, plannedUpTo, m);
            }

            @Override
            public Seq<OutboxEntry> due(Instant at) {
                return healthy.due(at);
            }

            @Override
            public void update(OutboxEntry entry) {
                healthy.update(entry);
            }

            @Override
            public Seq<OutboxEntry> entries() {
                return healthy.entries();
            }
        };
        IncidentDesk flakyDesk = new IncidentDesk(IncidentProcess.standard(), store, flaky, clock, 5);

        // when
        DeskOutcome outcome = flakyDesk.handle(TriageCommand.Report.of(now(ADA),
                ReportSource.supportTicket("FD-4", ResponderId.of("rep")), "down"));
        DeskOutcome update = flakyDesk.handle(CommunicationCommand.PostUpdate.progress(now(ADA), Audience.STAKEHOLDERS,
                "Looking", T0.plusSeconds(3600)));
        down.set(false);
        flakyDesk.plan(INC);

        // then
        assertInstanceOf(DeskOutcome.Accepted.class, outcome);
        assertInstanceOf(DeskOutcome.Accepted.class, update);
        assertEquals(2, store.read(INC).size());
        assertEquals(List.of("Looking"), healthy.entries().map(e -> e.intent().model().get("text").get()));
        assertEquals(2, healthy.cursor(INC));
    }

    private void declared2(IncidentDecider decider) {
        Seq<IncidentEvent> stream = store.read(INC);
        dev.incidentkit.incident.IncidentState state = decider.replay(INC, stream);
        for (IncidentCommand c : List.<IncidentCommand>of(
                new CommunicationCommand.AddLink(now(ADA), Link.of(LinkKind.TICKET, "FD-2")),
                CommunicationCommand.PostUpdate.progress(now(ADA), Audience.STAKEHOLDERS, "Looking", T0.plusSeconds(3600)))) {
            Seq<IncidentEvent> more = decider.decide(c, state).get();
            store.append(INC, state.version(), more);
            state = more.foldLeft(state, decider::evolve);
        }
    }

    @Test
    void should_retry_with_backoff_and_deliver_with_the_same_key() {
        declared();
        Vector<String> attempts = Vector.empty();
        AtomicReference<Vector<String>> seen = new AtomicReference<>(attempts);
        AtomicInteger failures = new AtomicInteger(2);
        Notifier flaky = message -> {
            seen.updateAndGet(v -> v.append(message.intent().idempotencyKey()));
            return message.intent().templateKey().equals("first-response") && failures.getAndDecrement() > 0
                    ? Delivery.retryable("HTTP 503") : Delivery.delivered();
        };
        Dispatcher dispatcher = dispatcher(flaky, 5);

        dispatcher.dispatch();
        assertEquals(0, dispatcher.dispatch(), "nothing is due again before the backoff passes");
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatch();
        clock.advance(Duration.ofSeconds(60));
        dispatcher.dispatch();

        Seq<String> statusKeys = seen.get().filter(k -> k.equals(outbox.entries()
                .find(e -> e.intent().templateKey().equals("first-response")).get().intent().idempotencyKey()));
        assertEquals(3, statusKeys.size(), "tried three times, each time with the same key");
        assertTrue(outbox.entries().forAll(e -> e.status() == OutboxEntry.Status.DELIVERED));
    }

    @Test
    void should_keep_a_message_that_fails_for_good_or_too_often_as_a_dead_letter() {
        declared();
        Notifier broken = message -> message.intent().templateKey().equals("first-response")
                ? Delivery.permanent("HTTP 404: no such ticket") : Delivery.retryable("timed out");
        Dispatcher dispatcher = dispatcher(broken, 3);

        for (int i = 0; i < 5; i++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofMinutes(10));
        }

        assertEquals(3, outbox.entries().size());
        assertTrue(outbox.entries().forAll(e -> e.status() == OutboxEntry.Status.DEAD), outbox.entries().toString());
        OutboxEntry timedOut = outbox.entries().find(e -> e.intent().templateKey().equals("channel-kickoff")).get();
        assertEquals(3, timedOut.attempts());
        assertEquals(io.vavr.control.Option.some("timed out"), timedOut.lastError());
    }

    @Test
    void should_treat_a_notifier_that_throws_as_a_retryable_failure() {
        declared();
        AtomicInteger calls = new AtomicInteger();
        Notifier throwsOnce = message -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("connection reset");
            }
            return Delivery.delivered();
        };
        Dispatcher dispatcher = dispatcher(throwsOnce, 5);

        dispatcher.dispatch();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatch();

        assertTrue(outbox.entries().forAll(e -> e.status() == OutboxEntry.Status.DELIVERED));
    }

    @Test
    void should_keep_a_valid_history_when_many_threads_act_on_one_incident() throws Exception {
        declared();
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.List<Future<Seq<DeskOutcome>>> results = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    Vector<DeskOutcome> outcomes = Vector.empty();
                    for (int i = 0; i < perThread; i++) {
                        outcomes = outcomes.append(desk.handle(new CommunicationCommand.AddLink(CommandHeader.of(
                                CommandId.of("t" + thread + "-" + i), INC, ADA, T0),
                                Link.of(LinkKind.TICKET, "BUG-" + thread + "-" + i))));
                    }
                    return outcomes;
                }));
            }
            go.countDown();
            for (Future<Seq<DeskOutcome>> result : results) {
                assertTrue(result.get(60, TimeUnit.SECONDS).forAll(DeskOutcome.Accepted.class::isInstance));
            }
        } finally {
            pool.shutdownNow();
        }

        Seq<IncidentEvent> stream = store.read(INC);
        Seq<String> commandIds = stream.map(e -> e.header().commandId().value()).filter(id -> id.startsWith("t"));
        assertEquals(threads * perThread, commandIds.size());
        assertEquals(threads * perThread, commandIds.distinct().size(), "every accepted command exactly once");
        assertEquals(desk.state(INC), IncidentDecider.standard().replay(INC, stream), "the state equals the fold");
    }

    @Test
    void should_keep_the_messages_of_two_incidents_apart_even_with_the_same_command_ids() {
        declared();
        IncidentId other = IncidentId.of("INC-2");
        IdSource again = IdSource.sequential("cmd");
        for (IncidentCommand c : List.<IncidentCommand>of(
                TriageCommand.Report.of(CommandHeader.of(again.next(), other, ADA, T0),
                        ReportSource.supportTicket("FD-9", ResponderId.of("rep")), "down"),
                ResponseCommand.Declare.of(CommandHeader.of(again.next(), other, ADA, T0), "Other",
                        SeverityScale.standard().get("SEV3"), dev.incidentkit.incident.Impact.of("some"), "hub"))) {
            desk.handle(c);
        }
        RecordingNotifier notifier = new RecordingNotifier();

        dispatcher(notifier, 5).dispatch();

        assertEquals(List.of("FD-1", "FD-9").toSet(), notifier.received()
                .filter(m -> m.intent().templateKey().equals("ticket-assignment"))
                .map(m -> m.intent().target().address()).toSet());
    }

    @Test
    void should_not_let_a_huge_retry_after_block_the_outbox() {
        declared();
        Notifier busy = message -> new Delivery.FailedRetryable("HTTP 429", io.vavr.control.Option.some(
                Duration.ofSeconds(Long.MAX_VALUE)));
        Dispatcher dispatcher = dispatcher(busy, 5);

        dispatcher.dispatch();
        clock.advance(Duration.ofDays(2));

        assertEquals(3, dispatcher.dispatch(), "after a day at most, the messages are tried again");
    }

    @Test
    void should_send_the_plain_fallback_when_the_renderer_fails() {
        declared();
        RecordingNotifier notifier = new RecordingNotifier();
        Dispatcher dispatcher = new Dispatcher(desk, store, outbox, intent -> {
            throw new IllegalStateException("template missing");
        }, notifier, clock, Duration.ofSeconds(30), 5);

        dispatcher.dispatch();

        assertEquals(3, notifier.received().size());
        assertTrue(notifier.received().head().text().startsWith("[ticket-assignment] incident INC-1"),
                notifier.received().head().text());
    }

    @Test
    void should_escape_the_fallback_text_for_each_format() {
        assertEquals("&lt;!channel&gt; &amp; co", dev.incidentkit.notify.SafeText.escape("<!channel> & co",
                dev.incidentkit.notify.ChannelFormat.SLACK_MRKDWN));
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", dev.incidentkit.notify.SafeText.escape(
                "<script>alert('x')</script>", dev.incidentkit.notify.ChannelFormat.HTML));
        assertEquals("\\[click\\](https://evil.example)", dev.incidentkit.notify.SafeText.escape(
                "[click](https://evil.example)", dev.incidentkit.notify.ChannelFormat.MARKDOWN));
    }
}
