package dev.incidentkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.incidentkit.severity.SeverityScale;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A postmortem policy is built by name (issue 18): what is not said is none, and the calendar is weekdays. */
class PostmortemPolicyBuilderTest {

    private static final SeverityScale SCALE = SeverityScale.standard();

    @Test
    void builds_by_name_with_defaults_for_what_is_not_said() {
        assertEquals(new PostmortemPolicy(Option.none(), Option.none(), WorkingCalendar.weekdays(ZoneOffset.UTC),
                Option.none(), io.vavr.collection.TreeSet.of(dev.incidentkit.postmortem.Section.values())),
                PostmortemPolicy.builder().build());
        WorkingCalendar berlin = WorkingCalendar.weekdays(ZoneId.of("Europe/Berlin"));
        assertEquals(new PostmortemPolicy(Option.some(SCALE.get("SEV2")), Option.some(2), berlin,
                Option.some(SCALE.get("SEV1")), io.vavr.collection.TreeSet.of(dev.incidentkit.postmortem.Section.OVERVIEW)),
                PostmortemPolicy.builder().requiredFrom(SCALE.get("SEV2")).dueInWorkingDays(2).calendar(berlin)
                        .meetingFrom(SCALE.get("SEV1")).requiredSections(dev.incidentkit.postmortem.Section.OVERVIEW)
                        .build());
    }

    @Test
    void refuses_what_the_policy_refuses_when_built() {
        assertThrows(IllegalArgumentException.class, () -> PostmortemPolicy.builder()
                .dueInWorkingDays(PostmortemPolicy.MAX_WORKING_DAYS + 1).build());
        assertThrows(NullPointerException.class, () -> PostmortemPolicy.builder().calendar(null));
    }
}
