package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.timeline.EntryKind;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Timeline assembly of a busy incident: {@link Timeline#of(Iterable)} over the stream of
 * {@link Workloads#chatHeavyIncidentEvents(IncidentId, int)}, whose chat import holds 100,000 messages
 * posted to the incident channel inside the import window (so every one of them is imported and becomes
 * an entry), next to the incident's own events (report with its impact start, declaration, link,
 * progress update, debugging step, mitigation, resolution, resolution notice). The stream is held as a
 * Vavr {@link Vector}, as the stores return it.
 *
 * <p>One operation is one whole assembly: every event turned into its entries, and the entries (the
 * 100,000 chat messages and a dozen of the incident's own) sorted by when they happened; the score is
 * milliseconds per timeline.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBenchmark {

    /** How many chat messages the incident's import holds. */
    static final int MESSAGES = 100_000;

    private final IncidentId id = IncidentId.of("CHAT-1");
    private Vector<IncidentEvent> events;

    /** Creates the benchmark; JMH calls it. */
    public TimelineBenchmark() {}

    /**
     * Builds the incident's stream and checks that its timeline holds every message and more.
     *
     * @throws IllegalStateException if the timeline has fewer than 100,000 entries, or not exactly
     *     100,000 chat messages
     */
    @Setup
    public void setUp() {
        events = Vector.ofAll(Workloads.chatHeavyIncidentEvents(id, MESSAGES));
        Seq<TimelineEntry> timeline = Timeline.of(events);
        int chat = timeline.count(e -> e.kind() == EntryKind.CHAT_MESSAGE);
        if (timeline.size() < MESSAGES || chat != MESSAGES) {
            throw new IllegalStateException("the timeline has " + timeline.size() + " entries and " + chat
                    + " chat messages; expected at least " + MESSAGES + " and exactly " + MESSAGES);
        }
    }

    /**
     * Assembles the timeline.
     *
     * @return the entries, sorted by when they happened
     */
    @Benchmark
    public Seq<TimelineEntry> assemble() {
        return Timeline.of(events);
    }
}
