package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How every notifier of the package classifies what went wrong, shown on the chat webhook. */
class HttpFailuresTest {

    private static final Clock CLOCK = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

    private LocalApis apis;
    private ChatWebhookNotifier notifier;

    @BeforeEach
    void start() {
        apis = LocalApis.start();
        notifier = new ChatWebhookNotifier(apis.chatWebhook(), Fixtures.settings(CLOCK));
    }

    @AfterEach
    void stop() {
        apis.close();
    }

    private static RenderedMessage message() {
        return Fixtures.message("k-1", "status-update", new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-1"), "hello");
    }

    @Test
    void should_fail_for_good_on_400_with_a_short_single_line_excerpt_of_the_body() {
        // given
        apis.failNext(1, 400, Option.none(), "{\"error\":\n\t\"invalid_payload\",\r\n\"detail\":\"" + "z".repeat(5000)
                + "\"}");

        // when
        Delivery outcome = notifier.deliver(message());

        // then
        String reason = assertInstanceOf(Delivery.FailedPermanently.class, outcome).reason();
        assertTrue(reason.contains("HTTP 400"), reason);
        assertTrue(reason.contains("{\"error\": \"invalid_payload\", \"detail\""), reason);
        assertFalse(reason.contains("\n") || reason.contains("\r") || reason.contains("\t"), reason);
        assertTrue(reason.length() < 300, "short: " + reason.length());
    }

    @Test
    void should_fail_for_good_on_other_client_errors() {
        for (int status : List.of(401, 403, 404, 410, 413, 422)) {
            // given
            apis.failNext(1, status);

            // when
            Delivery outcome = notifier.deliver(message());

            // then
            String reason = assertInstanceOf(Delivery.FailedPermanently.class, outcome, "status " + status).reason();
            assertTrue(reason.contains("HTTP " + status), reason);
        }
    }

    @Test
    void should_retry_on_server_errors_and_on_408_and_425() {
        for (int status : List.of(500, 502, 503, 504, 408, 425)) {
            // given
            apis.failNext(1, status);

            // when
            Delivery outcome = notifier.deliver(message());

            // then
            Delivery.FailedRetryable failure = assertInstanceOf(Delivery.FailedRetryable.class, outcome,
                    "status " + status);
            assertTrue(failure.reason().contains("HTTP " + status), failure.reason());
            assertEquals(Option.none(), failure.retryAfter());
        }
    }

    @Test
    void should_retry_after_the_wait_the_target_asked_for() {
        // given
        apis.failNext(1, 429, "30");

        // when
        Delivery outcome = notifier.deliver(message());

        // then
        Delivery.FailedRetryable failure = assertInstanceOf(Delivery.FailedRetryable.class, outcome);
        assertEquals(Option.some(Duration.ofSeconds(30)), failure.retryAfter());
        assertTrue(failure.reason().contains("HTTP 429"), failure.reason());
    }

    @Test
    void should_retry_after_an_http_date_measured_by_the_notifiers_clock() {
        // given
        String in90Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(Fixtures.T0.plusSeconds(90)
                .atZone(ZoneOffset.UTC));
        apis.failNext(1, 429, in90Seconds);

        // when
        Delivery outcome = notifier.deliver(message());

        // then
        assertEquals(Option.some(Duration.ofSeconds(90)),
                assertInstanceOf(Delivery.FailedRetryable.class, outcome).retryAfter());
    }

    @Test
    void should_honour_retry_after_on_503_too() {
        // given
        apis.failNext(1, 503, "120");

        // when
        Delivery outcome = notifier.deliver(message());

        // then
        assertEquals(Option.some(Duration.ofMinutes(2)),
                assertInstanceOf(Delivery.FailedRetryable.class, outcome).retryAfter());
    }

    @Test
    void should_read_retry_after_values_as_delta_seconds_or_dates_and_ignore_the_rest() {
        assertEquals(Option.some(Duration.ZERO), HttpCalls.retryAfter("0", CLOCK));
        assertEquals(Option.some(Duration.ofSeconds(7)), HttpCalls.retryAfter(" 7 ", CLOCK));
        assertEquals(Option.some(Duration.ofSeconds(Long.MAX_VALUE)),
                HttpCalls.retryAfter("99999999999999999999999", CLOCK), "huge, not an overflow");
        assertEquals(Option.some(Duration.ZERO), HttpCalls.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", CLOCK),
                "a date already past asks for no wait");
        assertEquals(Option.some(Duration.ofHours(1)), HttpCalls.retryAfter("Mon, 02 Mar 2026 13:00:00 GMT", CLOCK));
        for (String junk : List.of("", "soon", "-5", "1.5", "30s", "Monday", "2026-03-02T13:00:00Z")) {
            assertEquals(Option.none(), HttpCalls.retryAfter(junk, CLOCK), junk);
        }
    }

    @Test
    void should_retry_without_a_wait_when_retry_after_cannot_be_read() {
        // given
        apis.failNext(1, 429, "soon");

        // when
        Delivery outcome = notifier.deliver(message());

        // then
        assertEquals(Option.none(), assertInstanceOf(Delivery.FailedRetryable.class, outcome).retryAfter());
    }

    @Test
    void should_retry_when_the_target_answers_later_than_the_timeout() {
        // given
        apis.stallNext(1, Duration.ofSeconds(2));
        ChatWebhookNotifier impatient = new ChatWebhookNotifier(apis.chatWebhook(),
                Fixtures.settings(CLOCK).withTimeout(Duration.ofMillis(200)));

        // when
        long started = System.nanoTime();
        Delivery outcome = impatient.deliver(message());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        String reason = assertInstanceOf(Delivery.FailedRetryable.class, outcome).reason();
        assertTrue(reason.contains("within 200 ms"), reason);
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "gave up at the timeout, took " + took);
    }

    @Test
    void should_retry_when_nothing_listens() {
        // given
        ChatWebhookNotifier down = new ChatWebhookNotifier(Fixtures.nothingListens("/hooks/chat"),
                Fixtures.settings(CLOCK));

        // when
        Delivery outcome = down.deliver(message());

        // then
        String reason = assertInstanceOf(Delivery.FailedRetryable.class, outcome).reason();
        assertTrue(reason.contains("could not be reached"), reason);
    }

    @Test
    void should_keep_the_interrupt_and_call_it_retryable_when_interrupted() {
        // given
        Thread.currentThread().interrupt();

        // when
        Delivery outcome = notifier.deliver(message());

        // then
        boolean stillInterrupted = Thread.interrupted();
        assertTrue(stillInterrupted, "the interrupt flag is restored");
        assertInstanceOf(Delivery.FailedRetryable.class, outcome);
    }

    @Test
    void should_deliver_on_any_2xx() {
        for (int status : List.of(200, 201, 202, 204)) {
            // given
            apis.failNext(1, status);

            // when
            Delivery outcome = notifier.deliver(message());

            // then
            assertInstanceOf(Delivery.Delivered.class, outcome, "status " + status);
        }
    }
}
