package dev.incidentkit.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Queue;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the chat, paging and ticket systems, on one loopback HTTP server, for tests and the
 * demo. It answers the calls of the notifiers of this package as the real systems' public APIs do:
 *
 * <ul>
 *   <li>{@code POST /hooks/chat} (an incoming webhook): {@code 200 ok}, or {@code 400 no_text};</li>
 *   <li>{@code POST /v2/enqueue} (paging events): {@code 202 {"status":"success","dedup_key":..}}, or
 *       {@code 400} for an invalid event;</li>
 *   <li>{@code POST /incidents/{id}/notes} and {@code PUT /incidents/{id}} (paging REST, which needs
 *       {@code Authorization: Token token=..} and {@code From}): {@code 201} and {@code 200};</li>
 *   <li>{@code POST /rest/api/2/issue} (open a ticket, keys {@code <project>-1}, {@code <project>-2}, ..
 *       per project): {@code 201 {"id","key","self"}}; {@code POST /rest/api/2/issue/{key}/comment}:
 *       {@code 201}; {@code PUT /rest/api/2/issue/{key}/assignee} and {@code POST
 *       /rest/api/2/issue/{key}/transitions}: {@code 204} (all need basic or bearer credentials).</li>
 * </ul>
 *
 * <p>Anything else is {@code 404} (or {@code 405} for a known path with another method); a JSON endpoint
 * called without a JSON content type answers {@code 415}, with a body that is not valid {@code 400}.
 *
 * <p>It {@linkplain #requests() records every request} in the order it arrived, with its method, path,
 * headers, body and the status it was answered. It honours {@code Idempotency-Key}: a request whose key
 * was already answered with success gets the same answer again and changes nothing, and a key reused for
 * a different request gets {@code 422}. What it {@linkplain #shown() showed to people} is a separate view:
 * each successful request once, however often it was sent. It can be scripted to misbehave for the next
 * requests: {@linkplain #failNext(int, int, Option, String) answer a status} (with a {@code Retry-After})
 * or {@linkplain #stallNext(int, Duration) stall} longer than a client waits, then answer as usual, as a
 * real system that was slow but did the work would.
 *
 * <p>It listens on {@code 127.0.0.1} only, on a free port, with a few threads; it keeps at most
 * {@value #MAX_RECORDED} requests, reads at most 1 MiB of a body, and stalls at most {@link #MAX_STALL}.
 * {@link #close()} stops it, or {@linkplain #start(Duration) a lifetime} given at the start; all its
 * threads are daemons, so it never keeps the JVM alive. Use it in a try-with-resources statement.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class LocalApis implements AutoCloseable {

    /** The path of the chat incoming webhook. */
    public static final String CHAT_WEBHOOK_PATH = "/hooks/chat";

    /** The most requests recorded; later ones are answered but not recorded. */
    public static final int MAX_RECORDED = 10_000;

    /** The longest a request is stalled, whatever was scripted. */
    public static final Duration MAX_STALL = Duration.ofSeconds(30);

    private static final int MAX_BODY = 1 << 20;
    private static final int THREADS = 4;
    private static final Pattern NOTES = Pattern.compile("/incidents/([A-Za-z0-9_-]+)/notes");
    private static final Pattern PAGING_INCIDENT = Pattern.compile("/incidents/([A-Za-z0-9_-]+)");
    private static final Pattern ISSUE_STEP = Pattern.compile(
            "/rest/api/2/issue/([A-Za-z][A-Za-z0-9_]*-[0-9]+)/(comment|assignee|transitions)");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> EVENT_ACTIONS = HashSet.of("trigger", "acknowledge", "resolve");
    private static final Set<String> EVENT_SEVERITIES = HashSet.of("critical", "error", "warning", "info");

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI base;
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Option<Thread> stopper;
    private final Object lock = new Object();

    private Vector<Request> requests = Vector.empty();
    private Vector<Request> shown = Vector.empty();
    private HashMap<String, Answered> answered = HashMap.empty();
    private Queue<Scripted> script = Queue.empty();
    private HashMap<String, Integer> issueNumbers = HashMap.empty();
    private int nextIssueId = 10_000;
    private int nextCommentId = 20_000;
    private int nextNoteId = 1;
    private int nextEventId;

    private LocalApis(HttpServer server, ExecutorService executor, Option<Duration> lifetime) {
        this.server = server;
        this.executor = executor;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        this.stopper = lifetime.map(wait -> daemon("local-apis-lifetime", () -> {
            try {
                Thread.sleep(wait.toMillis());
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Thread starter = daemon("local-apis-start", server::start);
        starter.start();
        awaitUninterruptibly(starter);
        stopper.forEach(Thread::start);
    }

    /**
     * Starts a stand-in on {@code 127.0.0.1} and a free port, until it is closed or the JVM ends.
     *
     * @return the running stand-in; close it when done
     * @throws UncheckedIOException if no server could be started
     */
    public static LocalApis start() {
        return start(Option.none());
    }

    /**
     * Starts a stand-in on {@code 127.0.0.1} and a free port that stops itself after a while, for a demo
     * that may end without closing it.
     *
     * @param lifetime how long it answers at most; positive
     * @return the running stand-in; close it when done
     * @throws IllegalArgumentException if the lifetime is not positive
     * @throws UncheckedIOException if no server could be started
     */
    public static LocalApis start(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a lifetime must be positive, got " + lifetime);
        }
        return start(Option.some(lifetime));
    }

    private static LocalApis start(Option<Duration> lifetime) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "local-apis-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new LocalApis(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32), executor, lifetime);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("the local APIs could not start", e);
        }
    }

    /**
     * A daemon thread, not started. The server is started on one so that its dispatcher thread, which
     * inherits the daemon flag of the thread that starts it, never keeps the JVM alive.
     */
    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void awaitUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Where it listens, such as {@code http://127.0.0.1:49152}: the base of the paging events and REST APIs
     * and of the issue tracker.
     *
     * @return the base URI, without a trailing slash
     */
    public URI baseUri() {
        return base;
    }

    /**
     * The chat incoming webhook's URL, {@link #baseUri()} and {@value #CHAT_WEBHOOK_PATH}.
     *
     * @return the URL
     */
    public URI chatWebhook() {
        return URI.create(base + CHAT_WEBHOOK_PATH);
    }

    /**
     * Every request received so far, in the order they arrived (a stalled request is recorded when it is
     * answered), at most {@value #MAX_RECORDED}.
     *
     * @return the requests; an immutable snapshot
     */
    public Seq<Request> requests() {
        synchronized (lock) {
            return requests.sortBy(Request::order);
        }
    }

    /**
     * What was shown to people: each request answered with success, in order, but a request with an
     * {@code Idempotency-Key} only the first time.
     *
     * @return the requests; an immutable snapshot
     */
    public Seq<Request> shown() {
        synchronized (lock) {
            return shown;
        }
    }

    /**
     * The idempotency keys of what was {@linkplain #shown() shown to people}, in order, each once.
     *
     * @return the keys
     */
    public Seq<String> shownKeys() {
        return shown().flatMap(Request::idempotencyKey);
    }

    /**
     * Answers the next requests with a status instead of serving them.
     *
     * @param times how many requests, at least 1
     * @param status the status, 200 to 599
     * @throws IllegalArgumentException if {@code times} or {@code status} is out of range
     */
    public void failNext(int times, int status) {
        failNext(times, status, Option.none(), "{\"error\":\"scripted failure\",\"status\":" + status + "}");
    }

    /**
     * Answers the next requests with a status and a {@code Retry-After} header instead of serving them.
     *
     * @param times how many requests, at least 1
     * @param status the status, 200 to 599, such as 429
     * @param retryAfter the header's value, such as {@code "30"} or an HTTP-date
     * @throws IllegalArgumentException if {@code times} or {@code status} is out of range, or
     *     {@code retryAfter} is not one line
     */
    public void failNext(int times, int status, String retryAfter) {
        failNext(times, status, Option.some(Objects.requireNonNull(retryAfter, "retryAfter")),
                "{\"error\":\"scripted failure\",\"status\":" + status + "}");
    }

    /**
     * Answers the next requests with a status, a {@code Retry-After} header if given, and a body, instead
     * of serving them.
     *
     * @param times how many requests, at least 1
     * @param status the status, 200 to 599
     * @param retryAfter the {@code Retry-After} value, if any
     * @param body the body, sent as JSON
     * @throws IllegalArgumentException if {@code times} or {@code status} is out of range, or
     *     {@code retryAfter} is not one line
     */
    public void failNext(int times, int status, Option<String> retryAfter, String body) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(body, "body");
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("a scripted status is 200 to 599, got " + status);
        }
        retryAfter.forEach(value -> HttpCalls.checkLine(value, "the Retry-After value"));
        add(times, new Misbehaviour(status, retryAfter, body, Duration.ZERO));
    }

    /**
     * Stalls the next requests before serving them as usual, as a system that is slow but does the work.
     *
     * @param times how many requests, at least 1
     * @param delay how long, at most {@link #MAX_STALL}
     * @throws IllegalArgumentException if {@code times} is below 1 or the delay is negative
     */
    public void stallNext(int times, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a stall cannot be negative, got " + delay);
        }
        add(times, new Misbehaviour(0, Option.none(), "", delay.compareTo(MAX_STALL) > 0 ? MAX_STALL : delay));
    }

    /** Forgets every scripted misbehaviour not yet used. */
    public void clearScript() {
        synchronized (lock) {
            script = Queue.empty();
        }
    }

    /**
     * Stops the server and its threads, a stalled request included; from then on nothing listens on its
     * port. Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
            stopper.filter(thread -> thread != Thread.currentThread()).forEach(Thread::interrupt);
        }
    }

    @Override
    public String toString() {
        return "LocalApis[" + base + "]";
    }

    private void add(int times, Misbehaviour misbehaviour) {
        if (times < 1) {
            throw new IllegalArgumentException("a misbehaviour is for at least one request, got " + times);
        }
        synchronized (lock) {
            script = script.append(new Scripted(misbehaviour, times));
        }
    }

    private Option<Misbehaviour> nextMisbehaviour() {
        synchronized (lock) {
            if (script.isEmpty()) {
                return Option.none();
            }
            Scripted head = script.head();
            script = head.times() > 1 ? script.tail().prepend(new Scripted(head.misbehaviour(), head.times() - 1))
                    : script.tail();
            return Option.some(head.misbehaviour());
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            int order = arrivals.incrementAndGet();
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                respond(exchange, Reply.json(403, "{\"error\":\"loopback only\"}"));
                return;
            }
            Option<String> body = readBody(exchange.getRequestBody());
            Map<String, Seq<String>> headers = LinkedHashMap.ofAll(exchange.getRequestHeaders())
                    .mapKeys(name -> name.toLowerCase(Locale.ROOT))
                    .mapValues(values -> (Seq<String>) List.ofAll(values));
            String method = exchange.getRequestMethod();
            String path = Option.of(exchange.getRequestURI().getRawPath()).getOrElse("");
            String query = Option.of(exchange.getRequestURI().getRawQuery()).getOrElse("");
            Option<Misbehaviour> misbehaviour = nextMisbehaviour();
            if (misbehaviour.exists(m -> m.status() == 0)) {
                try {
                    Thread.sleep(misbehaviour.get().stall().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                misbehaviour = Option.none();
            }
            Reply reply;
            synchronized (lock) {
                Request request = new Request(order, method, path, query, headers, body.getOrElse(""), 0);
                reply = body.isEmpty() ? Reply.json(413, "{\"error\":\"the body is larger than 1 MiB\"}")
                        : misbehaviour.map(Misbehaviour::reply).getOrElse(() -> serve(request));
                record(request.answered(reply.status()));
            }
            respond(exchange, reply);
        } catch (IOException e) {
            // the client went away, as a client that timed out does: nothing to answer
        } catch (RuntimeException e) {
            try {
                respond(exchange, Reply.json(500, "{\"error\":\"the stand-in failed\"}"));
            } catch (IOException | RuntimeException ignored) {
                // the answer could not be sent either; closing the exchange is all that is left
            }
        } finally {
            exchange.close();
        }
    }

    private Reply serve(Request request) {
        Option<String> key = request.idempotencyKey();
        if (key.isDefined() && answered.containsKey(key.get())) {
            Answered earlier = answered.get(key.get()).get();
            return earlier.sameRequest(request) ? earlier.reply()
                    : Reply.json(422, "{\"error\":\"the Idempotency-Key was already used for a different request\"}");
        }
        Reply reply = route(request);
        if (reply.status() >= 200 && reply.status() < 300) {
            if (key.isDefined() && answered.size() < MAX_RECORDED) {
                answered = answered.put(key.get(), new Answered(request.method(), request.path(), request.body(),
                        reply));
            }
            if (shown.size() < MAX_RECORDED) {
                shown = shown.append(request.answered(reply.status()));
            }
        }
        return reply;
    }

    private void record(Request request) {
        if (requests.size() < MAX_RECORDED) {
            requests = requests.append(request);
        }
    }

    private Reply route(Request request) {
        String path = request.path();
        String method = request.method();
        if (path.equals(CHAT_WEBHOOK_PATH)) {
            return method.equals("POST") ? withJson(request, this::chat) : notAllowed();
        }
        if (path.equals("/v2/enqueue")) {
            return method.equals("POST") ? withJson(request, this::event) : notAllowed();
        }
        Matcher notes = NOTES.matcher(path);
        if (notes.matches()) {
            return method.equals("POST") ? pagingRest(request, json -> note(notes.group(1), json)) : notAllowed();
        }
        Matcher incident = PAGING_INCIDENT.matcher(path);
        if (incident.matches()) {
            return method.equals("PUT") ? pagingRest(request, json -> reassign(incident.group(1), json))
                    : notAllowed();
        }
        if (path.equals("/rest/api/2/issue")) {
            return method.equals("POST") ? tracker(request, this::createIssue) : notAllowed();
        }
        Matcher step = ISSUE_STEP.matcher(path);
        if (step.matches()) {
            String issue = step.group(1);
            switch (step.group(2)) {
                case "comment":
                    return method.equals("POST") ? tracker(request, json -> comment(issue, json)) : notAllowed();
                case "assignee":
                    return method.equals("PUT") ? tracker(request, this::assign) : notAllowed();
                default:
                    return method.equals("POST") ? tracker(request, this::transition) : notAllowed();
            }
        }
        return Reply.json(404, "{\"error\":\"no such endpoint\"}");
    }

    private Reply chat(JsonNode json) {
        return HttpCalls.text(json, "text").filter(t -> !t.isEmpty()).isDefined() ? Reply.text(200, "ok")
                : Reply.text(400, "no_text");
    }

    private Reply event(JsonNode json) {
        Vector<String> errors = Vector.empty();
        if (HttpCalls.text(json, "routing_key").filter(k -> !k.isBlank()).isEmpty()) {
            errors = errors.append("'routing_key' is missing or blank.");
        }
        Option<String> action = HttpCalls.text(json, "event_action").filter(EVENT_ACTIONS::contains);
        if (action.isEmpty()) {
            errors = errors.append("'event_action' is missing or invalid.");
        }
        Option<String> dedup = HttpCalls.text(json, "dedup_key").filter(k -> !k.isEmpty());
        if (action.exists(a -> !a.equals("trigger")) && dedup.isEmpty()) {
            errors = errors.append("'dedup_key' is required for " + action.get() + ".");
        }
        if (action.contains("trigger")) {
            JsonNode payload = json.path("payload");
            if (HttpCalls.text(payload, "summary").filter(s -> !s.isBlank() && s.length() <= 1024).isEmpty()) {
                errors = errors.append("'payload.summary' is missing, blank or longer than 1024 characters.");
            }
            if (HttpCalls.text(payload, "source").filter(s -> !s.isBlank()).isEmpty()) {
                errors = errors.append("'payload.source' is missing or blank.");
            }
            if (HttpCalls.text(payload, "severity").filter(EVENT_SEVERITIES::contains).isEmpty()) {
                errors = errors.append("'payload.severity' is missing or invalid.");
            }
        }
        if (!errors.isEmpty()) {
            ObjectNode answer = HttpCalls.JSON.createObjectNode();
            answer.put("status", "invalid event");
            answer.put("message", "Event object is invalid");
            ArrayNode list = answer.putArray("errors");
            errors.forEach(list::add);
            return Reply.json(400, answer);
        }
        ObjectNode answer = HttpCalls.JSON.createObjectNode();
        answer.put("status", "success");
        answer.put("message", "Event processed");
        answer.put("dedup_key", dedup.getOrElse(() -> "event-" + ++nextEventId));
        return Reply.json(202, answer);
    }

    private Reply note(String incident, JsonNode json) {
        Option<String> content = HttpCalls.text(json.path("note"), "content").filter(c -> !c.isEmpty());
        if (content.isEmpty()) {
            return Reply.json(400, "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
                    + "\"errors\":[\"Note content is required\"]}}");
        }
        ObjectNode answer = HttpCalls.JSON.createObjectNode();
        ObjectNode note = answer.putObject("note");
        note.put("id", String.format(Locale.ROOT, "PN%05d", nextNoteId++));
        note.put("content", content.get());
        note.putObject("incident").put("id", incident).put("type", "incident_reference");
        return Reply.json(201, answer);
    }

    private Reply reassign(String incident, JsonNode json) {
        JsonNode body = json.path("incident");
        Option<String> status = HttpCalls.text(body, "status");
        if (status.isDefined() && !body.has("assignments")) {
            // a status change: acknowledged or resolved, as the paging REST API takes it
            if (!HttpCalls.text(body, "type").contains("incident_reference")
                    || !(status.contains("acknowledged") || status.contains("resolved"))) {
                return Reply.json(400, "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
                        + "\"errors\":[\"Incident status is invalid\"]}}");
            }
            ObjectNode answer = HttpCalls.JSON.createObjectNode();
            answer.putObject("incident").put("id", incident).put("type", "incident").put("status", status.get());
            return Reply.json(200, answer);
        }
        JsonNode assignments = body.path("assignments");
        boolean valid = HttpCalls.text(body, "type").contains("incident_reference") && assignments.isArray()
                && assignments.size() > 0 && List.ofAll(assignments).forAll(a ->
                HttpCalls.text(a.path("assignee"), "id").filter(id -> !id.isBlank()).isDefined()
                        && HttpCalls.text(a.path("assignee"), "type").contains("user_reference"));
        if (!valid) {
            return Reply.json(400, "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
                    + "\"errors\":[\"Incident assignments are invalid\"]}}");
        }
        ObjectNode answer = HttpCalls.JSON.createObjectNode();
        ObjectNode updated = answer.putObject("incident");
        updated.put("id", incident);
        updated.put("type", "incident");
        updated.set("assignments", assignments.deepCopy());
        return Reply.json(200, answer);
    }

    private Reply createIssue(JsonNode json) {
        JsonNode fields = json.path("fields");
        Option<String> project = HttpCalls.text(fields.path("project"), "key")
                .filter(k -> PROJECT_KEY.matcher(k).matches());
        ObjectNode errors = HttpCalls.JSON.createObjectNode();
        if (project.isEmpty()) {
            errors.put("project", "Specify a valid project ID or key");
        }
        if (HttpCalls.text(fields, "summary").filter(s -> !s.isBlank()).isEmpty()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        if (HttpCalls.text(fields.path("issuetype"), "name").filter(s -> !s.isBlank()).isEmpty()) {
            errors.put("issuetype", "Specify an issue type");
        }
        if (errors.size() > 0) {
            ObjectNode answer = HttpCalls.JSON.createObjectNode();
            answer.putArray("errorMessages");
            answer.set("errors", errors);
            return Reply.json(400, answer);
        }
        int number = issueNumbers.get(project.get()).getOrElse(0) + 1;
        issueNumbers = issueNumbers.put(project.get(), number);
        int id = ++nextIssueId;
        ObjectNode answer = HttpCalls.JSON.createObjectNode();
        answer.put("id", Integer.toString(id));
        answer.put("key", project.get() + "-" + number);
        answer.put("self", base + "/rest/api/2/issue/" + id);
        return Reply.json(201, answer);
    }

    private Reply comment(String issue, JsonNode json) {
        Option<String> text = HttpCalls.text(json, "body").filter(b -> !b.isBlank());
        if (text.isEmpty()) {
            return Reply.json(400,
                    "{\"errorMessages\":[],\"errors\":{\"comment\":\"Comment body can not be empty!\"}}");
        }
        int id = ++nextCommentId;
        ObjectNode answer = HttpCalls.JSON.createObjectNode();
        answer.put("id", Integer.toString(id));
        answer.put("body", text.get());
        answer.put("self", base + "/rest/api/2/issue/" + issue + "/comment/" + id);
        return Reply.json(201, answer);
    }

    private Reply assign(JsonNode json) {
        return HttpCalls.text(json, "name").orElse(() -> HttpCalls.text(json, "accountId")).isDefined()
                ? Reply.empty(204)
                : Reply.json(400, "{\"errorMessages\":[],\"errors\":{\"assignee\":\"Specify a user\"}}");
    }

    private Reply transition(JsonNode json) {
        return HttpCalls.text(json.path("transition"), "id").filter(id -> !id.isBlank()).isDefined()
                ? Reply.empty(204)
                : Reply.json(400, "{\"errorMessages\":[\"Missing 'transition' identifier\"],\"errors\":{}}");
    }

    private static Reply pagingRest(Request request, Function<JsonNode, Reply> serve) {
        if (!request.header("Authorization").exists(a -> a.startsWith("Token token=") && a.length() > 12)) {
            return Reply.json(401, "{\"error\":{\"message\":\"Authentication required\",\"code\":2006}}");
        }
        if (request.header("From").filter(f -> f.contains("@")).isEmpty()) {
            return Reply.json(400, "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
                    + "\"errors\":[\"Requester User Not Found\"]}}");
        }
        return withJson(request, serve);
    }

    private static Reply tracker(Request request, Function<JsonNode, Reply> serve) {
        if (!request.header("Authorization").exists(a -> a.matches("(Basic|Bearer) \\S+"))) {
            return Reply.json(401, "{\"errorMessages\":[\"You are not authenticated. Authentication required to"
                    + " perform this operation.\"],\"errors\":{}}");
        }
        return withJson(request, serve);
    }

    private static Reply withJson(Request request, Function<JsonNode, Reply> serve) {
        if (!request.header("Content-Type").exists(t -> t.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
            return Reply.json(415, "{\"error\":\"expected Content-Type application/json\"}");
        }
        Option<JsonNode> json = request.json().filter(JsonNode::isObject);
        return json.isDefined() ? serve.apply(json.get()) : Reply.text(400, "invalid_payload");
    }

    private static Reply notAllowed() {
        return Reply.json(405, "{\"error\":\"method not allowed\"}");
    }

    private static Option<String> readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        in.transferTo(OutputStream.nullOutputStream());
        return bytes.length > MAX_BODY ? Option.none() : Option.some(new String(bytes, StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        reply.retryAfter().forEach(value -> exchange.getResponseHeaders().set("Retry-After", value));
        if (reply.body().length == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    /**
     * One request as the stand-in received it.
     *
     * @param order its place in the order of arrival, from 1
     * @param method the method, such as {@code POST}
     * @param path the raw path, such as {@code /v2/enqueue}
     * @param query the raw query, empty if none
     * @param headers the headers by lower-case name, each with its values
     * @param body the body as UTF-8 text, empty if none
     * @param status the status it was answered with
     */
    public record Request(int order, String method, String path, String query, Map<String, Seq<String>> headers,
            String body, int status) {

        /**
         * Creates a record of a request.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }

        /**
         * The first value of a header.
         *
         * @param name the header's name, in any case
         * @return its first value, if the request had it
         */
        public Option<String> header(String name) {
            Objects.requireNonNull(name, "name");
            return headers.get(name.toLowerCase(Locale.ROOT)).flatMap(Seq::headOption);
        }

        /**
         * The {@code Idempotency-Key} header.
         *
         * @return its value, if the request had one
         */
        public Option<String> idempotencyKey() {
            return header("Idempotency-Key");
        }

        /**
         * The body, parsed as JSON: a fresh tree on every call.
         *
         * @return the tree, if the body is JSON
         */
        public Option<JsonNode> json() {
            try {
                return body.isEmpty() ? Option.none() : Option.of(HttpCalls.JSON.readTree(body));
            } catch (JsonProcessingException e) {
                return Option.none();
            }
        }

        private Request answered(int answeredStatus) {
            return new Request(order, method, path, query, headers, body, answeredStatus);
        }
    }

    private record Reply(int status, String contentType, byte[] body, Option<String> retryAfter) {

        static Reply json(int status, String body) {
            return new Reply(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8),
                    Option.none());
        }

        static Reply json(int status, JsonNode body) {
            try {
                return json(status, HttpCalls.JSON.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8),
                    Option.none());
        }

        static Reply empty(int status) {
            return new Reply(status, "", new byte[0], Option.none());
        }
    }

    private record Misbehaviour(int status, Option<String> retryAfter, String body, Duration stall) {

        Reply reply() {
            Reply reply = status == 204 || status == 304 ? Reply.empty(status) : Reply.json(status, body);
            return new Reply(reply.status(), reply.contentType(), reply.body(), retryAfter);
        }
    }

    private record Scripted(Misbehaviour misbehaviour, int times) {}

    private record Answered(String method, String path, String body, Reply reply) {

        boolean sameRequest(Request request) {
            return method.equals(request.method()) && path.equals(request.path()) && body.equals(request.body());
        }
    }
}
