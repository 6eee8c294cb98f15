package dev.incidentkit.process;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.base.TimeRules;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * How often status updates are due while an incident is open, per severity; to whom they go; and which
 * role sends them (000, 001: "communicate our status every few hours", by the liaison).
 *
 * <p>A severity without an interval has no cadence.
 *
 * @param intervals the time between updates per severity
 * @param audiences who must hear each update
 * @param sender the role that sends them
 * @since 0.1.0
 */
public record UpdateCadence(Map<Severity, Duration> intervals, Set<Audience> audiences, Role sender) {

    /**
     * Creates a cadence.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if an interval is not positive
     */
    public UpdateCadence {
        Objects.requireNonNull(intervals, "intervals");
        Nulls.requireElements(audiences, "audiences");
        Objects.requireNonNull(sender, "sender");
        TextRules.requireNone(intervals.values().flatMap(d -> TimeRules.durationProblem("an update interval", d))
                .headOption());
    }

    /**
     * No cadence at all: updates are posted when there is news.
     *
     * @return the empty cadence, sent by the liaison
     */
    public static UpdateCadence none() {
        return new UpdateCadence(HashMap.empty(), LinkedHashSet.empty(), Role.COMMUNICATIONS_LIAISON);
    }

    /**
     * The same interval for every given severity, to the stakeholders, sent by the liaison.
     *
     * @param every the interval
     * @param severities the severities it applies to
     * @return the cadence
     */
    public static UpdateCadence every(Duration every, Iterable<Severity> severities) {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(severities, "severities");
        Map<Severity, Duration> intervals = HashMap.empty();
        for (Severity severity : severities) {
            intervals = intervals.put(severity, every);
        }
        return new UpdateCadence(intervals, LinkedHashSet.of(Audience.STAKEHOLDERS), Role.COMMUNICATIONS_LIAISON);
    }

    /**
     * The interval for a severity.
     *
     * @param severity the severity
     * @return the interval, or none when updates at that severity have no cadence
     */
    public Option<Duration> intervalFor(Severity severity) {
        return intervals.get(Objects.requireNonNull(severity, "severity"));
    }
}
