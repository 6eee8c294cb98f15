package dev.incidentkit.desk;

import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import io.vavr.control.Option;
import java.util.LinkedHashMap;

/**
 * The states of the incidents a desk handled last, least recently used dropped first. A state is a
 * snapshot at its version, never the truth: the desk reads the events stored after it before deciding.
 * Thread-safe; each call holds the lock briefly.
 */
final class RecentStates {

    private final int capacity;
    private final LinkedHashMap<IncidentId, IncidentState> states;

    RecentStates(int capacity) {
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<IncidentId, IncidentState> eldest) {
                return size() > RecentStates.this.capacity;
            }
        };
    }

    synchronized Option<IncidentState> get(IncidentId id) {
        return Option.of(states.get(id));
    }

    /** Keeps a state unless a newer one of the same incident is kept already. */
    synchronized void put(IncidentState state) {
        if (capacity == 0) {
            return;
        }
        IncidentState kept = states.get(state.id());
        if (kept == null || kept.version() < state.version()) {
            states.put(state.id(), state);
        }
    }
}
