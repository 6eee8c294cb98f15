package dev.incidentkit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.Absorption;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.metrics.MetricsSummary;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.timeline.EntryKind;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A merge through the desk (issue 16, item 5): only into an incident that exists and is open; the
 * surviving incident records what it took in; the merged one's obligations end, but for telling its
 * reporter; the pair counts once in the metrics.
 */
class DeskMergeTest {

    private static final IncidentId DUPLICATE = IncidentId.of("INC-2");
    private static final IncidentId ORIGINAL = IncidentId.of("INC-1");
    private static final ResponderId ADA = ResponderId.of("ada");
    private static final ResponderId ALICE = ResponderId.of("alice");
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final String TICKET = "https://desk.example.org/t/4711";

    private final MovingClock clock = new MovingClock(T0);
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), store, new InMemoryOutbox(),
            clock, 50);
    private int commands;

    private CommandHeader header(IncidentId incident) {
        clock.advance(Duration.ofMinutes(1));
        return CommandHeader.of(CommandId.of(incident + "-c" + (++commands)), incident, ADA, clock.instant());
    }

    private DeskOutcome.Accepted accepted(IncidentCommand command) {
        return assertInstanceOf(DeskOutcome.Accepted.class, desk.handle(command));
    }

    /** The original, reported by an alert and declared; the duplicate, a ticket from alice with a link. */
    private void twoReportsOfOneProblem() {
        accepted(TriageCommand.Report.of(header(ORIGINAL), ReportSource.pagingAlert("HubDown", "hub"),
                "Hub answers 503"));
        accepted(ResponseCommand.Declare.of(header(ORIGINAL), "Hub down", IncidentProcess.standard()
                .severityScale().get("SEV2"), Impact.of("nobody can log in", 100), "Hub"));
        accepted(TriageCommand.Report.of(header(DUPLICATE), new ReportSource.SupportTicket("FD-4711", ALICE),
                "I cannot log in"));
        accepted(new CommunicationCommand.AddLink(header(DUPLICATE), Link.of(LinkKind.TICKET, TICKET)));
    }

    @Test
    void should_refuse_a_merge_into_an_incident_that_was_never_reported_and_store_nothing() {
        // given
        twoReportsOfOneProblem();
        Seq<IncidentEvent> before = store.read(DUPLICATE);

        // when
        DeskOutcome outcome = desk.handle(new ResponseCommand.Merge(header(DUPLICATE), IncidentId.of("INC-404")));

        // then
        assertEquals(RejectionCode.UNKNOWN_INCIDENT, assertInstanceOf(DeskOutcome.Rejected.class, outcome)
                .rejection().code());
        assertEquals(before, store.read(DUPLICATE));
        assertTrue(store.read(IncidentId.of("INC-404")).isEmpty());
    }

    @Test
    void should_refuse_a_merge_into_an_incident_that_is_no_longer_open() {
        // given: the original was canceled
        twoReportsOfOneProblem();
        accepted(new ResponseCommand.Cancel(header(ORIGINAL), "a test alert"));

        // when
        DeskOutcome outcome = desk.handle(new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL));

        // then
        DeskOutcome.Rejected rejected = assertInstanceOf(DeskOutcome.Rejected.class, outcome);
        assertEquals(RejectionCode.MERGE_TARGET_NOT_OPEN, rejected.rejection().code());
        assertTrue(rejected.rejection().message().contains("CANCELED"), rejected.rejection().message());
        assertEquals(IncidentStatus.TRIAGE, desk.state(DUPLICATE).status().get());
    }

    @Test
    void should_answer_a_merge_the_decider_refuses_with_the_deciders_reason_before_looking_at_the_target() {
        // given
        twoReportsOfOneProblem();

        // when: the original merged into itself
        DeskOutcome outcome = desk.handle(new ResponseCommand.Merge(CommandHeader.of(CommandId.of("m"), ORIGINAL,
                ADA, clock.instant()), ORIGINAL));

        // then
        assertEquals(RejectionCode.SELF_MERGE, assertInstanceOf(DeskOutcome.Rejected.class, outcome)
                .rejection().code());
    }

    @Test
    void should_record_on_the_surviving_incident_what_it_took_in() {
        // given
        twoReportsOfOneProblem();

        // when
        accepted(new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL));

        // then
        IncidentState original = desk.state(ORIGINAL);
        assertEquals(Option.some(ORIGINAL), desk.state(DUPLICATE).mergedInto());
        Absorption taken = original.absorbed().single();
        assertEquals(DUPLICATE, taken.merged());
        assertEquals(Option.some(ALICE), taken.source().flatMap(ReportSource::namedReporter));
        assertEquals(TICKET, taken.links().single().reference());
        assertTrue(desk.timeline(ORIGINAL).exists(e -> e.kind() == EntryKind.REPORTED && e.text().contains("INC-2")
                && e.text().contains("alice") && e.text().contains(TICKET)), desk.timeline(ORIGINAL).mkString("\n"));
    }

    @Test
    void should_record_the_merge_once_when_it_is_sent_again() {
        // given
        twoReportsOfOneProblem();
        ResponseCommand.Merge merge = new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL);
        accepted(merge);
        Seq<IncidentEvent> original = store.read(ORIGINAL);
        Seq<IncidentEvent> duplicate = store.read(DUPLICATE);

        // when
        DeskOutcome.Accepted again = accepted(merge);

        // then
        assertTrue(again.events().isEmpty());
        assertEquals(original, store.read(ORIGINAL));
        assertEquals(duplicate, store.read(DUPLICATE));
    }

    @Test
    void should_record_the_surviving_incidents_side_when_a_merge_is_sent_again_after_a_crash_lost_it() {
        // given: the merged incident's events were stored, then the process died
        twoReportsOfOneProblem();
        ResponseCommand.Merge merge = new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL);
        IncidentState duplicate = desk.state(DUPLICATE);
        Seq<IncidentEvent> mergedOnly = IncidentDecider.standard().decide(merge, duplicate).get();
        store.append(DUPLICATE, duplicate.version(), mergedOnly);
        IncidentDesk restarted = new IncidentDesk(IncidentProcess.standard(), store, new InMemoryOutbox(), clock, 50);
        assertTrue(restarted.state(ORIGINAL).absorbed().isEmpty());

        // when
        DeskOutcome outcome = restarted.handle(merge);

        // then
        assertInstanceOf(DeskOutcome.Accepted.class, outcome);
        assertEquals(DUPLICATE, restarted.state(ORIGINAL).absorbed().single().merged());
    }

    @Test
    void should_end_the_merged_incidents_obligations_but_for_telling_its_reporter() {
        // given: the duplicate was declared too, so it owed updates
        twoReportsOfOneProblem();
        accepted(ResponseCommand.Declare.of(header(DUPLICATE), "Cannot log in", IncidentProcess.standard()
                .severityScale().get("SEV2"), Impact.of("alice cannot log in", 1), "Hub"));
        assertTrue(desk.obligations(DUPLICATE).exists(o -> o.kind() == ObligationKind.STATUS_UPDATE));

        // when
        accepted(new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL));

        // then
        Obligation tell = desk.obligations(DUPLICATE).single();
        assertEquals(ObligationKind.REPORTER_NOT_TOLD, tell.kind());
        assertTrue(tell.sentence().contains("alice") && tell.sentence().contains("INC-1"), tell.sentence());

        // when: alice is told
        accepted(new TriageCommand.InformReporter(header(DUPLICATE),
                "Your report is handled as part of INC-1; updates follow on the status page."));

        // then
        assertTrue(desk.obligations(DUPLICATE).isEmpty());
    }

    @Test
    void should_count_the_pair_once_detected_when_the_first_report_came_in() {
        // given: the duplicate came in first and was declared; the later original carries on
        accepted(TriageCommand.Report.of(header(DUPLICATE), new ReportSource.SupportTicket("FD-4711", ALICE),
                "I cannot log in"));
        Instant firstReport = clock.instant();
        accepted(ResponseCommand.Declare.of(header(DUPLICATE), "Cannot log in", IncidentProcess.standard()
                .severityScale().get("SEV2"), Impact.of("alice cannot log in", 1), "Hub"));
        clock.advance(Duration.ofMinutes(30));
        accepted(TriageCommand.Report.of(header(ORIGINAL), ReportSource.pagingAlert("HubDown", "hub"),
                "Hub answers 503"));
        accepted(ResponseCommand.Declare.of(header(ORIGINAL), "Hub down", IncidentProcess.standard()
                .severityScale().get("SEV2"), Impact.of("nobody can log in", 100), "Hub"));
        Instant declared = clock.instant();

        // when
        accepted(new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL));

        // then
        MetricsSummary metrics = desk.metrics();
        assertEquals(1, metrics.incidents());
        assertEquals(Option.some(Duration.between(firstReport, declared)),
                metrics.statistics().get(Measure.TIME_TO_DECLARE).get().median());
    }

    @Test
    void should_record_the_merge_when_the_target_already_used_the_derived_command_id() {
        // given: a caller happened to send the original a command with the id the record would take
        twoReportsOfOneProblem();
        accepted(new CommunicationCommand.AddLink(CommandHeader.of(CommandId.of("absorb:INC-2"), ORIGINAL, ADA,
                clock.instant()), Link.of(LinkKind.STATUS_PAGE, "https://status.example.org/1")));

        // when
        accepted(new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL));

        // then: recorded once, under an id of its own
        ResponseEvent.Absorbed absorbed = (ResponseEvent.Absorbed) store.read(ORIGINAL).last();
        assertEquals(DUPLICATE, absorbed.absorption().merged());
        assertEquals(store.read(ORIGINAL).size(), store.read(ORIGINAL).map(e -> e.header().eventId()).distinct().size());
    }

    @Test
    void should_merge_an_incident_whose_id_is_too_long_to_prefix() {
        // given
        twoReportsOfOneProblem();
        IncidentId longest = IncidentId.of("L".repeat(IncidentId.MAX_LENGTH - 5)); // room for the test's command ids
        accepted(TriageCommand.Report.of(header(longest), ReportSource.pagingAlert("HubDown", "hub"), "503"));

        // when
        accepted(new ResponseCommand.Merge(header(longest), ORIGINAL));

        // then
        assertEquals(longest, desk.state(ORIGINAL).absorbed().single().merged());
    }

    @Test
    void should_carry_the_earliest_detection_along_a_chain_of_merges() {
        // given: the duplicate took in an earlier report before it was merged itself
        IncidentId earliest = IncidentId.of("INC-0");
        accepted(TriageCommand.Report.of(header(earliest), ReportSource.pagingAlert("HubDown", "hub"), "503"));
        Instant first = clock.instant();
        clock.advance(Duration.ofMinutes(20));
        twoReportsOfOneProblem();
        accepted(new ResponseCommand.Merge(header(earliest), DUPLICATE));

        // when
        accepted(new ResponseCommand.Merge(header(DUPLICATE), ORIGINAL));

        // then
        assertEquals(Option.some(first), desk.state(ORIGINAL).absorbed().single().detectedAt());
    }

    @Test
    void should_let_only_one_of_two_opposite_merges_racing_on_one_desk_through() throws Exception {
        for (int round = 0; round < 50; round++) {
            // given
            IncidentId a = IncidentId.of("A-" + round);
            IncidentId b = IncidentId.of("B-" + round);
            accepted(TriageCommand.Report.of(header(a), ReportSource.pagingAlert("HubDown", "hub"), "503"));
            accepted(TriageCommand.Report.of(header(b), ReportSource.pagingAlert("HubDown", "hub"), "503"));
            ResponseCommand.Merge aIntoB = new ResponseCommand.Merge(header(a), b);
            ResponseCommand.Merge bIntoA = new ResponseCommand.Merge(header(b), a);

            // when
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Callable<DeskOutcome> first = () -> {
                start.await();
                return desk.handle(aIntoB);
            };
            Callable<DeskOutcome> second = () -> {
                start.await();
                return desk.handle(bIntoA);
            };
            Future<DeskOutcome> one = pool.submit(first);
            Future<DeskOutcome> other = pool.submit(second);
            start.countDown();
            DeskOutcome x = one.get();
            DeskOutcome y = other.get();
            pool.shutdown();

            // then: one merge, one refusal, and the survivor open with its record
            assertTrue(x instanceof DeskOutcome.Accepted ^ y instanceof DeskOutcome.Accepted, x + " / " + y);
            IncidentId survivor = x instanceof DeskOutcome.Accepted ? b : a;
            assertEquals(IncidentStatus.TRIAGE, desk.state(survivor).status().get());
            assertEquals(1, desk.state(survivor).absorbed().size());
        }
    }
}
