package dev.incidentkit.examples;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IdSource;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.MessageRenderer;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.store.IncidentStorage;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One scenario being played: the desk on real ports, a dispatcher that delivers after every step, the clock
 * the story moves, and a log of every step (who did what, the outcome, the status and the obligations just
 * after) and every message the notifiers received. Not thread-safe: a story is told by one thread.
 *
 * @since 0.1.0
 */
public final class ScenarioRun {

    /**
     * One command of the story and how it went.
     *
     * @param at when it was given
     * @param incident the incident
     * @param actor who gave it
     * @param command the command's verb
     * @param accepted whether the desk accepted it
     * @param outcome the events it recorded, or the rejection's sentence
     * @param status the incident's status just after, if it has one
     * @param version the incident's version just after: how many of its events were stored by then
     * @param obligations what was due on the incident just after
     */
    public record Step(Instant at, IncidentId incident, ResponderId actor, String command, boolean accepted,
            String outcome, Option<IncidentStatus> status, long version, Seq<Obligation> obligations) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Step {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(obligations, "obligations");
        }
    }

    /**
     * One message as a notifier received it, and what the notifier said.
     *
     * @param at when it was handed over
     * @param message the rendered message, with its intent (target, template, idempotency key)
     * @param outcome delivered, or why not
     */
    public record Sent(Instant at, RenderedMessage message, Delivery outcome) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Sent {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final IncidentProcess process;
    private final IncidentStorage storage;
    private final ManualClock clock;
    private final IncidentDesk desk;
    private final Dispatcher dispatcher;
    private final IdSource ids;
    private final Function<String, String> ticketOpener;
    private final ReportPublisher publisher;
    private final AtomicReference<Vector<Step>> steps = new AtomicReference<>(Vector.empty());
    private final AtomicReference<Vector<Sent>> sent = new AtomicReference<>(Vector.empty());

    /**
     * Prepares a run.
     *
     * @param process the process the team follows
     * @param storage where events and planned messages are kept, empty
     * @param renderer renders messages for their channel
     * @param notifier delivers them
     * @param clock the story's clock
     * @param commandPrefix the prefix of the run's command ids
     * @param ticketOpener opens a ticket in the team's issue tracker with a summary and answers its key
     * @param publisher publishes an incident report where the team keeps them and answers its location
     */
    public ScenarioRun(IncidentProcess process, IncidentStorage storage, MessageRenderer renderer, Notifier notifier,
            ManualClock clock, String commandPrefix, Function<String, String> ticketOpener, ReportPublisher publisher) {
        this.ticketOpener = Objects.requireNonNull(ticketOpener, "ticketOpener");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.process = Objects.requireNonNull(process, "process");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(notifier, "notifier");
        this.desk = new IncidentDesk(process, storage, clock, 3);
        Notifier recording = message -> {
            Delivery outcome = notifier.deliver(message);
            sent.updateAndGet(v -> v.append(new Sent(clock.instant(), message, outcome)));
            return outcome;
        };
        this.dispatcher = new Dispatcher(desk, storage, storage, renderer, recording, clock, Duration.ofSeconds(30), 8);
        this.ids = IdSource.sequential(Objects.requireNonNull(commandPrefix, "commandPrefix"));
    }

    /**
     * Gives a command that the story expects to be accepted, then delivers what is due.
     *
     * @param incident the incident
     * @param actor who gives it
     * @param command the command, made from the header this run stamps (id, incident, actor, now); never
     *     {@code null}
     * @return the events recorded
     * @throws IllegalStateException if the desk refuses it: the story broke the process's rules
     */
    public Seq<IncidentEvent> act(IncidentId incident, ResponderId actor, Function<CommandHeader, IncidentCommand> command) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        DeskOutcome outcome = give(incident, actor, command);
        if (outcome instanceof DeskOutcome.Accepted) {
            return ((DeskOutcome.Accepted) outcome).events();
        }
        throw new IllegalStateException("the story expected " + actor + "'s command to be accepted: " + outcome);
    }

    /**
     * Gives a command that the story expects to be refused, to show a rule at work.
     *
     * @param incident the incident
     * @param actor who gives it
     * @param command the command
     * @return the rejection
     * @throws IllegalStateException if the desk accepts it
     */
    public Rejection refused(IncidentId incident, ResponderId actor, Function<CommandHeader, IncidentCommand> command) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        DeskOutcome outcome = give(incident, actor, command);
        if (outcome instanceof DeskOutcome.Rejected) {
            return ((DeskOutcome.Rejected) outcome).rejection();
        }
        throw new IllegalStateException("the story expected " + actor + "'s command to be refused: " + outcome);
    }

    private DeskOutcome give(IncidentId incident, ResponderId actor, Function<CommandHeader, IncidentCommand> command) {
        IncidentCommand c = command.apply(CommandHeader.of(ids.next(), incident, actor, clock.instant()));
        DeskOutcome outcome = desk.handle(c);
        boolean accepted = outcome instanceof DeskOutcome.Accepted;
        String what = accepted
                ? ((DeskOutcome.Accepted) outcome).events().map(e -> e.getClass().getSimpleName()).mkString(", ")
                : outcome instanceof DeskOutcome.Rejected ? ((DeskOutcome.Rejected) outcome).rejection().message()
                : outcome.toString();
        IncidentState state = desk.state(incident);
        steps.updateAndGet(v -> v.append(new Step(clock.instant(), incident, actor, c.verb(), accepted, what,
                state.status(), state.version(), desk.obligations(incident))));
        dispatcher.dispatch();
        return outcome;
    }

    /**
     * Opens a ticket in the team's issue tracker, as a responder does before linking it.
     *
     * @param summary the ticket's summary
     * @return the ticket's key
     */
    public String openTicket(String summary) {
        return ticketOpener.apply(Objects.requireNonNull(summary, "summary"));
    }

    /**
     * Where people open a ticket of the team's issue tracker in a browser.
     *
     * @param key the ticket's key
     * @return its URL
     */
    public String ticketUrl(String key) {
        return "https://tracker.example.org/browse/" + Objects.requireNonNull(key, "key");
    }

    /**
     * Publishes the incident's report, as it stands, where the team keeps its reports.
     *
     * @param incident the incident
     * @return where it was published
     */
    public String publishReport(IncidentId incident) {
        Objects.requireNonNull(incident, "incident");
        return publisher.publish(desk.state(incident), storage.read(incident));
    }

    /**
     * Lets time pass in the story, then delivers what has come due.
     *
     * @param time how long
     */
    public void pass(Duration time) {
        Objects.requireNonNull(time, "time");
        clock.advance(time);
        dispatcher.dispatch();
    }

    /**
     * The incident as it stands.
     *
     * @param incident the incident
     * @return its state
     */
    public IncidentState state(IncidentId incident) {
        Objects.requireNonNull(incident, "incident");
        return desk.state(incident);
    }

    /**
     * What is due on the incident now.
     *
     * @param incident the incident
     * @return the obligations
     */
    public Seq<Obligation> obligations(IncidentId incident) {
        Objects.requireNonNull(incident, "incident");
        return desk.obligations(incident);
    }

    /**
     * The incident's stored events.
     *
     * @param incident the incident
     * @return the events in order
     */
    public Seq<IncidentEvent> events(IncidentId incident) {
        return storage.read(incident);
    }

    /**
     * Every step so far, in order.
     *
     * @return the steps
     */
    public Seq<Step> steps() {
        return steps.get();
    }

    /**
     * Every message the notifiers received so far, in order (a retried message once per try).
     *
     * @return the messages
     */
    public Seq<Sent> sent() {
        return sent.get();
    }

    /**
     * The process the story follows.
     *
     * @return the process
     */
    public IncidentProcess process() {
        return process;
    }

    /**
     * The story's clock.
     *
     * @return the clock
     */
    public ManualClock clock() {
        return clock;
    }

    /**
     * The desk, for queries the story wants to show (timeline, metrics).
     *
     * @return the desk
     */
    public IncidentDesk desk() {
        return desk;
    }

    /**
     * Where events and messages are kept.
     *
     * @return the storage
     */
    public IncidentStorage storage() {
        return storage;
    }
}
