package dev.incidentkit.incident;

import dev.incidentkit.incident.IncidentEvent.Absorbed;
import dev.incidentkit.incident.IncidentEvent.ActionRecorded;
import dev.incidentkit.incident.IncidentEvent.AdvisoryRaised;
import dev.incidentkit.incident.IncidentEvent.Canceled;
import dev.incidentkit.incident.IncidentEvent.Closed;
import dev.incidentkit.incident.IncidentEvent.Declared;
import dev.incidentkit.incident.IncidentEvent.Declined;
import dev.incidentkit.incident.IncidentEvent.HandoffAccepted;
import dev.incidentkit.incident.IncidentEvent.HandoffDeclined;
import dev.incidentkit.incident.IncidentEvent.HandoffExpired;
import dev.incidentkit.incident.IncidentEvent.HandoffOffered;
import dev.incidentkit.incident.IncidentEvent.HandoffWithdrawn;
import dev.incidentkit.incident.IncidentEvent.ImpactStartEstimated;
import dev.incidentkit.incident.IncidentEvent.LinkAdded;
import dev.incidentkit.incident.IncidentEvent.Merged;
import dev.incidentkit.incident.IncidentEvent.Mitigated;
import dev.incidentkit.incident.IncidentEvent.PagingIncidentNoted;
import dev.incidentkit.incident.IncidentEvent.PagingIncidentReassigned;
import dev.incidentkit.incident.IncidentEvent.Reopened;
import dev.incidentkit.incident.IncidentEvent.Reported;
import dev.incidentkit.incident.IncidentEvent.Resolved;
import dev.incidentkit.incident.IncidentEvent.RoleAssigned;
import dev.incidentkit.incident.IncidentEvent.RoleReleased;
import dev.incidentkit.incident.IncidentEvent.SeverityChanged;
import dev.incidentkit.incident.IncidentEvent.TakeoverOffered;
import dev.incidentkit.incident.IncidentEvent.TicketAssigned;
import dev.incidentkit.incident.IncidentEvent.UpdatePosted;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.Review;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The evolve half of the decider: how one event changes the state. Pure and total over well-formed
 * streams; a malformed stream (wrong incident, a gap in the sequence, a second report, a move the
 * lifecycle does not allow, anything but telling the reporter after a terminal status) is a programming
 * or storage error and
 * throws {@link IllegalArgumentException}.
 */
final class Evolution {

    /** {@code Option.some(status)} for every status, made once: nearly every event sets the status. */
    private static final Option<IncidentStatus>[] STATUS = statusOptions();

    private Evolution() {}

    @SuppressWarnings("unchecked")
    private static Option<IncidentStatus>[] statusOptions() {
        IncidentStatus[] all = IncidentStatus.values();
        Option<IncidentStatus>[] options = new Option[all.length];
        for (IncidentStatus status : all) {
            options[status.ordinal()] = Option.some(status);
        }
        return options;
    }

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
        boolean tellingTheReporter = event instanceof IncidentEvent.ReporterInformed
                && state.isIn(IncidentStatus.DECLINED, IncidentStatus.CANCELED, IncidentStatus.MERGED);
        boolean followingUp = event instanceof IncidentEvent.ActionItemUpdated && state.isIn(IncidentStatus.CLOSED);
        if (state.status().exists(IncidentStatus::isTerminal) && !tellingTheReporter && !followingUp) {
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
            next.status(STATUS[IncidentStatus.TRIAGE.ordinal()])
                    .source(Option.some(e.source()))
                    .summary(Option.some(e.summary()))
                    .reportedBy(Option.some(h.actor()))
                    .milestones(withImpactStart(reported, e.impactStartedAt()));
        } else if (event instanceof Declared) {
            Declared e = (Declared) event;
            next.status(STATUS[IncidentStatus.DECLARED.ordinal()])
                    .participants(join(s.participants(), e.declarer()))
                    .title(Option.some(e.title()))
                    .severity(Option.some(e.severity()))
                    .severityHistory(s.severityHistory().append(new SeverityChange(h.recordedAt(), e.severity())))
                    .impact(Option.some(e.impact()))
                    .impactedService(Option.some(e.impactedService()))
                    .milestones(withImpactStart(m.with(Milestone.DECLARED, h.recordedAt()), e.impactStartedAt()));
        } else if (event instanceof Declined) {
            Declined e = (Declined) event;
            next.status(STATUS[IncidentStatus.DECLINED.ordinal()])
                    .outcomeBy(Option.some(h.actor()))
                    .outcomeAt(Option.some(h.recordedAt()))
                    .declineRoute(Option.some(e.route()))
                    .outcomeReason(Option.some(e.reason()));
        } else if (event instanceof ImpactStartEstimated) {
            next.milestones(m.with(Milestone.IMPACT_STARTED, ((ImpactStartEstimated) event).startedAt()));
        } else if (event instanceof SeverityChanged) {
            next.severity(Option.some(((SeverityChanged) event).to()))
                    .severityHistory(s.severityHistory().append(
                            new SeverityChange(h.recordedAt(), ((SeverityChanged) event).to())));
        } else if (event instanceof UpdatePosted) {
            UpdatePosted e = (UpdatePosted) event;
            StatusUpdate update = new StatusUpdate(h.recordedAt(), h.actor(), e.kind(), e.audience(), e.text(),
                    e.nextUpdateBy());
            next.statusUpdates(s.statusUpdates().append(update))
                    .updatesByAudience(s.updatesByAudience().put(e.audience(),
                            s.updatesTo(e.audience()).append(update)));
        } else if (event instanceof LinkAdded) {
            LinkAdded e = (LinkAdded) event;
            next.links(s.links().append(e.link()))
                    .linksByKind(s.linksByKind().put(e.link().kind(), s.links(e.link().kind()).append(e.link())))
                    .linkSet(s.linkSet().add(e.link()));
            if (e.link().kind() == LinkKind.TICKET && stakeholdersTicket(e, s)) {
                next.linkedStakeholdersTicket(Option.some(e.link().reference()));
            }
        } else if (event instanceof Mitigated) {
            next.status(STATUS[IncidentStatus.MITIGATED.ordinal()])
                    .milestones(m.with(Milestone.MITIGATED, h.effectiveAt()));
        } else if (event instanceof Resolved) {
            next.status(STATUS[IncidentStatus.RESOLVED.ordinal()])
                    .milestones(m.with(Milestone.RESOLVED, h.effectiveAt()));
        } else if (event instanceof Reopened) {
            next.status(STATUS[IncidentStatus.DECLARED.ordinal()])
                    .reopenCount(s.reopenCount() + 1)
                    .milestones(m.without(Milestone.MITIGATED)
                            .without(Milestone.RESOLVED)
                            .with(Milestone.REOPENED, h.recordedAt()));
        } else if (event instanceof Canceled) {
            next.status(STATUS[IncidentStatus.CANCELED.ordinal()])
                    .outcomeBy(Option.some(h.actor()))
                    .outcomeAt(Option.some(h.recordedAt()))
                    .outcomeReason(Option.some(((Canceled) event).reason()));
        } else if (event instanceof Absorbed) {
            next.absorbed(s.absorbed().append(((Absorbed) event).absorption()));
        } else if (event instanceof Merged) {
            next.status(STATUS[IncidentStatus.MERGED.ordinal()])
                    .outcomeBy(Option.some(h.actor()))
                    .outcomeAt(Option.some(h.recordedAt()))
                    .mergedInto(Option.some(((Merged) event).into()));
        } else if (event instanceof Closed) {
            next.status(STATUS[IncidentStatus.CLOSED.ordinal()])
                    .milestones(m.with(Milestone.CLOSED, h.recordedAt()));
        } else if (event instanceof RoleAssigned) {
            RoleAssigned e = (RoleAssigned) event;
            Map<Role, Seq<ResponderId>> holders =
                    s.roleHolders().put(e.role(), s.holders(e.role()).append(e.responder().id()));
            next.roleHolders(holders)
                    .participants(join(s.participants(), e.responder()))
                    .soloWork(soloWork(s.soloWork(), holders, h.recordedAt()));
        } else if (event instanceof RoleReleased) {
            RoleReleased e = (RoleReleased) event;
            Map<Role, Seq<ResponderId>> holders = s.roleHolders().put(e.role(), s.holders(e.role()).remove(e.holder()));
            next.roleHolders(holders).soloWork(soloWork(s.soloWork(), holders, h.recordedAt()));
        } else if (event instanceof HandoffOffered) {
            Handoff offer = ((HandoffOffered) event).handoff();
            next.openHandoffs(s.openHandoffs().put(offer.id(), offer));
        } else if (event instanceof TakeoverOffered) {
            Handoff offer = ((TakeoverOffered) event).handoff();
            next.openHandoffs(s.openHandoffs().put(offer.id(), offer));
        } else if (event instanceof HandoffAccepted) {
            HandoffAccepted e = (HandoffAccepted) event;
            Map<Role, Seq<ResponderId>> holders =
                    s.roleHolders().put(e.role(), s.holders(e.role()).replace(e.from(), e.to().id()));
            next.roleHolders(holders)
                    .participants(join(s.participants(), e.to()))
                    .openHandoffs(s.openHandoffs().remove(e.handoff()))
                    .soloWork(soloWork(s.soloWork(), holders, h.recordedAt()));
        } else if (event instanceof HandoffDeclined) {
            next.openHandoffs(s.openHandoffs().remove(((HandoffDeclined) event).handoff()));
        } else if (event instanceof HandoffWithdrawn) {
            next.openHandoffs(s.openHandoffs().remove(((HandoffWithdrawn) event).handoff()));
        } else if (event instanceof HandoffExpired) {
            next.openHandoffs(s.openHandoffs().remove(((HandoffExpired) event).handoff()));
        } else if (event instanceof AdvisoryRaised) {
            Advisory advisory = ((AdvisoryRaised) event).advisory();
            next.advisories(s.advisories().append(advisory));
            if (advisory.code() == AdvisoryCode.INVESTIGATOR_ALONE) {
                next.soloWork(s.soloWork().map(solo -> new SoloWork(solo.investigator(), solo.since(), true)));
            }
        } else if (event instanceof IncidentEvent.Assessed) {
            next.verdict(Option.some(((IncidentEvent.Assessed) event).verdict()));
        } else if (event instanceof IncidentEvent.InformationRequested) {
            next.informationRequestedAt(Option.some(h.recordedAt()));
        } else if (event instanceof IncidentEvent.PagingAcknowledged) {
            next.pagingAcknowledgedBy(Option.some(h.actor())).pagingAcknowledgedAt(Option.some(h.recordedAt()));
        } else if (event instanceof IncidentEvent.ReporterInformed) {
            next.reporterInformedAt(Option.some(h.recordedAt()));
        } else if (event instanceof IncidentEvent.ChatImported) {
            IncidentEvent.ChatImported e = (IncidentEvent.ChatImported) event;
            Map<String, String> notImported = s.chatNotImported();
            for (ChatMessage message : e.imported()) {
                notImported = notImported.remove(message.key());
            }
            for (NotImported left : e.notImported()) {
                notImported = notImported.put(left.message().key(), left.reason());
            }
            next.dataSources(s.dataSources().append(e.source()))
                    .chatImported(s.chatImported().addAll(e.imported().map(ChatMessage::key)))
                    .chatNotImported(notImported);
        } else if (event instanceof IncidentEvent.PostmortemStarted) {
            IncidentEvent.PostmortemStarted e = (IncidentEvent.PostmortemStarted) event;
            next.status(STATUS[IncidentStatus.IN_REVIEW.ordinal()])
                    .postmortem(Option.some(Postmortem.draft(e.owner(), h.recordedAt(), e.impactStart(), e.impactEnd())));
        } else if (event instanceof IncidentEvent.ImpactWindowSet) {
            IncidentEvent.ImpactWindowSet e = (IncidentEvent.ImpactWindowSet) event;
            next.postmortem(s.postmortem().map(p -> p.withImpact(e.start(), e.end())))
                    .milestones(m.with(Milestone.IMPACT_STARTED, e.start()));
        } else if (event instanceof IncidentEvent.SectionWritten) {
            IncidentEvent.SectionWritten e = (IncidentEvent.SectionWritten) event;
            next.postmortem(s.postmortem().map(p -> p.withSection(e.section(), e.text())));
        } else if (event instanceof IncidentEvent.ActionItemAdded) {
            next.postmortem(s.postmortem().map(p -> p.withActionItem(((IncidentEvent.ActionItemAdded) event).item())));
        } else if (event instanceof IncidentEvent.ActionItemUpdated) {
            IncidentEvent.ActionItemUpdated e = (IncidentEvent.ActionItemUpdated) event;
            next.postmortem(s.postmortem().map(p -> p.withActionItem(p.actionItems().get(e.itemId()).get()
                    .withStatus(e.status()))));
        } else if (event instanceof IncidentEvent.ReviewRequested) {
            next.postmortem(s.postmortem().map(p -> p.withStatus(PostmortemStatus.IN_REVIEW)));
        } else if (event instanceof IncidentEvent.PostmortemReviewed) {
            next.postmortem(s.postmortem().map(p -> p.withReview(new Review(h.actor(), h.recordedAt(),
                    ((IncidentEvent.PostmortemReviewed) event).comment()))));
        } else if (event instanceof IncidentEvent.MarkedReviewed) {
            next.postmortem(s.postmortem().map(p -> p.withStatus(PostmortemStatus.REVIEWED)));
        } else if (event instanceof IncidentEvent.PostmortemPublished) {
            next.postmortem(s.postmortem().map(p -> p.published(((IncidentEvent.PostmortemPublished) event).location(),
                    h.recordedAt())));
        } else if (event instanceof IncidentEvent.PostmortemShared) {
            next.postmortem(s.postmortem().map(p -> p.shared(h.recordedAt())));
        } else if (event instanceof IncidentEvent.OfficiallyStarted) {
            next.milestones(m.with(Milestone.OFFICIALLY_STARTED, h.recordedAt()));
        } else if (!(event instanceof TicketAssigned || event instanceof PagingIncidentReassigned
                || event instanceof PagingIncidentNoted || event instanceof ActionRecorded)) {
            throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
        }
    }

    /**
     * Whether a ticket link makes the ticket the stakeholders': its purpose says so, or, for a link stored
     * before links had purposes, it is the first ticket of an incident not reported from a ticket.
     */
    private static boolean stakeholdersTicket(LinkAdded e, IncidentState s) {
        return e.purpose().fold(() -> s.stakeholdersTicket().isEmpty(), p -> p == LinkPurpose.STAKEHOLDERS);
    }

    /** Adds a participant; someone who already takes part keeps the name they joined with. */
    private static Map<ResponderId, Responder> join(Map<ResponderId, Responder> participants, Responder responder) {
        return participants.containsKey(responder.id()) ? participants : participants.put(responder.id(), responder);
    }

    /**
     * Whether the investigator now works alone: there is an investigator, and no subject matter expert
     * other than them (004: other engineers assist the investigator). A stretch of solo work starts when
     * that becomes true or the investigator changes, and ends when an expert joins.
     */
    private static Option<SoloWork> soloWork(Option<SoloWork> before, Map<Role, Seq<ResponderId>> holders, Instant at) {
        Option<ResponderId> investigator = holders.get(Role.INVESTIGATOR).flatMap(Seq::headOption);
        if (investigator.isEmpty()) {
            return Option.none();
        }
        boolean helped = holders.get(Role.SUBJECT_MATTER_EXPERT).getOrElse(Vector.empty())
                .exists(id -> !id.equals(investigator.get()));
        if (helped) {
            return Option.none();
        }
        return before.filter(solo -> solo.investigator().equals(investigator.get()))
                .orElse(() -> Option.some(new SoloWork(investigator.get(), at, false)));
    }

    private static Milestones withImpactStart(Milestones milestones, Option<Instant> impactStartedAt) {
        return impactStartedAt.fold(() -> milestones, at -> milestones.with(Milestone.IMPACT_STARTED, at));
    }
}
