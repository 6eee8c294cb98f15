package dev.incidentkit.examples.http;

import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** What the tests of this package share: one client, settings, messages, hostile text and a clock. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    /** Text that breaks naive JSON, HTML and chat markup: quotes, back slashes, line breaks, a script end. */
    static final String HOSTILE = "He said \"roll back\" \\ now\n\tline two\r\n</script><script>alert(1)</script>"
            + " <!channel> & {{mustache}} \u00fcn\u00efc\u00f6d\u00e9 \u6f22\u5b57 \ud83d\udea8 \u2028\u2029 end";

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Fixtures() {}

    static HttpSettings settings(Clock clock) {
        return new HttpSettings(CLIENT, Duration.ofSeconds(2), clock, "incidentkit-test/1");
    }

    static HttpSettings settings() {
        return settings(Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** A URL of the given path on a loopback port that nothing listens on any more. */
    static URI nothingListens(String path) {
        try (LocalApis gone = LocalApis.start()) {
            return URI.create(gone.baseUri() + path);
        }
    }

    static RenderedMessage message(String key, String template, Target target, Map<String, String> model,
            String text) {
        return new RenderedMessage(new MessageIntent(key, IncidentId.of("INC-7"), template, target,
                ChannelFormat.MARKDOWN, model), text);
    }

    static RenderedMessage message(String key, String template, Target target, String text) {
        return message(key, template, target, model(), text);
    }

    static Map<String, String> model() {
        return LinkedHashMap.of("incident", "INC-7", "title", "Checkout is down", "severity", "SEV2",
                "status", "DECLARED");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(T0);

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
