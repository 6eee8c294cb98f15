package dev.incidentkit.testkit.check;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.notify.OutboxEntry;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What the desk made of a step, when the check runs {@linkplain ProcessCheck#throughDesk() through the
 * desk} with in-memory ports: its answer, what its store holds, and what its outbox holds.
 *
 * @param outcome the desk's answer to the command
 * @param stored the incident's events in the store after the step
 * @param outbox every entry of the outbox after the step
 * @param cursor how far the outbox has planned the incident's events
 * @since 0.1.0
 */
public record DeskView(DeskOutcome outcome, Seq<IncidentEvent> stored, Seq<OutboxEntry> outbox, long cursor) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public DeskView {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(outbox, "outbox");
    }
}
