package dev.incidentkit.examples.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import io.vavr.collection.Array;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells a paging service about an incident, in the public shapes of a PagerDuty-style service: its events
 * API for what the paging incident is (triggered, acknowledged, resolved) and its REST API for notes and
 * reassignment. Which call a message becomes depends on its template key:
 *
 * <ul>
 *   <li>{@value #TRIGGER}, and {@value #ACKNOWLEDGE} and {@value #RESOLVE} of a paging incident we opened
 *       (the model has {@value #DEDUP_KEY}): {@code POST {eventsBase}/v2/enqueue} with {@code {"routing_key",
 *       "event_action", "dedup_key"}}, the dedup key being the model's {@value #DEDUP_KEY} (the incident id),
 *       so that the service keeps one paging incident per incident whatever is sent twice. A trigger also
 *       carries {@code "payload": {"summary", "source": "incidentkit", "severity", "custom_details":
 *       {"incident", "title", "severity", "status"}}}: the summary is the text's first non-blank line cut
 *       to 1024 characters, the severity the model's {@code "severity"} looked up in the severity map.</li>
 *   <li>{@value #ACKNOWLEDGE} and {@value #RESOLVE} of a paging incident known by its id (an alert's own,
 *       or one linked): {@code PUT {restBase}/incidents/{id}} with {@code {"incident": {"type":
 *       "incident_reference", "status": "acknowledged" | "resolved"}}}, so that no second one is opened.</li>
 *   <li>{@value #NOTE}: {@code POST {restBase}/incidents/{id}/notes} with {@code {"note": {"content": text}}},
 *       the id being the target's address.</li>
 *   <li>{@value #REASSIGNMENT}: {@code PUT {restBase}/incidents/{id}} with {@code {"incident": {"type":
 *       "incident_reference", "assignments": [{"assignee": {"id": <model "assigneeId">, "type":
 *       "user_reference"}}]}}}.</li>
 *   <li>any other template key: failed for good, since the paging service has no place for it.</li>
 * </ul>
 *
 * <p>The REST calls carry {@code Authorization: Token token=<api token>}, {@code From: <email>} and
 * {@code Accept: application/vnd.pagerduty+json;version=2}; the events calls carry no credentials but the
 * routing key in their body. A paging incident id that is not plain letters, digits, {@code _} and
 * {@code -} is refused (failed for good) before any request, so that no address can reach another path.
 * Every request carries the message's idempotency key in an {@code Idempotency-Key} header, and answers
 * are classified as by every notifier of this package. Neither the routing key nor the token is ever logged.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class PagingNotifier implements Notifier {

    /** The template key of a message that triggers the paging incident. */
    public static final String TRIGGER = "paging-trigger";
    /** The template key of a message that acknowledges the paging incident. */
    public static final String ACKNOWLEDGE = "paging-acknowledge";
    /** The template key of a message that resolves the paging incident. */
    public static final String RESOLVE = "paging-resolve";
    /** The template key of a note on the paging incident. */
    public static final String NOTE = "paging-note";
    /** The template key of a reassignment of the paging incident. */
    public static final String REASSIGNMENT = "paging-reassignment";

    /**
     * The model field that carries the de-duplication key of a paging incident we opened (see core's
     * {@code Notifications}); a message without it is about a paging incident known by its id.
     */
    public static final String DEDUP_KEY = "dedupKey";

    /** The longest summary the events API takes. */
    public static final int MAX_SUMMARY_LENGTH = 1024;

    /**
     * The severity the events API is given when the incident's severity is not in the map (or the incident
     * has none yet): an incident paged for should not be quieted because its scale uses a name the map
     * lacks.
     */
    public static final String FALLBACK_SEVERITY = "critical";

    /**
     * The default map from severity names (compared without regard to case) to the events API's four
     * severities, covering the scales core ships: {@code SEV1}, {@code P1}, {@code Critical} are
     * {@code critical}; {@code SEV2}, {@code P2}, {@code Major} are {@code error}; {@code SEV3}, {@code P3},
     * {@code Minor} are {@code warning}; {@code SEV4}, {@code P4}, {@code P5} are {@code info}.
     */
    public static final Map<String, String> DEFAULT_SEVERITIES = LinkedHashMap.<String, String>empty()
            .put("SEV0", "critical").put("SEV1", "critical").put("P0", "critical").put("P1", "critical")
            .put("CRITICAL", "critical")
            .put("SEV2", "error").put("P2", "error").put("MAJOR", "error").put("HIGH", "error")
            .put("SEV3", "warning").put("P3", "warning").put("MINOR", "warning").put("MEDIUM", "warning")
            .put("SEV4", "info").put("SEV5", "info").put("P4", "info").put("P5", "info").put("LOW", "info");

    private static final Set<String> EVENT_SEVERITIES = HashSet.of("critical", "error", "warning", "info");
    private static final String REST_ACCEPT = "application/vnd.pagerduty+json;version=2";

    private final URI enqueue;
    private final String restBase;
    private final String routingKey;
    private final String authorization;
    private final String from;
    private final Map<String, String> severities;
    private final HttpCalls calls;

    /**
     * Creates a notifier with the {@linkplain #DEFAULT_SEVERITIES default severity map}.
     *
     * @param eventsBase the events API's base URL (such as {@code https://events.example.com})
     * @param restBase the REST API's base URL (such as {@code https://api.example.com})
     * @param routingKey the integration's routing key; a secret
     * @param apiToken the REST API token; a secret
     * @param fromEmail the email of the user the REST calls act as
     * @param settings the client, the per-request timeout, the clock and the user agent
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a URL is not an absolute http or https URL without query, or a
     *     key, token or email is blank or not one line
     */
    public PagingNotifier(URI eventsBase, URI restBase, String routingKey, String apiToken, String fromEmail,
            HttpSettings settings) {
        this(eventsBase, restBase, routingKey, apiToken, fromEmail, DEFAULT_SEVERITIES, settings);
    }

    /**
     * Creates a notifier.
     *
     * @param eventsBase the events API's base URL (such as {@code https://events.example.com})
     * @param restBase the REST API's base URL (such as {@code https://api.example.com})
     * @param routingKey the integration's routing key; a secret
     * @param apiToken the REST API token; a secret
     * @param fromEmail the email of the user the REST calls act as
     * @param severities from severity names (compared without regard to case) to {@code critical},
     *     {@code error}, {@code warning} or {@code info}; names not in it get {@value #FALLBACK_SEVERITY}
     * @param settings the client, the per-request timeout, the clock and the user agent
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a URL is not an absolute http or https URL without query, a key,
     *     token or email is blank or not one line, or the map gives a severity the events API does not know
     */
    public PagingNotifier(URI eventsBase, URI restBase, String routingKey, String apiToken, String fromEmail,
            Map<String, String> severities, HttpSettings settings) {
        Objects.requireNonNull(eventsBase, "eventsBase");
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(fromEmail, "fromEmail");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(settings, "settings");
        this.enqueue = URI.create(HttpCalls.base(HttpCalls.checkBase(eventsBase, "the events base")) + "/v2/enqueue");
        this.restBase = HttpCalls.base(HttpCalls.checkBase(restBase, "the REST base"));
        this.routingKey = HttpCalls.checkLine(routingKey, "the routing key");
        this.authorization = "Token token=" + HttpCalls.checkLine(apiToken, "the API token");
        this.from = HttpCalls.checkLine(fromEmail, "the from email");
        Objects.requireNonNull(severities, "severities");
        severities.forEach((name, severity) -> {
            if (!EVENT_SEVERITIES.contains(severity)) {
                throw new IllegalArgumentException("the severity of " + name + " must be one of critical, error,"
                        + " warning or info, got " + severity);
            }
        });
        this.severities = severities.mapKeys(name -> name.toUpperCase(Locale.ROOT));
        this.calls = new HttpCalls(Objects.requireNonNull(settings, "settings"), "the paging service");
    }

    /**
     * Sends the message as the call its template key calls for, once.
     *
     * @param message the message
     * @return delivered, or why not
     */
    @Override
    public Delivery deliver(RenderedMessage message) {
        Objects.requireNonNull(message, "message");
        String template = message.intent().templateKey();
        switch (template) {
            case TRIGGER:
                return event(message, "trigger");
            case ACKNOWLEDGE:
                return ours(message) ? event(message, "acknowledge") : status(message, "acknowledged");
            case RESOLVE:
                return ours(message) ? event(message, "resolve") : status(message, "resolved");
            case NOTE:
                return note(message);
            case REASSIGNMENT:
                return reassign(message);
            default:
                return Delivery.permanent("the paging service has no place for a \"" + template
                        + "\" message: it takes " + TRIGGER + ", " + ACKNOWLEDGE + ", " + RESOLVE + ", " + NOTE
                        + " and " + REASSIGNMENT);
        }
    }

    /**
     * The events API severity for a severity name: looked up without regard to case, else
     * {@value #FALLBACK_SEVERITY}.
     *
     * @param severityName the incident's severity name, possibly empty
     * @return {@code critical}, {@code error}, {@code warning} or {@code info}
     */
    public String eventSeverity(String severityName) {
        Objects.requireNonNull(severityName, "severityName");
        return severities.get(severityName.strip().toUpperCase(Locale.ROOT)).getOrElse(FALLBACK_SEVERITY);
    }

    private Delivery event(RenderedMessage message, String action) {
        MessageIntent intent = message.intent();
        ObjectNode body = HttpCalls.JSON.createObjectNode();
        body.put("routing_key", routingKey);
        body.put("event_action", action);
        body.put("dedup_key", intent.model().get(DEDUP_KEY).filter(k -> !k.isBlank())
                .getOrElse(() -> intent.incident().value()));
        if (action.equals("trigger")) {
            ObjectNode payload = body.putObject("payload");
            payload.put("summary", summary(message));
            payload.put("source", "incidentkit");
            payload.put("severity", eventSeverity(intent.model().get("severity").getOrElse("")));
            ObjectNode details = payload.putObject("custom_details");
            details.put("incident", intent.incident().value());
            details.put("title", intent.model().get("title").getOrElse(""));
            details.put("severity", intent.model().get("severity").getOrElse(""));
            details.put("status", intent.model().get("status").getOrElse(""));
        }
        return calls.send(calls.request(enqueue, Option.some(intent.idempotencyKey()))
                        .header("Content-Type", HttpCalls.JSON_UTF8)
                        .POST(HttpCalls.json(body))
                        .build(),
                "the " + action + " event for " + intent.incident().value())
                .fold(failure -> failure, answer -> Delivery.delivered());
    }

    /** Whether we opened the paging incident through the events API, so that its de-duplication key names it. */
    private static boolean ours(RenderedMessage message) {
        return message.intent().model().get(DEDUP_KEY).exists(k -> !k.isBlank());
    }

    /** Sets the status of a paging incident known by its id, such as the one an alert opened. */
    private Delivery status(RenderedMessage message, String status) {
        return pagingIncident(message).fold(refused -> refused, id -> {
            ObjectNode body = HttpCalls.JSON.createObjectNode();
            ObjectNode incident = body.putObject("incident");
            incident.put("type", "incident_reference");
            incident.put("status", status);
            return rest(message, URI.create(restBase + "/incidents/" + id), "PUT", body,
                    "marking paging incident " + id + " " + status);
        });
    }

    private Delivery note(RenderedMessage message) {
        return pagingIncident(message).fold(refused -> refused, id -> {
            ObjectNode body = HttpCalls.JSON.createObjectNode();
            body.putObject("note").put("content", message.text());
            return rest(message, URI.create(restBase + "/incidents/" + id + "/notes"), "POST", body,
                    "the note on paging incident " + id);
        });
    }

    private Delivery reassign(RenderedMessage message) {
        Option<String> assignee = message.intent().model().get("assigneeId").filter(a -> !a.isBlank());
        if (assignee.isEmpty()) {
            return Delivery.permanent("the reassignment names no assignee: its model has no \"assigneeId\"");
        }
        return pagingIncident(message).fold(refused -> refused, id -> {
            ObjectNode body = HttpCalls.JSON.createObjectNode();
            ObjectNode incident = body.putObject("incident");
            incident.put("type", "incident_reference");
            ObjectNode who = incident.putArray("assignments").addObject().putObject("assignee");
            who.put("id", assignee.get());
            who.put("type", "user_reference");
            return rest(message, URI.create(restBase + "/incidents/" + id), "PUT", body,
                    "the reassignment of paging incident " + id);
        });
    }

    private Delivery rest(RenderedMessage message, URI uri, String method, ObjectNode body, String what) {
        return calls.send(calls.request(uri, Option.some(message.intent().idempotencyKey()))
                        .setHeader("Accept", REST_ACCEPT)
                        .header("Content-Type", HttpCalls.JSON_UTF8)
                        .header("Authorization", authorization)
                        .header("From", from)
                        .method(method, HttpCalls.json(body))
                        .build(), what)
                .fold(failure -> failure, answer -> Delivery.delivered());
    }

    private static Either<Delivery, String> pagingIncident(RenderedMessage message) {
        String id = message.intent().target().address();
        return HttpCalls.PAGING_ID.matcher(id).matches() ? Either.right(id)
                : Either.left(Delivery.permanent(HttpCalls.quote(id)
                        + " is not a paging incident id (letters, digits, _ and -): refused rather than put in a URL"));
    }

    private static String summary(RenderedMessage message) {
        String first = Array.of(message.text().split("\\R"))
                .map(String::strip).find(line -> !line.isEmpty())
                .getOrElse(() -> "incident " + message.intent().incident().value());
        return HttpCalls.cut(first, MAX_SUMMARY_LENGTH);
    }

    @Override
    public String toString() {
        return "PagingNotifier[credentials hidden]";
    }
}
