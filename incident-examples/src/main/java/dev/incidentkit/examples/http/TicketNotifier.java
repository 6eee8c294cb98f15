package dev.incidentkit.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes to tickets in an issue tracker, in the public shape of a Jira-style REST API v2, and opens the
 * tracking ticket of an incident. The ticket is the message target's address, an issue key such as
 * {@code INC-42}; an address that is not a plain key is refused (failed for good) before any request, so
 * that no address can reach another path. What a message becomes depends on its template key:
 *
 * <ul>
 *   <li>{@value #ASSIGNMENT}: the text as a comment ({@code POST {base}/rest/api/2/issue/{key}/comment} with
 *       {@code {"body": text}}), then the assignment ({@code PUT {base}/rest/api/2/issue/{key}/assignee} with
 *       {@code {"name": <model "assigneeId">}}). The comment is posted too, so that the people watching the
 *       ticket read who took it and why, not only a changed field.</li>
 *   <li>{@value #RESOLUTION}: the text as a comment, then the resolve transition ({@code POST
 *       {base}/rest/api/2/issue/{key}/transitions} with {@code {"transition": {"id": <configured id>}}}).</li>
 *   <li>any other template key: the text as a comment.</li>
 * </ul>
 *
 * <p>The comment goes first and carries the message's idempotency key in its {@code Idempotency-Key}
 * header; the second step carries the key with {@code /assignee} or {@code /transition} added, since a
 * server that honours the header refuses one key reused for a different request. When the second step
 * fails the whole delivery fails, and the retry sends both again with the same keys: the comment is then
 * recognised by a server that honours the header, and setting an assignee again changes nothing. Every
 * request carries basic or bearer credentials, never logged; answers are classified as by every notifier
 * of this package. Thread-safe.
 *
 * @since 0.1.0
 */
public final class TicketNotifier implements Notifier {

    /** The template key of a new liaison's ticket assignment. */
    public static final String ASSIGNMENT = "ticket-assignment";
    /** The template key of the resolution notice, which also resolves the ticket. */
    public static final String RESOLUTION = "resolution-notice";
    /** The issue type of the tickets {@link #create(String, String, String)} opens. */
    public static final String ISSUE_TYPE = "Incident";
    /** The longest summary a ticket takes; longer ones are cut. */
    public static final int MAX_SUMMARY_LENGTH = 255;

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    private final String base;
    private final Credentials credentials;
    private final String resolveTransitionId;
    private final HttpCalls calls;

    /**
     * Creates a notifier.
     *
     * @param base the tracker's base URL (such as {@code https://tracker.example.com})
     * @param credentials how to authenticate
     * @param resolveTransitionId the id of the workflow transition that resolves a ticket (such as
     *     {@code "31"})
     * @param settings the client, the per-request timeout, the clock and the user agent
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the base is not an absolute http or https URL without query, or the
     *     transition id is blank or not one line
     */
    public TicketNotifier(URI base, Credentials credentials, String resolveTransitionId, HttpSettings settings) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(resolveTransitionId, "resolveTransitionId");
        Objects.requireNonNull(settings, "settings");
        this.base = HttpCalls.base(HttpCalls.checkBase(base, "the tracker base"));
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.resolveTransitionId = HttpCalls.checkLine(resolveTransitionId, "the resolve transition id");
        this.calls = new HttpCalls(Objects.requireNonNull(settings, "settings"), "the issue tracker");
    }

    /**
     * Writes the message to its ticket, as its template key calls for, each step once.
     *
     * @param message the message
     * @return delivered when every step was, or why not
     */
    @Override
    public Delivery deliver(RenderedMessage message) {
        Objects.requireNonNull(message, "message");
        MessageIntent intent = message.intent();
        String key = intent.target().address();
        if (!HttpCalls.TICKET_KEY.matcher(key).matches()) {
            return Delivery.permanent(HttpCalls.quote(key)
                    + " is not an issue key such as INC-42: refused rather than put in a URL");
        }
        Option<String> assignee = intent.model().get("assigneeId").filter(a -> !a.isBlank());
        if (intent.templateKey().equals(ASSIGNMENT) && assignee.isEmpty()) {
            return Delivery.permanent("the ticket assignment names no assignee: its model has no \"assigneeId\"");
        }
        ObjectNode comment = HttpCalls.JSON.createObjectNode().put("body", message.text());
        Either<Delivery, HttpCalls.Answer> outcome = call(issue(key) + "/comment", "POST", comment,
                Option.some(intent.idempotencyKey()), "the comment on " + key);
        if (intent.templateKey().equals(ASSIGNMENT)) {
            ObjectNode assignment = HttpCalls.JSON.createObjectNode().put("name", assignee.get());
            outcome = outcome.flatMap(done -> call(issue(key) + "/assignee", "PUT", assignment,
                    Option.some(intent.idempotencyKey() + "/assignee"), "the assignment of " + key));
        } else if (intent.templateKey().equals(RESOLUTION)) {
            ObjectNode transition = HttpCalls.JSON.createObjectNode();
            transition.putObject("transition").put("id", resolveTransitionId);
            outcome = outcome.flatMap(done -> call(issue(key) + "/transitions", "POST", transition,
                    Option.some(intent.idempotencyKey() + "/transition"), "the resolve transition of " + key));
        }
        return outcome.fold(failure -> failure, done -> Delivery.delivered());
    }

    /**
     * Opens a ticket of type {@value #ISSUE_TYPE}, as the tracking ticket of an incident, with no
     * idempotency key: calling it again opens another ticket.
     *
     * @param projectKey the project, upper-case letters, digits and {@code _}, such as {@code INC}; never
     *     {@code null}
     * @param summary the summary, one line (line breaks become spaces; cut to {@value #MAX_SUMMARY_LENGTH}
     *     characters)
     * @param description the description
     * @return the new ticket's key, such as {@code INC-7}, or a sentence saying why there is none
     */
    public Either<String, String> create(String projectKey, String summary, String description) {
        return create(projectKey, summary, description, Option.none());
    }

    /**
     * Opens a ticket of type {@value #ISSUE_TYPE}, as the tracking ticket of an incident, with an
     * idempotency key: a tracker that honours it opens one ticket however often this is called with the key.
     *
     * @param projectKey the project, upper-case letters, digits and {@code _}, such as {@code INC}; never
     *     {@code null}
     * @param summary the summary, one line (line breaks become spaces; cut to {@value #MAX_SUMMARY_LENGTH}
     *     characters)
     * @param description the description
     * @param idempotencyKey the key, such as the incident id and {@code "/ticket"}
     * @return the new ticket's key, such as {@code INC-7}, or a sentence saying why there is none
     */
    public Either<String, String> create(String projectKey, String summary, String description,
            String idempotencyKey) {
        return create(projectKey, summary, description, Option.some(Objects.requireNonNull(idempotencyKey,
                "idempotencyKey")));
    }

    private Either<String, String> create(String projectKey, String summary, String description,
            Option<String> idempotencyKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        if (!PROJECT_KEY.matcher(projectKey).matches()) {
            return Either.left(HttpCalls.quote(projectKey)
                    + " is not a project key (upper-case letters, digits and _, starting with a letter)");
        }
        String line = HttpCalls.cut(summary.replaceAll("[\\p{Cntrl}\\s]+", " ").strip(), MAX_SUMMARY_LENGTH);
        if (line.isEmpty()) {
            return Either.left("a ticket needs a summary");
        }
        ObjectNode body = HttpCalls.JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.put("summary", line);
        fields.put("description", description);
        fields.putObject("issuetype").put("name", ISSUE_TYPE);
        return call(base + "/rest/api/2/issue", "POST", body, idempotencyKey, "the new ticket in " + projectKey)
                .mapLeft(HttpCalls::reason)
                .flatMap(answer -> newKey(answer.body()));
    }

    private static Either<String, String> newKey(String body) {
        try {
            JsonNode answer = HttpCalls.JSON.readTree(body);
            return Option.of(answer).flatMap(a -> HttpCalls.text(a, "key"))
                    .filter(k -> HttpCalls.TICKET_KEY.matcher(k).matches())
                    .toEither("the issue tracker opened a ticket but its answer names no issue key");
        } catch (JsonProcessingException e) {
            return Either.left("the issue tracker opened a ticket but its answer is not JSON");
        }
    }

    private String issue(String key) {
        return base + "/rest/api/2/issue/" + key;
    }

    private Either<Delivery, HttpCalls.Answer> call(String uri, String method, ObjectNode body,
            Option<String> idempotencyKey, String what) {
        return calls.send(calls.request(URI.create(uri), idempotencyKey)
                .header("Content-Type", HttpCalls.JSON_UTF8)
                .header("Authorization", credentials.header())
                .method(method, HttpCalls.json(body))
                .build(), what);
    }

    @Override
    public String toString() {
        return "TicketNotifier[" + credentials + "]";
    }

    /**
     * How the notifier authenticates to the tracker: basic (a user and an API token or password) or a
     * bearer token. The secret never appears in {@link #toString()}.
     */
    public static final class Credentials {

        private final String scheme;
        private final String user;
        private final String header;

        private Credentials(String scheme, String user, String header) {
            this.scheme = scheme;
            this.user = user;
            this.header = header;
        }

        /**
         * Basic credentials.
         *
         * @param user the user name or email, one line without {@code :}
         * @param secret the API token or password, one line
         * @return the credentials
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the user or the secret is blank or not one line, or the user
         *     has a {@code :}
         */
        public static Credentials basic(String user, String secret) {
            HttpCalls.checkLine(user, "the user");
            HttpCalls.checkLine(secret, "the secret");
            if (user.indexOf(':') >= 0) {
                throw new IllegalArgumentException("a basic user name must have no ':'");
            }
            String token = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
            return new Credentials("basic", user, "Basic " + token);
        }

        /**
         * Bearer credentials, such as a personal access token.
         *
         * @param token the token, one line
         * @return the credentials
         * @throws NullPointerException if {@code token} is {@code null}
         * @throws IllegalArgumentException if the token is blank or not one line
         */
        public static Credentials bearer(String token) {
            HttpCalls.checkLine(token, "the token");
            return new Credentials("bearer", "", "Bearer " + token);
        }

        String header() {
            return header;
        }

        /**
         * The kind of credentials and the user, never the secret.
         *
         * @return a description for logs
         */
        @Override
        public String toString() {
            return scheme.equals("basic") ? "basic credentials of " + user + ", secret hidden"
                    : "bearer token, hidden";
        }
    }
}
