package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.Target;
import dev.incidentkit.testkit.NotifierContract;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatWebhookNotifierTest extends NotifierContract {

    private LocalApis apis;

    @BeforeEach
    void start() {
        apis = LocalApis.start();
    }

    @AfterEach
    void stop() {
        apis.close();
    }

    @Override
    protected Notifier newNotifier() {
        return new ChatWebhookNotifier(apis.chatWebhook(), Fixtures.settings());
    }

    @Override
    protected Seq<String> keysShownByTarget() {
        return apis.shownKeys();
    }

    @Override
    protected Notifier notifierWithTargetDown() {
        return new ChatWebhookNotifier(Fixtures.nothingListens(LocalApis.CHAT_WEBHOOK_PATH), Fixtures.settings());
    }

    @Test
    void should_post_the_text_and_the_channel_as_json_with_the_idempotency_key() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("INC-7/e-1/incident_channel", "status-update",
                new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-42"), "*Update*: rolling back"));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        LocalApis.Request request = apis.requests().single();
        assertEquals("POST", request.method());
        assertEquals("/hooks/chat", request.path());
        assertEquals(Option.some("application/json; charset=utf-8"), request.header("Content-Type"));
        assertEquals(Option.some("INC-7/e-1/incident_channel"), request.header("Idempotency-Key"));
        assertEquals(Option.some("incidentkit-test/1"), request.header("User-Agent"));
        assertEquals(200, request.status());
        JsonNode body = request.json().get();
        assertEquals("*Update*: rolling back", body.get("text").asText());
        assertEquals("#inc-42", body.get("channel").asText());
        assertEquals(2, body.size(), "text and channel, nothing else: " + body);
    }

    @Test
    void should_keep_hostile_text_intact_through_json() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-1", "status-update",
                new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-\"42\"\n"), Fixtures.HOSTILE));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        LocalApis.Request request = apis.requests().single();
        assertEquals(Fixtures.HOSTILE, request.json().get().get("text").asText());
        assertEquals("#inc-\"42\"\n", request.json().get().get("channel").asText());
        assertFalse(request.body().contains("\n"), "line breaks travel escaped: " + request.body());
        assertTrue(request.body().contains("</script>"), "JSON needs no HTML escaping; the text is left as is");
    }

    @Test
    void should_leave_the_channel_out_when_the_target_has_no_address() {
        // given
        Notifier notifier = newNotifier();

        // when
        notifier.deliver(Fixtures.message("k-1", "status-update", new Target(Target.Kind.INCIDENT_CHANNEL, " "),
                "hello"));

        // then
        assertFalse(apis.requests().single().json().get().has("channel"));
    }

    @Test
    void should_never_put_the_secret_webhook_url_in_a_reason() {
        // given: a webhook whose path is its secret, on a port nothing listens on
        URI webhook = Fixtures.nothingListens("/hooks/chat/T0001/B0002/s3cr3tT0ken");
        ChatWebhookNotifier notifier = new ChatWebhookNotifier(webhook, Fixtures.settings());

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-1", "status-update",
                new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-1"), "hello"));

        // then
        Delivery.FailedRetryable failure = assertInstanceOf(Delivery.FailedRetryable.class, outcome);
        assertFalse(failure.reason().contains("s3cr3t"), failure.reason());
        assertFalse(notifier.toString().contains("s3cr3t"), notifier.toString());
    }

    @Test
    void should_deliver_with_settings_of_its_own_and_the_default_user_agent() {
        // given
        Notifier notifier = new ChatWebhookNotifier(apis.chatWebhook(),
                HttpSettings.of(Duration.ofSeconds(2), Clock.systemUTC()));

        // when
        Delivery outcome = notifier.deliver(message("k-1"));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        assertEquals(Option.some(HttpSettings.DEFAULT_USER_AGENT), apis.requests().single().header("User-Agent"));
    }
}
