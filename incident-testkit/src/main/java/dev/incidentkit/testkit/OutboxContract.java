package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Outbox;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.Target;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link Outbox} that "a message is never lost nor queued twice" rests on, as a JUnit
 * Jupiter suite: extend it and return a new, empty outbox from {@link #newOutbox()}.
 *
 * <p>It checks: messages and cursor are stored together; a message whose key is already held is ignored;
 * a cursor never moves back; only pending messages whose time has come are due, oldest first; outcomes
 * are recorded; nothing is ever removed.
 *
 * @since 0.1.0
 */
public abstract class OutboxContract {

    private static final IncidentId INC = IncidentId.of("INC-1");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Creates the suite; subclasses supply the outbox. */
    protected OutboxContract() {}

    /**
     * A new, empty outbox for one test.
     *
     * @return the outbox under test
     */
    protected abstract Outbox newOutbox();

    private static MessageIntent message(String key) {
        return new MessageIntent(key, INC, "status-update", new Target(Target.Kind.TICKET, "FD-1"),
                ChannelFormat.MARKDOWN, LinkedHashMap.of("text", "hello"));
    }

    @Test
    void should_store_messages_with_the_cursor() {
        Outbox outbox = newOutbox();

        outbox.enqueue(INC, 3, List.of(message("a"), message("b")));

        assertEquals(3, outbox.cursor(INC));
        assertEquals(0, outbox.cursor(IncidentId.of("INC-2")));
        assertEquals(List.of("a", "b"), outbox.entries().map(e -> e.intent().idempotencyKey()).toList());
        assertTrue(outbox.entries().forAll(e -> e.status() == OutboxEntry.Status.PENDING && e.attempts() == 0));
    }

    @Test
    void should_ignore_a_message_already_held_and_never_move_a_cursor_back() {
        Outbox outbox = newOutbox();
        outbox.enqueue(INC, 5, List.of(message("a")));

        outbox.enqueue(INC, 3, List.of(message("a"), message("c")));

        assertEquals(5, outbox.cursor(INC), "a planner that read an older stream does not move the cursor back");
        assertEquals(List.of("a", "c"), outbox.entries().map(e -> e.intent().idempotencyKey()).toList());
    }

    @Test
    void should_offer_only_pending_messages_whose_time_has_come_and_keep_every_outcome() {
        Outbox outbox = newOutbox();
        outbox.enqueue(INC, 1, List.of(message("a"), message("b"), message("c")));
        java.util.List<OutboxEntry> all = outbox.entries().toJavaList();
        outbox.update(new OutboxEntry(all.get(0).intent(), OutboxEntry.Status.DELIVERED, 1, T0, Option.none()));
        outbox.update(new OutboxEntry(all.get(1).intent(), OutboxEntry.Status.PENDING, 1, T0.plusSeconds(60),
                Option.some("HTTP 503")));
        outbox.update(new OutboxEntry(all.get(2).intent(), OutboxEntry.Status.DEAD, 8, T0, Option.some("HTTP 404")));

        assertTrue(outbox.due(T0).isEmpty());
        assertEquals(List.of("b"), outbox.due(T0.plusSeconds(60)).map(e -> e.intent().idempotencyKey()).toList());
        assertEquals(3, outbox.entries().size(), "delivered and dead messages stay visible");
        assertEquals(Option.some("HTTP 404"), outbox.entries().last().lastError());
    }
}
