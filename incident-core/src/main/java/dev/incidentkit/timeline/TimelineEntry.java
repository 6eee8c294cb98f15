package dev.incidentkit.timeline;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One line of an incident's timeline: when, what kind, who, what, and from where.
 *
 * @param occurredAt when it happened
 * @param kind what it tells of
 * @param actor who did it, when known
 * @param text what happened, in words
 * @param source where the entry comes from
 * @since 0.1.0
 */
public record TimelineEntry(Instant occurredAt, EntryKind kind, Option<ResponderId> actor, String text,
        EntrySource source) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public TimelineEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        Nulls.requireContent(actor, "actor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The time of the entry as people in a time zone read it, such as {@code "2026-03-02 13:42 CET"}.
     *
     * @param zone the readers' time zone
     * @return the formatted time
     */
    public String timeIn(ZoneId zone) {
        return TIME.format(occurredAt.atZone(Objects.requireNonNull(zone, "zone")));
    }
}
