package dev.incidentkit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.EventId;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.Target;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What adversarial tests broke (issue 17), each pinned: ids that were markup or mentions, idempotency keys
 * that two incidents shared, an {@link Error} from a notifier that stopped the queue, and invisible
 * characters outside the basic plane.
 */
class AdversarialDefectsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @Test
    void should_refuse_incident_ids_that_would_be_markup_mentions_paths_or_keys() {
        for (String hostile : List.of("<!channel>", "@everyone", "<script>", "ops/7", "a:b", "*bold*", "[x](y)",
                "-leading", ".hidden", "../etc", "a%2Fb", "INC\u202E7", "INC\uDB40\uDC417")) {
            assertTrue(IncidentId.parse(hostile).isLeft(), hostile);
        }
        for (String fine : List.of("INC-42", "HUB-2026-11-23", "PD.Q7XK2", "inc_7", "Störung-3", "事故-9")) {
            assertTrue(IncidentId.parse(fine).isRight(), fine);
        }
    }

    @Test
    void should_escape_the_incident_id_and_names_in_the_fallback_text() {
        // given: an id with characters Markdown reads as emphasis, and hostile facts
        MessageIntent intent = new MessageIntent("k", IncidentId.of("INC_7_"), "status-update",
                new Target(Target.Kind.TICKET, "OPS-1"), ChannelFormat.MARKDOWN,
                LinkedHashMap.of("title", "[click](https://evil.example) @everyone"));

        // when
        String text = new PlainTextRenderer().render(intent);

        // then
        // an underscore between letters or digits cannot open emphasis; the trailing one could close it
        assertTrue(text.contains("INC_7\\_"), text);
        assertTrue(!text.contains("[click]") && !text.contains("@everyone"), text);
    }

    @Test
    void should_give_different_messages_different_keys_whatever_their_ids_hold() {
        // ids made of the separators and digits, so that any join without lengths would collide
        Gen<String> incidents = Generate.pick(java.util.List.of("ops", "ops-7", "7", "o.p", "a_b", "ops7"));
        Gen<String> events = Generate.pick(java.util.List.of("/", ":", "1", "7", "#", "0", "/7", "7/"))
                .zip(Generate.pick(java.util.List.of("", "/", ":", "1:", "/x", "#0")), (a, b) -> a + b);
        Gen<Target.Kind> kinds = Generate.enumValues(Target.Kind.class);
        Map<String, String> seen = new HashMap<>();
        qt().withExamples(2_000).forAll(incidents, events, kinds).checkAssert((incident, event, kind) -> {
            String key = Notifications.idempotencyKey(IncidentId.of(incident), EventId.of(event), kind);
            String triple = incident + "|" + event + "|" + kind;
            String earlier = seen.putIfAbsent(key, triple);
            assertTrue(earlier == null || earlier.equals(triple), key + " is the key of " + earlier + " and " + triple);
        });
        assertEquals("5:ops-7/6:c1/2#0/ticket", Notifications.idempotencyKey(IncidentId.of("ops-7"),
                EventId.of("c1/2#0"), Target.Kind.TICKET));
    }

    @Test
    void should_count_an_error_from_the_notifier_as_a_failed_attempt_and_go_on() {
        // given: the first message's notifier throws an AssertionError, the second's delivers
        InMemoryOutbox outbox = new InMemoryOutbox();
        outbox.enqueue(IncidentId.of("INC-1"), 0, List.of(intent("first"), intent("second")));
        Dispatcher dispatcher = dispatcher(outbox, message -> {
            if (message.intent().idempotencyKey().equals("first")) {
                throw new AssertionError("a bug in the notifier");
            }
            return Delivery.delivered();
        });

        // when
        dispatcher.dispatch();

        // then
        OutboxEntry first = entry(outbox, "first");
        assertEquals(OutboxEntry.Status.PENDING, first.status());
        assertEquals(1, first.attempts());
        assertTrue(first.lastError().get().contains("a bug in the notifier"), first.lastError().get());
        assertEquals(OutboxEntry.Status.DELIVERED, entry(outbox, "second").status());
    }

    @Test
    void should_record_the_attempt_before_letting_a_failing_jvm_error_through() {
        // given
        InMemoryOutbox outbox = new InMemoryOutbox();
        outbox.enqueue(IncidentId.of("INC-1"), 0, List.of(intent("first")));
        Dispatcher dispatcher = dispatcher(outbox, message -> {
            throw new OutOfMemoryError("simulated");
        });

        // when
        assertThrows(OutOfMemoryError.class, dispatcher::dispatch);

        // then
        assertEquals(1, entry(outbox, "first").attempts());
    }

    @Test
    void should_refuse_invisible_characters_outside_the_basic_plane_in_labels_and_ids() {
        String tag = new String(Character.toChars(0xE0041)); // TAG LATIN CAPITAL LETTER A, a format character
        assertTrue(TextRules.labelProblem("the title", "Hub down" + tag).isDefined());
        assertTrue(TextRules.identifierProblem("a command id", "c1" + tag, 128).isDefined());
        assertTrue(IncidentId.parse("INC" + tag).isLeft());
        assertThrows(IllegalArgumentException.class, () -> CommandId.of("c" + tag));
        assertTrue(TextRules.labelProblem("the title", "Hub down \uD83D\uDD25").isEmpty(), "an emoji is fine");
    }

    @Test
    void should_name_a_cursor_past_the_stream_instead_of_silently_planning_nothing() {
        // given: an incident with one event whose outbox cursor claims 99
        InMemoryEventStore store = new InMemoryEventStore();
        InMemoryOutbox outbox = new InMemoryOutbox();
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), store, outbox, CLOCK, 5);
        IncidentId id = IncidentId.of("INC-1");
        desk.handle(dev.incidentkit.incident.triage.TriageCommand.Report.of(dev.incidentkit.incident.CommandHeader.of(
                CommandId.of("c1"), id, dev.incidentkit.role.ResponderId.of("ada"), T0),
                dev.incidentkit.report.ReportSource.pagingAlert("HubDown", "hub"), "503s"));
        outbox.enqueue(id, 99, List.empty());

        // when
        IllegalStateException corrupt = assertThrows(IllegalStateException.class, () -> desk.plan(id));

        // then: the sentence names the incident and both numbers; the dispatcher reports it and goes on
        assertTrue(corrupt.getMessage().contains("INC-1") && corrupt.getMessage().contains("99"), corrupt.getMessage());
        new Dispatcher(desk, store, outbox, new PlainTextRenderer(), message -> Delivery.delivered(), CLOCK,
                Duration.ofSeconds(30), 5).dispatch();
    }

    private static MessageIntent intent(String key) {
        return new MessageIntent(key, IncidentId.of("INC-1"), "status-update", new Target(Target.Kind.TICKET, "OPS-1"),
                ChannelFormat.MARKDOWN, LinkedHashMap.of("title", "Hub down"));
    }

    private static Dispatcher dispatcher(InMemoryOutbox outbox, dev.incidentkit.notify.Notifier notifier) {
        InMemoryEventStore store = new InMemoryEventStore();
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), store, outbox, CLOCK, 5);
        return new Dispatcher(desk, store, outbox, new PlainTextRenderer(), notifier, CLOCK, Duration.ofSeconds(30), 5);
    }

    private static OutboxEntry entry(InMemoryOutbox outbox, String key) {
        return outbox.entries().find(e -> e.intent().idempotencyKey().equals(key)).get();
    }
}
