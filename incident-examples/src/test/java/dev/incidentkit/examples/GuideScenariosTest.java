package dev.incidentkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incidentkit.examples.files.MarkdownReportExporter;
import dev.incidentkit.examples.http.LocalApis;
import dev.incidentkit.examples.jdbc.JdbcIncidentStorage;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Target;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.templates.TemplateCatalogue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each guide's scenario, played on the real adapters (H2, the HTTP notifiers against the loopback
 * stand-in, the reports exporter), checked against what its guide demands.
 */
class GuideScenariosTest {

    private static int databases;

    @TempDir
    Path reports;

    /** A played scenario: the run, and what the stand-in chat, paging and ticket systems received. */
    private record Played(ScenarioRun run, Seq<LocalApis.Request> requests) {

        /** The incident as it stood just after the {@code occurrence}-th command of that verb. */
        IncidentState stateAfter(IncidentId id, String verb, int occurrence) {
            ScenarioRun.Step step = steps(id, verb).get(occurrence - 1);
            return IncidentDecider.of(run.process()).replay(id, run.events(id).take((int) step.version()));
        }

        Seq<ScenarioRun.Step> steps(IncidentId id, String verb) {
            return run.steps().filter(s -> s.incident().equals(id) && s.command().equals(verb));
        }

        Seq<String> templatesTo(Target.Kind kind) {
            return run.sent().filter(s -> s.message().intent().target().kind() == kind
                    && s.outcome() instanceof Delivery.Delivered).map(s -> s.message().intent().templateKey());
        }

        Seq<JsonNode> bodies(String method, String pathStart) {
            return requests.filter(r -> r.method().equals(method) && r.path().startsWith(pathStart) && r.status() < 300)
                    .flatMap(LocalApis.Request::json);
        }
    }

    private Played play(Scenario scenario, boolean busyOnce) {
        ManualClock clock = new ManualClock(scenario.start());
        TemplateCatalogue catalogue = Outputs.catalogue();
        MarkdownReportExporter exporter = new MarkdownReportExporter(reports,
                "https://github.com/example-org/incident-reports/blob/main/", catalogue, ZoneOffset.UTC);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:scenario-" + (++databases) + ";DB_CLOSE_DELAY=-1");
        try (DemoStack stack = DemoStack.start(clock)) {
            if (busyOnce) {
                stack.apis().failNext(1, 429, "30");
            }
            ScenarioRun run = stack.run(scenario, JdbcIncidentStorage.on(h2), catalogue,
                    (state, events) -> exporter.publish(state, events).getOrElseThrow(problem -> new IllegalStateException(problem)));
            scenario.play(run);
            return new Played(run, stack.apis().requests());
        }
    }

    private static Seq<ObligationKind> kinds(Seq<Obligation> obligations) {
        return obligations.map(Obligation::kind);
    }

    @Test
    void should_run_the_managed_hub_outage_as_guides_000_001_and_002_ask() throws Exception {
        // given / when
        Played played = play(new ManagedHubOutage(), true);
        IncidentId hub = ManagedHubOutage.HUB;
        ScenarioRun run = played.run();

        // then: declared P1 by the triager, who commands; the official start waits for its four conditions
        IncidentState declared = played.stateAfter(hub, "declare", 1);
        assertEquals("P1", declared.severity().get().name());
        assertEquals(List.of(ResponderId.of("sam")), declared.holders(Role.INCIDENT_COMMANDER));
        assertEquals(3, kinds(played.steps(hub, "declare").head().obligations())
                .count(k -> k == ObligationKind.OFFICIAL_START_ITEM), "channel, paging incident and community missing");
        assertTrue(played.stateAfter(hub, "post update", 1).milestones().get(dev.incidentkit.incident.Milestone.OFFICIALLY_STARTED).isDefined(),
                "informing the community was the last condition");

        // the liaison updates every few hours: the first update promised the next within three hours, and
        // the liaison's came in time
        Obligation due = played.steps(hub, "assign role").head().obligations()
                .find(o -> o.kind() == ObligationKind.STATUS_UPDATE).get();
        Instant firstUpdate = played.steps(hub, "post update").head().at();
        assertEquals(firstUpdate.plus(Duration.ofHours(3)), due.dueAt().get());
        ScenarioRun.Step second = played.steps(hub, "post update").get(1);
        assertEquals(ResponderId.of("erin"), second.actor());
        assertTrue(second.at().isBefore(due.dueAt().get()));

        // the commander's handover: Sam keeps the role until Chris accepts
        IncidentState offered = played.stateAfter(hub, "offer handoff", 1);
        assertEquals(List.of(ResponderId.of("sam")), offered.holders(Role.INCIDENT_COMMANDER));
        assertTrue(kinds(played.steps(hub, "offer handoff").head().obligations()).contains(ObligationKind.HANDOFF_UNANSWERED));
        IncidentState accepted = played.stateAfter(hub, "accept handoff", 1);
        assertEquals(List.of(ResponderId.of("chris")), accepted.holders(Role.INCIDENT_COMMANDER));
        assertTrue(accepted.holds(ResponderId.of("yuvi"), Role.SUBJECT_MATTER_EXPERT), "the Technology Lead is an SME");

        // resolved by the Technology Lead; report reviewed, published, shared; closed with nothing owed
        IncidentState end = run.state(hub);
        assertEquals(IncidentStatus.CLOSED, end.status().get());
        assertEquals(ResponderId.of("yuvi"), played.steps(hub, "resolve").head().actor());
        assertEquals(List.empty(), run.obligations(hub));
        String location = end.postmortem().get().location().get();
        assertEquals("https://github.com/example-org/incident-reports/blob/main/2026/" + hub.value() + ".md", location);
        String report = Files.readString(reports.resolve("2026").resolve(hub.value() + ".md"));
        assertTrue(report.contains("| Duration | 3 h 45 min |"), report);
        assertTrue(report.contains("Alert on the proxy"), report);

        // what was sent to whom: the page (retried once after the busy answer), the channel, the ticket
        ScenarioRun.Sent busy = run.sent().head();
        assertInstanceOf(Delivery.FailedRetryable.class, busy.outcome());
        assertEquals(Duration.ofSeconds(30), ((Delivery.FailedRetryable) busy.outcome()).retryAfter().get());
        assertTrue(run.sent().tail().exists(s -> s.message().intent().idempotencyKey()
                .equals(busy.message().intent().idempotencyKey())),
                () -> "the busy message is retried with the same key: " + run.sent().map(s -> s.message().intent()
                        .templateKey() + " " + s.outcome()).mkString("; "));
        // the alert's own paging incident is acknowledged and resolved; no second one is triggered (issue 16)
        // (the acknowledgement met the busy answer, so it is delivered after the first reassignment)
        assertEquals(List.of("paging-reassignment", "paging-acknowledge", "paging-note",
                "paging-reassignment", "paging-resolve"), played.templatesTo(Target.Kind.PAGING_INCIDENT));
        assertEquals(List.empty(), played.bodies("POST", "/v2/enqueue"));
        assertEquals(List.of("acknowledged", "resolved"), played.bodies("PUT", "/incidents/PD-Q7XK2")
                .map(b -> b.get("incident").path("status").asText()).filter(status -> !status.isEmpty()).distinct());
        assertEquals(List.of("channel-kickoff", "role-handoff", "resolved"), played.templatesTo(Target.Kind.INCIDENT_CHANNEL));
        assertEquals(List.of("first-response", "ticket-assignment", "status-update", "resolution-notice",
                "postmortem-published"), played.templatesTo(Target.Kind.TICKET));
        assertEquals(List.of("erin"), played.bodies("PUT", "/rest/api/2/issue/OPS-1/assignee")
                .map(b -> b.get("name").asText()));
    }

    @Test
    void should_ask_for_more_then_declare_one_ticket_and_decline_the_other_as_guides_000_and_001_ask() {
        // given / when
        Played played = play(new SupportTickets(), false);
        IncidentId servers = SupportTickets.SERVERS;
        IncidentId memory = SupportTickets.MEMORY;
        ScenarioRun run = played.run();

        // then: not reproduced, so more information is asked for on the reporter's ticket
        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, played.stateAfter(servers, "assess", 1).verdict().get().outcome());
        assertTrue(played.stateAfter(servers, "request information", 1).informationRequestedAt().isDefined());
        // reproduced for three users who cannot start servers: an incident
        assertEquals(Verdict.Outcome.INCIDENT, played.stateAfter(servers, "assess", 2).verdict().get().outcome());
        IncidentState declared = played.stateAfter(servers, "declare", 1);
        assertEquals("P2", declared.severity().get().name());
        assertEquals(IncidentStatus.RESOLVED, run.state(servers).status().get());

        // the second ticket is a support matter: declined, routed to support, and the reporter told
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, played.stateAfter(memory, "assess", 1).verdict().get().outcome());
        assertEquals(IncidentStatus.DECLINED, run.state(memory).status().get());
        assertTrue(kinds(played.steps(memory, "decline").head().obligations()).contains(ObligationKind.REPORTER_NOT_TOLD));
        assertEquals(List.empty(), run.obligations(memory));

        // every word to a reporter went on their own ticket
        Seq<String> onTickets = run.sent().filter(s -> s.message().intent().target().kind() == Target.Kind.TICKET)
                .map(s -> s.message().intent().templateKey() + "@" + s.message().intent().target().address());
        assertEquals(List.of("information-request@FD-2041", "decline-notice@FD-2042", "reporter-update@FD-2042",
                "ticket-assignment@FD-2041", "first-response@FD-2041", "resolution-notice@FD-2041"), onTickets);
        assertTrue(played.bodies("POST", "/rest/api/2/issue/FD-2042/comment")
                .exists(b -> b.get("body").asText().contains("We will answer it here, as a support request.")));
        // the resolved incident still owes its report (every incident has one, 001)
        assertTrue(kinds(run.obligations(servers)).contains(ObligationKind.POSTMORTEM_DUE));
    }

    @Test
    void should_cancel_what_does_not_qualify_and_require_a_post_mortem_for_a_critical_incident_as_guide_003_asks() {
        // given / when
        Played played = play(new OnCallAlerts(), false);
        ScenarioRun run = played.run();

        // then: tracked in a ticket, assessed, canceled, and the reporter educated
        IncidentState thumbnails = run.state(OnCallAlerts.THUMBNAILS);
        assertEquals(IncidentStatus.CANCELED, thumbnails.status().get());
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, thumbnails.verdict().get().outcome());
        assertTrue(thumbnails.reporterInformedAt().isDefined());
        assertEquals(List.empty(), run.obligations(OnCallAlerts.THUMBNAILS));

        // Critical: fixed with the status page kept current, resolved, follow-ups linked, post-mortem required
        IncidentState checkout = run.state(OnCallAlerts.CHECKOUT);
        assertEquals("Critical", checkout.severity().get().name());
        assertEquals(IncidentStatus.IN_REVIEW, checkout.status().get());
        assertEquals(List.of("status-page-update", "resolution-notice"), played.templatesTo(Target.Kind.STATUS_PAGE));
        assertEquals(2, checkout.postmortem().get().actionItems().size());
        assertTrue(checkout.postmortem().get().actionItems().values()
                .forAll(i -> i.issue().get().startsWith("https://tracker.example.org/browse/OPS-")));
        ScenarioRun.Step close = played.steps(OnCallAlerts.CHECKOUT, "close").single();
        assertFalse(close.accepted());
        assertTrue(close.outcome().contains("publish it before closing"), close.outcome());
        assertTrue(kinds(run.obligations(OnCallAlerts.CHECKOUT)).contains(ObligationKind.POSTMORTEM_DUE));
    }

    @Test
    void should_staff_by_on_call_defaults_hand_over_with_acknowledgement_and_review_within_a_day_as_guide_004_asks() {
        // given / when
        Played played = play(new CommanderAndInvestigator(), false);
        IncidentId id = CommanderAndInvestigator.CHECKOUT;
        ScenarioRun run = played.run();

        // then: the on-call engineer investigates, the secondary commands
        IncidentState declared = played.stateAfter(id, "declare", 1);
        assertEquals(List.of(ResponderId.of("ada")), declared.holders(Role.INVESTIGATOR));
        assertEquals(List.of(ResponderId.of("grace")), declared.holders(Role.INCIDENT_COMMANDER));

        // the investigator lets go only once Linus acknowledged
        assertEquals(List.of(ResponderId.of("ada")), played.stateAfter(id, "offer handoff", 1).holders(Role.INVESTIGATOR));
        assertEquals(List.of(ResponderId.of("linus")), played.stateAfter(id, "accept handoff", 1).holders(Role.INVESTIGATOR));

        // the bleeding stopped before the root cause was found
        Seq<IncidentEvent> events = run.events(id);
        int mitigated = events.indexWhere(e -> e instanceof ResponseEvent.Mitigated);
        int cause = events.indexWhere(e -> e instanceof ResponseEvent.ActionRecorded
                && ((ResponseEvent.ActionRecorded) e).text().contains("expired"));
        assertTrue(mitigated >= 0 && mitigated < cause);

        // the PIR is due within one working day of the resolution, and was published in time
        Obligation pir = played.steps(id, "start postmortem").single().obligations()
                .find(o -> o.kind() == ObligationKind.POSTMORTEM_DUE).get();
        assertEquals(Instant.parse("2026-11-24T23:59:59Z").atZone(ZoneOffset.UTC).toLocalDate(),
                pir.dueAt().get().atZone(ZoneOffset.UTC).toLocalDate());
        assertTrue(played.steps(id, "publish postmortem").single().at().isBefore(pir.dueAt().get()));
        assertEquals(IncidentStatus.CLOSED, run.state(id).status().get());
        assertEquals(List.empty(), run.obligations(id));
    }
}
