package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What every command carries: its own id, the incident it is about, who issues it, when it was
 * recorded, and, for a fact recorded afterwards, when it happened. Time and ids are inputs: the domain
 * never reads a clock or makes up an id.
 *
 * <p>Most incident reports are written after the fact: a declaration, a role change, an update sent, an
 * acknowledgement are recorded at the time they happened with {@link #happenedAt(Instant)}. The events keep
 * both times; the milestones, the timeline and the metrics use when it happened, the order of the stream
 * when it was recorded. A command that names its own time (a mitigation's {@code occurredAt}, a report's
 * {@code detectedAt}) uses that one.
 *
 * @param commandId the command's id, unique per command; the same id again yields no new events
 * @param incidentId the incident the command is about
 * @param actor who issues the command
 * @param recordedAt when the command was recorded
 * @param occurredAt when the fact it records happened, as precisely as it is known, if earlier than it was
 *     recorded; none for now
 * @since 0.1.0
 */
public record CommandHeader(CommandId commandId, IncidentId incidentId, ResponderId actor, Instant recordedAt,
        Option<FactTime> occurredAt) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public CommandHeader {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Nulls.requireContent(occurredAt, "occurredAt");
    }

    /**
     * A header for a fact recorded as it happens.
     *
     * @param commandId the command's id
     * @param incidentId the incident
     * @param actor who issues the command
     * @param recordedAt when it was recorded
     * @throws NullPointerException if an argument is {@code null}
     */
    public CommandHeader(CommandId commandId, IncidentId incidentId, ResponderId actor, Instant recordedAt) {
        this(commandId, incidentId, actor, recordedAt, Option.none());
    }

    /**
     * A header from trusted values.
     *
     * @param commandId the command's id
     * @param incidentId the incident
     * @param actor who issues the command
     * @param recordedAt when it was recorded
     * @return the header
     */
    public static CommandHeader of(CommandId commandId, IncidentId incidentId, ResponderId actor, Instant recordedAt) {
        return new CommandHeader(commandId, incidentId, actor, recordedAt);
    }

    /**
     * This header recorded at another time.
     *
     * @param at the recording time
     * @return the header, the same one when the time is unchanged
     */
    public CommandHeader recordedAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return at.equals(recordedAt) ? this : new CommandHeader(commandId, incidentId, actor, at, occurredAt);
    }

    /**
     * This header for a fact that happened at an earlier time than it is recorded, known exactly: a report
     * written afterwards. The decider refuses a time after the recording.
     *
     * @param at when it happened
     * @return the header
     * @throws NullPointerException if {@code at} is {@code null}
     */
    public CommandHeader happenedAt(Instant at) {
        return happenedAt(FactTime.exact(at));
    }

    /**
     * This header for a fact that happened before it is recorded, at a time known as precisely as {@code
     * when} says: {@code FactTime.about(t)}, {@code FactTime.between(a, b)}, {@code FactTime.onDate(d, zone)}
     * or {@code FactTime.unknown()}. The decider refuses a time whose latest moment is after the recording,
     * and places a time not recorded after the incident's latest fact so far.
     *
     * @param when when it happened
     * @return the header
     * @throws NullPointerException if {@code when} is {@code null}
     */
    public CommandHeader happenedAt(FactTime when) {
        Objects.requireNonNull(when, "when");
        return new CommandHeader(commandId, incidentId, actor, recordedAt, Option.some(when));
    }

    /**
     * The earliest moment the fact can have happened: {@link #occurredAt()}'s {@link FactTime#at()} if given,
     * else when it was recorded. For a time not recorded, this is only meaningful once the decider has
     * placed it.
     *
     * @return the time
     */
    public Instant effectiveAt() {
        return occurredAt.isDefined() ? occurredAt.get().at() : recordedAt;
    }
}
