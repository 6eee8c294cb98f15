package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.report.ReportSource;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What an incident took in when another was merged into it: the merged incident's id, where its report
 * came from (and so who reported it), its links, and when it was detected. The merged incident's own
 * stream keeps its whole history; this is the surviving incident's record of it.
 *
 * @param merged the incident merged into this one
 * @param source where the merged incident's report came from, naming its reporter; none if it was never
 *     reported, which a merge does not allow
 * @param links the merged incident's links, in the order they were added
 * @param detectedAt when the merged incident was detected, or the first incident merged into it was
 * @since 0.1.0
 */
public record Absorption(IncidentId merged, Option<ReportSource> source, Seq<Link> links, Option<Instant> detectedAt) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if an argument or a link is {@code null}
     */
    public Absorption {
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(source, "source");
        Nulls.requireElements(links, "links");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    /**
     * What a merged incident leaves to the one it was merged into.
     *
     * @param merged the merged incident's state
     * @return its absorption
     */
    public static Absorption of(IncidentState merged) {
        Objects.requireNonNull(merged, "merged");
        // an incident that had taken in others itself was detected when the first of them was
        Option<Instant> detected = merged.milestones().get(Milestone.DETECTED).toList()
                .appendAll(merged.absorbed().flatMap(Absorption::detectedAt)).minBy(i -> i);
        return new Absorption(merged.id(), merged.source(), merged.links(), detected);
    }
}
