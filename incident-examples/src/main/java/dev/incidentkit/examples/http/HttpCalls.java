package dev.incidentkit.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidentkit.notify.Delivery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request and says what came of it, for every notifier of this package: the headers every
 * request carries, JSON bodies, the safe path segments, and the one classification of answers and errors
 * into a {@link Delivery}. It never retries and never sleeps; it never logs a header or a URL (a webhook
 * URL is itself a secret).
 */
final class HttpCalls {

    /** Reads and writes JSON; thread-safe once configured. */
    static final ObjectMapper JSON = new ObjectMapper();

    /** The media type of every JSON body sent. */
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    /** An issue tracker's issue key, such as {@code INC-42}: nothing that could change a URL's path. */
    static final Pattern TICKET_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}-[0-9]{1,18}");

    /** A paging service's incident id, such as {@code PT4KHLK}: letters, digits, {@code _} and {@code -}. */
    static final Pattern PAGING_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    private static final Logger LOG = LoggerFactory.getLogger(HttpCalls.class);
    private static final int MAX_BODY_READ = 64 * 1024;
    /** Reads answers' bodies, so that a stalled one can be given up at the deadline; daemon threads. */
    private static final ExecutorService BODY_READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "incidentkit-http-body");
        thread.setDaemon(true);
        return thread;
    });
    private static final int EXCERPT_LENGTH = 160;
    private static final Pattern DELTA_SECONDS = Pattern.compile("[0-9]+");
    private static final BigInteger MAX_SECONDS = BigInteger.valueOf(Long.MAX_VALUE);

    private final HttpSettings settings;
    private final String system;

    /**
     * Creates calls to one system.
     *
     * @param settings client, timeout, clock and user agent
     * @param system the system's name as a sentence uses it, such as "the issue tracker"
     */
    HttpCalls(HttpSettings settings, String system) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.system = Objects.requireNonNull(system, "system");
    }

    /**
     * A request with what every request carries: the timeout, the user agent, the idempotency key when
     * there is one, and {@code Accept: application/json}.
     */
    HttpRequest.Builder request(URI uri, Option<String> idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json");
        idempotencyKey.forEach(key -> builder.header("Idempotency-Key", headerSafe(key)));
        return builder;
    }

    /** A JSON body; every string in it is escaped by Jackson. */
    static HttpRequest.BodyPublisher json(ObjectNode body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Sends a request once.
     *
     * @param request the request
     * @param what what the request does, for the reason of a failure, such as "the comment on INC-1"; no secret
     * @return the answer when it was a success (2xx), or the failure as a delivery outcome
     */
    Either<Delivery, Answer> send(HttpRequest request, String what) {
        // the timeout bounds the whole exchange, the body included: the request's own timeout ends with the
        // headers, and a server that then stalls would hold the dispatcher for as long as it likes
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Either<Delivery, HttpResponse<InputStream>> sent = await(
                settings.client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()), deadline, what,
                "did not answer");
        if (sent.isLeft()) {
            return Either.left(sent.getLeft());
        }
        HttpResponse<InputStream> response = sent.get();
        InputStream stream = response.body();
        Either<Delivery, String> read = await(CompletableFuture.supplyAsync(() -> readSome(stream), BODY_READERS),
                deadline, what, "did not finish answering");
        if (read.isLeft()) {
            closeQuietly(stream); // unblocks the reader and ends the exchange
            return Either.left(read.getLeft());
        }
        String body = read.get();
        int status = response.statusCode();
        LOG.debug("{}: {} answered HTTP {}", system, what, status);
        if (status >= 200 && status < 300) {
            return Either.right(new Answer(status, body));
        }
        return Either.left(classify(system, what, status, response.headers(), body, settings.clock()));
    }

    /**
     * What a non-2xx status means for a delivery: 408, 425, 429 and 5xx are worth retrying, after the
     * wait a {@code Retry-After} header asks for; every other status is final.
     */
    static Delivery classify(String system, String what, int status, HttpHeaders headers, String body, Clock clock) {
        if (status >= 200 && status < 300) {
            return Delivery.delivered();
        }
        String reason = system + " answered HTTP " + status + " to " + what + excerpt(body).map(e -> ": " + e)
                .getOrElse("");
        if (status == 408 || status == 425 || status == 429 || (status >= 500 && status < 600)) {
            return new Delivery.FailedRetryable(reason,
                    Option.ofOptional(headers.firstValue("Retry-After")).flatMap(v -> retryAfter(v, clock)));
        }
        return Delivery.permanent(reason);
    }

    /**
     * The wait a {@code Retry-After} value asks for: delta-seconds, or an HTTP-date measured against the
     * clock (a date already past asks for no wait). Anything else asks for nothing.
     */
    static Option<Duration> retryAfter(String value, Clock clock) {
        String v = value.trim();
        if (DELTA_SECONDS.matcher(v).matches()) {
            return Option.some(Duration.ofSeconds(new BigInteger(v).min(MAX_SECONDS).longValueExact()));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Option.some(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }

    /** A short, single-line excerpt of a body, if it has any text. */
    static Option<String> excerpt(String body) {
        String line = body.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (line.isEmpty()) {
            return Option.none();
        }
        return Option.some(line.length() <= EXCERPT_LENGTH ? line : cut(line, EXCERPT_LENGTH) + "...");
    }

    /** A text from outside, quoted on one short line, for a sentence about it. */
    static String quote(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (line.length() <= 80 ? line : cut(line, 80) + "...") + "\"";
    }

    /** The reason of a failed delivery, for APIs that answer with a sentence. */
    static String reason(Delivery failure) {
        if (failure instanceof Delivery.FailedRetryable) {
            return ((Delivery.FailedRetryable) failure).reason();
        }
        if (failure instanceof Delivery.FailedPermanently) {
            return ((Delivery.FailedPermanently) failure).reason();
        }
        return failure.toString();
    }

    /** At most {@code max} characters of a text, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** A URL without a trailing slash, so that paths can be appended to it. */
    static String base(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Checks a configured base URL: absolute, http or https, without query or fragment.
     *
     * @throws IllegalArgumentException if it is not one
     */
    static URI checkBase(URI uri, String name) {
        checkHttp(uri, name);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " must have no query or fragment");
        }
        return uri;
    }

    /**
     * Checks a configured URL: absolute, http or https, with a host.
     *
     * @throws IllegalArgumentException if it is not one
     */
    static URI checkHttp(URI uri, String name) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http or https URL");
        }
        return uri;
    }

    /**
     * Checks configured text that travels in a header or a body: not blank, one line.
     *
     * @throws IllegalArgumentException if it is not
     */
    static String checkLine(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(name + " must be one non-blank line");
        }
        return value;
    }

    /**
     * An idempotency key as a header value: printable ASCII stays as it is, anything else (and {@code %})
     * is percent-encoded as UTF-8, so the same key always gives the same header.
     */
    static String headerSafe(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '%') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A text field of a JSON object, if it is there and is text. */
    static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Option.some(value.asText()) : Option.none();
    }

    /** Waits for a step of the exchange until the deadline; a failure or the deadline is a retryable outcome. */
    private <T> Either<Delivery, T> await(CompletableFuture<T> step, long deadline, String what, String late) {
        try {
            return Either.right(step.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            step.cancel(true);
            LOG.debug("{}: {} timed out", system, what);
            return Either.left(Delivery.retryable(system + " " + late + " " + what + " within "
                    + settings.timeout().toMillis() + " ms"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return Either.left(Delivery.retryable(system + " " + late + " " + what + " within "
                        + settings.timeout().toMillis() + " ms"));
            }
            if (cause instanceof IOException) {
                LOG.debug("{}: {} failed: {}", system, what, cause.getClass().getSimpleName());
                return Either.left(Delivery.retryable(system + " could not be reached for " + what + ": "
                        + describe((IOException) cause)));
            }
            throw new IllegalStateException("sending " + what + " to " + system + " failed", cause);
        } catch (InterruptedException e) {
            step.cancel(true);
            Thread.currentThread().interrupt();
            return Either.left(Delivery.retryable("interrupted while sending " + what + " to " + system));
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            LOG.debug("closing a stalled answer failed", e);
        }
    }

    private static String readSome(InputStream body) {
        try (InputStream in = body) {
            return new String(in.readNBytes(MAX_BODY_READ), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage()
                .replaceAll("[A-Za-z][A-Za-z0-9+.-]*://\\S*", "<url>")
                .replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return message.isEmpty() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " (" + cut(message, 120) + ")";
    }

    /**
     * A successful answer.
     *
     * @param status the 2xx status
     * @param body the start of the body, as text
     */
    record Answer(int status, String body) {}
}
