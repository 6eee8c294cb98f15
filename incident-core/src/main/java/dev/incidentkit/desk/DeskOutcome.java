package dev.incidentkit.desk;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What became of a command handed to the desk: accepted and stored, refused by a rule, or left undone
 * because other writers kept moving the incident on.
 *
 * @since 0.1.0
 */
public sealed interface DeskOutcome {

    /**
     * Accepted: the events are stored (none for a command id already applied).
     *
     * @param events the events stored
     * @param state the incident after them
     */
    record Accepted(Seq<IncidentEvent> events, IncidentState state) implements DeskOutcome {
        /**
         * Creates the outcome.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Accepted {
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Refused by a rule; nothing was stored.
     *
     * @param rejection why
     */
    record Rejected(Rejection rejection) implements DeskOutcome {
        /**
         * Creates the outcome.
         *
         * @throws NullPointerException if {@code rejection} is {@code null}
         */
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * Not done: every attempt found the incident moved on by another writer; nothing was stored. The
     * caller may try again.
     *
     * @param attempts how many times it was decided and refused by the store
     */
    record Conflicted(int attempts) implements DeskOutcome {}
}
