package dev.incidentkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final IncidentDecider DECIDER = IncidentDecider.standard();
    private static final ResponderId ADA = ResponderId.of("ada");

    private static IncidentState run(String id, IncidentCommand... commands) {
        IncidentState state = IncidentState.empty(IncidentId.of(id));
        for (IncidentCommand c : commands) {
            state = DECIDER.apply(c, state).map(Decision::state).getOrElseThrow(r -> new AssertionError(r.toString()));
        }
        return state;
    }

    private static CommandHeader at(String id, int n, String time) {
        return CommandHeader.of(CommandId.of(id + "-" + n), IncidentId.of(id), ADA, Instant.parse(time));
    }

    /** An uptime alert at 12:42 (impact from 12:38), acknowledged 12:44, declared 12:50, mitigated 12:49, resolved 16:06. */
    private static IncidentState uptime(String id) {
        return run(id,
                new TriageCommand.Report(at(id, 1, "2026-03-02T12:43:00Z"), ReportSource.pagingAlert("UptimeCheck"),
                        "hub.example.org is not responding", Option.some(Instant.parse("2026-03-02T12:42:00Z")),
                        Option.some(Instant.parse("2026-03-02T12:38:00Z"))),
                new ResponseCommand.AcknowledgePaging(at(id, 2, "2026-03-02T12:44:00Z")),
                ResponseCommand.Declare.of(at(id, 3, "2026-03-02T12:50:00Z"), "Hub unreachable",
                        DECIDER.process().severityScale().get("SEV2"), Impact.of("nobody can log in", 80), "hub"),
                new ResponseCommand.Mitigate(at(id, 4, "2026-03-02T12:55:00Z"), "reverted the last deploy",
                        Option.some(Instant.parse("2026-03-02T12:50:00Z"))),
                new ResponseCommand.Resolve(at(id, 5, "2026-03-02T16:22:00Z"), "logged in as a test user",
                        Option.some(Instant.parse("2026-03-02T16:06:00Z"))));
    }

    @Test
    void should_measure_each_response_time_from_the_milestones() {
        IncidentMetrics metrics = IncidentMetrics.of(uptime("INC-1"));

        assertEquals(Option.some(Duration.ofMinutes(4)), metrics.get(Measure.TIME_TO_DETECT));
        assertEquals(Option.some(Duration.ofMinutes(2)), metrics.get(Measure.TIME_TO_ACKNOWLEDGE));
        assertEquals(Option.some(Duration.ofMinutes(8)), metrics.get(Measure.TIME_TO_DECLARE));
        assertEquals(Option.some(Duration.ofMinutes(8)), metrics.get(Measure.TIME_TO_MITIGATE));
        assertEquals(Option.some(Duration.ofMinutes(204)), metrics.get(Measure.TIME_TO_RESOLVE));
        assertEquals(Option.some(Duration.ofMinutes(12)), metrics.get(Measure.IMPACT_DURATION));
    }

    @Test
    void should_measure_the_times_teams_quote_first_response_declared_to_resolved_and_mitigated_to_resolved() {
        IncidentMetrics metrics = IncidentMetrics.of(uptime("INC-5"));

        // the acknowledgement at 12:44 was the first response to the alert detected at 12:42
        assertEquals(Option.some(Duration.ofMinutes(2)), metrics.get(Measure.TIME_TO_FIRST_RESPONSE));
        assertEquals(Option.some(Duration.ofMinutes(196)), metrics.get(Measure.DECLARED_TO_RESOLVED));
        assertEquals(Option.some(Duration.ofMinutes(196)), metrics.get(Measure.MITIGATED_TO_RESOLVED));
        // the standard checklist wants a dedicated channel, which this incident never linked
        assertEquals(Either.left("no time to official start: officially started is not known"),
                metrics.values().get(Measure.TIME_TO_OFFICIAL_START).get());
    }

    @Test
    void should_take_the_first_response_at_the_time_it_happened_not_when_it_was_recorded() {
        IncidentState state = run("INC-6",
                new TriageCommand.Report(at("INC-6", 1, "2026-03-02T12:43:00Z"), ReportSource.pagingAlert("Disk"),
                        "disk full", Option.some(Instant.parse("2026-03-02T12:42:00Z")), Option.none()),
                new ResponseCommand.AcknowledgePaging(at("INC-6", 2, "2026-03-02T13:00:00Z")),
                // written down at 13:30: the on-call engineer had started clearing logs at 12:45
                new ResponseCommand.RecordAction(at("INC-6", 3, "2026-03-02T13:30:00Z"),
                        dev.incidentkit.incident.ActionKind.FIX_ATTEMPT, "cleared old logs",
                        Option.some(Instant.parse("2026-03-02T12:45:00Z"))));

        assertEquals(Option.some(Instant.parse("2026-03-02T12:45:00Z")), state.firstResponseAt());
        assertEquals(Option.some(Duration.ofMinutes(3)), IncidentMetrics.of(state).get(Measure.TIME_TO_FIRST_RESPONSE));
        assertEquals(Either.left("no declared to resolved: declared is not known"),
                IncidentMetrics.of(state).values().get(Measure.DECLARED_TO_RESOLVED).get());
    }

    @Test
    void should_report_a_missing_moment_as_missing_not_as_zero() {
        IncidentState declared = run("INC-2",
                TriageCommand.Report.of(at("INC-2", 1, "2026-03-02T12:43:00Z"), ReportSource.manual(ADA), "slow"),
                ResponseCommand.Declare.of(at("INC-2", 2, "2026-03-02T12:50:00Z"), "Slow hub",
                        DECIDER.process().severityScale().get("SEV3"), Impact.of("slow"), "hub"));

        IncidentMetrics metrics = IncidentMetrics.of(declared);

        assertEquals(Either.left("no time to resolve: resolved is not known"), metrics.values().get(Measure.TIME_TO_RESOLVE).get());
        assertEquals(Either.left("no impact duration: impact started is not known"),
                metrics.values().get(Measure.IMPACT_DURATION).get());
        assertEquals(Option.some(Duration.ofMinutes(7)), metrics.get(Measure.TIME_TO_DECLARE));
    }

    @Test
    void should_summarise_declared_incidents_and_leave_out_declined_canceled_and_merged() {
        IncidentState declined = run("INC-3",
                TriageCommand.Report.of(at("INC-3", 1, "2026-03-02T09:00:00Z"), ReportSource.manual(ADA), "question"),
                new TriageCommand.Decline(at("INC-3", 2, "2026-03-02T09:05:00Z"), "a question",
                        DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET)));
        IncidentState canceled = run("INC-4",
                TriageCommand.Report.of(at("INC-4", 1, "2026-03-02T09:00:00Z"), ReportSource.manual(ADA), "blip"),
                ResponseCommand.Declare.of(at("INC-4", 2, "2026-03-02T09:01:00Z"), "Blip",
                        DECIDER.process().severityScale().get("SEV4"), Impact.of("none"), "hub"),
                new ResponseCommand.Cancel(at("INC-4", 3, "2026-03-02T09:30:00Z"), "false alarm"));
        List<IncidentState> all = List.of(uptime("INC-5"), uptime("INC-6"), uptime("INC-7"), declined, canceled);

        MetricsSummary summary = MetricsSummary.of(all);

        assertEquals(3, summary.incidents());
        MetricsSummary.Statistics resolve = summary.statistics().get(Measure.TIME_TO_RESOLVE).get();
        assertEquals(3, resolve.count());
        assertEquals(Option.some(Duration.ofMinutes(204)), resolve.mean());
        assertEquals(Option.some(Duration.ofMinutes(204)), resolve.median());
        assertEquals(Option.some(Duration.ofMinutes(204)), resolve.p90());
    }

    @Test
    void should_take_the_median_and_the_nearest_rank_90th_percentile() {
        List<Duration> values = List.rangeClosed(1, 10).map(Duration::ofMinutes);

        MetricsSummary.Statistics stats = MetricsSummary.Statistics.of(values, 2, 0);

        assertEquals(Option.some(Duration.ofSeconds(330)), stats.median());
        assertEquals(Option.some(Duration.ofMinutes(9)), stats.p90());
        assertEquals(Option.some(Duration.ofSeconds(330)), stats.mean());
        assertEquals(2, stats.missing());
    }
}
