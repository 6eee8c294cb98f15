package dev.incidentkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What counts as an incident, severity scales, the working calendar, and how a process is checked. */
class ProcessPoliciesTest {

    private static final ReportSource ALERT = ReportSource.pagingAlert("HubDown", "take immediate action");
    private static final ReportSource UNTAGGED = ReportSource.pagingAlert("HighMemory");
    private static final ReportSource TICKET = ReportSource.supportTicket("FD-4711", ResponderId.of("rep"));
    private static final ReportSource CHAT = ReportSource.chat("#incidents", ResponderId.of("gallery-team"));

    @Test
    void should_call_a_paging_alert_tagged_take_immediate_action_an_outage() {
        Verdict verdict = Presets.managedHub().qualify(ALERT, Assessment.builder().build());

        assertEquals(Verdict.Outcome.INCIDENT, verdict.outcome());
        assertEquals(List.of("a paging alert tagged 'take immediate action' is definitely an outage (000)"),
                verdict.reasons());
    }

    @Test
    void should_reproduce_a_support_ticket_first_and_ask_for_more_information_when_it_does_not_reproduce() {
        IncidentProcess hub = Presets.managedHub();

        Verdict untried = hub.qualify(TICKET, Assessment.builder().build());
        Verdict notReproduced = hub.qualify(TICKET, Assessment.builder().reproduction(Reproduction.NOT_REPRODUCED).build());
        Verdict reproduced = hub.qualify(TICKET, Assessment.builder().reproduction(Reproduction.REPRODUCED)
                .usersAffected(12).symptoms(Symptom.CANNOT_START_SERVERS).build());

        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, untried.outcome());
        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, notReproduced.outcome());
        assertTrue(notReproduced.reasons().head().contains("ask the community representative for more information"));
        assertEquals(Verdict.Outcome.INCIDENT, reproduced.outcome());
        assertEquals("12 users affected: users cannot start their servers; at least 2 users who cannot work make an"
                + " incident (001)", reproduced.reasons().head());
    }

    @Test
    void should_make_an_incident_of_two_users_who_cannot_work_and_a_support_ticket_of_anything_else() {
        IncidentProcess hub = Presets.managedHub();

        assertEquals(Verdict.Outcome.INCIDENT, hub.qualify(UNTAGGED, Assessment.builder().usersAffected(2)
                .reproduction(Reproduction.REPRODUCED).symptoms(Symptom.CANNOT_USE_DASK_CLUSTERS).build()).outcome());
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, hub.qualify(UNTAGGED, Assessment.builder().usersAffected(1)
                .reproduction(Reproduction.REPRODUCED).symptoms(Symptom.CANNOT_LOG_IN).build()).outcome());
        Verdict slow = hub.qualify(UNTAGGED, Assessment.builder().usersAffected(40)
                .reproduction(Reproduction.REPRODUCED).build());
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, slow.outcome());
        assertTrue(slow.reasons().head().endsWith("everything else is a support ticket (001)"));
    }

    @Test
    void should_ask_for_more_when_users_cannot_work_but_nobody_counted_them_or_an_alert_is_untested() {
        IncidentProcess hub = Presets.managedHub();

        Verdict uncounted = hub.qualify(TICKET, Assessment.builder().reproduction(Reproduction.REPRODUCED)
                .symptoms(Symptom.CANNOT_LOG_IN).build());
        Verdict untested = hub.qualify(UNTAGGED, Assessment.builder().build());

        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, uncounted.outcome());
        assertEquals("users cannot log in; find out how many users are affected: 2 or more make an incident (001)",
                uncounted.reasons().head());
        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, untested.outcome());
    }

    @Test
    void should_keep_the_clock_time_across_a_change_of_daylight_saving_time() {
        WorkingCalendar berlin = WorkingCalendar.weekdays(ZoneId.of("Europe/Berlin"));
        Instant fridayBeforeTheChange = Instant.parse("2026-03-27T01:30:00Z"); // 02:30 in Berlin (CET)

        Instant monday = berlin.plusWorkingDays(fridayBeforeTheChange, 1);

        assertEquals("2026-03-30T02:30+02:00[Europe/Berlin]", monday.atZone(berlin.zone()).toString());
    }

    @Test
    void should_name_every_condition_of_004_that_makes_an_incident() {
        IncidentProcess cip = Presets.commanderAndInvestigator();

        Verdict verdict = cip.qualify(CHAT, Assessment.builder().customerImpact().secondTeamNeeded()
                .unresolvedFor(Duration.ofMinutes(75)).build());
        Verdict quiet = cip.qualify(CHAT, Assessment.builder().unresolvedFor(Duration.ofMinutes(59)).build());

        assertEquals(List.of("there may be visible impact for customers (004)", "a second team is needed to fix it (004)",
                "it is unresolved after 60 minutes of concentrated analysis (004)"), verdict.reasons());
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, quiet.outcome());
        assertEquals(Verdict.Outcome.INCIDENT, cip.qualify(CHAT, Assessment.builder().financialImpact().build()).outcome());
    }

    @Test
    void should_assess_by_reach_reproducibility_and_novelty_as_in_003() {
        IncidentProcess onCall = Presets.onCall();

        assertEquals(Verdict.Outcome.INCIDENT, onCall.qualify(CHAT, Assessment.builder().usersAffected(500)
                .knownProblem(true).build()).outcome(), "reach qualifies a known problem too");
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, onCall.qualify(CHAT, Assessment.builder().usersAffected(3)
                .knownProblem(true).build()).outcome());
        assertEquals(Verdict.Outcome.INCIDENT, onCall.qualify(CHAT, Assessment.builder().usersAffected(1)
                .reproduction(Reproduction.REPRODUCED).knownProblem(false).build()).outcome());
        assertEquals(Verdict.Outcome.INCIDENT, onCall.qualify(CHAT, Assessment.builder().usersAffected(50).build())
                .outcome());
        assertEquals(Verdict.Outcome.SUPPORT_TICKET, onCall.qualify(CHAT, Assessment.builder().usersAffected(1)
                .reproduction(Reproduction.NOT_REPRODUCED).build()).outcome());
        Verdict unknown = onCall.qualify(CHAT, Assessment.builder().usersAffected(1).build());
        assertEquals(Verdict.Outcome.NEEDS_MORE_INFORMATION, unknown.outcome());
        assertEquals("affects 1 users, not tried, not known whether new; reproduce it and find out whether it is new"
                + " (003)", unknown.reasons().head());
    }

    @Test
    void should_offer_the_scales_of_the_guides() {
        assertEquals("[P1 > P2 > P3 > P4 > P5]", SeverityScale.priorities().toString());
        assertEquals("[Critical > Major > Minor]", SeverityScale.criticalMajorMinor().toString());
        assertEquals("[SEV1 > SEV2 > SEV3 > SEV4]", Presets.commanderAndInvestigator().severityScale().toString());
    }

    @Test
    void should_assume_the_higher_severity_when_unclear() {
        SeverityScale scale = SeverityScale.standard();

        assertEquals(scale.get("SEV2"), scale.assumeHigher(List.of(scale.get("SEV3"), scale.get("SEV2"))));
        assertThrows(IllegalArgumentException.class, () -> scale.assumeHigher(List.empty()));
        assertThrows(IllegalArgumentException.class, () -> scale.assumeHigher(List.of(new Severity("P1", 1))));
    }

    @Test
    void should_never_assume_a_lower_severity_than_any_candidate() {
        SeverityScale scale = SeverityScale.priorities();
        qt().withExamples(500)
                .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 6))
                .checkAssert(picks -> {
                    List<Severity> candidates = List.ofAll(picks).map(i -> scale.levels().get(i));
                    Severity assumed = scale.assumeHigher(candidates);
                    assertTrue(candidates.contains(assumed));
                    assertTrue(candidates.forAll(c -> !assumed.isLessSevereThan(c)),
                            assumed + " is lower than one of " + candidates);
                });
    }

    @Test
    void should_count_working_days_in_the_teams_zone_skipping_weekends_and_holidays() {
        WorkingCalendar london = WorkingCalendar.weekdays(ZoneId.of("Europe/London"))
                .withHolidays(LocalDate.parse("2026-12-25"));
        Instant friday = Instant.parse("2026-03-06T16:00:00Z");
        Instant christmasEve = Instant.parse("2026-12-24T10:00:00Z");

        assertEquals(Instant.parse("2026-03-09T16:00:00Z"), london.plusWorkingDays(friday, 1));
        assertEquals(Instant.parse("2026-12-28T10:00:00Z"), london.plusWorkingDays(christmasEve, 1));
        assertEquals(friday, london.plusWorkingDays(friday, 0));
        assertFalse(london.isWorkingDay(LocalDate.parse("2026-03-07")));
    }

    @Test
    void should_require_postmortems_by_severity_as_each_guide_does() {
        IncidentProcess onCall = Presets.onCall();
        IncidentProcess cip = Presets.commanderAndInvestigator();

        assertTrue(onCall.postmortem().requiredFor(onCall.severityScale().get("Critical")));
        assertFalse(onCall.postmortem().requiredFor(onCall.severityScale().get("Major")));
        assertTrue(Presets.managedHub().postmortem().requiredFor(SeverityScale.priorities().get("P5")));
        assertTrue(cip.postmortem().meetingFor(cip.severityScale().get("SEV2")));
        assertFalse(cip.postmortem().meetingFor(cip.severityScale().get("SEV3")));
    }

    @Test
    void should_refuse_a_cadence_or_policy_that_names_another_scale() {
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.builder()
                .severityScale(SeverityScale.priorities())
                .cadence(UpdateCadence.every(Duration.ofHours(3), SeverityScale.standard().levels()))
                .build());
        assertEquals(SeverityScale.priorities().levels().toSet(), IncidentProcess.builder()
                .severityScale(SeverityScale.priorities()).build().cadence().intervals().keySet(),
                "unless set, the cadence follows the process's own scale");
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.builder()
                .postmortem(new PostmortemPolicy(Option.some(new Severity("Critical", 1)), Option.none(),
                        WorkingCalendar.weekdays(ZoneId.of("UTC")), Option.none(), io.vavr.collection.HashSet.empty()))
                .build());
    }
}
