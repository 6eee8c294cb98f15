package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class RoutingNotifierTest {

    private static RenderedMessage to(Target.Kind kind, String address) {
        return Fixtures.message("k-" + kind, "status-update", new Target(kind, address), "text");
    }

    @Test
    void should_hand_each_message_to_the_notifier_for_its_kind_of_target() {
        // given
        RecordingNotifier chat = new RecordingNotifier();
        RecordingNotifier tickets = new RecordingNotifier();
        RoutingNotifier routing = RoutingNotifier.empty()
                .route(Target.Kind.INCIDENT_CHANNEL, chat)
                .route(Target.Kind.TICKET, tickets);

        // when
        Delivery toChannel = routing.deliver(to(Target.Kind.INCIDENT_CHANNEL, "#inc-1"));
        Delivery toTicket = routing.deliver(to(Target.Kind.TICKET, "INC-1"));

        // then
        assertInstanceOf(Delivery.Delivered.class, toChannel);
        assertInstanceOf(Delivery.Delivered.class, toTicket);
        assertEquals(List.of("#inc-1"), chat.received().map(m -> m.intent().target().address()).toList());
        assertEquals(List.of("INC-1"), tickets.received().map(m -> m.intent().target().address()).toList());
    }

    @Test
    void should_fail_for_good_when_no_notifier_is_routed_for_the_kind() {
        // given
        RoutingNotifier routing = RoutingNotifier.of(HashMap.of(Target.Kind.TICKET, new RecordingNotifier()));

        // when
        Delivery outcome = routing.deliver(to(Target.Kind.STATUS_PAGE, "status-1"));

        // then
        String reason = assertInstanceOf(Delivery.FailedPermanently.class, outcome).reason();
        assertTrue(reason.startsWith("no notifier for status page"), reason);
    }

    @Test
    void should_pass_on_what_the_routed_notifier_says_and_never_say_nothing() {
        // given
        RoutingNotifier routing = RoutingNotifier.empty()
                .route(Target.Kind.PAGING_INCIDENT, message -> Delivery.retryable("busy"))
                .route(Target.Kind.EMAIL, message -> null);

        // when
        Delivery busy = routing.deliver(to(Target.Kind.PAGING_INCIDENT, "P1"));
        Delivery silent = routing.deliver(to(Target.Kind.EMAIL, "a@example.com"));

        // then
        assertEquals("busy", assertInstanceOf(Delivery.FailedRetryable.class, busy).reason());
        assertInstanceOf(Delivery.FailedRetryable.class, silent);
    }

    @Test
    void should_leave_the_original_unchanged_when_a_route_is_added() {
        // given
        RoutingNotifier empty = RoutingNotifier.empty();

        // when
        RoutingNotifier one = empty.route(Target.Kind.TICKET, new RecordingNotifier());

        // then
        assertTrue(empty.routes().isEmpty());
        assertEquals(1, one.routes().size());
    }
}
