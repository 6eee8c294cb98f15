package dev.incidentkit.metrics;

import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Milestone;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Response times over a collection of incidents: per {@link Measure}, how many incidents could be
 * measured, how many could not, and the mean, median and 90th percentile. Counted are the incidents that
 * were declared, and those a process mitigated or resolved without a declaration, even if reopened since
 * (their measures from the declaration are missing, never invented); reports never mitigated or resolved
 * in triage, and declined, canceled or merged incidents, are left out: a merged incident counts once, as
 * part of the one it was merged into. A duration known only approximately or as a range counts by its
 * {@linkplain Elapsed#estimate() estimate}, and each measure says how many such estimates it holds.
 *
 * @param incidents how many incidents were counted
 * @param statistics measure to its statistics; every measure present
 * @since 0.1.0
 */
public record MetricsSummary(int incidents, Map<Measure, Statistics> statistics) {

    /**
     * Creates a summary.
     *
     * @throws NullPointerException if {@code statistics} is {@code null}
     */
    public MetricsSummary {
        Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * Summarises incidents.
     *
     * @param states the incidents
     * @return the summary
     */
    public static MetricsSummary of(Iterable<IncidentState> states) {
        Objects.requireNonNull(states, "states");
        Seq<IncidentMetrics> counted = List.ofAll(states)
                .filter(s -> (s.milestones().get(Milestone.DECLARED).isDefined()
                                || s.milestones().earliest(Milestone.MITIGATED).isDefined()
                                || s.milestones().earliest(Milestone.RESOLVED).isDefined())
                        && !s.isIn(IncidentStatus.DECLINED, IncidentStatus.CANCELED, IncidentStatus.MERGED))
                .map(IncidentMetrics::of);
        Map<Measure, Statistics> statistics = LinkedHashMap.empty();
        for (Measure measure : Measure.values()) {
            Seq<Elapsed> measured = counted.flatMap(m -> m.elapsed(measure));
            Seq<Duration> values = measured.map(Elapsed::estimate).sorted();
            statistics = statistics.put(measure, Statistics.of(values, counted.size() - values.size(),
                    measured.count(e -> !e.isExact())));
        }
        return new MetricsSummary(counted.size(), statistics);
    }

    /**
     * The statistics of one measure.
     *
     * @param count how many incidents had it
     * @param missing how many counted incidents lacked a moment for it
     * @param mean the mean, or none when nothing was measured
     * @param median the median, or none
     * @param p90 the 90th percentile by nearest rank, or none
     * @param estimated how many of the counted durations were approximate or a range, counted by their
     *     estimate (since 0.4.0)
     */
    public record Statistics(int count, int missing, Option<Duration> mean, Option<Duration> median,
            Option<Duration> p90, int estimated) {

        /**
         * Creates statistics.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Statistics {
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(p90, "p90");
        }

        static Statistics of(Seq<Duration> sorted, int missing, int estimated) {
            if (sorted.isEmpty()) {
                return new Statistics(0, missing, Option.none(), Option.none(), Option.none(), 0);
            }
            int n = sorted.size();
            Duration total = sorted.foldLeft(Duration.ZERO, Duration::plus);
            Duration median = n % 2 == 1 ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
            Duration p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
            return new Statistics(n, missing, Option.some(total.dividedBy(n)), Option.some(median), Option.some(p90),
                    estimated);
        }
    }
}
