package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalApisTest {

    private LocalApis apis;

    @BeforeEach
    void start() {
        apis = LocalApis.start();
    }

    @AfterEach
    void stop() {
        apis.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apis.baseUri() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (!key.isEmpty()) {
            request.header("Idempotency-Key", key);
        }
        return Fixtures.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_listen_on_loopback_only() {
        assertEquals("127.0.0.1", apis.baseUri().getHost());
        assertEquals(URI.create(apis.baseUri() + "/hooks/chat"), apis.chatWebhook());
    }

    @Test
    void should_answer_a_repeated_key_as_before_and_refuse_a_key_reused_for_another_request() throws Exception {
        // given
        String json = "application/json";

        // when
        HttpResponse<String> first = send("POST", "/v2/enqueue", json,
                "{\"routing_key\":\"r\",\"event_action\":\"resolve\",\"dedup_key\":\"INC-1\"}", "k-1");
        HttpResponse<String> again = send("POST", "/v2/enqueue", json,
                "{\"routing_key\":\"r\",\"event_action\":\"resolve\",\"dedup_key\":\"INC-1\"}", "k-1");
        HttpResponse<String> reused = send("POST", "/hooks/chat", json, "{\"text\":\"other\"}", "k-1");

        // then
        assertEquals(202, first.statusCode());
        assertEquals(first.body(), again.body());
        assertTrue(first.body().contains("\"dedup_key\":\"INC-1\""), first.body());
        assertEquals(422, reused.statusCode());
        assertEquals(List.of("k-1"), apis.shownKeys().toList());
        assertEquals(3, apis.requests().size());
    }

    @Test
    void should_answer_unknown_paths_wrong_methods_and_bad_bodies_as_an_api_would() throws Exception {
        assertEquals(404, send("POST", "/admin", "application/json", "{}", "").statusCode());
        assertEquals(405, send("GET", "/hooks/chat", "", "", "").statusCode());
        assertEquals(415, send("POST", "/hooks/chat", "text/plain", "{\"text\":\"x\"}", "").statusCode());
        assertEquals(400, send("POST", "/hooks/chat", "application/json", "{not json", "").statusCode());
        assertEquals(400, send("POST", "/hooks/chat", "application/json", "{\"text\":\"\"}", "").statusCode());
        assertEquals(401, send("POST", "/rest/api/2/issue/INC-1/comment", "application/json", "{\"body\":\"x\"}", "")
                .statusCode(), "the tracker needs credentials");
        assertEquals(401, send("POST", "/incidents/P1/notes", "application/json", "{\"note\":{\"content\":\"x\"}}",
                "").statusCode(), "the paging REST API needs a token");
        assertEquals(400, send("POST", "/v2/enqueue", "application/json",
                "{\"routing_key\":\"r\",\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\"}}", "")
                .statusCode(), "a trigger needs source and severity");
        assertTrue(apis.shown().isEmpty(), "nothing refused is shown");
    }

    @Test
    void should_follow_the_script_in_order_then_serve_again() throws Exception {
        // given
        apis.failNext(2, 503);
        apis.failNext(1, 429, "7");

        // when
        List<HttpResponse<String>> answers = List.range(0, 4).map(i -> {
            try {
                return send("POST", "/hooks/chat", "application/json", "{\"text\":\"t" + i + "\"}", "k-" + i);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });

        // then
        assertEquals(List.of(503, 503, 429, 200), answers.map(HttpResponse::statusCode));
        assertEquals(Option.some("7"), Option.ofOptional(answers.get(2).headers().firstValue("Retry-After")));
        assertEquals(List.of(1, 2, 3, 4), apis.requests().map(LocalApis.Request::order).toList());
        assertEquals(List.of("k-3"), apis.shownKeys().toList());
    }

    @Test
    void should_refuse_a_script_it_cannot_follow() {
        assertThrows(IllegalArgumentException.class, () -> apis.failNext(0, 503));
        assertThrows(IllegalArgumentException.class, () -> apis.failNext(1, 99));
        assertThrows(IllegalArgumentException.class, () -> apis.failNext(1, 429, "30\r\nX-Evil: 1"));
    }

    @Test
    void should_stop_listening_when_closed() {
        // given
        URI base = apis.baseUri();

        // when
        apis.close();
        apis.close();

        // then
        IOException refused = assertThrows(IOException.class, () -> Fixtures.CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + "/hooks/chat")).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        assertInstanceOf(ConnectException.class, refused);
    }

    @Test
    void should_stop_itself_after_its_lifetime() throws Exception {
        // given
        LocalApis shortLived = LocalApis.start(Duration.ofMillis(100));
        URI webhook = shortLived.chatWebhook();

        // when
        boolean stopped = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!stopped && System.nanoTime() < deadline) {
            try {
                Fixtures.CLIENT.send(HttpRequest.newBuilder(webhook).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                Thread.sleep(20);
            } catch (ConnectException e) {
                stopped = true;
            }
        }
        shortLived.close();

        // then
        assertTrue(stopped, "nothing listens once the lifetime is over");
    }
}
