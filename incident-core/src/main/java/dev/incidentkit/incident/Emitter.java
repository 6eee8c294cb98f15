package dev.incidentkit.incident;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/**
 * Builds the events of one accepted command: each event gets the next sequence number and an id
 * derived from the command, and is folded into a running state at once, so that later rules of the
 * same command (follow-ups, advisories) see its effect. Package-private machinery of the decider.
 */
final class Emitter {

    private final IncidentCommand command;
    private IncidentState state;
    private List<IncidentEvent> events = List.empty();
    /** One step for all the command's events: an event makes one new state. */
    private final Evolution.Step step = new Evolution.Step();

    Emitter(IncidentCommand command, IncidentState state) {
        this.command = command;
        this.state = state;
    }

    /** Emits an event recorded when the command was. */
    Emitter emit(Function<EventHeader, IncidentEvent> event) {
        return emit(Option.none(), event);
    }

    /**
     * Emits an event that happened at {@code occurredAt}, if given, before it was recorded; else at the time
     * the command says its fact happened, if it says one.
     */
    Emitter emit(Option<Instant> occurredAt, Function<EventHeader, IncidentEvent> event) {
        return emitAt(Checks.claimed(command, occurredAt), event);
    }

    /** Emits an event that happened at exactly {@code occurredAt}, or when recorded when none. */
    Emitter emitExactly(Option<Instant> occurredAt, Function<EventHeader, IncidentEvent> event) {
        return emitAt(occurredAt.map(FactTime::exact), event);
    }

    /** Emits an event that happened at {@code occurredAt}, or when recorded when none. */
    private Emitter emitAt(Option<FactTime> occurredAt, Function<EventHeader, IncidentEvent> event) {
        EventHeader header = new EventHeader(state.id(), EventId.derive(command.commandId(), events.size()),
                state.version() + 1, command.recordedAt(), occurredAt, command.actor(), command.commandId());
        IncidentEvent next = event.apply(header);
        events = events.append(next);
        state = Evolution.evolve(state, next, step);
        return this;
    }

    IncidentState state() {
        return state;
    }

    Seq<IncidentEvent> events() {
        return events;
    }

    IncidentCommand command() {
        return command;
    }
}
