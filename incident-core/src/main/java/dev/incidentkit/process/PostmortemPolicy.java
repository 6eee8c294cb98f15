package dev.incidentkit.process;

import dev.incidentkit.severity.Severity;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * When an incident needs a postmortem (an incident report, a PIR), by when, and when it also needs a
 * review meeting.
 *
 * @param requiredFrom the least severe level that needs a postmortem (all levels at or above it do), or
 *     none for every incident; never {@code null}
 * @param dueInWorkingDays how many working days after resolution it is due, or none for no deadline;
 *     never {@code null}
 * @param calendar the team's working calendar; never {@code null}
 * @param meetingFrom the least severe level that also needs a review meeting, or none for no meeting;
 *     never {@code null}
 * @since 0.1.0
 */
public record PostmortemPolicy(
        Option<Severity> requiredFrom,
        Option<Integer> dueInWorkingDays,
        WorkingCalendar calendar,
        Option<Severity> meetingFrom) {

    /** The latest postmortem deadline accepted, in working days: about a year. */
    public static final int MAX_WORKING_DAYS = 261;

    /**
     * Creates a policy.
     *
     * @param requiredFrom the least severe level needing one, or none for all; never {@code null}
     * @param dueInWorkingDays the deadline in working days, or none; never {@code null}
     * @param calendar the working calendar; never {@code null}
     * @param meetingFrom the least severe level needing a meeting, or none; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the deadline is negative or over {@link #MAX_WORKING_DAYS}
     */
    public PostmortemPolicy {
        Objects.requireNonNull(requiredFrom, "requiredFrom");
        Objects.requireNonNull(dueInWorkingDays, "dueInWorkingDays");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(meetingFrom, "meetingFrom");
        dueInWorkingDays.filter(d -> d < 0 || d > MAX_WORKING_DAYS).forEach(d -> {
            throw new IllegalArgumentException("a postmortem deadline is 0 to " + MAX_WORKING_DAYS
                    + " working days, got " + d);
        });
    }

    /**
     * Whether an incident of a severity needs a postmortem.
     *
     * @param severity the incident's severity; never {@code null}
     * @return {@code true} if it does
     */
    public boolean requiredFor(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return requiredFrom.forAll(least -> severity.rank() <= least.rank());
    }

    /**
     * Whether an incident of a severity needs a review meeting.
     *
     * @param severity the incident's severity; never {@code null}
     * @return {@code true} if it does
     */
    public boolean meetingFor(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return meetingFrom.exists(least -> severity.rank() <= least.rank());
    }
}
