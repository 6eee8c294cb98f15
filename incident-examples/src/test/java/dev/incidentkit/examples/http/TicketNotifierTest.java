package dev.incidentkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import dev.incidentkit.testkit.NotifierContract;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketNotifierTest extends NotifierContract {

    private static final Target TICKET = new Target(Target.Kind.TICKET, "INC-1");
    private static final TicketNotifier.Credentials BASIC = TicketNotifier.Credentials.basic("liaison@example.com",
            "s3cr3t");

    private LocalApis apis;

    @BeforeEach
    void start() {
        apis = LocalApis.start();
    }

    @AfterEach
    void stop() {
        apis.close();
    }

    private TicketNotifier notifier(TicketNotifier.Credentials credentials) {
        return new TicketNotifier(apis.baseUri(), credentials, "31", Fixtures.settings());
    }

    @Override
    protected Notifier newNotifier() {
        return notifier(BASIC);
    }

    @Override
    protected Seq<String> keysShownByTarget() {
        return apis.shownKeys();
    }

    @Override
    protected Notifier notifierWithTargetDown() {
        return new TicketNotifier(Fixtures.nothingListens(""), BASIC, "31", Fixtures.settings());
    }

    @Override
    protected RenderedMessage message(String key) {
        return Fixtures.message(key, "status-update", TICKET, "We are rolling back.");
    }

    @Test
    void should_comment_in_the_tracker_shape_with_basic_credentials() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("INC-7/e-1/ticket", "status-update", TICKET,
                Fixtures.HOSTILE));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        LocalApis.Request request = apis.requests().single();
        assertEquals("POST", request.method());
        assertEquals("/rest/api/2/issue/INC-1/comment", request.path());
        assertEquals(201, request.status());
        String basic = Base64.getEncoder()
                .encodeToString("liaison@example.com:s3cr3t".getBytes(StandardCharsets.UTF_8));
        assertEquals(Option.some("Basic " + basic), request.header("Authorization"));
        assertEquals(Option.some("application/json; charset=utf-8"), request.header("Content-Type"));
        assertEquals(Option.some("INC-7/e-1/ticket"), request.header("Idempotency-Key"));
        assertEquals(Fixtures.HOSTILE, request.json().get().get("body").asText());
        assertEquals(1, request.json().get().size());
    }

    @Test
    void should_authenticate_with_a_bearer_token() {
        // given
        Notifier notifier = notifier(TicketNotifier.Credentials.bearer("pat-123"));

        // when
        notifier.deliver(message("k-1"));

        // then
        assertEquals(Option.some("Bearer pat-123"), apis.requests().single().header("Authorization"));
    }

    @Test
    void should_comment_then_assign_for_a_ticket_assignment() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-as", TicketNotifier.ASSIGNMENT, TICKET,
                Fixtures.model().put("assignee", "Ada").put("assigneeId", "ada"), "Ada is the liaison"));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        Seq<LocalApis.Request> requests = apis.requests();
        assertEquals(List.of("POST /rest/api/2/issue/INC-1/comment", "PUT /rest/api/2/issue/INC-1/assignee"),
                requests.map(r -> r.method() + " " + r.path()).toList());
        assertEquals(List.of(201, 204), requests.map(LocalApis.Request::status).toList());
        assertEquals("ada", requests.get(1).json().get().get("name").asText());
        assertEquals(List.of("k-as", "k-as/assignee"), requests.flatMap(LocalApis.Request::idempotencyKey).toList());
        assertTrue(requests.forAll(r -> r.header("Authorization").isDefined()));
    }

    @Test
    void should_comment_then_resolve_for_the_resolution_notice() {
        // given
        Notifier notifier = newNotifier();

        // when
        Delivery outcome = notifier.deliver(Fixtures.message("k-res", TicketNotifier.RESOLUTION, TICKET,
                "Resolved: the rollback worked"));

        // then
        assertInstanceOf(Delivery.Delivered.class, outcome);
        Seq<LocalApis.Request> requests = apis.requests();
        assertEquals(List.of("POST /rest/api/2/issue/INC-1/comment", "POST /rest/api/2/issue/INC-1/transitions"),
                requests.map(r -> r.method() + " " + r.path()).toList());
        assertEquals("31", requests.get(1).json().get().get("transition").get("id").asText());
        assertEquals(204, requests.get(1).status());
    }

    @Test
    void should_not_assign_when_the_comment_failed_and_show_each_step_once_after_the_retry() {
        // given
        apis.failNext(1, 503);
        Notifier notifier = newNotifier();
        RenderedMessage assignment = Fixtures.message("k-as", TicketNotifier.ASSIGNMENT, TICKET,
                Fixtures.model().put("assigneeId", "ada"), "Ada is the liaison");

        // when
        Delivery first = notifier.deliver(assignment);
        Delivery second = notifier.deliver(assignment);
        Delivery third = notifier.deliver(assignment);

        // then
        assertInstanceOf(Delivery.FailedRetryable.class, first);
        assertInstanceOf(Delivery.Delivered.class, second);
        assertInstanceOf(Delivery.Delivered.class, third);
        assertEquals(List.of(503, 201, 204, 201, 204), apis.requests().map(LocalApis.Request::status).toList());
        assertEquals(List.of("k-as", "k-as/assignee"), apis.shownKeys().toList());
    }

    @Test
    void should_fail_for_good_on_an_assignment_without_assignee() {
        // when
        Delivery outcome = newNotifier().deliver(Fixtures.message("k-1", TicketNotifier.ASSIGNMENT, TICKET, "who?"));

        // then
        assertTrue(assertInstanceOf(Delivery.FailedPermanently.class, outcome).reason().contains("assigneeId"));
        assertTrue(apis.requests().isEmpty());
    }

    @Test
    void should_refuse_addresses_that_are_not_plain_issue_keys() {
        // given
        Notifier notifier = newNotifier();

        for (String address : List.of("../../admin", "INC-1/../../admin", "INC-1%2F..%2F..%2Fadmin", "INC-1?x=1",
                "INC-1#x", "INC 1", "INC-", "-1", "", "INC-1\r\nX-Evil: 1", "http://elsewhere/INC-1")) {
            // when
            Delivery outcome = notifier.deliver(Fixtures.message("k-1", "status-update",
                    new Target(Target.Kind.TICKET, address), "text"));

            // then
            String reason = assertInstanceOf(Delivery.FailedPermanently.class, outcome, address).reason();
            assertTrue(reason.contains("not an issue key"), reason);
            assertFalse(reason.contains("\n"), reason);
        }
        assertTrue(apis.requests().isEmpty(), "nothing was sent: " + apis.requests());
    }

    @Test
    void should_open_tickets_and_answer_their_keys() {
        // given
        TicketNotifier notifier = notifier(BASIC);

        // when
        Either<String, String> first = notifier.create("INC", "Checkout is down\nfor everyone", Fixtures.HOSTILE);
        Either<String, String> second = notifier.create("INC", "Search is slow", "");

        // then
        assertEquals(Either.right("INC-1"), first);
        assertEquals(Either.right("INC-2"), second);
        LocalApis.Request request = apis.requests().head();
        assertEquals("POST", request.method());
        assertEquals("/rest/api/2/issue", request.path());
        assertEquals(201, request.status());
        assertTrue(request.header("Authorization").isDefined());
        assertTrue(request.idempotencyKey().isEmpty(), "no key given, none invented");
        JsonNode fields = request.json().get().get("fields");
        assertEquals("INC", fields.get("project").get("key").asText());
        assertEquals("Checkout is down for everyone", fields.get("summary").asText());
        assertEquals(Fixtures.HOSTILE, fields.get("description").asText());
        assertEquals("Incident", fields.get("issuetype").get("name").asText());
    }

    @Test
    void should_open_one_ticket_for_one_idempotency_key() {
        // given
        TicketNotifier notifier = notifier(BASIC);

        // when
        Either<String, String> first = notifier.create("OPS", "Checkout is down", "d", "INC-7/ticket");
        Either<String, String> again = notifier.create("OPS", "Checkout is down", "d", "INC-7/ticket");

        // then
        assertEquals(Either.right("OPS-1"), first);
        assertEquals(first, again);
        assertEquals(List.of(Option.some("INC-7/ticket"), Option.some("INC-7/ticket")),
                apis.requests().map(LocalApis.Request::idempotencyKey).toList());
    }

    @Test
    void should_say_why_no_ticket_was_opened() {
        // given
        TicketNotifier notifier = notifier(BASIC);

        // when
        Either<String, String> badProject = notifier.create("../admin", "s", "d");
        Either<String, String> noSummary = notifier.create("INC", " \n ", "d");
        apis.failNext(1, 400, Option.none(),
                "{\"errorMessages\":[],\n\"errors\":{\"issuetype\":\"The issue type selected is invalid.\"}}");
        Either<String, String> refused = notifier.create("INC", "s", "d");
        apis.failNext(1, 503);
        Either<String, String> unavailable = notifier.create("INC", "s", "d");

        // then
        assertTrue(badProject.getLeft().contains("not a project key"), badProject.getLeft());
        assertTrue(noSummary.getLeft().contains("summary"), noSummary.getLeft());
        assertTrue(refused.getLeft().contains("400"), refused.getLeft());
        assertTrue(refused.getLeft().contains("The issue type selected is invalid"), refused.getLeft());
        assertTrue(unavailable.getLeft().contains("503"), unavailable.getLeft());
        assertEquals(2, apis.requests().size(), "the invalid input never left");
    }

    @Test
    void should_keep_the_secret_out_of_descriptions() {
        assertFalse(notifier(BASIC).toString().contains("s3cr3t"));
        assertFalse(notifier(TicketNotifier.Credentials.bearer("pat-123")).toString().contains("pat-123"));
    }
}
