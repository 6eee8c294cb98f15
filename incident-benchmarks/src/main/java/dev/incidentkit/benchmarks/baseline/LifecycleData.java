package dev.incidentkit.benchmarks.baseline;

import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.severity.Severity;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The mutable facts a baseline keeps about one incident: what {@link LifecycleRules} reads and writes.
 * Fields are {@code null} until the command that sets them. Not thread-safe, like every baseline.
 *
 * @since 0.1.0
 */
public final class LifecycleData {

    final IncidentId id;
    final Set<CommandId> applied = new HashSet<>();
    IncidentStatus status;
    Instant lastRecordedAt;
    String summary;
    String title;
    Severity severity;
    Instant detectedAt;
    Instant mitigatedAt;
    Instant resolvedAt;
    Instant resolutionToldAt;
    int reopenCount;
    int updates;
    String outcomeReason;
    IncidentId mergedInto;

    /**
     * The data of an incident with no commands yet.
     *
     * @param id the incident; never {@code null}
     */
    public LifecycleData(IncidentId id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * The status the data records, for the baselines that keep the status here.
     *
     * @return the status, or {@code null} before the report
     */
    public IncidentStatus status() {
        return status;
    }
}
