package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import dev.incidentkit.testkit.NotifierContract;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingNotifierTest extends NotifierContract {

    private static final Target PAGING = new Target(Target.Kind.PAGING_INCIDENT, "PABC123");

    private LocalApis apis;

    @BeforeEach
    void start() {
        apis = LocalApis.start();
    }

    @AfterEach
    void stop() {
        apis.close();
    }

    private PagingNotifier notifier(LocalApis on) {
        return new PagingNotifier(on.baseUri(), on.baseUri(), "R0UTINGKEY", "s3cr3t-token", "ic@example.com",
                Fixtures.settings());
    }

    @Override
    protected Notifier newNotifier() {
        return notifier(apis);
    }

    @Override
    protected Seq<String> keysShownByTarget() {
        return apis.shownKeys();
    }

    @Override
    protected Notifier notifierWithTargetDown() {
        apis.failNext(Integer.MAX_VALUE, 503);
        return notifier(apis);
    }

    @Override
    protected RenderedMessage message(String key) {
        return Fixtures.message(key, PagingNotifier.TRIGGER, PAGING, "Checkout is down");
    }

    @Test
    void should_trigger_through_the_events_api_with_the_incident_as_dedup_key() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("INC-7/e-1/paging_incident", PagingNotifier.TRIGGER,
                PAGING, "\n  Checkout is down for \"all\" users  \nsecond line"));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        LocalApis.Request request = apis.requests().single();
        assertEquals("POST", request.method());
        assertEquals("/v2/enqueue", request.path());
        assertEquals(202, request.status());
        assertEquals(Option.some("application/json; charset=utf-8"), request.header("Content-Type"));
        assertEquals(Option.some("INC-7/e-1/paging_incident"), request.header("Idempotency-Key"));
        assertTrue(request.header("Authorization").isEmpty(), "the events API takes its key in the body");
        JsonNode body = request.json().get();
        assertEquals("R0UTINGKEY", body.get("routing_key").asText());
        assertEquals("trigger", body.get("event_action").asText());
        assertEquals("INC-7", body.get("dedup_key").asText());
        JsonNode payload = body.get("payload");
        assertEquals("Checkout is down for \"all\" users", payload.get("summary").asText());
        assertEquals("incidentkit", payload.get("source").asText());
        assertEquals("error", payload.get("severity").asText(), "SEV2 is an error");
        JsonNode details = payload.get("custom_details");
        assertEquals("INC-7", details.get("incident").asText());
        assertEquals("Checkout is down", details.get("title").asText());
        assertEquals("DECLARED", details.get("status").asText());
    }

    @Test
    void should_acknowledge_and_resolve_with_the_dedup_key_and_no_payload() {
        // given
        Notifier notifier = newNotifier();

        // when
        // a paging incident we opened: the model carries its de-duplication key
        notifier.deliver(Fixtures.message("k-ack", PagingNotifier.ACKNOWLEDGE, PAGING,
                Fixtures.model().put(PagingNotifier.DEDUP_KEY, "INC-7"), "ack"));
        notifier.deliver(Fixtures.message("k-res", PagingNotifier.RESOLVE, PAGING,
                Fixtures.model().put(PagingNotifier.DEDUP_KEY, "INC-7"), "resolved"));

        // then
        assertEquals(List.of("acknowledge", "resolve"),
                apis.requests().map(r -> r.json().get().get("event_action").asText()).toList());
        assertTrue(apis.requests().forAll(r -> r.path().equals("/v2/enqueue") && r.status() == 202));
        assertTrue(apis.requests().forAll(r -> r.json().get().get("dedup_key").asText().equals("INC-7")));
        assertTrue(apis.requests().forAll(r -> !r.json().get().has("payload")));
    }

    @Test
    void should_cut_the_summary_to_1024_characters_of_the_first_line() {
        // given
        String first = "x".repeat(1023) + "\ud83d\udea8" + "y".repeat(500);

        // when
        newNotifier().deliver(Fixtures.message("k-1", PagingNotifier.TRIGGER, PAGING, first + "\nsecond"));

        // then
        String summary = apis.requests().single().json().get().get("payload").get("summary").asText();
        assertEquals("x".repeat(1023), summary, "cut before a character it would split");
    }

    @Test
    void should_map_severities_by_the_given_map_and_page_loudly_for_names_it_lacks() {
        // given
        PagingNotifier defaults = notifier(apis);
        PagingNotifier custom = new PagingNotifier(apis.baseUri(), apis.baseUri(), "R", "T", "ic@example.com",
                HashMap.of("Blue", "info", "Red", "critical"), Fixtures.settings());

        // then
        assertEquals(List.of("critical", "critical", "critical", "error", "warning", "info", "info", "critical"),
                List.of("SEV1", "P1", "Critical", "major", "Minor", "P5", "SEV4", "unheard-of")
                        .map(defaults::eventSeverity));
        assertEquals(List.of("info", "critical", "critical"),
                List.of("blue", "RED", "SEV4").map(custom::eventSeverity));
        assertThrows(IllegalArgumentException.class, () -> new PagingNotifier(apis.baseUri(), apis.baseUri(), "R",
                "T", "ic@example.com", HashMap.of("P1", "urgent"), Fixtures.settings()));
    }

    @Test
    void should_post_a_note_through_the_rest_api_with_token_and_from() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-note", PagingNotifier.NOTE, PAGING,
                Fixtures.HOSTILE));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        LocalApis.Request request = apis.requests().single();
        assertEquals("POST", request.method());
        assertEquals("/incidents/PABC123/notes", request.path());
        assertEquals(201, request.status());
        assertEquals(Option.some("Token token=s3cr3t-token"), request.header("Authorization"));
        assertEquals(Option.some("ic@example.com"), request.header("From"));
        assertEquals(Option.some("application/vnd.pagerduty+json;version=2"), request.header("Accept"));
        assertEquals(Option.some("application/json; charset=utf-8"), request.header("Content-Type"));
        assertEquals(Option.some("k-note"), request.header("Idempotency-Key"));
        assertEquals(Fixtures.HOSTILE, request.json().get().get("note").get("content").asText());
    }

    @Test
    void should_reassign_through_the_rest_api() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-re", PagingNotifier.REASSIGNMENT, PAGING,
                Fixtures.model().put("assignee", "Ada").put("assigneeId", "PUSER42"), "Ada is now commander"));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        LocalApis.Request request = apis.requests().single();
        assertEquals("PUT", request.method());
        assertEquals("/incidents/PABC123", request.path());
        assertEquals(200, request.status());
        assertEquals(Option.some("Token token=s3cr3t-token"), request.header("Authorization"));
        JsonNode incident = request.json().get().get("incident");
        assertEquals("incident_reference", incident.get("type").asText());
        JsonNode assignee = incident.get("assignments").get(0).get("assignee");
        assertEquals("PUSER42", assignee.get("id").asText());
        assertEquals("user_reference", assignee.get("type").asText());
    }

    @Test
    void should_fail_for_good_on_a_reassignment_without_assignee_or_a_template_it_has_no_place_for() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery noAssignee = notifier.deliver(Fixtures.message("k-1", PagingNotifier.REASSIGNMENT, PAGING, "who?"));
        Delivery unknown = notifier.deliver(Fixtures.message("k-2", "status-update", PAGING, "hello"));

        // then
        assertTrue(assertInstanceOf(Delivery.FailedPermanently.class, noAssignee).reason().contains("assigneeId"));
        assertTrue(assertInstanceOf(Delivery.FailedPermanently.class, unknown).reason()
                .contains("no place for a \"status-update\" message"));
        assertTrue(apis.requests().isEmpty());
    }

    @Test
    void should_refuse_paging_incident_ids_that_could_reach_another_path() {
        // given
        Notifier notifier = newNotifier();

        for (String address : List.of("../../admin", "PABC/../../admin", "PABC%2F..%2Fadmin", "PABC?x=1", "PABC#x",
                "..", "", "P ABC", "PABC\r\nX-Evil: 1")) {
            // when
            String key = Integer.toHexString(address.hashCode());
            Delivery note = notifier.deliver(Fixtures.message("k-" + key, PagingNotifier.NOTE,
                    new Target(Target.Kind.PAGING_INCIDENT, address), "note"));
            Delivery reassign = notifier.deliver(Fixtures.message("r-" + key, PagingNotifier.REASSIGNMENT,
                    new Target(Target.Kind.PAGING_INCIDENT, address), Fixtures.model().put("assigneeId", "P1"), "x"));

            // then
            assertInstanceOf(Delivery.FailedPermanently.class, note, address);
            assertInstanceOf(Delivery.FailedPermanently.class, reassign, address);
        }
        assertTrue(apis.requests().isEmpty(), "nothing was sent: " + apis.requests());
    }

    @Test
    void should_keep_the_token_and_routing_key_out_of_reasons_and_descriptions() {
        // given
        apis.failNext(1, 401);
        PagingNotifier notifier = notifier(apis);

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-1", PagingNotifier.NOTE, PAGING, "note"));

        // then
        String reason = assertInstanceOf(Delivery.FailedPermanently.class, outcome).reason();
        assertTrue(reason.contains("401"), reason);
        assertFalse(reason.contains("s3cr3t") || reason.contains("R0UTING"), reason);
        assertFalse(notifier.toString().contains("s3cr3t") || notifier.toString().contains("R0UTING"));
    }

    @Test
    void should_acknowledge_and_resolve_a_paging_incident_known_by_its_id_without_opening_another() {
        // given: the alert's own paging incident (issue 16: never trigger a second one)
        Notifier notifier = newNotifier();

        // when
        notifier.deliver(Fixtures.message("k-ack", PagingNotifier.ACKNOWLEDGE, PAGING, "ack"));
        notifier.deliver(Fixtures.message("k-res", PagingNotifier.RESOLVE, PAGING, "resolved"));

        // then
        assertTrue(apis.requests().forAll(r -> r.method().equals("PUT") && r.path().equals("/incidents/PABC123")
                && r.status() < 300), apis.requests().mkString("; "));
        assertEquals(List.of("acknowledged", "resolved"), apis.requests()
                .map(r -> r.json().get().get("incident").get("status").asText()).toList());
    }
}
