package dev.incidentkit.examples.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import io.vavr.control.Option;
import java.net.URI;
import java.util.Objects;

/**
 * Posts messages to a chat tool's incoming webhook, in the public shape of Slack-style incoming webhooks:
 * {@code POST <webhook>} with {@code Content-Type: application/json; charset=utf-8} and the body
 * {@code {"text": <rendered text>, "channel": <target address>}}. The text arrives already escaped for
 * the chat's markup by the renderer; here it is only escaped for JSON. The channel field is left out when
 * the target's address is blank (the webhook then posts to its own channel). A reply to a chat report
 * ({@link Target.Kind#CHAT_THREAD}) whose address is the report message's link is sent as
 * {@code {"text": ..., "thread": <message link>}}, for the chat's side to post in that thread; one whose
 * address is a channel goes to the channel.
 *
 * <p>Each request carries the message's idempotency key in an {@code Idempotency-Key} header. The answer
 * is classified as every notifier of this package does: 2xx delivered; 408, 425, 429 and 5xx, timeouts and
 * network errors retryable (with the {@code Retry-After} wait); any other status final. The webhook URL is
 * a secret: it is never logged nor put in a failure's reason. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ChatWebhookNotifier implements Notifier {

    private final URI webhook;
    private final HttpCalls calls;

    /**
     * Creates a notifier for one webhook.
     *
     * @param webhook the incoming webhook's URL, absolute http or https; a secret
     * @param settings the client, the per-request timeout, the clock and the user agent
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the webhook is not an absolute http or https URL
     */
    public ChatWebhookNotifier(URI webhook, HttpSettings settings) {
        this.webhook = HttpCalls.checkHttp(webhook, "the webhook");
        this.calls = new HttpCalls(Objects.requireNonNull(settings, "settings"), "the chat webhook");
    }

    /**
     * Posts the message to the webhook once.
     *
     * @param message the message
     * @return delivered, or why not
     */
    @Override
    public Delivery deliver(RenderedMessage message) {
        Objects.requireNonNull(message, "message");
        ObjectNode body = HttpCalls.JSON.createObjectNode();
        body.put("text", message.text());
        String address = message.intent().target().address();
        if (message.intent().target().kind() == Target.Kind.CHAT_THREAD
                && (address.startsWith("https://") || address.startsWith("http://"))) {
            body.put("thread", address);
        } else if (!address.isBlank()) {
            body.put("channel", address);
        }
        return calls.send(calls.request(webhook, Option.some(message.intent().idempotencyKey()))
                        .header("Content-Type", HttpCalls.JSON_UTF8)
                        .POST(HttpCalls.json(body))
                        .build(),
                "the message " + message.intent().idempotencyKey())
                .fold(failure -> failure, answer -> Delivery.delivered());
    }

    @Override
    public String toString() {
        return "ChatWebhookNotifier[webhook hidden]";
    }
}
