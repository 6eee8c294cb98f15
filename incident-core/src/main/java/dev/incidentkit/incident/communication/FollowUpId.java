package dev.incidentkit.incident.communication;

import dev.incidentkit.incident.CommandId;
import java.util.Objects;

/**
 * The identity of one follow-up report: the id of the command that recorded it. Answering and settling
 * the follow-up name it by this id.
 *
 * @param value the recording command's id
 * @since 0.4.0
 */
public record FollowUpId(CommandId value) {

    /**
     * Creates the id.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of the follow-up recorded by a command.
     *
     * @param recording the id of the command that recorded it
     * @return the id
     * @throws NullPointerException if {@code recording} is {@code null}
     */
    public static FollowUpId of(CommandId recording) {
        Objects.requireNonNull(recording, "recording");
        return new FollowUpId(recording);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
