package dev.incidentkit.incident;

import dev.incidentkit.incident.IncidentEvent.Canceled;
import dev.incidentkit.incident.IncidentEvent.Closed;
import dev.incidentkit.incident.IncidentEvent.Declared;
import dev.incidentkit.incident.IncidentEvent.Declined;
import dev.incidentkit.incident.IncidentEvent.ImpactStartEstimated;
import dev.incidentkit.incident.IncidentEvent.LinkAdded;
import dev.incidentkit.incident.IncidentEvent.Merged;
import dev.incidentkit.incident.IncidentEvent.Mitigated;
import dev.incidentkit.incident.IncidentEvent.Reopened;
import dev.incidentkit.incident.IncidentEvent.Reported;
import dev.incidentkit.incident.IncidentEvent.Resolved;
import dev.incidentkit.incident.IncidentEvent.SeverityChanged;
import dev.incidentkit.incident.IncidentEvent.UpdatePosted;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The evolve half of the decider: how one event changes the state. Pure and total over well-formed
 * streams; a malformed stream (wrong incident, a gap in the sequence, a second report, a move the
 * lifecycle does not allow, anything after a terminal status) is a programming or storage error and
 * throws {@link IllegalArgumentException}.
 */
final class Evolution {

    private Evolution() {}

    static IncidentState evolve(IncidentState state, IncidentEvent event) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        EventHeader header = event.header();
        if (!header.incidentId().equals(state.id())) {
            throw new IllegalArgumentException("event " + header.eventId() + " belongs to incident "
                    + header.incidentId() + ", not " + state.id());
        }
        if (header.sequence() != state.version() + 1) {
            throw new IllegalArgumentException("event " + header.eventId() + " has sequence " + header.sequence()
                    + " but incident " + state.id() + " expects " + (state.version() + 1));
        }
        if (state.isReported() == (event instanceof Reported)) {
            throw new IllegalArgumentException("event " + header.eventId() + " (" + event.getClass().getSimpleName()
                    + ") cannot be event " + header.sequence() + " of incident " + state.id()
                    + ": a stream starts with exactly one Reported event");
        }
        if (state.status().exists(IncidentStatus::isTerminal)) {
            throw new IllegalArgumentException("event " + header.eventId() + " follows the terminal status "
                    + state.status().get() + " of incident " + state.id());
        }
        ImmutableIncidentState.Builder next = ImmutableIncidentState.builder()
                .from(state)
                .version(header.sequence())
                .lastRecordedAt(Option.some(header.recordedAt()))
                .appliedCommands(state.appliedCommands().add(header.commandId()));
        apply(next, state, event, header);
        IncidentState after = next.build();
        if (state.isReported() && !after.status().equals(state.status())
                && !state.status().get().canMoveTo(after.status().get())) {
            throw new IllegalArgumentException("event " + header.eventId() + " moves incident " + state.id()
                    + " from " + state.status().get() + " to " + after.status().get() + ", which is not an allowed move");
        }
        return after;
    }

    private static void apply(ImmutableIncidentState.Builder next, IncidentState s, IncidentEvent event, EventHeader h) {
        Milestones m = s.milestones();
        if (event instanceof Reported) {
            Reported e = (Reported) event;
            Milestones reported = m.with(Milestone.DETECTED, h.effectiveAt()).with(Milestone.REPORTED, h.recordedAt());
            next.status(Option.some(IncidentStatus.TRIAGE))
                    .source(Option.some(e.source()))
                    .summary(Option.some(e.summary()))
                    .reportedBy(Option.some(h.actor()))
                    .milestones(withImpactStart(reported, e.impactStartedAt()));
        } else if (event instanceof Declared) {
            Declared e = (Declared) event;
            next.status(Option.some(IncidentStatus.DECLARED))
                    .title(Option.some(e.title()))
                    .severity(Option.some(e.severity()))
                    .impact(Option.some(e.impact()))
                    .impactedService(Option.some(e.impactedService()))
                    .milestones(withImpactStart(m.with(Milestone.DECLARED, h.recordedAt()), e.impactStartedAt()));
        } else if (event instanceof Declined) {
            Declined e = (Declined) event;
            next.status(Option.some(IncidentStatus.DECLINED))
                    .declineRoute(Option.some(e.route()))
                    .outcomeReason(Option.some(e.reason()));
        } else if (event instanceof ImpactStartEstimated) {
            next.milestones(m.with(Milestone.IMPACT_STARTED, ((ImpactStartEstimated) event).startedAt()));
        } else if (event instanceof SeverityChanged) {
            next.severity(Option.some(((SeverityChanged) event).to()));
        } else if (event instanceof UpdatePosted) {
            UpdatePosted e = (UpdatePosted) event;
            next.statusUpdates(s.statusUpdates().append(new StatusUpdate(
                    h.recordedAt(), h.actor(), e.kind(), e.audience(), e.text(), e.nextUpdateBy())));
        } else if (event instanceof LinkAdded) {
            next.links(s.links().append(((LinkAdded) event).link()));
        } else if (event instanceof Mitigated) {
            next.status(Option.some(IncidentStatus.MITIGATED))
                    .milestones(m.with(Milestone.MITIGATED, h.effectiveAt()));
        } else if (event instanceof Resolved) {
            next.status(Option.some(IncidentStatus.RESOLVED))
                    .milestones(m.with(Milestone.RESOLVED, h.effectiveAt()));
        } else if (event instanceof Reopened) {
            next.status(Option.some(IncidentStatus.DECLARED))
                    .reopenCount(s.reopenCount() + 1)
                    .milestones(m.without(Milestone.MITIGATED)
                            .without(Milestone.RESOLVED)
                            .with(Milestone.REOPENED, h.recordedAt()));
        } else if (event instanceof Canceled) {
            next.status(Option.some(IncidentStatus.CANCELED))
                    .outcomeReason(Option.some(((Canceled) event).reason()));
        } else if (event instanceof Merged) {
            next.status(Option.some(IncidentStatus.MERGED))
                    .mergedInto(Option.some(((Merged) event).into()));
        } else if (event instanceof Closed) {
            next.status(Option.some(IncidentStatus.CLOSED))
                    .milestones(m.with(Milestone.CLOSED, h.recordedAt()));
        } else {
            throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
        }
    }

    private static Milestones withImpactStart(Milestones milestones, Option<Instant> impactStartedAt) {
        return impactStartedAt.fold(() -> milestones, at -> milestones.with(Milestone.IMPACT_STARTED, at));
    }
}
