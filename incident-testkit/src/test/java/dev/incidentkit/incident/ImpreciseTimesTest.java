package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.Counterpart;
import dev.incidentkit.incident.communication.Direction;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.metrics.Elapsed;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.metrics.MetricsSummary;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.testkit.RuleSpec;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Times known roughly, or not at all (issue 19). Two write-ups, both shaped after the community reports the
 * managed-hub provider of guides 000 and 001 publishes, whose timelines are rebuilt from chat and forum
 * posts days later: where a message survived, its time is known to the minute; where someone remembers
 * "some time in the evening", only a window; where nothing survived, only the order of events.
 *
 * <ul>
 *   <li>The first: a forum post says the hub is slow "this evening" (between 18:00 and 21:00), the on-call
 *       engineer declared "at about 20:00", mitigated at 20:40 (chat) and resolved on 2026-03-09 at a time
 *       nobody wrote down. Written up on 2026-03-11.
 *   <li>The second: a write-up that gives no times at all, only the order: reported, declared, mitigated,
 *       resolved. Recorded the next morning.
 * </ul>
 */
class ImpreciseTimesTest {

    private static final Responder ADA = Responder.of("ada", "Ada");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant EVENING = Instant.parse("2026-03-09T18:00:00Z");
    private static final Instant WRITE_UP = Instant.parse("2026-03-11T09:00:00Z");
    private static final IncidentProcess PROCESS = Presets.commanderAndInvestigator();

    private static CommandHeader written(int n, FactTime when) {
        return CommandHeader.of(CommandId.of("w" + n), INC, ADA.id(), WRITE_UP.plus(Duration.ofMinutes(n)))
                .happenedAt(when);
    }

    /** The events the commands record under the process, each accepted. */
    private static Seq<IncidentEvent> events(List<IncidentCommand> commands) {
        IncidentDecider decider = IncidentDecider.of(PROCESS);
        IncidentState state = IncidentState.empty(INC);
        Seq<IncidentEvent> events = List.empty();
        for (IncidentCommand command : commands) {
            Decision decision = decider.apply(command, state).get();
            events = events.appendAll(decision.events());
            state = decision.state();
        }
        return events;
    }

    private static Instant evening(int minutes) {
        return EVENING.plus(Duration.ofMinutes(minutes));
    }

    private static final List<IncidentCommand> ROUGH = List.of(
            new TriageCommand.Report(written(0, FactTime.between(evening(0), evening(180))),
                    ReportSource.manual(ADA.id()), "A forum post: the hub is slow this evening", Option.none(),
                    Option.none()),
            ResponseCommand.Declare.of(written(1, FactTime.about(evening(120))), "Hub slow",
                    PROCESS.severityScale().get("SEV3"), Impact.of("slow logins"), "hub"),
            new ResponseCommand.Mitigate(written(2, FactTime.toTheMinute(evening(160).plusSeconds(25))),
                    "restarted the proxy", Option.none()),
            new ResponseCommand.Resolve(written(3, FactTime.onDate(LocalDate.of(2026, 3, 9), PARIS)),
                    "checked the next morning", Option.none()));

    private static RuleSpec rough() {
        return RuleSpec.of(PROCESS, INC).givenCommands(ROUGH.toJavaArray(IncidentCommand[]::new));
    }

    private static final List<IncidentCommand> ORDER_ONLY = List.of(
            new TriageCommand.Report(CommandHeader.of(CommandId.of("o0"), INC, ADA.id(), WRITE_UP)
                    .happenedAt(FactTime.unknown()), ReportSource.manual(ADA.id()), "Builds failing", Option.none(),
                    Option.none()),
            ResponseCommand.Declare.of(CommandHeader.of(CommandId.of("o1"), INC, ADA.id(), WRITE_UP.plusSeconds(60))
                            .happenedAt(FactTime.unknown()), "Builds failing", PROCESS.severityScale().get("SEV3"),
                    Impact.of("no builds"), "ci"),
            new ResponseCommand.Mitigate(CommandHeader.of(CommandId.of("o2"), INC, ADA.id(), WRITE_UP.plusSeconds(120))
                    .happenedAt(FactTime.unknown()), "paused the queue", Option.none()),
            new ResponseCommand.Resolve(CommandHeader.of(CommandId.of("o3"), INC, ADA.id(), WRITE_UP.plusSeconds(180))
                    .happenedAt(FactTime.unknown()), "a build went green", Option.none()));

    @Test
    void should_keep_each_time_with_its_precision_in_the_milestones() {
        IncidentState state = rough().state();

        assertEquals(Option.some(FactTime.between(evening(0), evening(180))), state.milestones().timeOf(Milestone.DETECTED));
        assertEquals(Option.some(FactTime.about(evening(120))), state.milestones().timeOf(Milestone.DECLARED));
        assertEquals(Option.some(FactTime.toTheMinute(evening(160))), state.milestones().timeOf(Milestone.MITIGATED));
        assertEquals(FactTime.Precision.DATE, state.milestones().timeOf(Milestone.RESOLVED).get().precision());
        // the order is checked on the earliest moment each can have been
        assertEquals(Option.some(Instant.parse("2026-03-08T23:00:00Z")), state.milestones().get(Milestone.RESOLVED));
    }

    @Test
    void should_show_each_time_as_precisely_as_it_is_known_in_the_timeline() {
        Seq<String> lines = Timeline.lines(Timeline.of(events(ROUGH)), ZoneOffset.UTC);

        // the date-only resolution sorts after the mitigation it was recorded after, within its day
        assertEquals(List.of(
                "between 2026-03-09 18:00 and 21:00 UTC  reported (ada): reported: A forum post: the hub is slow this"
                        + " evening",
                "about 2026-03-09 20:00 UTC  declared (ada): declared SEV3: Hub slow (slow logins; hub)"
                        + " [recorded 2026-03-11 09:01 UTC]",
                "2026-03-09 20:40 UTC  mitigated (ada): mitigated: restarted the proxy [recorded 2026-03-11 09:02 UTC]",
                "2026-03-09, time not recorded  resolved (ada): resolved; verified by: checked the next morning"
                        + " [recorded 2026-03-11 09:03 UTC]"),
                lines.filter(line -> !line.contains(" role (")));
    }

    @Test
    void should_give_durations_that_depend_on_rough_times_as_ranges_or_approximately() {
        IncidentMetrics metrics = IncidentMetrics.of(rough().state());

        // detected between 18:00 and 21:00, declared about 20:00: nothing earlier than 0, at most two hours
        Elapsed declare = metrics.elapsed(Measure.TIME_TO_DECLARE).get();
        assertEquals(new Elapsed(Duration.ZERO, Duration.ofHours(2), true), declare);
        assertEquals("up to about 2h", declare.describe());
        // detected in the evening, mitigated at 20:40 exactly: a window of three hours
        assertEquals(new Elapsed(Duration.ZERO, Duration.ofMinutes(160), false),
                metrics.elapsed(Measure.TIME_TO_MITIGATE).get());
        assertEquals("up to 2h 40m", metrics.elapsed(Measure.TIME_TO_MITIGATE).get().describe());
        // mitigated at 20:40, resolved some time on the 9th in Paris (until 22:59:59 UTC): at most 2h 20m
        Elapsed fix = metrics.elapsed(Measure.MITIGATED_TO_RESOLVED).get();
        assertFalse(fix.isExact());
        assertEquals(Duration.ofMinutes(139).plusSeconds(59).plusNanos(999_999_999), fix.longest());
        // one figure for summaries: the middle of the window, never more exact than that
        assertEquals(Option.some(Duration.ofMinutes(80)), metrics.get(Measure.TIME_TO_MITIGATE));
        MetricsSummary summary = MetricsSummary.of(List.of(rough().state()));
        assertEquals(1, summary.statistics().get(Measure.TIME_TO_MITIGATE).get().estimated());
    }

    @Test
    void should_place_facts_without_times_by_their_order_and_measure_nothing_from_them() {
        RuleSpec spec = RuleSpec.of(PROCESS, INC).givenCommands(ORDER_ONLY.toJavaArray(IncidentCommand[]::new));
        IncidentState state = spec.state();
        Seq<TimelineEntry> timeline = Timeline.of(events(ORDER_ONLY));

        assertEquals(Option.some(IncidentStatus.RESOLVED), state.status());
        assertEquals(List.of("reported: Builds failing", "declared SEV3: Builds failing (no builds; ci)",
                "mitigated: paused the queue", "resolved; verified by: a build went green"),
                timeline.filter(e -> e.kind() != dev.incidentkit.timeline.EntryKind.ROLE).map(TimelineEntry::text));
        assertTrue(Timeline.lines(timeline, ZoneOffset.UTC).forAll(line -> line.startsWith("time not recorded  ")),
                Timeline.lines(timeline, ZoneOffset.UTC).mkString("\n"));
        assertEquals(Either.left("no time to resolve: detected has no recorded time, only its place in the order of"
                + " events"), IncidentMetrics.of(state).values().get(Measure.TIME_TO_RESOLVE).get());
        assertEquals(Option.none(), IncidentMetrics.of(state).get(Measure.DECLARED_TO_RESOLVED));
        // each is placed after the fact before it and before it was recorded
        FactTime resolved = state.milestones().timeOf(Milestone.RESOLVED).get();
        assertEquals(FactTime.Precision.UNKNOWN, resolved.precision());
        assertEquals(WRITE_UP.plusSeconds(180), resolved.until());
    }

    @Test
    void should_owe_the_resolution_notice_from_the_earliest_moment_a_rough_resolution_can_have_been() {
        IncidentState state = rough().state();

        Seq<Obligation> owed = Obligations.of(state, PROCESS, WRITE_UP.plusSeconds(600))
                .filter(o -> o.kind() == ObligationKind.RESOLUTION_NOT_COMMUNICATED);

        assertEquals(List.of(Option.some(Instant.parse("2026-03-08T23:00:00Z"))), owed.map(Obligation::dueAt));
        // a notice sent on the 9th in the evening meets it
        IncidentState told = rough().when(CommunicationCommand.PostUpdate.resolution(
                written(4, FactTime.about(evening(200))), Audience.STAKEHOLDERS, "Back to normal.")).state();
        assertTrue(Obligations.of(told, PROCESS, WRITE_UP.plusSeconds(600))
                .forAll(o -> o.kind() != ObligationKind.RESOLUTION_NOT_COMMUNICATED));
    }

    @Test
    void should_refuse_a_window_that_ends_after_it_was_recorded_and_a_rough_time_out_of_order() {
        RuleSpec reported = RuleSpec.of(PROCESS, INC).givenCommands(ROUGH.head());

        reported.when(ResponseCommand.Declare.of(written(1, FactTime.between(evening(60), WRITE_UP.plusSeconds(3600))),
                        "Hub slow", PROCESS.severityScale().get("SEV3"), Impact.of("x"), "hub"))
                .thenRejected(RejectionCode.TIME_OUT_OF_ORDER, "cannot declare: the time it happened, until"
                        + " 2026-03-11T10:00:00Z, is after the command was recorded at 2026-03-11T09:01:00Z; a fact is"
                        + " reported after it happens");
        // declared "about 17:00" is before the earliest the report can have been (18:00)
        reported.when(ResponseCommand.Declare.of(written(1, FactTime.about(evening(-60))), "Hub slow",
                        PROCESS.severityScale().get("SEV3"), Impact.of("x"), "hub"))
                .thenRejected(RejectionCode.MILESTONE_OUT_OF_ORDER);
    }

    @Test
    void should_record_a_message_at_a_rough_time_as_the_first_response() {
        IncidentState state = RuleSpec.of(PROCESS, INC).givenCommands(ROUGH.head(),
                new CommunicationCommand.RecordMessage(written(1, FactTime.about(evening(90))), Direction.OUTBOUND,
                        Counterpart.of(Counterpart.Kind.COMMUNITY, "the forum"), "Looking into it.")).state();

        assertEquals(Option.some(FactTime.about(evening(90))), state.firstResponse());
        assertEquals("up to about 1h 30m", IncidentMetrics.of(state).elapsed(Measure.TIME_TO_FIRST_RESPONSE).get()
                .describe());
    }
}
