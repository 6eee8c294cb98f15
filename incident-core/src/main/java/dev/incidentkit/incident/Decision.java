package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * An accepted command's outcome: the new events, and the state after folding them in.
 *
 * @param events the events the command produced, in order; empty for a repeated command id; never
 *     {@code null}
 * @param state the state after the events
 * @since 0.1.0
 */
public record Decision(Seq<IncidentEvent> events, IncidentState state) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Decision {
        Nulls.requireElements(events, "events");
        Objects.requireNonNull(state, "state");
    }
}
