package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Target;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server that sends its headers and then stalls in the body (issue 17): the notifier's timeout bounds the
 * whole exchange, so the delivery comes back as a failure worth retrying instead of waiting on the server.
 */
class StalledAnswerTest {

    @Test
    void should_give_up_on_an_answer_whose_body_stalls_within_the_timeout() throws Exception {
        // given: headers at once, then ten bytes of a hundred, then nothing until the test ends
        CountDownLatch end = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/chat", exchange -> {
            exchange.sendResponseHeaders(200, 100);
            OutputStream body = exchange.getResponseBody();
            body.write("{\"ok\":tru".getBytes(StandardCharsets.UTF_8));
            body.flush();
            try {
                end.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            ChatWebhookNotifier notifier = new ChatWebhookNotifier(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort() + "/hooks/chat"), HttpSettings.of(Duration.ofMillis(500),
                    Clock.systemUTC()));

            // when
            long started = System.nanoTime();
            Delivery outcome = notifier.deliver(Fixtures.message("INC-7/e-1/incident_channel", "status-update",
                    new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-42"), "Update"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then: a retryable failure that names the stall; it came back long before the server would have
            // answered (the bound is generous: this checks that it ends, not how fast)
            Delivery.FailedRetryable failed = assertInstanceOf(Delivery.FailedRetryable.class, outcome);
            assertTrue(failed.reason().contains("did not finish answering"), failed.reason());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        } finally {
            end.countDown();
            server.stop(0);
        }
    }
}
