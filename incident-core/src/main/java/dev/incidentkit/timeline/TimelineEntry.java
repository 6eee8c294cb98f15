package dev.incidentkit.timeline;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.incident.FactTime;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One line of an incident's timeline: when, what kind, who, what, from where, and, for a fact recorded
 * afterwards, when it was recorded.
 *
 * @param happened when it happened, as precisely as it is known
 * @param kind what it tells of
 * @param actor who did it, when known
 * @param text what happened, in words
 * @param source where the entry comes from
 * @param recordedAt when it was recorded, where that was later than it happened (a report written
 *     afterwards); none when it was recorded as it happened
 * @since 0.1.0
 */
public record TimelineEntry(FactTime happened, EntryKind kind, Option<ResponderId> actor, String text,
        EntrySource source, Option<Instant> recordedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public TimelineEntry {
        Objects.requireNonNull(happened, "happened");
        Objects.requireNonNull(kind, "kind");
        Nulls.requireContent(actor, "actor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Nulls.requireContent(recordedAt, "recordedAt");
    }

    /**
     * An entry recorded as it happened, at an exact time.
     *
     * @param occurredAt when it happened
     * @param kind what it tells of
     * @param actor who did it, when known
     * @param text what happened, in words
     * @param source where the entry comes from
     * @throws NullPointerException if an argument is {@code null}
     */
    public TimelineEntry(Instant occurredAt, EntryKind kind, Option<ResponderId> actor, String text,
            EntrySource source) {
        this(FactTime.exact(Objects.requireNonNull(occurredAt, "occurredAt")), kind, actor, text, source, Option.none());
    }

    /**
     * The earliest moment it can have happened, which orders the timeline: {@link #happened()}'s {@link
     * FactTime#at()}.
     *
     * @return the time
     */
    public Instant occurredAt() {
        return happened.at();
    }

    /**
     * When the entry was recorded, as people in a time zone read it, where it was recorded later than it
     * happened: {@code "recorded 2026-03-02 18:05 CET"}.
     *
     * @param zone the readers' time zone
     * @return the words, or none when it was recorded as it happened
     */
    public Option<String> recordedIn(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return recordedAt.map(at -> "recorded " + TIME.format(at.atZone(FactTime.readable(zone))));
    }

    /**
     * The time of the entry as people in a time zone read it, as precisely as it is known: {@code
     * "2026-03-02 13:42 CET"}, {@code "about 2026-03-02 20:00 CET"}, {@code "between 2026-03-02 20:00 and
     * 21:00 CET"}, {@code "2026-03-02, time not recorded"} or {@code "time not recorded"} (see {@link
     * FactTime#describeIn(ZoneId)}).
     *
     * @param zone the readers' time zone
     * @return the formatted time
     */
    public String timeIn(ZoneId zone) {
        return happened.describeIn(zone);
    }
}
