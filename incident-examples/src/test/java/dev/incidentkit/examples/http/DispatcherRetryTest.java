package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.Target;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The desk's dispatcher retrying an HTTP notifier, with the wait the target asked for. */
class DispatcherRetryTest {

    private final Fixtures.MutableClock clock = new Fixtures.MutableClock();
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private LocalApis apis;
    private Dispatcher dispatcher;

    @BeforeEach
    void start() {
        apis = LocalApis.start();
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), store, outbox, clock, 5);
        dispatcher = new Dispatcher(desk, store, outbox, new PlainTextRenderer(),
                new ChatWebhookNotifier(apis.chatWebhook(), Fixtures.settings(clock)), clock, Duration.ofSeconds(5), 5);
    }

    @AfterEach
    void stop() {
        apis.close();
    }

    @Test
    void should_retry_after_the_wait_the_target_asked_for_with_the_same_idempotency_key() {
        // given: one message in the outbox, and a chat that is rate limited for the next request
        outbox.enqueue(IncidentId.of("INC-7"), 0, List.of(Fixtures.message("INC-7/e-1/incident_channel",
                "status-update", new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-7"), "").intent()));
        apis.failNext(1, 429, "30");

        // when: the first run meets the 429
        int first = dispatcher.dispatch();

        // then: the message waits the 30 seconds asked for
        OutboxEntry waiting = outbox.entries().single();
        assertEquals(1, first);
        assertEquals(OutboxEntry.Status.PENDING, waiting.status());
        assertEquals(Fixtures.T0.plusSeconds(30), waiting.nextAttemptAt());
        assertTrue(waiting.lastError().exists(e -> e.contains("HTTP 429")), waiting.lastError().toString());

        // when: a run before the wait is over
        clock.advance(Duration.ofSeconds(29));
        int early = dispatcher.dispatch();

        // then: nothing is sent
        assertEquals(0, early);
        assertEquals(1, apis.requests().size());

        // when: a run once the wait is over
        clock.advance(Duration.ofSeconds(1));
        int late = dispatcher.dispatch();

        // then: delivered, with the same key both times, and shown once
        assertEquals(1, late);
        assertEquals(OutboxEntry.Status.DELIVERED, outbox.entries().single().status());
        assertEquals(List.of(429, 200), apis.requests().map(LocalApis.Request::status).toList());
        assertEquals(List.of("INC-7/e-1/incident_channel", "INC-7/e-1/incident_channel"),
                apis.requests().flatMap(LocalApis.Request::idempotencyKey).toList());
        assertEquals(List.of("INC-7/e-1/incident_channel"), apis.shownKeys().toList());
    }

    @Test
    void should_keep_a_message_the_target_refuses_for_good_as_a_dead_letter() {
        // given
        outbox.enqueue(IncidentId.of("INC-7"), 0, List.of(Fixtures.message("INC-7/e-2/incident_channel",
                "status-update", new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-7"), "").intent()));
        apis.failNext(1, 404, Option.none(), "channel_not_found");

        // when
        dispatcher.dispatch();
        clock.advance(Duration.ofHours(2));
        int later = dispatcher.dispatch();

        // then
        OutboxEntry dead = outbox.entries().single();
        assertEquals(OutboxEntry.Status.DEAD, dead.status());
        assertTrue(dead.lastError().exists(e -> e.contains("HTTP 404") && e.contains("channel_not_found")),
                dead.lastError().toString());
        assertEquals(0, later, "a dead letter is not tried again");
        assertEquals(1, apis.requests().size());
    }
}
