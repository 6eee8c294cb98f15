package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Fixtures built on {@link Workloads} for the storage, desk and report benchmarks: a stream cut into the
 * appends the desk made for it, the full incident stopped just before it is closed, and the full incident
 * grown to a long timeline. Everything is played through {@link Workloads#DECIDER}; a rejection is a bug
 * in the fixture and throws.
 */
final class Histories {

    private Histories() {}

    /**
     * What the desk appends for one accepted command: its events at the version it decided against, and
     * the messages planned from them.
     */
    record Batch(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events, Seq<MessageIntent> messages) {

        Batch {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(messages, "messages");
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an append of an accepted command has events");
            }
        }

        /** The stream's version after the append. */
        long versionAfter() {
            return expectedVersion + events.size();
        }
    }

    /**
     * Cuts a stream into the appends that wrote it, one per command (events of one command are
     * contiguous and share its id), each with the messages the desk plans from its events.
     *
     * @param stream a whole stream from its first event
     * @return the appends in order
     */
    static Vector<Batch> batches(Seq<IncidentEvent> stream) {
        Vector<Batch> batches = Vector.empty();
        IncidentState state = IncidentState.empty(stream.head().incidentId());
        Vector<IncidentEvent> events = Vector.empty();
        Vector<MessageIntent> messages = Vector.empty();
        long expected = 0;
        for (IncidentEvent event : stream) {
            if (!events.isEmpty() && !events.head().header().commandId().equals(event.header().commandId())) {
                batches = batches.append(new Batch(state.id(), expected, events, messages));
                expected += events.size();
                events = Vector.empty();
                messages = Vector.empty();
            }
            state = Workloads.DECIDER.evolve(state, event);
            events = events.append(event);
            messages = messages.appendAll(Notifications.plan(event, state));
        }
        return batches.append(new Batch(state.id(), expected, events, messages));
    }

    /**
     * The full incident ({@link Workloads#fullIncidentEvents}) up to, not including, the command that
     * closes it: reviewed, published and shared, and still open for notes, chat imports and the close.
     *
     * @param id the incident
     * @return the incident, ready for more commands
     * @throws IllegalStateException if the full incident no longer ends with its close
     */
    static Continuation beforeClose(IncidentId id) {
        Seq<IncidentEvent> full = Workloads.fullIncidentEvents(id);
        if (!(full.last() instanceof ResponseEvent.Closed)) {
            throw new IllegalStateException("the full incident ends with " + full.last().getClass().getSimpleName()
                    + ", not with its close");
        }
        Seq<IncidentEvent> open = full.init();
        return new Continuation(Workloads.DECIDER.replay(id, open), Vector.ofAll(open));
    }

    /**
     * The full incident grown to exactly {@code entries} timeline entries and then closed, the way a long
     * incident's record is completed while the report is written: the investigators' notes are added
     * afterwards (one recorded action every few minutes of the incident), and the rest of the incident
     * channel is imported, so that {@code Timeline.of} of the result has exactly that many entries.
     *
     * @param id the incident
     * @param entries the timeline entries wanted; enough for the full incident and its notes
     * @return the whole stream, ending closed
     * @throws IllegalStateException if that number cannot be reached exactly
     */
    static Seq<IncidentEvent> withTimeline(IncidentId id, int entries) {
        Continuation incident = beforeClose(id);
        int notes = Math.max(0, Math.min(120, entries / 8));
        for (int n = 0; n < notes; n++) {
            int i = n;
            ActionKind kind = NOTE_KINDS[i % NOTE_KINDS.length];
            Instant occurred = Workloads.T0.plus(Duration.ofMinutes(2 + i));
            incident.act(Workloads.GEORGIA.id(), h -> new ResponseCommand.RecordAction(h, kind, note(kind, i),
                    Option.some(occurred)));
        }
        int closeEntries = Timeline.of(incident.probe(Workloads.CHRIS.id(), ResponseCommand.Close::new)).size();
        int missing = entries - Timeline.of(incident.events()).size() - closeEntries;
        int handled = incident.state().chatImported().size() + incident.state().chatNotImported().size();
        int messages = channelMessagesGiving(handled, missing);
        incident.act(Workloads.CHRIS.id(), h -> new CommunicationCommand.ImportChat(h,
                new DataSource(Workloads.CHANNEL, Workloads.T0, h.recordedAt()), Workloads.chatMessages(messages)));
        incident.act(Workloads.CHRIS.id(), ResponseCommand.Close::new);
        int got = Timeline.of(incident.events()).size();
        if (got != entries) {
            throw new IllegalStateException("the grown incident has " + got + " timeline entries, not " + entries);
        }
        return incident.events();
    }

    private static final ActionKind[] NOTE_KINDS = {ActionKind.DEBUGGING, ActionKind.HYPOTHESIS,
        ActionKind.FIX_ATTEMPT, ActionKind.VERIFICATION, ActionKind.NOTE, ActionKind.COMMUNITY_COMMUNICATION};

    private static String note(ActionKind kind, int i) {
        int hub = i % 13;
        return switch (kind) {
            case DEBUGGING -> "kubectl -n hub-" + hub + " describe pod proxy-" + i % 7
                    + ": restarted " + (i % 5 + 1) + " times, last exit code 137";
            case HYPOTHESIS -> "maybe the idle upstream connections on hub-" + hub + " pile up after the 4.2.0 upgrade";
            case FIX_ATTEMPT -> "raised the proxy's open file limit to 65536 on hub-" + hub;
            case VERIFICATION -> "test user logged in to hub-" + hub + " in " + (i % 9 + 1) + " s";
            case NOTE -> "error rate on hub-" + hub + " at " + (i % 40) + "% for the last five minutes";
            case COMMUNITY_COMMUNICATION -> "answered a question about hub-" + hub + " on the community forum";
        };
    }

    /**
     * How many of {@link Workloads#chatMessages}' messages to hand over so that an import adds exactly
     * {@code wanted} entries, when the first {@code handled} were imported or left out already (every
     * tenth message is a threaded reply and stays out).
     */
    private static int channelMessagesGiving(int handled, int wanted) {
        if (wanted < 0) {
            throw new IllegalStateException("the incident has " + -wanted + " timeline entries too many already");
        }
        Seq<ChatMessage> known = Workloads.chatMessages(handled + wanted * 2 + 10);
        int count = 0;
        for (int i = 0; i < known.size(); i++) {
            if (count == wanted && i >= handled) {
                return i;
            }
            if (i >= handled && known.get(i).threadParent().isEmpty()) {
                count++;
            }
        }
        throw new IllegalStateException("cannot import " + wanted + " more chat messages");
    }

    /**
     * An incident being played on: its state and stream, with command headers numbered after the full
     * incident's and thirty seconds apart, starting half an hour after its last event.
     */
    static final class Continuation {
        private IncidentState state;
        private Vector<IncidentEvent> events;
        private Instant now;
        private int step;

        Continuation(IncidentState state, Vector<IncidentEvent> events) {
            this.state = state;
            this.events = events;
            this.now = state.lastRecordedAt().getOrElse(Workloads.T0).plus(Duration.ofMinutes(30));
        }

        IncidentState state() {
            return state;
        }

        Vector<IncidentEvent> events() {
            return events;
        }

        /** The next command's header, by that actor. */
        CommandHeader next(ResponderId actor) {
            step++;
            now = now.plusSeconds(30);
            return CommandHeader.of(CommandId.of(state.id() + "-more-" + step), state.id(), actor, now);
        }

        /** Decides a command and keeps its events. */
        Seq<IncidentEvent> act(ResponderId actor, Function<CommandHeader, IncidentCommand> command) {
            Decision decision = decide(command.apply(next(actor)));
            state = decision.state();
            events = events.appendAll(decision.events());
            return decision.events();
        }

        /** The events a command would add, without keeping them or using up a header. */
        Seq<IncidentEvent> probe(ResponderId actor, Function<CommandHeader, IncidentCommand> command) {
            Instant at = now;
            int atStep = step;
            Seq<IncidentEvent> would = decide(command.apply(next(actor))).events();
            now = at;
            step = atStep;
            return would;
        }

        private Decision decide(IncidentCommand c) {
            return Workloads.DECIDER.apply(c, state).getOrElseThrow(r -> new IllegalStateException(
                    "the fixture broke a rule at " + c.commandId() + ": " + r.message()));
        }
    }
}
