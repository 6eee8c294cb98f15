package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What every event carries: the incident, its own id, its place in the incident's stream, when it was
 * recorded and, for a fact reported after it happened, when it happened; who caused it and by which
 * command.
 *
 * @param incidentId the incident whose stream holds the event
 * @param eventId the event's id, derived from the command
 * @param sequence the event's position in the stream: 1 for the first, then contiguous
 * @param recordedAt when the event was recorded
 * @param occurredAt when the fact happened, as precisely as it is known, if that was before it was recorded
 *     (impact started at 12:42, reported at 13:06; resolved some time in the evening)
 * @param actor who issued the command that caused the event
 * @param commandId the command that caused the event
 * @since 0.1.0
 */
public record EventHeader(
        IncidentId incidentId,
        EventId eventId,
        long sequence,
        Instant recordedAt,
        Option<FactTime> occurredAt,
        ResponderId actor,
        CommandId commandId) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the sequence is below 1 or {@code occurredAt} can have happened after {@code recordedAt}
     */
    public EventHeader {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Nulls.requireContent(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(commandId, "commandId");
        if (sequence < 1) {
            throw new IllegalArgumentException("an event sequence starts at 1, got " + sequence);
        }
        if (occurredAt.exists(t -> t.until().isAfter(recordedAt))) {
            throw new IllegalArgumentException("an event cannot occur after it was recorded");
        }
    }

    /**
     * The earliest moment the fact can have happened: {@link #occurredAt()}'s {@link FactTime#at()} when
     * given, else {@link #recordedAt()}. The state places milestones and orders facts by it.
     *
     * @return the effective time of the event
     */
    public Instant effectiveAt() {
        return occurredAt.isDefined() ? occurredAt.get().at() : recordedAt;
    }

    /**
     * When the fact happened, with how precisely that is known: {@link #occurredAt()} when given, else
     * exactly when it was recorded.
     *
     * @return the time
     * @since 0.4.0
     */
    public FactTime happened() {
        return occurredAt.isDefined() ? occurredAt.get() : FactTime.exact(recordedAt);
    }
}
