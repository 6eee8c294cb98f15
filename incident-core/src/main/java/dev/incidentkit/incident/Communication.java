package dev.incidentkit.incident;

import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import java.util.Objects;

/**
 * Who still has to be told that a resolved incident is resolved: the audiences the process keeps
 * informed (the stakeholders when it names none) that have had no resolution notice since the latest
 * resolution (000, 001: "communicate with the Community Representative that things should be back to
 * normal").
 *
 * @since 0.1.0
 */
public final class Communication {

    private Communication() {}

    /**
     * The audiences of the process that have not been told about the latest resolution: no resolution notice
     * went out to them at or after it, or within the process's
     * {@linkplain IncidentProcess#resolutionNoticeWindow() window} before it (and after any reopening).
     *
     * @param state the incident
     * @param process its process
     * @return the audiences still to tell, in order; empty unless the incident is resolved or closed
     */
    public static Seq<Audience> resolutionNotYetToldTo(IncidentState state, IncidentProcess process) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(process, "process");
        if (state.milestones().get(Milestone.RESOLVED).isEmpty()) {
            return io.vavr.collection.List.empty();
        }
        // a notice counts from the process's window before the latest resolution, never from before a
        // reopening: an all-clear of an earlier round tells nothing of this one
        Instant resolved = state.milestones().get(Milestone.RESOLVED).get();
        Instant window = resolved.minus(process.resolutionNoticeWindow());
        Instant since = state.milestones().get(Milestone.REOPENED).filter(window::isBefore).getOrElse(window);
        Set<Audience> audiences = process.cadence().audiences().isEmpty()
                ? LinkedHashSet.of(Audience.STAKEHOLDERS) : process.cadence().audiences();
        io.vavr.collection.List<Audience> notTold = io.vavr.collection.List.empty();
        Audience[] all = Audience.values();
        for (int i = all.length - 1; i >= 0; i--) {
            if (audiences.contains(all[i]) && !toldSince(state.updatesTo(all[i]), since)) {
                notTold = notTold.prepend(all[i]);
            }
        }
        return notTold;
    }

    /**
     * Whether a resolution notice went out at or after {@code since}. Updates are kept in the order they
     * were recorded, and a notice may be recorded after the ones it precedes, so every update is looked at.
     */
    private static boolean toldSince(Seq<StatusUpdate> updates, Instant since) {
        return updates.exists(update -> update.kind() == UpdateKind.RESOLUTION && !update.postedAt().isBefore(since));
    }
}
