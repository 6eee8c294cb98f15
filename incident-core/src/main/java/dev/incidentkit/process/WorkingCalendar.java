package dev.incidentkit.process;

import dev.incidentkit.base.Nulls;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;

/**
 * The days a team works, in its time zone, for deadlines counted in working days (004: "within 1 working
 * day of the incident").
 *
 * @param zone the team's time zone
 * @param workingDays the days of the week it works; at least one
 * @param holidays dates it does not work
 * @since 0.1.0
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

    /**
     * Creates a calendar.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if there is no working day
     */
    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        Nulls.requireElements(workingDays, "workingDays");
        Nulls.requireElements(holidays, "holidays");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one working day");
        }
    }

    /**
     * Monday to Friday in a time zone, without holidays.
     *
     * @param zone the time zone
     * @return the calendar
     */
    public static WorkingCalendar weekdays(ZoneId zone) {
        return new WorkingCalendar(zone, HashSet.ofAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                HashSet.empty());
    }

    /**
     * This calendar with holidays added.
     *
     * @param dates the holidays
     * @return the new calendar
     */
    public WorkingCalendar withHolidays(LocalDate... dates) {
        Objects.requireNonNull(dates, "dates");
        return new WorkingCalendar(zone, workingDays, holidays.addAll(HashSet.of(dates)));
    }

    /**
     * Tells whether a date is a working day.
     *
     * @param date the date
     * @return {@code true} if the team works that day
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The moment a number of working days after another: the same local time on the {@code days}-th
     * working day after the start's date, in the team's zone (a change of daylight saving time in between
     * does not move the clock time). Resolved on Friday at 16:00, one working day later is Monday at
     * 16:00; resolved on Saturday at 10:00, it is Monday at 10:00.
     *
     * @param start the start
     * @param days how many working days, at least 0
     * @return the deadline
     */
    public Instant plusWorkingDays(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative, got " + days);
        }
        ZonedDateTime at = start.atZone(zone);
        LocalDate date = at.toLocalDate();
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return java.time.LocalDateTime.of(date, at.toLocalTime()).atZone(zone).toInstant();
    }
}
