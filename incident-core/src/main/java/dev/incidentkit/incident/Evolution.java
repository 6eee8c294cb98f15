package dev.incidentkit.incident;

import dev.incidentkit.base.Dispatch;
import dev.incidentkit.incident.communication.CommunicationEvent.LinkAdded;
import dev.incidentkit.incident.communication.CommunicationEvent.UpdatePosted;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.communication.FollowUp;
import dev.incidentkit.incident.communication.FollowUpId;
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
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageEvent.Declined;
import dev.incidentkit.incident.triage.TriageEvent.ImpactStartEstimated;
import dev.incidentkit.incident.triage.TriageEvent.Reported;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.Review;
import dev.incidentkit.postmortem.ReviewComment;
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
import org.jspecify.annotations.Nullable;

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
        return evolve(state, event, new Step());
    }

    /** Folds events in turn; one {@link Step} serves them all, so an event makes one new state. */
    static IncidentState replay(IncidentState state, Iterable<? extends IncidentEvent> events) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        Step step = new Step();
        IncidentState folded = state;
        for (IncidentEvent event : events) {
            folded = evolve(folded, event, step);
        }
        return folded;
    }

    /** Folds one event with a step the caller keeps for the events that follow. */
    static IncidentState evolve(IncidentState state, IncidentEvent event, Step step) {
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
        boolean followingUp = AFTER_THE_CLOSE.contains(event.getClass()) && state.isIn(IncidentStatus.CLOSED);
        if (state.status().exists(IncidentStatus::isTerminal) && !tellingTheReporter && !followingUp) {
            throw new IllegalArgumentException("event " + header.eventId() + " follows the terminal status "
                    + state.status().get() + " of incident " + state.id());
        }
        AppliedCommands applied = state.applied().add(header.commandId());
        step.start(state, header.sequence(), header.recordedAt(), applied).happened(header.effectiveAt());
        if (isResponse(event)) {
            step.responded(header.happened());
        }
        IncidentState after = APPLY.apply(event, step).build();
        if (after.status().isEmpty()) {
            throw new IllegalStateException("an incident has a status exactly when it has events");
        }
        if (state.isReported() && !after.status().equals(state.status())
                && !state.status().get().canMoveTo(after.status().get())) {
            throw new IllegalArgumentException("event " + header.eventId() + " moves incident " + state.id()
                    + " from " + state.status().get() + " to " + after.status().get() + ", which is not an allowed move");
        }
        boolean declared = after.milestones().get(Milestone.DECLARED).isDefined();
        if (after.status().contains(IncidentStatus.DECLARED) && !declared
                || after.status().contains(IncidentStatus.TRIAGE) && declared) {
            throw new IllegalArgumentException("event " + header.eventId() + " leaves incident " + state.id() + " "
                    + after.status().get() + (declared ? " after its declaration" : " without a declaration"));
        }
        return after;
    }

    /**
     * The kinds of event that are the team doing something about the incident: the earliest of them is its
     * first response. The other kinds are the report itself and what follows from other events or keeps the
     * record (an estimate of the past, imported chat, advisories, the official start, tickets and paging
     * incidents that follow a role, a merged incident absorbed, the close, the postmortem). Every kind is in
     * exactly one of the two, or the class fails to load.
     */
    private static final java.util.Set<Class<?>> RESPONSES = java.util.Set.of(
            ResponseEvent.Declared.class, TriageEvent.Declined.class, TriageEvent.Assessed.class,
            TriageEvent.InformationRequested.class, TriageEvent.ReporterInformed.class,
            ResponseEvent.SeverityChanged.class, ResponseEvent.Mitigated.class, ResponseEvent.Resolved.class,
            ResponseEvent.Reopened.class, ResponseEvent.Canceled.class, ResponseEvent.Merged.class,
            ResponseEvent.ActionRecorded.class, ResponseEvent.PagingAcknowledged.class,
            CommunicationEvent.UpdatePosted.class, CommunicationEvent.LinkAdded.class,
            TeamEvent.RoleAssigned.class, TeamEvent.RoleReleased.class, TeamEvent.HandoffOffered.class,
            TeamEvent.TakeoverOffered.class, TeamEvent.HandoffAccepted.class, TeamEvent.HandoffDeclined.class,
            TeamEvent.HandoffWithdrawn.class, CommunicationEvent.FollowUpAnswered.class,
            CommunicationEvent.FollowUpSettled.class);
    private static final java.util.Set<Class<?>> NOT_RESPONSES = java.util.Set.of(
            TriageEvent.Reported.class, CommunicationEvent.FollowUpReported.class, TriageEvent.ImpactStartEstimated.class,
            CommunicationEvent.ChatImported.class, TeamEvent.AdvisoryRaised.class, TeamEvent.HandoffExpired.class,
            TeamEvent.TicketAssigned.class, TeamEvent.PagingIncidentReassigned.class,
            TeamEvent.PagingIncidentNoted.class, ResponseEvent.OfficiallyStarted.class, ResponseEvent.Absorbed.class,
            ResponseEvent.Closed.class, PostmortemEvent.PostmortemStarted.class,
            PostmortemEvent.ImpactWindowSet.class, PostmortemEvent.SectionWritten.class,
            PostmortemEvent.ActionItemAdded.class, PostmortemEvent.ActionItemUpdated.class,
            PostmortemEvent.ReviewRequested.class, PostmortemEvent.PostmortemReviewed.class,
            PostmortemEvent.MarkedReviewed.class, PostmortemEvent.PostmortemPublished.class,
            PostmortemEvent.ReviewCommentRaised.class, PostmortemEvent.ReviewCommentSettled.class,
            PostmortemEvent.PostmortemShared.class);

    /** A message is a response when the response sent it, not when it came in. */
    private static final java.util.Set<Class<?>> RESPONSES_WHEN_SENT = java.util.Set.of(
            CommunicationEvent.MessageRecorded.class);

    /** What may still be recorded of a CLOSED incident: what is tracked after the close, and what is said. */
    private static final java.util.Set<Class<?>> AFTER_THE_CLOSE = java.util.Set.of(
            PostmortemEvent.ActionItemUpdated.class, CommunicationEvent.MessageRecorded.class,
            CommunicationEvent.FollowUpReported.class, CommunicationEvent.FollowUpAnswered.class,
            CommunicationEvent.FollowUpSettled.class);

    static {
        for (Class<? extends IncidentEvent> kind : IncidentEvent.recordTypes()) {
            int classed = (RESPONSES.contains(kind) ? 1 : 0) + (NOT_RESPONSES.contains(kind) ? 1 : 0)
                    + (RESPONSES_WHEN_SENT.contains(kind) ? 1 : 0);
            if (classed != 1) {
                throw new IllegalStateException(kind.getSimpleName() + " must be classed as a response or not,"
                        + " exactly once");
            }
        }
    }

    private static boolean isResponse(IncidentEvent event) {
        if (event instanceof CommunicationEvent.MessageRecorded message) {
            return message.direction() == dev.incidentkit.incident.communication.Direction.OUTBOUND;
        }
        return RESPONSES.contains(event.getClass());
    }

    /** How each kind of event changes the state: one handler per kind, complete or the class fails to load. */
    private static final Dispatch<IncidentEvent, Step, Step> APPLY = Dispatch.<IncidentEvent, Step, Step>over(
                    "the evolution of the state", IncidentEvent.recordTypes())
            .on(Reported.class, (e, step) -> {
                IncidentState s = step.before();
                EventHeader h = e.header();
                Milestones m = s.milestones();
                Milestones reported = m.with(Milestone.DETECTED, h.happened()).with(Milestone.REPORTED, h.recordedAt());
                return step.with(Option.some(new IncidentState.Triage(e.source(), e.summary(), h.actor(), Option.none(),
                        Option.none(), Option.none()))).with(status(IncidentStatus.TRIAGE), withImpactStart(reported,
                        e.impactStartedAt()));
            })
            .on(Declared.class, (e, step) -> {
                IncidentState s = step.before();
                if (!s.isIn(IncidentStatus.TRIAGE)) {
                    throw new IllegalArgumentException("event " + e.header().eventId() + " declares incident " + s.id()
                            + ", which is " + s.status().get() + ", not in triage");
                }
                EventHeader h = e.header();
                Milestones m = s.milestones();
                IncidentState.Team t = s.team();
                return step.with(new IncidentState.Declaration(e.title(), e.severity(),
                                Vector.of(new SeverityChange(h.effectiveAt(), e.severity())), e.impact(), e.impactedService()))
                        .with(new IncidentState.Team(join(t.participants(), e.declarer()), t.roleHolders(),
                                t.openHandoffs(), t.advisories(), t.soloWork()))
                        .with(status(IncidentStatus.DECLARED), withImpactStart(
                                // a reopening before the declaration (of an incident resolved undeclared) is
                                // history: the declared response's round starts here
                                m.without(Milestone.REOPENED).with(Milestone.DECLARED, h.happened()),
                                e.impactStartedAt()));
            })
            .on(Declined.class, (e, step) -> {
                EventHeader h = e.header();
                return step.withOutcome(new IncidentState.Outcome(IncidentStatus.DECLINED, h.actor(), h.effectiveAt(),
                        Option.some(e.reason()), Option.some(e.route()), Option.none()));
            })
            .on(ImpactStartEstimated.class, (event, step) -> {
                IncidentState s = step.before();
                Milestones m = s.milestones();
                return step.with(s.status(), m.with(Milestone.IMPACT_STARTED, event.startedAt()));
            })
            .on(SeverityChanged.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                Severity to = event.to();
                IncidentState.Declaration d = part(s.declaration(), event, "a declaration");
                return step.with(new IncidentState.Declaration(d.title(), to, d.severityHistory().append(
                        // a change known only within a window counts from its latest moment: the level before
                        // is held until then, so an update it made due stays due
                        new SeverityChange(h.happened().until(), to)), d.impact(), d.impactedService()));
            })
            .on(UpdatePosted.class, (e, step) -> {
                IncidentState s = step.before();
                EventHeader h = e.header();
                StatusUpdate update = new StatusUpdate(h.effectiveAt(), h.actor(), e.kind(), e.audience(), e.text(),
                        e.nextUpdateBy());
                IncidentState.Communications c = s.communications();
                return step.with(new IncidentState.Communications(c.updates().append(update), c.updatesByAudience().put(
                        e.audience(), s.updatesTo(e.audience()).append(update)), c.links(), c.linksByKind(), c.linkSet(),
                        c.linkedStakeholdersTicket(), c.acknowledgement(), c.dataSources(), c.chatImported(),
                        c.chatNotImported()));
            })
            .on(LinkAdded.class, (e, step) -> {
                IncidentState s = step.before();
                IncidentState.Communications c = s.communications();
                Option<String> ticket = e.link().kind() == LinkKind.TICKET && stakeholdersTicket(e, s)
                        ? Option.some(e.link().reference()) : c.linkedStakeholdersTicket();
                return step.with(new IncidentState.Communications(c.updates(), c.updatesByAudience(),
                        c.links().append(e.link()), c.linksByKind().put(e.link().kind(), s.links(e.link().kind())
                                .append(e.link())), c.linkSet().add(e.link()), ticket, c.acknowledgement(),
                        c.dataSources(), c.chatImported(), c.chatNotImported()));
            })
            .on(Mitigated.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                Milestones m = s.milestones();
                return step.with(status(IncidentStatus.MITIGATED), m.with(Milestone.MITIGATED, h.happened()));
            })
            .on(Resolved.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                Milestones m = s.milestones();
                return step.with(status(IncidentStatus.RESOLVED), m.with(Milestone.RESOLVED, h.happened()));
            })
            .on(Reopened.class, (event, step) -> {
                IncidentState s = step.before();
                if (!s.isIn(IncidentStatus.MITIGATED, IncidentStatus.RESOLVED)) {
                    throw new IllegalArgumentException("event " + event.header().eventId() + " reopens incident "
                            + s.id() + ", which is " + s.status().get() + ", not mitigated or resolved");
                }
                EventHeader h = event.header();
                Milestones m = s.milestones();
                // an incident resolved without a declaration goes back to triage, not to DECLARED
                IncidentStatus back = m.get(Milestone.DECLARED).isDefined() ? IncidentStatus.DECLARED
                        : IncidentStatus.TRIAGE;
                return step.withReopenCount(s.reopenCount() + 1).with(status(back),
                        m.without(Milestone.MITIGATED).without(Milestone.RESOLVED).with(Milestone.REOPENED, h.happened()));
            })
            .on(Canceled.class, (event, step) -> {
                EventHeader h = event.header();
                return step.withOutcome(new IncidentState.Outcome(IncidentStatus.CANCELED, h.actor(), h.effectiveAt(),
                        Option.some(event.reason()), Option.none(), Option.none()));
            })
            .on(Absorbed.class, (event, step) -> {
                IncidentState s = step.before();
                return step.withAbsorbed(s.absorbed().append(event.absorption()));
            })
            .on(Merged.class, (event, step) -> {
                EventHeader h = event.header();
                return step.withOutcome(new IncidentState.Outcome(IncidentStatus.MERGED, h.actor(), h.effectiveAt(),
                        Option.none(), Option.none(), Option.some(event.into())));
            })
            .on(Closed.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                Milestones m = s.milestones();
                return step.with(status(IncidentStatus.CLOSED), m.with(Milestone.CLOSED, h.happened()));
            })
            .on(RoleAssigned.class, (e, step) -> {
                IncidentState s = step.before();
                EventHeader h = e.header();
                IncidentState.Team t = s.team();
                Map<Role, Seq<ResponderId>> holders = t.roleHolders().put(e.role(), s.holders(e.role())
                        .append(e.responder().id()));
                return step.with(new IncidentState.Team(join(t.participants(), e.responder()), holders, t.openHandoffs(),
                        t.advisories(), soloWork(t.soloWork(), holders, h.effectiveAt())));
            })
            .on(RoleReleased.class, (e, step) -> {
                IncidentState s = step.before();
                EventHeader h = e.header();
                IncidentState.Team t = s.team();
                Map<Role, Seq<ResponderId>> holders = t.roleHolders().put(e.role(), s.holders(e.role()).remove(e.holder()));
                return step.with(new IncidentState.Team(t.participants(), holders, t.openHandoffs(), t.advisories(),
                        soloWork(t.soloWork(), holders, h.effectiveAt())));
            })
            .on(HandoffOffered.class, (e, step) -> offered(e.handoff(), step))
            .on(TakeoverOffered.class, (e, step) -> offered(e.handoff(), step))
            .on(HandoffAccepted.class, (e, step) -> {
                IncidentState s = step.before();
                EventHeader h = e.header();
                IncidentState.Team t = s.team();
                Map<Role, Seq<ResponderId>> holders =
                        t.roleHolders().put(e.role(), s.holders(e.role()).replace(e.from(), e.to().id()));
                return step.with(new IncidentState.Team(join(t.participants(), e.to()), holders,
                        t.openHandoffs().remove(e.handoff()), t.advisories(), soloWork(t.soloWork(), holders,
                                h.effectiveAt())));
            })
            .on(HandoffDeclined.class, (e, step) -> handoffClosed(e.handoff(), step))
            .on(HandoffWithdrawn.class, (e, step) -> handoffClosed(e.handoff(), step))
            .on(HandoffExpired.class, (e, step) -> handoffClosed(e.handoff(), step))
            .on(AdvisoryRaised.class, (event, step) -> {
                IncidentState s = step.before();
                Advisory advisory = event.advisory();
                IncidentState.Team t = s.team();
                Option<SoloWork> solo = advisory.code() == AdvisoryCode.INVESTIGATOR_ALONE
                        ? t.soloWork().map(work -> new SoloWork(work.investigator(), work.since(), true)) : t.soloWork();
                return step.with(new IncidentState.Team(t.participants(), t.roleHolders(), t.openHandoffs(),
                        t.advisories().append(advisory), solo));
            })
            .on(TriageEvent.Assessed.class, (event, step) -> {
                IncidentState s = step.before();
                IncidentState.Triage r = part(s.triage(), event, "a report");
                return step.with(Option.some(new IncidentState.Triage(r.source(), r.summary(), r.reportedBy(),
                        Option.some(event.verdict()), r.informationRequestedAt(),
                        r.reporterInformedAt())));
            })
            .on(TriageEvent.InformationRequested.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                IncidentState.Triage r = part(s.triage(), event, "a report");
                return step.with(Option.some(new IncidentState.Triage(r.source(), r.summary(), r.reportedBy(), r.verdict(),
                        Option.some(h.effectiveAt()), r.reporterInformedAt())));
            })
            .on(TriageEvent.ReporterInformed.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                IncidentState.Triage r = part(s.triage(), event, "a report");
                return step.with(Option.some(new IncidentState.Triage(r.source(), r.summary(), r.reportedBy(), r.verdict(),
                        r.informationRequestedAt(), Option.some(h.effectiveAt()))));
            })
            .on(ResponseEvent.PagingAcknowledged.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                IncidentState.Communications c = s.communications();
                return step.with(new IncidentState.Communications(c.updates(), c.updatesByAudience(), c.links(),
                        c.linksByKind(), c.linkSet(), c.linkedStakeholdersTicket(),
                        Option.some(new IncidentState.Acknowledgement(h.actor(), h.effectiveAt())), c.dataSources(),
                        c.chatImported(), c.chatNotImported()));
            })
            .on(CommunicationEvent.ChatImported.class, (e, step) -> {
                IncidentState s = step.before();
                IncidentState.Communications c = s.communications();
                Map<String, String> notImported = c.chatNotImported();
                for (ChatMessage message : e.imported()) {
                    notImported = notImported.remove(message.key());
                }
                for (NotImported left : e.notImported()) {
                    notImported = notImported.put(left.message().key(), left.reason());
                }
                return step.with(new IncidentState.Communications(c.updates(), c.updatesByAudience(), c.links(),
                        c.linksByKind(), c.linkSet(), c.linkedStakeholdersTicket(), c.acknowledgement(),
                        c.dataSources().append(e.source()), c.chatImported().addAll(e.imported().map(ChatMessage::key)),
                        notImported));
            })
            .on(PostmortemEvent.PostmortemStarted.class, (e, step) -> {
                IncidentState s = step.before();
                EventHeader h = e.header();
                Milestones m = s.milestones();
                return step.withPostmortem(Option.some(Postmortem.draft(e.owner(), h.effectiveAt(), e.impactStart(),
                        e.impactEnd()))).with(status(IncidentStatus.IN_REVIEW), m);
            })
            .on(PostmortemEvent.ImpactWindowSet.class, (e, step) -> {
                IncidentState s = step.before();
                Milestones m = s.milestones();
                return step.withPostmortem(s.postmortem().map(p -> p.withImpact(e.start(), e.end())))
                        .with(s.status(), m.with(Milestone.IMPACT_STARTED, e.start()));
            })
            .on(PostmortemEvent.SectionWritten.class, (e, step) -> {
                IncidentState s = step.before();
                return step.withPostmortem(s.postmortem().map(p -> p.withSection(e.section(), e.text())));
            })
            .on(PostmortemEvent.ActionItemAdded.class, (e, step) ->
                    step.withPostmortem(step.before().postmortem().map(p -> p.withActionItem(e.item()))))
            .on(PostmortemEvent.ActionItemUpdated.class, (e, step) -> {
                IncidentState s = step.before();
                return step.withPostmortem(s.postmortem().map(p -> p.withActionItem(p.actionItems().get(e.itemId()).get()
                        .withStatus(e.status()))));
            })
            .on(PostmortemEvent.ReviewRequested.class, (event, step) -> {
                IncidentState s = step.before();
                return step.withPostmortem(s.postmortem().map(p -> p.withStatus(PostmortemStatus.IN_REVIEW)));
            })
            .on(PostmortemEvent.PostmortemReviewed.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                return step.withPostmortem(s.postmortem().map(p -> p.withReview(new Review(h.actor(), h.effectiveAt(),
                        event.comment()))));
            })
            .on(PostmortemEvent.ReviewCommentRaised.class, (event, step) -> {
                EventHeader h = event.header();
                return step.withPostmortem(step.before().postmortem().map(p -> p.withComment(ReviewComment.open(
                        event.commentId(), h.actor(), h.effectiveAt(), event.text()))));
            })
            .on(PostmortemEvent.ReviewCommentSettled.class, (event, step) ->
                    step.withPostmortem(step.before().postmortem().map(p -> p.withComment(p.comments()
                            .get(event.commentId()).get().settled(event.outcome(), event.note(), event.header().actor())))))
            .on(PostmortemEvent.MarkedReviewed.class, (event, step) -> {
                IncidentState s = step.before();
                return step.withPostmortem(s.postmortem().map(p -> p.withStatus(PostmortemStatus.REVIEWED)));
            })
            .on(PostmortemEvent.PostmortemPublished.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                return step.withPostmortem(s.postmortem().map(p -> p.published(
                        event.location(), h.effectiveAt())));
            })
            .on(PostmortemEvent.PostmortemShared.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                return step.withPostmortem(s.postmortem().map(p -> p.shared(h.effectiveAt())));
            })
            .on(ResponseEvent.OfficiallyStarted.class, (event, step) -> {
                IncidentState s = step.before();
                EventHeader h = event.header();
                Milestones m = s.milestones();
                return step.with(s.status(), m.with(Milestone.OFFICIALLY_STARTED, h.happened()));
            })
            // facts for the record and the outside systems; the state keeps nothing of them
            .on(TicketAssigned.class, (e, step) -> step)
            .on(PagingIncidentReassigned.class, (e, step) -> step)
            .on(PagingIncidentNoted.class, (e, step) -> step)
            .on(ActionRecorded.class, (e, step) -> step)
            .on(CommunicationEvent.MessageRecorded.class, (e, step) -> step)
            .on(CommunicationEvent.FollowUpReported.class, (e, step) -> step.withFollowUp(new FollowUp(e.id(), e.from(),
                    e.report(), e.header().effectiveAt(), Option.none(), Option.none(), Option.none())))
            .on(CommunicationEvent.FollowUpAnswered.class, (e, step) -> step.withFollowUp(
                    step.before().followUp(e.id()).get().answered(e.header().effectiveAt())))
            .on(CommunicationEvent.FollowUpSettled.class, (e, step) -> step.withFollowUp(
                    step.before().followUp(e.id()).get().settled(e.settlement(), e.newIncident())))
            .build();

    /** An offer of a role is open until it is accepted, declined, withdrawn or expires. */
    private static Step offered(Handoff offer, Step step) {
        IncidentState.Team t = step.before().team();
        return step.with(new IncidentState.Team(t.participants(), t.roleHolders(),
                t.openHandoffs().put(offer.id(), offer), t.advisories(), t.soloWork()));
    }

    private static Step handoffClosed(HandoffId closed, Step step) {
        IncidentState.Team t = step.before().team();
        return step.with(new IncidentState.Team(t.participants(), t.roleHolders(), t.openHandoffs().remove(closed),
                t.advisories(), t.soloWork()));
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

    /**
     * The state being made by one event: the parts of the state before, each replaced by what the event
     * changes, then made into one new state. Mutable and confined to one fold: a replay reuses one step
     * for all its events, so an event allocates one state and the parts it changes, not a copy per part.
     */
    static final class Step {
        private IncidentState before;
        private long version;
        private Option<IncidentStatus> status;
        private Instant recordedAt;
        private AppliedCommands applied;
        private Milestones milestones;
        private Option<IncidentState.Triage> triage;
        private Option<IncidentState.Declaration> declaration;
        private IncidentState.Team team;
        private IncidentState.Communications communications;
        private Option<Postmortem> postmortem;
        private Option<IncidentState.Outcome> outcome;
        private Seq<Absorption> absorbed;
        private int reopenCount;
        private @Nullable FactTime firstResponse;
        private @Nullable Instant latestFactAt;
        private io.vavr.collection.Map<FollowUpId, FollowUp> followUps;

        Step start(IncidentState state, long nextVersion, Instant at, AppliedCommands nextApplied) {
            before = state;
            version = nextVersion;
            status = state.status();
            recordedAt = at;
            applied = nextApplied;
            milestones = state.milestones();
            triage = state.triage();
            declaration = state.declaration();
            team = state.team();
            communications = state.communications();
            postmortem = state.postmortem();
            outcome = state.outcome();
            absorbed = state.absorbed();
            reopenCount = state.reopenCount();
            firstResponse = state.firstResponse().getOrNull();
            latestFactAt = state.latestFactAt().getOrNull();
            followUps = state.followUpsById();
            return this;
        }

        /** The state before the event, to read from. */
        IncidentState before() {
            return before;
        }

        Step with(Option<IncidentStatus> nextStatus, Milestones nextMilestones) {
            status = nextStatus;
            milestones = nextMilestones;
            return this;
        }

        Step with(Option<IncidentState.Triage> nextTriage) {
            triage = nextTriage;
            return this;
        }

        Step with(IncidentState.Declaration nextDeclaration) {
            declaration = Option.some(nextDeclaration);
            return this;
        }

        Step with(IncidentState.Team nextTeam) {
            team = nextTeam;
            return this;
        }

        Step with(IncidentState.Communications next) {
            communications = next;
            return this;
        }

        Step withPostmortem(Option<Postmortem> next) {
            postmortem = next;
            return this;
        }

        Step withOutcome(IncidentState.Outcome next) {
            status = status(next.status());
            outcome = Option.some(next);
            return this;
        }

        Step withAbsorbed(Seq<Absorption> next) {
            absorbed = next;
            return this;
        }

        /** Something the team did at {@code at}: the first response, if nothing earlier was. */
        Step responded(FactTime at) {
            if (firstResponse == null || at.at().isBefore(firstResponse.at())) {
                firstResponse = at;
            }
            return this;
        }

        /** A fact that happened at {@code at}: the latest so far, if none was later. */
        Step happened(Instant at) {
            if (latestFactAt == null || at.isAfter(latestFactAt)) {
                latestFactAt = at;
            }
            return this;
        }

        Step withFollowUp(FollowUp next) {
            followUps = followUps.put(next.id(), next);
            return this;
        }

        Step withReopenCount(int next) {
            reopenCount = next;
            return this;
        }

        IncidentState build() {
            return new IncidentState(before.id(), version, status, recordedAt, applied, milestones,
                    triage, declaration, team, communications, postmortem, outcome, absorbed, reopenCount,
                    firstResponse, latestFactAt, followUps);
        }
    }
}
