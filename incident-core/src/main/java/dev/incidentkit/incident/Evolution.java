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
 * streams; a malformed stream (wrong incident, a gap in the sequence) is a programming or storage
 * error and throws.
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
        ImmutableIncidentState base = ImmutableIncidentState.copyOf(state)
                .withVersion(header.sequence())
                .withLastRecordedAt(Option.some(header.recordedAt()))
                .withAppliedCommands(state.appliedCommands().add(header.commandId()));
        return apply(base, event, header);
    }

    private static IncidentState apply(ImmutableIncidentState s, IncidentEvent event, EventHeader h) {
        Milestones m = s.milestones();
        if (event instanceof Reported) {
            Reported e = (Reported) event;
            Milestones next = m.with(Milestone.DETECTED, h.effectiveAt()).with(Milestone.REPORTED, h.recordedAt());
            return s.withStatus(Option.some(IncidentStatus.TRIAGE))
                    .withSource(Option.some(e.source()))
                    .withSummary(Option.some(e.summary()))
                    .withReportedBy(Option.some(h.actor()))
                    .withMilestones(withImpactStart(next, e.impactStartedAt()));
        }
        if (event instanceof Declared) {
            Declared e = (Declared) event;
            return s.withStatus(Option.some(IncidentStatus.DECLARED))
                    .withTitle(Option.some(e.title()))
                    .withSeverity(Option.some(e.severity()))
                    .withImpact(Option.some(e.impact()))
                    .withImpactedService(Option.some(e.impactedService()))
                    .withMilestones(withImpactStart(m.with(Milestone.DECLARED, h.recordedAt()), e.impactStartedAt()));
        }
        if (event instanceof Declined) {
            Declined e = (Declined) event;
            return s.withStatus(Option.some(IncidentStatus.DECLINED))
                    .withDeclineRoute(Option.some(e.route()))
                    .withOutcomeReason(Option.some(e.reason()));
        }
        if (event instanceof ImpactStartEstimated) {
            return s.withMilestones(m.with(Milestone.IMPACT_STARTED, ((ImpactStartEstimated) event).startedAt()));
        }
        if (event instanceof SeverityChanged) {
            return s.withSeverity(Option.some(((SeverityChanged) event).to()));
        }
        if (event instanceof UpdatePosted) {
            UpdatePosted e = (UpdatePosted) event;
            return s.withStatusUpdates(s.statusUpdates().append(new StatusUpdate(
                    h.recordedAt(), h.actor(), e.kind(), e.audience(), e.text(), e.nextUpdateBy())));
        }
        if (event instanceof LinkAdded) {
            return s.withLinks(s.links().append(((LinkAdded) event).link()));
        }
        if (event instanceof Mitigated) {
            return s.withStatus(Option.some(IncidentStatus.MITIGATED))
                    .withMilestones(m.with(Milestone.MITIGATED, h.effectiveAt()));
        }
        if (event instanceof Resolved) {
            return s.withStatus(Option.some(IncidentStatus.RESOLVED))
                    .withMilestones(m.with(Milestone.RESOLVED, h.effectiveAt()));
        }
        if (event instanceof Reopened) {
            return s.withStatus(Option.some(IncidentStatus.DECLARED))
                    .withReopenCount(s.reopenCount() + 1)
                    .withMilestones(m.without(Milestone.MITIGATED)
                            .without(Milestone.RESOLVED)
                            .with(Milestone.REOPENED, h.recordedAt()));
        }
        if (event instanceof Canceled) {
            return s.withStatus(Option.some(IncidentStatus.CANCELED))
                    .withOutcomeReason(Option.some(((Canceled) event).reason()));
        }
        if (event instanceof Merged) {
            return s.withStatus(Option.some(IncidentStatus.MERGED))
                    .withMergedInto(Option.some(((Merged) event).into()));
        }
        if (event instanceof Closed) {
            return s.withStatus(Option.some(IncidentStatus.CLOSED))
                    .withMilestones(m.with(Milestone.CLOSED, h.recordedAt()));
        }
        throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }

    private static Milestones withImpactStart(Milestones milestones, Option<Instant> impactStartedAt) {
        return impactStartedAt.fold(() -> milestones, at -> milestones.with(Milestone.IMPACT_STARTED, at));
    }
}
