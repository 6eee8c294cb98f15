package dev.incidentkit.incident;

import dev.incidentkit.incident.communication.CommunicationEvent.LinkAdded;
import dev.incidentkit.incident.communication.CommunicationEvent.UpdatePosted;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseEvent.Absorbed;
import dev.incidentkit.incident.response.ResponseEvent.ActionRecorded;
import dev.incidentkit.incident.response.ResponseEvent.Canceled;
import dev.incidentkit.incident.response.ResponseEvent.Closed;
import dev.incidentkit.incident.response.ResponseEvent.Declared;
import dev.incidentkit.incident.response.ResponseEvent.Merged;
import dev.incidentkit.incident.response.ResponseEvent.Mitigated;
import dev.incidentkit.incident.response.ResponseEvent.Reopened;
import dev.incidentkit.incident.response.ResponseEvent.Resolved;
import dev.incidentkit.incident.response.ResponseEvent.SeverityChanged;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamEvent.AdvisoryRaised;
import dev.incidentkit.incident.team.TeamEvent.HandoffAccepted;
import dev.incidentkit.incident.team.TeamEvent.HandoffDeclined;
import dev.incidentkit.incident.team.TeamEvent.HandoffExpired;
import dev.incidentkit.incident.team.TeamEvent.HandoffOffered;
import dev.incidentkit.incident.team.TeamEvent.HandoffWithdrawn;
import dev.incidentkit.incident.team.TeamEvent.PagingIncidentNoted;
import dev.incidentkit.incident.team.TeamEvent.PagingIncidentReassigned;
import dev.incidentkit.incident.team.TeamEvent.RoleAssigned;
import dev.incidentkit.incident.team.TeamEvent.RoleReleased;
import dev.incidentkit.incident.team.TeamEvent.TakeoverOffered;
import dev.incidentkit.incident.team.TeamEvent.TicketAssigned;
import dev.incidentkit.incident.triage.TriageEvent.Declined;
import dev.incidentkit.incident.triage.TriageEvent.ImpactStartEstimated;
import dev.incidentkit.incident.triage.TriageEvent.Reported;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.Review;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
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
        boolean tellingTheReporter = event instanceof TriageEvent.ReporterInformed
                && state.isIn(IncidentStatus.DECLINED, IncidentStatus.CANCELED, IncidentStatus.MERGED);
        boolean followingUp = event instanceof PostmortemEvent.ActionItemUpdated && state.isIn(IncidentStatus.CLOSED);
        if (state.status().exists(IncidentStatus::isTerminal) && !tellingTheReporter && !followingUp) {
            throw new IllegalArgumentException("event " + header.eventId() + " follows the terminal status "
                    + state.status().get() + " of incident " + state.id());
        }
        AppliedCommands applied = state.applied().add(header.commandId());
        IncidentState after = apply(state.next(header.sequence(), header.recordedAt(), applied), event, header);
        if (after.status().isEmpty()) {
            throw new IllegalStateException("an incident has a status exactly when it has events");
        }
        if (state.isReported() && !after.status().equals(state.status())
                && !state.status().get().canMoveTo(after.status().get())) {
            throw new IllegalArgumentException("event " + header.eventId() + " moves incident " + state.id()
                    + " from " + state.status().get() + " to " + after.status().get() + ", which is not an allowed move");
        }
        return after;
    }

    /** The state after one event: the sub-states it changes copied, every other one shared. */
    private static IncidentState apply(IncidentState s, IncidentEvent event, EventHeader h) {
        Milestones m = s.milestones();
        if (event instanceof Reported) {
            Reported e = (Reported) event;
            Milestones reported = m.with(Milestone.DETECTED, h.effectiveAt()).with(Milestone.REPORTED, h.recordedAt());
            return s.with(Option.some(new IncidentState.Triage(e.source(), e.summary(), h.actor(), Option.none(),
                    Option.none(), Option.none()))).with(status(IncidentStatus.TRIAGE), withImpactStart(reported,
                    e.impactStartedAt()));
        }
        if (event instanceof Declared) {
            Declared e = (Declared) event;
            IncidentState.Team t = s.team();
            return s.with(new IncidentState.Declaration(e.title(), e.severity(),
                            Vector.of(new SeverityChange(h.recordedAt(), e.severity())), e.impact(), e.impactedService()))
                    .with(new IncidentState.Team(join(t.participants(), e.declarer()), t.roleHolders(),
                            t.openHandoffs(), t.advisories(), t.soloWork()))
                    .with(status(IncidentStatus.DECLARED),
                            withImpactStart(m.with(Milestone.DECLARED, h.recordedAt()), e.impactStartedAt()));
        }
        if (event instanceof Declined) {
            Declined e = (Declined) event;
            return s.withOutcome(new IncidentState.Outcome(IncidentStatus.DECLINED, h.actor(), h.recordedAt(),
                    Option.some(e.reason()), Option.some(e.route()), Option.none()));
        }
        if (event instanceof ImpactStartEstimated) {
            return s.with(s.status(), m.with(Milestone.IMPACT_STARTED, ((ImpactStartEstimated) event).startedAt()));
        }
        if (event instanceof SeverityChanged) {
            Severity to = ((SeverityChanged) event).to();
            IncidentState.Declaration d = part(s.declaration(), event, "a declaration");
            return s.with(new IncidentState.Declaration(d.title(), to, d.severityHistory().append(
                    new SeverityChange(h.recordedAt(), to)), d.impact(), d.impactedService()));
        }
        if (event instanceof UpdatePosted) {
            UpdatePosted e = (UpdatePosted) event;
            StatusUpdate update = new StatusUpdate(h.recordedAt(), h.actor(), e.kind(), e.audience(), e.text(),
                    e.nextUpdateBy());
            IncidentState.Communications c = s.communications();
            return s.with(new IncidentState.Communications(c.updates().append(update), c.updatesByAudience().put(
                    e.audience(), s.updatesTo(e.audience()).append(update)), c.links(), c.linksByKind(), c.linkSet(),
                    c.linkedStakeholdersTicket(), c.acknowledgement(), c.dataSources(), c.chatImported(),
                    c.chatNotImported()));
        }
        if (event instanceof LinkAdded) {
            LinkAdded e = (LinkAdded) event;
            IncidentState.Communications c = s.communications();
            Option<String> ticket = e.link().kind() == LinkKind.TICKET && stakeholdersTicket(e, s)
                    ? Option.some(e.link().reference()) : c.linkedStakeholdersTicket();
            return s.with(new IncidentState.Communications(c.updates(), c.updatesByAudience(),
                    c.links().append(e.link()), c.linksByKind().put(e.link().kind(), s.links(e.link().kind())
                            .append(e.link())), c.linkSet().add(e.link()), ticket, c.acknowledgement(),
                    c.dataSources(), c.chatImported(), c.chatNotImported()));
        }
        if (event instanceof Mitigated) {
            return s.with(status(IncidentStatus.MITIGATED), m.with(Milestone.MITIGATED, h.effectiveAt()));
        }
        if (event instanceof Resolved) {
            return s.with(status(IncidentStatus.RESOLVED), m.with(Milestone.RESOLVED, h.effectiveAt()));
        }
        if (event instanceof Reopened) {
            return s.withReopenCount(s.reopenCount() + 1).with(status(IncidentStatus.DECLARED),
                    m.without(Milestone.MITIGATED).without(Milestone.RESOLVED).with(Milestone.REOPENED, h.recordedAt()));
        }
        if (event instanceof Canceled) {
            return s.withOutcome(new IncidentState.Outcome(IncidentStatus.CANCELED, h.actor(), h.recordedAt(),
                    Option.some(((Canceled) event).reason()), Option.none(), Option.none()));
        }
        if (event instanceof Absorbed) {
            return s.withAbsorbed(s.absorbed().append(((Absorbed) event).absorption()));
        }
        if (event instanceof Merged) {
            return s.withOutcome(new IncidentState.Outcome(IncidentStatus.MERGED, h.actor(), h.recordedAt(),
                    Option.none(), Option.none(), Option.some(((Merged) event).into())));
        }
        if (event instanceof Closed) {
            return s.with(status(IncidentStatus.CLOSED), m.with(Milestone.CLOSED, h.recordedAt()));
        }
        if (event instanceof RoleAssigned) {
            RoleAssigned e = (RoleAssigned) event;
            IncidentState.Team t = s.team();
            Map<Role, Seq<ResponderId>> holders = t.roleHolders().put(e.role(), s.holders(e.role())
                    .append(e.responder().id()));
            return s.with(new IncidentState.Team(join(t.participants(), e.responder()), holders, t.openHandoffs(),
                    t.advisories(), soloWork(t.soloWork(), holders, h.recordedAt())));
        }
        if (event instanceof RoleReleased) {
            RoleReleased e = (RoleReleased) event;
            IncidentState.Team t = s.team();
            Map<Role, Seq<ResponderId>> holders = t.roleHolders().put(e.role(), s.holders(e.role()).remove(e.holder()));
            return s.with(new IncidentState.Team(t.participants(), holders, t.openHandoffs(), t.advisories(),
                    soloWork(t.soloWork(), holders, h.recordedAt())));
        }
        if (event instanceof HandoffOffered || event instanceof TakeoverOffered) {
            Handoff offer = event instanceof HandoffOffered ? ((HandoffOffered) event).handoff()
                    : ((TakeoverOffered) event).handoff();
            IncidentState.Team t = s.team();
            return s.with(new IncidentState.Team(t.participants(), t.roleHolders(),
                    t.openHandoffs().put(offer.id(), offer), t.advisories(), t.soloWork()));
        }
        if (event instanceof HandoffAccepted) {
            HandoffAccepted e = (HandoffAccepted) event;
            IncidentState.Team t = s.team();
            Map<Role, Seq<ResponderId>> holders =
                    t.roleHolders().put(e.role(), s.holders(e.role()).replace(e.from(), e.to().id()));
            return s.with(new IncidentState.Team(join(t.participants(), e.to()), holders,
                    t.openHandoffs().remove(e.handoff()), t.advisories(), soloWork(t.soloWork(), holders,
                            h.recordedAt())));
        }
        if (event instanceof HandoffDeclined || event instanceof HandoffWithdrawn || event instanceof HandoffExpired) {
            HandoffId closed = event instanceof HandoffDeclined ? ((HandoffDeclined) event).handoff()
                    : event instanceof HandoffWithdrawn ? ((HandoffWithdrawn) event).handoff()
                    : ((HandoffExpired) event).handoff();
            IncidentState.Team t = s.team();
            return s.with(new IncidentState.Team(t.participants(), t.roleHolders(), t.openHandoffs().remove(closed),
                    t.advisories(), t.soloWork()));
        }
        if (event instanceof AdvisoryRaised) {
            Advisory advisory = ((AdvisoryRaised) event).advisory();
            IncidentState.Team t = s.team();
            Option<SoloWork> solo = advisory.code() == AdvisoryCode.INVESTIGATOR_ALONE
                    ? t.soloWork().map(work -> new SoloWork(work.investigator(), work.since(), true)) : t.soloWork();
            return s.with(new IncidentState.Team(t.participants(), t.roleHolders(), t.openHandoffs(),
                    t.advisories().append(advisory), solo));
        }
        if (event instanceof TriageEvent.Assessed) {
            IncidentState.Triage r = part(s.triage(), event, "a report");
            return s.with(Option.some(new IncidentState.Triage(r.source(), r.summary(), r.reportedBy(),
                    Option.some(((TriageEvent.Assessed) event).verdict()), r.informationRequestedAt(),
                    r.reporterInformedAt())));
        }
        if (event instanceof TriageEvent.InformationRequested) {
            IncidentState.Triage r = part(s.triage(), event, "a report");
            return s.with(Option.some(new IncidentState.Triage(r.source(), r.summary(), r.reportedBy(), r.verdict(),
                    Option.some(h.recordedAt()), r.reporterInformedAt())));
        }
        if (event instanceof TriageEvent.ReporterInformed) {
            IncidentState.Triage r = part(s.triage(), event, "a report");
            return s.with(Option.some(new IncidentState.Triage(r.source(), r.summary(), r.reportedBy(), r.verdict(),
                    r.informationRequestedAt(), Option.some(h.recordedAt()))));
        }
        if (event instanceof ResponseEvent.PagingAcknowledged) {
            IncidentState.Communications c = s.communications();
            return s.with(new IncidentState.Communications(c.updates(), c.updatesByAudience(), c.links(),
                    c.linksByKind(), c.linkSet(), c.linkedStakeholdersTicket(),
                    Option.some(new IncidentState.Acknowledgement(h.actor(), h.recordedAt())), c.dataSources(),
                    c.chatImported(), c.chatNotImported()));
        }
        if (event instanceof CommunicationEvent.ChatImported) {
            CommunicationEvent.ChatImported e = (CommunicationEvent.ChatImported) event;
            IncidentState.Communications c = s.communications();
            Map<String, String> notImported = c.chatNotImported();
            for (ChatMessage message : e.imported()) {
                notImported = notImported.remove(message.key());
            }
            for (NotImported left : e.notImported()) {
                notImported = notImported.put(left.message().key(), left.reason());
            }
            return s.with(new IncidentState.Communications(c.updates(), c.updatesByAudience(), c.links(),
                    c.linksByKind(), c.linkSet(), c.linkedStakeholdersTicket(), c.acknowledgement(),
                    c.dataSources().append(e.source()), c.chatImported().addAll(e.imported().map(ChatMessage::key)),
                    notImported));
        }
        if (event instanceof PostmortemEvent.PostmortemStarted) {
            PostmortemEvent.PostmortemStarted e = (PostmortemEvent.PostmortemStarted) event;
            return s.withPostmortem(Option.some(Postmortem.draft(e.owner(), h.recordedAt(), e.impactStart(),
                    e.impactEnd()))).with(status(IncidentStatus.IN_REVIEW), m);
        }
        if (event instanceof PostmortemEvent.ImpactWindowSet) {
            PostmortemEvent.ImpactWindowSet e = (PostmortemEvent.ImpactWindowSet) event;
            return s.withPostmortem(s.postmortem().map(p -> p.withImpact(e.start(), e.end())))
                    .with(s.status(), m.with(Milestone.IMPACT_STARTED, e.start()));
        }
        if (event instanceof PostmortemEvent.SectionWritten) {
            PostmortemEvent.SectionWritten e = (PostmortemEvent.SectionWritten) event;
            return s.withPostmortem(s.postmortem().map(p -> p.withSection(e.section(), e.text())));
        }
        if (event instanceof PostmortemEvent.ActionItemAdded) {
            return s.withPostmortem(s.postmortem().map(p -> p.withActionItem(
                    ((PostmortemEvent.ActionItemAdded) event).item())));
        }
        if (event instanceof PostmortemEvent.ActionItemUpdated) {
            PostmortemEvent.ActionItemUpdated e = (PostmortemEvent.ActionItemUpdated) event;
            return s.withPostmortem(s.postmortem().map(p -> p.withActionItem(p.actionItems().get(e.itemId()).get()
                    .withStatus(e.status()))));
        }
        if (event instanceof PostmortemEvent.ReviewRequested) {
            return s.withPostmortem(s.postmortem().map(p -> p.withStatus(PostmortemStatus.IN_REVIEW)));
        }
        if (event instanceof PostmortemEvent.PostmortemReviewed) {
            return s.withPostmortem(s.postmortem().map(p -> p.withReview(new Review(h.actor(), h.recordedAt(),
                    ((PostmortemEvent.PostmortemReviewed) event).comment()))));
        }
        if (event instanceof PostmortemEvent.MarkedReviewed) {
            return s.withPostmortem(s.postmortem().map(p -> p.withStatus(PostmortemStatus.REVIEWED)));
        }
        if (event instanceof PostmortemEvent.PostmortemPublished) {
            return s.withPostmortem(s.postmortem().map(p -> p.published(
                    ((PostmortemEvent.PostmortemPublished) event).location(), h.recordedAt())));
        }
        if (event instanceof PostmortemEvent.PostmortemShared) {
            return s.withPostmortem(s.postmortem().map(p -> p.shared(h.recordedAt())));
        }
        if (event instanceof ResponseEvent.OfficiallyStarted) {
            return s.with(s.status(), m.with(Milestone.OFFICIALLY_STARTED, h.recordedAt()));
        }
        if (event instanceof TicketAssigned || event instanceof PagingIncidentReassigned
                || event instanceof PagingIncidentNoted || event instanceof ActionRecorded) {
            return s;
        }
        throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }

    /** The part an event changes, which an earlier event must have made. */
    private static <T> T part(Option<T> part, IncidentEvent event, String what) {
        return part.getOrElseThrow(() -> new IllegalArgumentException("event " + event.header().eventId() + " ("
                + event.getClass().getSimpleName() + ") needs " + what + " before it in incident "
                + event.header().incidentId()));
    }

    private static Option<IncidentStatus> status(IncidentStatus status) {
        return STATUS[status.ordinal()];
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
