package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.incidentkit.base.TimeRules;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.PostmortemPolicy;
import dev.incidentkit.process.UpdateCadence;
import dev.incidentkit.process.WorkingCalendar;
import dev.incidentkit.report.ReportSource;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Absurd times and settings (issue 17, item 9) were accepted and failed later: an impact start at
 * {@code Instant.MIN} broke the report and the timeline for good, a recording time past what PostgreSQL keeps
 * broke the store, a timeout of {@code Long.MAX_VALUE} seconds overflowed, a deadline of
 * {@code Integer.MAX_VALUE} working days ran for minutes. Each is refused at the door.
 */
class TimeBoundsTest {

    @Test
    void should_refuse_times_outside_the_accepted_range_with_a_rejection() {
        IncidentState declared = IncidentFixtures.inStatus(IncidentStatus.DECLARED);

        Rejection minimum = DECIDER.apply(new TriageCommand.EstimateImpactStart(at(30), Instant.MIN), declared)
                .getLeft();
        Rejection farFuture = DECIDER.apply(TriageCommand.Report.of(CommandHeader.of(CommandId.of("c1"), INC,
                IncidentFixtures.ADA, Instant.parse("+300000-01-01T00:00:00Z")), ReportSource.pagingAlert("A", "b"),
                "down"), IncidentState.empty(INC)).getLeft();
        Rejection beforeEpoch = DECIDER.apply(new ResponseCommand.Mitigate(at(30), "rolled back",
                Option.some(Instant.parse("1969-12-31T23:59:59Z"))), declared).getLeft();
        Rejection promise = DECIDER.apply(CommunicationCommand.PostUpdate.progress(at(30),
                dev.incidentkit.role.Audience.STAKEHOLDERS, "Investigating.", Instant.MAX), declared).getLeft();

        for (Rejection r : new Rejection[] {minimum, farFuture, beforeEpoch, promise}) {
            assertEquals(RejectionCode.INVALID_INPUT, r.code(), r.message());
        }
        assertEquals(Option.none(), TimeRules.instantProblem("t", TimeRules.LATEST));
    }

    @Test
    void should_refuse_absurd_durations_when_the_process_is_built() {
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.standard().toBuilder()
                .handoffOfferTimeout(Duration.ofSeconds(Long.MAX_VALUE)).build());
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.standard().toBuilder()
                .investigatorAloneAdvisoryAfter(Option.some(Duration.ofDays(10_000))).build());
        assertThrows(IllegalArgumentException.class, () -> UpdateCadence.every(Duration.ofDays(367),
                IncidentFixtures.SCALE.levels()));
        assertThrows(IllegalArgumentException.class, () -> new PostmortemPolicy(Option.none(),
                Option.some(Integer.MAX_VALUE), WorkingCalendar.weekdays(ZoneOffset.UTC), Option.none(),
                io.vavr.collection.HashSet.empty()));
    }
}
