package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Milestone;
import dev.incidentkit.metrics.IncidentMetrics;
import dev.incidentkit.metrics.Measure;
import dev.incidentkit.metrics.MetricsSummary;
import io.vavr.collection.Vector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Response-time metrics over 100,000 incidents of varied lives ({@link Workloads#variedIncidentStates(int)}:
 * three severities, three report sources, seven statuses, durations that differ from incident to
 * incident, a quarter of the resolved ones reopened once), held as a Vavr {@link Vector}.
 *
 * <p>Two measurements: {@link #summary()} is {@link MetricsSummary#of(Iterable)} over all of them, one
 * operation being the whole summary (filtering out the incidents that were never declared or ended
 * declined, canceled or merged, measuring the rest, and sorting each measure's durations for the median
 * and 90th percentile), scored in milliseconds per summary; {@link #perIncident(Blackhole)} is
 * {@link IncidentMetrics#of(IncidentState)} for each of the 100,000 states in turn, one operation being
 * one incident's metrics, scored in incidents per second.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
public class MetricsBenchmark {

    /** How many incidents. */
    static final int INCIDENTS = 100_000;

    private Vector<IncidentState> states;

    /** Creates the benchmark; JMH calls it. */
    public MetricsBenchmark() {}

    /**
     * Builds the incidents and checks that they are as many and as varied as claimed, and that the
     * summary counts exactly the incidents it should and measures every measure.
     *
     * @throws IllegalStateException if not
     */
    @Setup
    public void setUp() {
        states = Vector.ofAll(Workloads.variedIncidentStates(INCIDENTS));
        if (states.size() != INCIDENTS) {
            throw new IllegalStateException(states.size() + " incidents, not " + INCIDENTS);
        }
        int statuses = states.map(s -> s.status().get()).distinct().size();
        int severities = states.flatMap(IncidentState::severity).distinct().size();
        if (statuses < 7 || severities < 3) {
            throw new IllegalStateException("the incidents have only " + statuses + " statuses and " + severities
                    + " severities");
        }
        int counted = states.count(s -> s.milestones().get(Milestone.DECLARED).isDefined()
                && !s.isIn(IncidentStatus.DECLINED, IncidentStatus.CANCELED, IncidentStatus.MERGED));
        MetricsSummary summary = summary();
        if (counted == 0 || summary.incidents() != counted) {
            throw new IllegalStateException("the summary counts " + summary.incidents() + " incidents, not " + counted);
        }
        for (Measure measure : Measure.values()) {
            MetricsSummary.Statistics statistics = summary.statistics().get(measure).get();
            if (statistics.count() == 0 || statistics.median().equals(statistics.p90())) {
                throw new IllegalStateException(measure + " is not measured on varied incidents: " + statistics);
            }
        }
    }

    /**
     * Summarises the 100,000 incidents.
     *
     * @return the summary
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MetricsSummary summary() {
        return MetricsSummary.of(states);
    }

    /**
     * Measures each of the 100,000 incidents on its own.
     *
     * @param blackhole takes every incident's metrics, so that none is left uncomputed
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INCIDENTS)
    public void perIncident(Blackhole blackhole) {
        for (IncidentState state : states) {
            blackhole.consume(IncidentMetrics.of(state));
        }
    }
}
