package dev.incidentkit.incident;

import dev.incidentkit.role.ResponderId;
import java.time.Instant;
import java.util.Objects;

/**
 * What every command carries: its own id, the incident it is about, who issues it, and when it was
 * recorded. Time and ids are inputs: the domain never reads a clock or makes up an id.
 *
 * @param commandId the command's id, unique per command; the same id again yields no new events
 * @param incidentId the incident the command is about
 * @param actor who issues the command
 * @param recordedAt when the command was recorded
 * @since 0.1.0
 */
public record CommandHeader(CommandId commandId, IncidentId incidentId, ResponderId actor, Instant recordedAt) {

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
        return at.equals(recordedAt) ? this : new CommandHeader(commandId, incidentId, actor, at);
    }
}
