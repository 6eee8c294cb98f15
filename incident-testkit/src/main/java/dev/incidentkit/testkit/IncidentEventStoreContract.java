package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.store.AppendConflict;
import dev.incidentkit.store.IncidentEventStore;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link IncidentEventStore}, as a JUnit Jupiter suite an adapter author runs against
 * their own store: extend this class and return a new, empty store from {@link #newStore()}.
 *
 * <pre>{@code
 * class JdbcEventStoreTest extends IncidentEventStoreContract {
 *     protected IncidentEventStore newStore() {
 *         return new JdbcEventStore(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>It checks: expected-version conflicts write nothing; re-appending the same event ids is idempotent;
 * reads return what was written, in order, and a read after a version only the events past it (what a
 * desk that keeps recent states reads on each command); all streams are read in incident-id order and can be
 * filtered; of concurrent writers on one stream exactly one wins each version and the losers write
 * nothing; concurrent writers on different streams all succeed and every event is stored exactly once.
 *
 * @since 0.1.0
 */
public abstract class IncidentEventStoreContract {

    private static final IncidentDecider DECIDER = IncidentDecider.standard();
    private static final ResponderId WRITER = ResponderId.of("contract");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Creates the suite; subclasses supply the store. */
    protected IncidentEventStoreContract() {}

    /**
     * A new, empty store for one test.
     *
     * @return the store under test
     */
    protected abstract IncidentEventStore newStore();

    /**
     * How many writers race in the concurrency tests.
     *
     * @return the number of threads, 8 unless overridden
     */
    protected int writers() {
        return 8;
    }

    @Test
    void should_return_what_was_appended_in_order() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> first = reportOf(id);
        Seq<IncidentEvent> second = linkEvents(id, first, "a", "b");

        assertEquals(Either.right(1L), store.append(id, 0, first));
        assertEquals(Either.right(3L), store.append(id, 1, second));

        assertEquals(first.appendAll(second).toList(), store.read(id).toList());
    }

    @Test
    void should_read_only_the_events_after_a_version() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> first = reportOf(id);
        Seq<IncidentEvent> second = linkEvents(id, first, "a", "b");
        store.append(id, 0, first);
        store.append(id, 1, second);

        assertEquals(first.appendAll(second).toList(), store.readAfter(id, 0).toList());
        assertEquals(second.toList(), store.readAfter(id, 1).toList());
        assertEquals(second.drop(1).toList(), store.readAfter(id, 2).toList());
        assertEquals(List.empty(), store.readAfter(id, 3).toList(), "nothing past the last version");
        assertEquals(List.empty(), store.readAfter(id, 99).toList(), "nothing past a version ahead of the stream");
        assertEquals(List.empty(), store.readAfter(IncidentId.of("INC-none"), 0).toList(), "no stream, no events");
        assertThrows(IllegalArgumentException.class, () -> store.readAfter(id, -1));
    }

    @Test
    void should_keep_every_field_of_every_kind_of_event() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-rich");
        Seq<IncidentEvent> history = Histories.richHistory(id);

        assertEquals(Either.right((long) history.size()), store.append(id, 0, history));

        assertEquals(history.toList(), store.read(id).toList(), "events must come back equal, to the nanosecond");
        assertEquals(DECIDER.replay(id, history), DECIDER.replay(id, store.read(id)));
    }

    @Test
    void should_leave_no_stream_behind_for_an_empty_append() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");

        assertEquals(Either.right(0L), store.append(id, 0, List.empty()));

        assertTrue(store.readAll(x -> true).isEmpty());
    }

    @Test
    void should_refuse_a_stale_version_and_write_nothing() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> report = reportOf(id);
        store.append(id, 0, report);
        Seq<IncidentEvent> mine = linkEvents(id, report, "mine");
        Seq<IncidentEvent> theirs = linkEvents(id, report, "theirs");
        store.append(id, 1, theirs);

        Either<AppendConflict, Long> outcome = store.append(id, 1, mine);

        assertTrue(outcome.isLeft(), "a stale append must be refused, got " + outcome);
        assertEquals(new AppendConflict(id, 1, 2), outcome.getLeft());
        assertEquals(report.appendAll(theirs).toList(), store.read(id).toList());
    }

    @Test
    void should_refuse_a_version_ahead_of_the_stream() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> report = reportOf(id);
        Seq<IncidentEvent> linked = linkEvents(id, report, "a");

        assertTrue(store.append(id, 1, linked).isLeft(), "appending at version 1 to an empty stream must fail");
        assertTrue(store.read(id).isEmpty());
    }

    @Test
    void should_accept_the_same_events_again_and_store_them_once() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> report = reportOf(id);
        Seq<IncidentEvent> links = linkEvents(id, report, "a", "b");
        store.append(id, 0, report);
        store.append(id, 1, links);

        assertEquals(Either.right(3L), store.append(id, 1, links), "a writer retrying after a crash must succeed");
        assertEquals(Either.right(3L), store.append(id, 0, report));
        assertEquals(3, store.read(id).size());
    }

    @Test
    void should_read_all_streams_in_incident_order_and_filter_them() {
        IncidentEventStore store = newStore();
        for (String name : List.of("INC-3", "INC-1", "INC-2")) {
            IncidentId id = IncidentId.of(name);
            store.append(id, 0, reportOf(id));
        }

        Seq<Seq<IncidentEvent>> all = store.readAll(id -> true);
        Seq<Seq<IncidentEvent>> some = store.readAll(id -> !id.value().equals("INC-2"));

        assertEquals(List.of("INC-1", "INC-2", "INC-3"), all.map(s -> s.head().incidentId().value()).toList());
        assertEquals(List.of("INC-1", "INC-3"), some.map(s -> s.head().incidentId().value()).toList());
        assertTrue(store.read(IncidentId.of("INC-9")).isEmpty());
    }

    @Test
    void should_refuse_events_that_do_not_continue_the_stream() {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        IncidentId other = IncidentId.of("INC-2");

        assertThrows(IllegalArgumentException.class, () -> store.append(other, 0, reportOf(id)));
        assertThrows(IllegalArgumentException.class, () -> store.append(id, 0, linkEvents(id, reportOf(id), "a")));
    }

    @Test
    void should_let_exactly_one_of_concurrent_writers_win_each_version() throws Exception {
        IncidentEventStore store = newStore();
        IncidentId id = IncidentId.of("INC-1");
        Seq<IncidentEvent> stream = reportOf(id);
        store.append(id, 0, stream);
        ExecutorService pool = Executors.newFixedThreadPool(writers());
        try {
            for (int round = 0; round < 20; round++) {
                Seq<IncidentEvent> base = stream;
                CountDownLatch go = new CountDownLatch(1);
                java.util.List<Future<Either<AppendConflict, Long>>> results = new ArrayList<>();
                for (int w = 0; w < writers(); w++) {
                    Seq<IncidentEvent> mine = linkEvents(id, base, "r" + round + "w" + w);
                    results.add(pool.submit(() -> {
                        go.await();
                        return store.append(id, base.size(), mine);
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Either<AppendConflict, Long>> result : results) {
                    winners += result.get(30, TimeUnit.SECONDS).isRight() ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round + ": exactly one writer wins a version");
                stream = store.read(id);
                assertEquals(base.size() + 1, stream.size(), "round " + round + ": the losers wrote nothing");
            }
        } finally {
            pool.shutdownNow();
        }
        IncidentState replayed = DECIDER.replay(id, stream);
        assertEquals(21, replayed.version(), "the stream is a valid history");
    }

    @Test
    void should_let_concurrent_writers_on_different_streams_all_succeed() throws Exception {
        IncidentEventStore store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(writers());
        try {
            CountDownLatch go = new CountDownLatch(1);
            java.util.List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 0; w < writers(); w++) {
                IncidentId id = IncidentId.of("INC-" + w);
                results.add(pool.submit(() -> {
                    go.await();
                    Seq<IncidentEvent> stream = reportOf(id);
                    boolean ok = store.append(id, 0, stream).isRight();
                    for (int i = 0; i < 25; i++) {
                        Seq<IncidentEvent> next = linkEvents(id, stream, "n" + i);
                        ok &= store.append(id, stream.size(), next).isRight();
                        stream = stream.appendAll(next);
                    }
                    return ok;
                }));
            }
            go.countDown();
            for (Future<Boolean> result : results) {
                assertTrue(result.get(30, TimeUnit.SECONDS), "every writer on its own stream succeeds");
            }
        } finally {
            pool.shutdownNow();
        }
        Seq<Seq<IncidentEvent>> all = store.readAll(id -> true);
        assertEquals(writers(), all.size());
        assertTrue(all.forAll(stream -> stream.size() == 26
                && stream.map(e -> e.header().eventId()).distinct().size() == 26), "each event exactly once");
    }

    /**
     * The event of reporting an incident, as the decider makes it: a valid first event for a stream.
     *
     * @param id the incident
     * @return the one event of the report
     */
    protected static Seq<IncidentEvent> reportOf(IncidentId id) {
        IncidentCommand report = TriageCommand.Report.of(CommandHeader.of(CommandId.of(id + "-report"), id, WRITER, T0),
                ReportSource.manual(WRITER), "contract check");
        return DECIDER.decide(report, IncidentState.empty(id)).get();
    }

    /**
     * The events of linking tickets after a stream, one command per reference: valid next events.
     *
     * @param id the incident
     * @param before the stream so far
     * @param refs one ticket reference per command; distinct references give distinct event ids
     * @return the new events, with the next sequence numbers
     */
    protected static Seq<IncidentEvent> linkEvents(IncidentId id, Seq<IncidentEvent> before, String... refs) {
        IncidentState state = DECIDER.replay(id, before);
        List<IncidentEvent> added = List.empty();
        for (String ref : refs) {
            IncidentCommand link = new CommunicationCommand.AddLink(CommandHeader.of(CommandId.of(id + "-" + ref), id,
                    WRITER, T0), Link.of(LinkKind.TICKET, "T-" + ref));
            Seq<IncidentEvent> events = DECIDER.decide(link, state).get();
            added = added.appendAll(events);
            state = events.foldLeft(state, DECIDER::evolve);
        }
        return added;
    }
}
