package dev.incidentkit.desk;

import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.metrics.MetricsSummary;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.notify.Outbox;
import dev.incidentkit.notify.TargetFormats;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.store.AppendConflict;
import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service: the one place commands enter. It loads the incident from the event store,
 * decides, appends at the version it decided against, and when another writer got there first reloads
 * and decides again, a bounded number of times.
 *
 * <p>The desk owns the recording clock: each attempt is stamped with the desk's clock, or with the time of
 * the incident's last event when the clock is behind it (another node's clock, a clock set back), so that
 * the recording times of an incident never go back and a command that only lost a race is decided again
 * on the new state rather than refused as out of order. The caller's {@code recordedAt} is replaced; what
 * the command says happened earlier stays in its {@code occurredAt}. Within one desk, the commands of one
 * incident are decided one at a time (other incidents go on in parallel); between desks, on several
 * threads or machines sharing a store, the store's expected version decides who wins and the loser is
 * decided again. Once events are stored, their messages are planned into
 * the outbox (see {@link Dispatcher}); should that fail or the process die first, the dispatcher plans
 * them from the stored events later, so nothing is lost. It also answers queries: state, timeline,
 * obligations now, metrics.
 *
 * <p>Thread-safe: any number of threads may hand it commands for the same or different incidents.
 *
 * @since 0.1.0
 */
public final class IncidentDesk {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentDesk.class);

    /** How many incidents' states a desk keeps unless told otherwise. */
    public static final int DEFAULT_RECENT_STATES = 1_024;

    /** How many locks the incidents of one desk are spread over: a power of two well above the cores. */
    private static final int STRIPES = 64;

    private final IncidentProcess process;
    private final IncidentDecider decider;
    private final IncidentStorage storage;
    private final Clock clock;
    private final int maxAttempts;
    private final Object[] stripes = newStripes();
    private final RecentStates recent;
    private final TargetFormats formats;

    /**
     * Creates a desk on a store and an outbox kept apart (see {@link IncidentStorage#of}).
     *
     * @param process the process to apply
     * @param store where events are kept
     * @param outbox where planned messages are kept
     * @param clock the clock that stamps each command's recording time and answers queries that ask
     *     "now"
     * @param maxAttempts how many times a command is decided when writers conflict, at least 1
     */
    public IncidentDesk(IncidentProcess process, IncidentEventStore store, Outbox outbox, Clock clock, int maxAttempts) {
        this(process, IncidentStorage.of(store, outbox), clock, maxAttempts);
    }

    /**
     * Creates a desk on a storage that keeps events and planned messages together, keeping the states of
     * the {@value #DEFAULT_RECENT_STATES} incidents it handled last.
     *
     * @param process the process to apply
     * @param storage where events and planned messages are kept
     * @param clock the clock that stamps each command's recording time and answers queries that ask
     *     "now"
     * @param maxAttempts how many times a command is decided when writers conflict, at least 1
     */
    public IncidentDesk(IncidentProcess process, IncidentStorage storage, Clock clock, int maxAttempts) {
        this(process, storage, clock, maxAttempts, DEFAULT_RECENT_STATES);
    }

    /**
     * Creates a desk on a storage that keeps events and planned messages together, such as one database.
     *
     * <p>The desk keeps the states of the incidents it handled last, each with its version, and on the next
     * command reads only the events stored after that version ({@link IncidentEventStore#readAfter}), so
     * that a command costs about the same on an incident of 10,000 events as on one of 10. Other writers
     * (other desks, other machines) are seen through those reads; a state is never trusted beyond them.
     *
     * @param process the process to apply
     * @param storage where events and planned messages are kept
     * @param clock the clock that stamps each command's recording time and answers queries that ask
     *     "now"
     * @param maxAttempts how many times a command is decided when writers conflict, at least 1
     * @param recentStates how many incidents' states to keep, at least 0 (0 replays every stream in full)
     */
    public IncidentDesk(IncidentProcess process, IncidentStorage storage, Clock clock, int maxAttempts,
            int recentStates) {
        this(process, storage, clock, maxAttempts, recentStates, TargetFormats.defaults());
    }

    /**
     * Creates a desk as {@link #IncidentDesk(IncidentProcess, IncidentStorage, Clock, int, int)} does, whose
     * messages are planned in the formats the integrator's targets read.
     *
     * @param process the process to apply
     * @param storage where events and planned messages are kept
     * @param clock the clock that stamps each command's recording time and answers queries that ask
     *     "now"
     * @param maxAttempts how many times a command is decided when writers conflict, at least 1
     * @param recentStates how many incidents' states to keep, at least 0 (0 replays every stream in full)
     * @param formats the format each target reads, such as {@link TargetFormats#defaults()}
     * @since 0.4.0
     */
    public IncidentDesk(IncidentProcess process, IncidentStorage storage, Clock clock, int maxAttempts,
            int recentStates, TargetFormats formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.process = Objects.requireNonNull(process, "process");
        this.decider = IncidentDecider.of(process);
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        if (recentStates < 0) {
            throw new IllegalArgumentException("the number of recent states kept is never negative, got "
                    + recentStates);
        }
        this.recent = new RecentStates(recentStates);
    }

    private static Object[] newStripes() {
        Object[] stripes = new Object[STRIPES];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        return stripes;
    }

    /**
     * Handles a command: stamp it with the desk's time, decide, store, plan its messages.
     *
     * <p>A {@link ResponseCommand.Merge} is refused unless the incident it names was reported and is open;
     * once the merged incident is stored as MERGED, the named one records what it took in
     * ({@link dev.incidentkit.incident.response.ResponseEvent.Absorbed}). Within one desk nothing else happens to
     * either incident in between. Desks sharing a store can still end the named incident in that moment;
     * the merge then stands and the desk logs that the other incident could not record it. Should the
     * process die between the two, sending the same merge command again records the second half.
     *
     * @param command the command; its {@code recordedAt} is replaced by the desk's time (see above); never
     *     {@code null}
     * @return accepted with the stored events (for a merge, those of the merged incident), rejected with the
     *     reason, or conflicted when other writers kept winning
     */
    public DeskOutcome handle(IncidentCommand command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof ResponseCommand.Merge) {
            return merge((ResponseCommand.Merge) command);
        }
        if (command instanceof CommunicationCommand.SettleFollowUp settle && settle.newIncident().isDefined()) {
            // incidents are never removed: once reported, the named incident stays so
            Option<Rejection> problem = decider.newIncidentProblem(settle, load(settle.newIncident().get()));
            if (problem.isDefined()) {
                return new DeskOutcome.Rejected(problem.get());
            }
        }
        IncidentId id = command.incidentId();
        synchronized (stripes[stripe(id)]) {
            return decideAndStore(id, command.commandId(), state -> decider.apply(stamp(command, state), state));
        }
    }

    private static int stripe(IncidentId id) {
        return Math.floorMod(id.hashCode(), STRIPES);
    }

    /**
     * A merge changes two incidents: the merged one ends, and the one it is merged into records what it took
     * in. Both are locked, in the stripes' order, so no other command of this desk changes either in between.
     * The target is checked only for a merge the decider would accept, and not on a merge sent again once
     * stored; a merge sent again records the target's side if a crash lost it.
     */
    private DeskOutcome merge(ResponseCommand.Merge merge) {
        IncidentId source = merge.incidentId();
        IncidentId target = merge.into();
        synchronized (stripes[Math.min(stripe(source), stripe(target))]) {
            synchronized (stripes[Math.max(stripe(source), stripe(target))]) {
                IncidentState before = load(source);
                Either<Rejection, Decision> trial = decider.apply(stamp(merge, before), before);
                if (trial.isLeft()) {
                    return new DeskOutcome.Rejected(trial.getLeft());
                }
                if (!trial.get().events().isEmpty()) {
                    Option<Rejection> problem = decider.mergeTargetProblem(merge, load(target));
                    if (problem.isDefined()) {
                        return new DeskOutcome.Rejected(problem.get());
                    }
                }
                DeskOutcome merged = decideAndStore(source, merge.commandId(),
                        state -> decider.apply(stamp(merge, state), state));
                if (!(merged instanceof DeskOutcome.Accepted)
                        || !((DeskOutcome.Accepted) merged).state().mergedInto().contains(target)) {
                    return merged;
                }
                IncidentState mergedState = ((DeskOutcome.Accepted) merged).state();
                DeskOutcome absorbed = decideAndStore(target, merge.commandId(), state ->
                        decider.absorb((ResponseCommand.Merge) stamp(merge, state), mergedState, state));
                // the merge is stored and stands; only another desk can end the target or keep winning its
                // appends in between, and sending the same merge again completes the record
                if (absorbed instanceof DeskOutcome.Rejected) {
                    LOG.warn("incident {} was merged into {}, which could not record it: {}", source, target,
                            ((DeskOutcome.Rejected) absorbed).rejection().message());
                } else if (absorbed instanceof DeskOutcome.Conflicted) {
                    LOG.warn("incident {} was merged into {}, which has not recorded it yet; send merge {} again",
                            source, target, merge.commandId());
                }
                return merged;
            }
        }
    }

    private DeskOutcome decideAndStore(IncidentId id, CommandId command,
            Function<IncidentState, Either<Rejection, Decision>> decide) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            IncidentState state = load(id);
            Either<Rejection, Decision> decision = decide.apply(state);
            if (decision.isLeft()) {
                return new DeskOutcome.Rejected(decision.getLeft());
            }
            Seq<IncidentEvent> events = decision.get().events();
            if (events.isEmpty()) {
                return new DeskOutcome.Accepted(events, state);
            }
            Either<AppendConflict, Long> appended = storage.append(id, state.version(), events,
                    messages(state, events, decision.get().state()));
            if (appended.isRight()) {
                recent.put(decision.get().state());
                if (cursorBehind(id, appended.get())) {
                    planQuietly(id);
                }
                return new DeskOutcome.Accepted(events, decision.get().state());
            }
            LOG.debug("{} (attempt {} of {}), deciding {} again", appended.getLeft(), attempt, maxAttempts,
                    command);
        }
        LOG.warn("gave up on command {} for incident {} after {} conflicting attempts", command, id,
                maxAttempts);
        return new DeskOutcome.Conflicted(maxAttempts);
    }

    /** The incident as stored now: a recent state brought up to date, or the whole stream replayed. */
    private IncidentState load(IncidentId id) {
        Option<IncidentState> known = recent.get(id);
        IncidentState state = known.isDefined()
                ? decider.replay(known.get(), storage.readAfter(id, known.get().version()))
                : decider.replay(id, storage.read(id));
        if (state.isReported()) {
            recent.put(state);
        }
        return state;
    }

    /** The command recorded now: the desk's time, never before the incident's last event. */
    private IncidentCommand stamp(IncidentCommand command, IncidentState state) {
        Instant now = clock.instant();
        Instant at = state.lastRecordedAt().filter(now::isBefore).getOrElse(now);
        return command.withHeader(command.header().recordedAt(at));
    }

    /**
     * The incidents whose stored events have not all been planned into messages ({@link
     * IncidentStorage#unplanned()}), which the dispatcher plans before it delivers.
     *
     * @return the incidents, in incident-id order; never {@code null}
     * @since 0.4.0
     */
    public Seq<IncidentId> unplanned() {
        return storage.unplanned();
    }

    /**
     * Plans the messages of an incident's events stored since its outbox cursor, and moves the cursor.
     * Idempotent: planning again enqueues nothing twice.
     *
     * @param id the incident
     * @throws IllegalStateException if the cursor is past the incident's last stored event (corrupt data)
     */
    public void plan(IncidentId id) {
        Objects.requireNonNull(id, "id");
        long cursor = storage.cursor(id);
        Seq<IncidentEvent> stream = storage.read(id);
        if (cursor > stream.size()) {
            // a cursor past the last event would silently keep every new event's messages from being planned
            throw new IllegalStateException("the outbox cursor of incident " + id + " is at event " + cursor
                    + ", past its last stored event " + stream.size() + ": the outbox or the store is corrupt");
        }
        if (stream.size() == cursor) {
            return;
        }
        IncidentState state = IncidentState.empty(id);
        Vector<MessageIntent> intents = Vector.empty();
        for (IncidentEvent event : stream) {
            state = decider.evolve(state, event);
            if (event.sequence() > cursor) {
                intents = intents.appendAll(Notifications.plan(event, state, process, formats));
            }
        }
        storage.enqueue(id, stream.size(), intents);
    }

    private Seq<MessageIntent> messages(IncidentState before, Seq<IncidentEvent> events, IncidentState after) {
        if (events.tail().isEmpty()) {
            return Notifications.plan(events.head(), after, process, formats); // one event: the state after it is known
        }
        IncidentState state = before;
        Vector<MessageIntent> intents = Vector.empty();
        for (IncidentEvent event : events) {
            state = decider.evolve(state, event);
            intents = intents.appendAll(Notifications.plan(event, state, process, formats));
        }
        return intents;
    }

    private boolean cursorBehind(IncidentId id, long version) {
        try {
            return storage.cursor(id) < version;
        } catch (RuntimeException e) {
            LOG.warn("could not read the outbox cursor of incident {}; the dispatcher will plan its messages", id, e);
            return false;
        }
    }

    private void planQuietly(IncidentId id) {
        try {
            plan(id);
        } catch (RuntimeException e) {
            LOG.warn("could not plan the messages of incident {} now; the dispatcher will plan them later", id, e);
        }
    }

    /**
     * The incident as it stands.
     *
     * @param id the incident
     * @return its state (empty if never reported)
     */
    public IncidentState state(IncidentId id) {
        return load(Objects.requireNonNull(id, "id"));
    }

    /**
     * The incident's timeline.
     *
     * @param id the incident
     * @return the entries, sorted
     */
    public Seq<TimelineEntry> timeline(IncidentId id) {
        return Timeline.of(storage.read(Objects.requireNonNull(id, "id")));
    }

    /**
     * What is due on the incident now, by the desk's clock.
     *
     * @param id the incident
     * @return the obligations
     */
    public Seq<Obligation> obligations(IncidentId id) {
        return Obligations.of(state(id), process, clock.instant());
    }

    /**
     * Response metrics over every stored incident; one whose events cannot be read is left out, with a
     * warning in the log.
     *
     * @return the summary
     */
    public MetricsSummary metrics() {
        Vector<IncidentState> states = Vector.empty();
        for (IncidentId id : storage.incidents()) {
            try {
                states = states.append(load(id));
            } catch (RuntimeException e) {
                LOG.warn("incident {} cannot be read and is left out of the metrics", id, e);
            }
        }
        return MetricsSummary.of(states);
    }

    /**
     * The process the desk applies.
     *
     * @return the process
     */
    public IncidentProcess process() {
        return process;
    }
}
