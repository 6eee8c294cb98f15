package dev.incidentkit.testkit;

import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.EventId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Objects;

/**
 * One rule of a process, written as given / when / then: given what already happened to an incident,
 * when a command comes, then these events (compared without their headers), or a rejection with this
 * code, or nothing (a command already applied). For a team that checks its own process the way the
 * library checks its rules.
 *
 * <pre>{@code
 * RuleSpec.of(process, IncidentId.of("INC-1"))
 *         .givenCommands(report, declare)
 *         .when(mitigate)
 *         .thenEvents(new ResponseEvent.Mitigated(RuleSpec.anyHeader(), "rolled back"));
 * RuleSpec.of(process, IncidentId.of("INC-1"))
 *         .givenCommands(report)
 *         .when(mitigate)
 *         .thenRejected(RejectionCode.WRONG_STATUS);
 * }</pre>
 *
 * <p>Values are immutable: each {@code given} returns a new spec. A failed expectation throws an
 * {@link AssertionError} that says what was expected and what came.
 *
 * @since 0.1.0
 */
public final class RuleSpec {

    private static final EventHeader ANY_HEADER = new EventHeader(IncidentId.of("ANY"), EventId.of("any#0"), 1,
            Instant.EPOCH, Option.none(), ResponderId.of("any"), CommandId.of("any"));

    private final IncidentDecider decider;
    private final IncidentState state;

    private RuleSpec(IncidentDecider decider, IncidentState state) {
        this.decider = decider;
        this.state = state;
    }

    /**
     * A rule of a process, on an incident that has no events yet.
     *
     * @param process the process
     * @param incident the incident
     * @return the spec
     */
    public static RuleSpec of(IncidentProcess process, IncidentId incident) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(incident, "incident");
        return new RuleSpec(IncidentDecider.of(process), IncidentState.empty(incident));
    }

    /**
     * A rule of a process, on an incident as it already stands: for a history built elsewhere (replayed from
     * a store, or by a fixture of one's own).
     *
     * @param process the process
     * @param state the incident
     * @return the spec
     */
    public static RuleSpec of(IncidentProcess process, IncidentState state) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(state, "state");
        return new RuleSpec(IncidentDecider.of(process), state);
    }

    /**
     * A header to build expected events with: {@link Outcome#thenEvents} ignores headers.
     *
     * @return a fixed header
     */
    public static EventHeader anyHeader() {
        return ANY_HEADER;
    }

    /**
     * What already happened, as events of the incident, in order.
     *
     * @param events the events, continuing the incident's stream
     * @return a spec with them folded in
     * @throws IllegalArgumentException if the events do not continue the stream
     */
    public RuleSpec given(IncidentEvent... events) {
        Objects.requireNonNull(events, "events");
        return new RuleSpec(decider, decider.replay(state, List.of(events)));
    }

    /**
     * What already happened, as commands the process accepted, in order.
     *
     * @param commands the commands
     * @return a spec with their events folded in
     * @throws AssertionError if the process refuses one of them: the spec's history is wrong, not the rule
     */
    public RuleSpec givenCommands(IncidentCommand... commands) {
        Objects.requireNonNull(commands, "commands");
        IncidentState next = state;
        for (IncidentCommand command : commands) {
            Either<Rejection, Decision> decided = decider.apply(Objects.requireNonNull(command, "command"), next);
            if (decided.isLeft()) {
                throw new AssertionError("given " + command.getClass().getSimpleName() + " " + command.commandId()
                        + " was refused: " + decided.getLeft().code() + ": " + decided.getLeft().message());
            }
            next = decided.get().state();
        }
        return new RuleSpec(decider, next);
    }

    /**
     * The incident as given so far, for checks of the history itself or for code that takes a state.
     *
     * @return the state
     */
    public IncidentState state() {
        return state;
    }

    /**
     * The command the rule is about.
     *
     * @param command the command
     * @return what the process made of it, to check
     */
    public Outcome when(IncidentCommand command) {
        Objects.requireNonNull(command, "command");
        return new Outcome(command, decider.apply(command, state));
    }

    /**
     * What the process made of the command.
     */
    public static final class Outcome {

        private final IncidentCommand command;
        private final Either<Rejection, Decision> decided;

        private Outcome(IncidentCommand command, Either<Rejection, Decision> decided) {
            this.command = command;
            this.decided = decided;
        }

        /**
         * Expects exactly these events, in order, each equal to what came in every part but its header.
         *
         * @param expected the events
         * @return this outcome
         * @throws AssertionError if the command was refused or other events came
         */
        public Outcome thenEvents(IncidentEvent... expected) {
            Objects.requireNonNull(expected, "expected");
            Seq<IncidentEvent> came = accepted();
            if (!List.of(expected).map(Outcome::parts).equals(came.map(Outcome::parts))) {
                throw new AssertionError("when " + describe() + ": expected the events\n  "
                        + List.of(expected).map(Outcome::payload).mkString("\n  ") + "\nbut came\n  "
                        + came.map(Outcome::payload).mkString("\n  "));
            }
            return this;
        }

        /**
         * Expects events of exactly these types, in order.
         *
         * @param types the types
         * @return this outcome
         * @throws AssertionError if the command was refused or events of other types came
         */
        @SafeVarargs
        public final Outcome thenEventTypes(Class<? extends IncidentEvent>... types) {
            Objects.requireNonNull(types, "types");
            Seq<String> want = List.of(types).map(Class::getSimpleName);
            Seq<String> got = accepted().map(e -> e.getClass().getSimpleName());
            if (!want.equals(got)) {
                throw new AssertionError("when " + describe() + ": expected events " + want.mkString(", ")
                        + " but came " + got.mkString(", "));
            }
            return this;
        }

        /**
         * Expects the command refused with this code.
         *
         * @param code the rejection's code
         * @return this outcome
         * @throws AssertionError if it was accepted, or refused with another code
         */
        public Outcome thenRejected(RejectionCode code) {
            Objects.requireNonNull(code, "code");
            if (decided.isRight()) {
                throw new AssertionError("when " + describe() + ": expected a rejection " + code + " but came "
                        + decided.get().events().map(e -> e.getClass().getSimpleName()).mkString(", "));
            }
            if (decided.getLeft().code() != code) {
                throw new AssertionError("when " + describe() + ": expected a rejection " + code + " but it was "
                        + decided.getLeft().code() + ": " + decided.getLeft().message());
            }
            return this;
        }

        /**
         * Expects the command refused with this code and exactly this message.
         *
         * @param code the rejection's code
         * @param message the rejection's message, as a person reads it
         * @return this outcome
         * @throws AssertionError if it was accepted, or refused with another code or message
         */
        public Outcome thenRejected(RejectionCode code, String message) {
            Objects.requireNonNull(message, "message");
            thenRejected(code);
            if (!decided.getLeft().message().equals(message)) {
                throw new AssertionError("when " + describe() + ": expected the rejection to say\n  " + message
                        + "\nbut it said\n  " + decided.getLeft().message());
            }
            return this;
        }

        /**
         * The rejection, for checks of its own (a message that must name a time or a field).
         *
         * @return the rejection
         * @throws AssertionError if the command was accepted
         */
        public Rejection rejection() {
            if (decided.isRight()) {
                throw new AssertionError("when " + describe() + ": expected a rejection but came "
                        + decided.get().events().map(e -> e.getClass().getSimpleName()).mkString(", "));
            }
            return decided.getLeft();
        }

        /**
         * The events the command made, for checks of their own (headers included).
         *
         * @return the events, in order
         * @throws AssertionError if the command was refused
         */
        public Seq<IncidentEvent> events() {
            return accepted();
        }

        /**
         * Expects the command accepted with no events: one already applied.
         *
         * @return this outcome
         * @throws AssertionError if it was refused or made events
         */
        public Outcome thenNothing() {
            return thenEvents();
        }

        /**
         * The incident after the command, for further checks.
         *
         * @return the state
         * @throws AssertionError if the command was refused
         */
        public IncidentState state() {
            accepted();
            return decided.get().state();
        }

        private Seq<IncidentEvent> accepted() {
            if (decided.isLeft()) {
                throw new AssertionError("when " + describe() + ": expected it accepted but it was refused: "
                        + decided.getLeft().code() + ": " + decided.getLeft().message());
            }
            return decided.get().events();
        }

        private String describe() {
            return command.getClass().getSimpleName() + " " + command.commandId();
        }

        /** An event as its type and every part but the header, to compare. */
        private static Seq<Object> parts(IncidentEvent event) {
            Seq<Object> parts = List.of(event.getClass());
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                if (!component.getName().equals("header")) {
                    parts = parts.append(List.of(component.getName(), read(component, event)));
                }
            }
            return parts;
        }

        /** The same, to read in a failure's message. */
        private static String payload(IncidentEvent event) {
            return parts(event).tail().map(part -> ((Seq<?>) part).mkString("=")).mkString(
                    event.getClass().getSimpleName() + "[", ", ", "]");
        }

        private static Object read(RecordComponent component, IncidentEvent event) {
            try {
                return component.getAccessor().invoke(event);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of " + event.getClass(), e);
            }
        }
    }
}
