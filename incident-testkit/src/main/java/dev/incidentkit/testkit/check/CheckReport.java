package dev.incidentkit.testkit.check;

import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.postmortem.PostmortemStatus;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a {@link ProcessCheck} did: how many sequences and commands it ran, what they reached (so that a
 * passing check can be seen to prove something), and the violation it found, if any.
 *
 * @param process the process's name
 * @param seed the seed the sequences were generated from
 * @param sequences how many sequences ran and passed before a violation (QuickTheories skips a generated
 *     sequence it has already run, so a passing check may show fewer than it was asked for)
 * @param commands how many commands those sequences played
 * @param rejected how many of those commands were refused
 * @param statuses the statuses the incidents reached
 * @param rejections the rejection codes the commands provoked
 * @param postmortems the postmortem statuses reports reached
 * @param invariants the names of the invariants checked
 * @param violation the shrunk violation, or none when every invariant held
 * @since 0.1.0
 */
public record CheckReport(String process, long seed, int sequences, long commands, long rejected,
        Set<IncidentStatus> statuses, Set<RejectionCode> rejections, Set<PostmortemStatus> postmortems,
        Seq<String> invariants, Option<Violation> violation) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public CheckReport {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(rejections, "rejections");
        Objects.requireNonNull(postmortems, "postmortems");
        Objects.requireNonNull(invariants, "invariants");
        Objects.requireNonNull(violation, "violation");
    }

    /**
     * Tells whether every invariant held.
     *
     * @return {@code true} when no violation was found
     */
    public boolean passed() {
        return violation.isEmpty();
    }

    /**
     * One paragraph for people: the counts, what was reached, and the outcome.
     *
     * @return the summary
     */
    public String summary() {
        return "process '" + process + "', seed " + seed + ": " + sequences + " sequences, " + commands
                + " commands (" + rejected + " refused), " + invariants.size() + " invariants; reached "
                + statuses.toSortedSet().mkString(", ") + "; reports reached "
                + postmortems.toSortedSet().mkString(", ") + "; " + rejections.size() + " kinds of rejection; "
                + (passed() ? "every invariant held" : "broke '" + violation.get().invariant().name() + "'");
    }
}
