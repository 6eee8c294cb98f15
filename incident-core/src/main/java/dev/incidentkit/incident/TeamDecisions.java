package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.notLater;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;
import static dev.incidentkit.incident.Checks.when;

import dev.incidentkit.incident.response.ResponseCommand.RecordAction;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand.AcceptHandoff;
import dev.incidentkit.incident.team.TeamCommand.AssignRole;
import dev.incidentkit.incident.team.TeamCommand.DeclineHandoff;
import dev.incidentkit.incident.team.TeamCommand.ExpireHandoff;
import dev.incidentkit.incident.team.TeamCommand.OfferHandoff;
import dev.incidentkit.incident.team.TeamCommand.ReleaseRole;
import dev.incidentkit.incident.team.TeamCommand.TakeOverRole;
import dev.incidentkit.incident.team.TeamCommand.WithdrawHandoff;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Permission;
import dev.incidentkit.process.Staffing;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import java.time.Instant;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The rules about people: who may issue a command, how roles are filled at declaration, assigned,
 * released and handed off in two phases, what a change of commander or liaison carries to the outside
 * channels, and the advisories about how people work. Package-private half of the decider.
 */
final class TeamDecisions {

    private static final String TECH_LEAD_IS_SME = "the Technology Lead is always a Subject Matter Expert (001)";

    private final IncidentProcess process;

    TeamDecisions(IncidentProcess process) {
        this.process = process;
    }

    /** The declarer as the roster knows them, or by id when the roster does not. */
    static Responder declarer(ResponseCommand.Declare c) {
        OnCallRoster roster = c.roster();
        return roster.primary().toList().appendAll(roster.secondary()).appendAll(roster.teamMembers())
                .map(OnCallRoster.Member::responder)
                .find(r -> r.id().equals(c.actor()))
                .getOrElse(() -> new Responder(c.actor(), c.actor().value()));
    }

    Option<Rejection> authorityProblem(IncidentCommand c, IncidentState s) {
        Permission permission = process.authority().permissionFor(c.commandKind());
        if (permission instanceof Permission.Anyone || s.milestones().get(Milestone.DECLARED).isEmpty()) {
            return Option.none();
        }
        if (permission instanceof Permission.Participants) {
            return when(!s.participants().containsKey(c.actor()), c, RejectionCode.UNAUTHORISED,
                    c.actor() + " is not taking part in incident " + s.id() + "; only "
                            + permission.describe() + " may " + c.verb());
        }
        Seq<Role> roles = ((Permission.RoleHolders) permission).roles().toList();
        if (roles.exists(role -> effectiveHolders(s, role).contains(c.actor()))) {
            return Option.none();
        }
        return Option.some(reject(c, RejectionCode.UNAUTHORISED, "on incident " + s.id() + " only "
                + roles.map(role -> "the " + role.name() + " (" + describeHolders(s, role) + ")").mkString(" or ")
                + " may " + c.verb() + ", not " + c.actor()));
    }

    /** Holders of a role, or of the role covering it while it is vacant. */
    Seq<ResponderId> effectiveHolders(IncidentState s, Role role) {
        return Responsibility.of(s, role, process);
    }

    private String describeHolders(IncidentState s, Role role) {
        Seq<ResponderId> holders = s.holders(role);
        if (!holders.isEmpty()) {
            return holders.mkString(", ");
        }
        Option<Role> cover = role.coveredBy().flatMap(process::role);
        return cover.isDefined() && !s.holders(cover.get()).isEmpty()
                ? "vacant, so the " + cover.get().name() + " " + s.holders(cover.get()).mkString(", ")
                : "vacant";
    }

    Either<Rejection, Emitter> decide(IncidentCommand command, IncidentState state) {
        // a command names a role by its key; its rules (cardinality, cover) are the process's, never
        // those of the copy the caller built, so a role sent under the commander's key with a looser
        // cardinality is still the commander
        if (command instanceof AssignRole) {
            AssignRole c = (AssignRole) command;
            return assign(new AssignRole(c.header(), ownRole(c.role()), c.responder(), c.reason()), state);
        }
        if (command instanceof ReleaseRole) {
            ReleaseRole c = (ReleaseRole) command;
            return release(new ReleaseRole(c.header(), ownRole(c.role()), c.holder(), c.reason()), state);
        }
        if (command instanceof OfferHandoff) {
            OfferHandoff c = (OfferHandoff) command;
            return offer(new OfferHandoff(c.header(), ownRole(c.role()), c.from(), c.to(), c.note()), state);
        }
        if (command instanceof TakeOverRole) {
            TakeOverRole c = (TakeOverRole) command;
            return takeOver(new TakeOverRole(c.header(), ownRole(c.role()), c.from(), c.to(), c.reason()), state);
        }
        if (command instanceof AcceptHandoff) {
            return accept((AcceptHandoff) command, state);
        }
        if (command instanceof DeclineHandoff) {
            return declineHandoff((DeclineHandoff) command, state);
        }
        if (command instanceof WithdrawHandoff) {
            return withdraw((WithdrawHandoff) command, state);
        }
        if (command instanceof ExpireHandoff) {
            return expire((ExpireHandoff) command, state);
        }
        if (command instanceof RecordAction) {
            return recordAction((RecordAction) command, state);
        }
        throw new IllegalArgumentException("unknown command type " + command.getClass().getName());
    }

    /** Fills the process's roles after a declaration, and carries the new holders to the channels. */
    Emitter staff(Emitter emitter, OnCallRoster roster, IncidentState before) {
        Responder declarer = declarer((ResponseCommand.Declare) emitter.command());
        for (Staffing staffing : process.staffingRule().staff(process.roles(), roster, declarer)) {
            if (!emitter.state().holds(staffing.responder().id(), staffing.role())) {
                emitter.emit(h -> new TeamEvent.RoleAssigned(h, staffing.role(), staffing.responder(),
                        staffing.explanation()));
            }
        }
        return followUps(emitter, before);
    }

    private Either<Rejection, Emitter> assign(AssignRole c, IncidentState s) {
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> knownRole(c, c.role()))
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> when(s.holds(c.responder().id(), c.role()), c, RejectionCode.ALREADY_HOLDS,
                        c.responder().id() + " already holds " + c.role().name()))
                .orElse(() -> when(c.role().cardinality().isSingleHolder() && !s.holders(c.role()).isEmpty(), c,
                        RejectionCode.ROLE_TAKEN, s.holders(c.role()).mkString(", ") + " holds " + c.role().name()
                                + "; a holder is relieved only through an accepted handoff"));
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(followUps(new Emitter(c, s).emit(h ->
                        new TeamEvent.RoleAssigned(h, c.role(), c.responder(), c.reason())), s));
    }

    private Either<Rejection, Emitter> release(ReleaseRole c, IncidentState s) {
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> knownRole(c, c.role()))
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> when(c.role().cardinality().isRequired(), c, RejectionCode.ROLE_REQUIRED,
                        "the " + c.role().name() + " must always be held; hand it off instead"))
                .orElse(() -> when(!s.holds(c.holder(), c.role()), c, RejectionCode.NOT_A_HOLDER,
                        c.holder() + " does not hold " + c.role().name()))
                .orElse(() -> when(!c.actor().equals(c.holder()), c, RejectionCode.UNAUTHORISED,
                        c.actor() + " may not take " + c.role().name() + " from " + c.holder()
                                + "; a holder is relieved only through an accepted handoff, or steps down themselves"))
                .orElse(() -> technologyLeadStaysExpert(c, s, c.role(), c.holder()))
                .orElse(() -> openOfferFrom(c, s, c.role(), c.holder()));
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(followUps(new Emitter(c, s).emit(h ->
                        new TeamEvent.RoleReleased(h, c.role(), c.holder(), c.reason())), s));
    }

    private Either<Rejection, Emitter> offer(OfferHandoff c, IncidentState s) {
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> knownRole(c, c.role()))
                .orElse(() -> text(c, "the note", c.note()))
                .orElse(() -> when(!s.holds(c.from(), c.role()), c, RejectionCode.NOT_A_HOLDER,
                        c.from() + " does not hold " + c.role().name() + "; a vacant role is assigned, not handed off"))
                .orElse(() -> when(!c.actor().equals(c.from()) && !s.holds(c.actor(), Role.INCIDENT_COMMANDER), c,
                        RejectionCode.UNAUTHORISED, c.actor() + " may not offer " + c.from() + "'s role " + c.role().name()
                                + "; only its holder or the Incident Commander may"))
                .orElse(() -> when(c.to().id().equals(c.from()) || s.holds(c.to().id(), c.role()), c,
                        RejectionCode.ALREADY_HOLDS, c.to().id() + " already holds " + c.role().name()))
                .orElse(() -> technologyLeadStaysExpert(c, s, c.role(), c.from()))
                .orElse(() -> openOfferFrom(c, s, c.role(), c.from()));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        // an offer made at the time it happened, recorded then or afterwards
        Instant offered = c.header().effectiveAt();
        Handoff handoff = new Handoff(c.handoffId(), c.role(), c.from(), c.to(), c.note(), c.actor(), offered,
                offered.plus(process.handoffOfferTimeout()));
        return Either.right(new Emitter(c, s).emit(h -> new TeamEvent.HandoffOffered(h, handoff)));
    }

    /**
     * A takeover: an offer made on behalf of a holder who cannot make it. The authority table has
     * already said who may; the holder keeps the role until the new holder accepts, which the actor does
     * in the same decision when they take the role themselves. The holder's own open offer of the role
     * is withdrawn: the takeover replaces it.
     */
    private Either<Rejection, Emitter> takeOver(TakeOverRole c, IncidentState s) {
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> knownRole(c, c.role()))
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> when(!s.holds(c.from(), c.role()), c, RejectionCode.NOT_A_HOLDER,
                        c.from() + " does not hold " + c.role().name() + "; a vacant role is assigned, not taken over"))
                .orElse(() -> when(c.actor().equals(c.from()), c, RejectionCode.ALREADY_HOLDS,
                        c.actor() + " holds " + c.role().name() + " and hands it off with an offer, not a takeover"))
                .orElse(() -> when(c.to().id().equals(c.from()) || s.holds(c.to().id(), c.role()), c,
                        RejectionCode.ALREADY_HOLDS, c.to().id() + " already holds " + c.role().name()))
                .orElse(() -> technologyLeadStaysExpert(c, s, c.role(), c.from()));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        Emitter emitter = new Emitter(c, s);
        for (Handoff superseded : s.openHandoffs().values()
                .filter(offer -> offer.role().equals(c.role()) && offer.from().equals(c.from()))) {
            // the takeover's own event carries its reason; repeating it here could pass the length of free text
            emitter.emit(h -> new TeamEvent.HandoffWithdrawn(h, superseded.id(), "superseded by "
                    + c.actor() + "'s takeover of " + c.role().name() + " for " + c.to().id()));
        }
        Handoff takeover = new Handoff(c.handoffId(), c.role(), c.from(), c.to(), c.reason(), c.actor(),
                c.header().effectiveAt(), c.header().effectiveAt().plus(process.handoffOfferTimeout()));
        emitter.emit(h -> new TeamEvent.TakeoverOffered(h, takeover));
        if (!c.actor().equals(c.to().id())) {
            return Either.right(emitter);
        }
        emitter.emit(h -> new TeamEvent.HandoffAccepted(h, takeover.id(), takeover.role(), takeover.from(),
                takeover.to()));
        return Either.right(followUps(emitter, s));
    }

    private Either<Rejection, Emitter> accept(AcceptHandoff c, IncidentState s) {
        Option<Handoff> open = s.openHandoffs().get(c.handoff());
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> noSuchHandoff(c, s, open))
                .orElse(() -> when(!c.actor().equals(open.get().to().id()), c, RejectionCode.UNAUTHORISED,
                        "the role was offered to " + open.get().to().id() + ", not " + c.actor()
                                + "; only the offered responder may accept"))
                .orElse(() -> when(c.header().effectiveAt().isAfter(open.get().expiresAt()), c,
                        RejectionCode.HANDOFF_EXPIRED,
                        "the offer expired at " + open.get().expiresAt()))
                .orElse(() -> when(s.holds(c.actor(), open.get().role()), c, RejectionCode.ALREADY_HOLDS,
                        c.actor() + " already holds " + open.get().role().name()));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        Handoff offer = open.get();
        return Either.right(followUps(new Emitter(c, s).emit(h ->
                new TeamEvent.HandoffAccepted(h, offer.id(), offer.role(), offer.from(), offer.to())), s));
    }

    private Either<Rejection, Emitter> declineHandoff(DeclineHandoff c, IncidentState s) {
        Option<Handoff> open = s.openHandoffs().get(c.handoff());
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> noSuchHandoff(c, s, open))
                .orElse(() -> when(!c.actor().equals(open.get().to().id()), c, RejectionCode.UNAUTHORISED,
                        "the role was offered to " + open.get().to().id() + ", not " + c.actor()
                                + "; only the offered responder may decline"))
                .orElse(() -> text(c, "the reason", c.reason()));
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(new Emitter(c, s).emit(h -> new TeamEvent.HandoffDeclined(h, c.handoff(), c.reason())));
    }

    private Either<Rejection, Emitter> withdraw(WithdrawHandoff c, IncidentState s) {
        Option<Handoff> open = s.openHandoffs().get(c.handoff());
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> noSuchHandoff(c, s, open))
                .orElse(() -> when(!c.actor().equals(open.get().offeredBy())
                                && !s.holds(c.actor(), Role.INCIDENT_COMMANDER), c, RejectionCode.UNAUTHORISED,
                        c.actor() + " did not make the offer; only " + open.get().offeredBy()
                                + " or the Incident Commander may withdraw it"))
                .orElse(() -> text(c, "the reason", c.reason()));
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(new Emitter(c, s).emit(h -> new TeamEvent.HandoffWithdrawn(h, c.handoff(), c.reason())));
    }

    private Either<Rejection, Emitter> expire(ExpireHandoff c, IncidentState s) {
        Option<Handoff> open = s.openHandoffs().get(c.handoff());
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> noSuchHandoff(c, s, open))
                .orElse(() -> when(c.header().effectiveAt().isBefore(open.get().expiresAt()), c,
                        RejectionCode.HANDOFF_OPEN,
                        "the offer is open until " + open.get().expiresAt()));
        return problem.isDefined()
                ? Either.left(problem.get())
                : Either.right(new Emitter(c, s).emit(h -> new TeamEvent.HandoffExpired(h, c.handoff())));
    }

    private Either<Rejection, Emitter> recordAction(RecordAction c, IncidentState s) {
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the action", c.text()))
                .orElse(() -> notLater(c, "the action's time", c.occurredAt()));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        Emitter emitter = new Emitter(c, s).emit(c.occurredAt(),
                h -> new ResponseEvent.ActionRecorded(h, c.action(), c.text()));
        boolean alsoWorksTheProblem = s.holds(c.actor(), Role.INVESTIGATOR) || s.holds(c.actor(), Role.SUBJECT_MATTER_EXPERT);
        boolean advisedBefore = s.advisories().exists(a -> a.code() == AdvisoryCode.COMMANDER_HANDS_ON
                && a.about().equals(c.actor()));
        if (c.action().isHandsOn() && s.holds(c.actor(), Role.INCIDENT_COMMANDER) && !alsoWorksTheProblem
                && !advisedBefore) {
            emitter.emit(h -> new TeamEvent.AdvisoryRaised(h, new Advisory(AdvisoryCode.COMMANDER_HANDS_ON,
                    c.actor(), c.actor() + " is the Incident Commander and recorded hands-on work ("
                            + c.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + "); the commander is not expected to take actions themselves (001):"
                            + " delegate it to an investigator or a subject matter expert")));
        }
        return Either.right(emitter);
    }

    /**
     * What follows a change of holders: the technology lead joins the subject matter experts; the
     * paging incident follows the commander; the ticket and a note follow a new liaison.
     */
    private Emitter followUps(Emitter emitter, IncidentState before) {
        if (process.technologyLeadIsSubjectMatterExpert() && process.roles().contains(Role.SUBJECT_MATTER_EXPERT)) {
            for (ResponderId lead : emitter.state().holders(Role.TECHNOLOGY_LEAD)) {
                if (!emitter.state().holds(lead, Role.SUBJECT_MATTER_EXPERT)) {
                    Responder responder = emitter.state().participants().get(lead).get();
                    emitter.emit(h -> new TeamEvent.RoleAssigned(h, Role.SUBJECT_MATTER_EXPERT, responder,
                            TECH_LEAD_IS_SME));
                }
            }
        }
        IncidentState after = emitter.state();
        Option<ResponderId> commander = effectiveHolders(after, Role.INCIDENT_COMMANDER).headOption();
        if (process.commanderChangeReassignsPagingIncident() && commander.isDefined()
                && !commander.equals(effectiveHolders(before, Role.INCIDENT_COMMANDER).headOption())) {
            Responder assignee = after.participants().get(commander.get()).get();
            after.pagingIncident().forEach(paging ->
                    emitter.emit(h -> new TeamEvent.PagingIncidentReassigned(h, paging, assignee)));
        }
        Option<ResponderId> liaisonBefore = effectiveHolders(before, Role.COMMUNICATIONS_LIAISON).headOption();
        Option<ResponderId> liaison = effectiveHolders(after, Role.COMMUNICATIONS_LIAISON).headOption();
        if (process.liaisonChangeUpdatesChannels() && liaison.isDefined() && !liaison.equals(liaisonBefore)
                && process.roles().contains(Role.COMMUNICATIONS_LIAISON)) {
            Responder assignee = after.participants().get(liaison.get()).get();
            after.stakeholdersTicket().forEach(ticket -> emitter.emit(h -> new TeamEvent.TicketAssigned(h, ticket, assignee)));
            if (liaisonBefore.isDefined()) {
                after.pagingIncident().forEach(paging -> emitter.emit(h -> new TeamEvent.PagingIncidentNoted(h,
                        paging, assignee.displayName() + " is now the Communications Liaison and speaks with the"
                                + " stakeholders")));
            }
        }
        return emitter;
    }

    /** Raises the investigator-alone advisory when the accepted command finds the investigator alone too long. */
    Emitter advise(Emitter emitter) {
        IncidentState s = emitter.state();
        if (emitter.events().isEmpty() || !s.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED)) {
            return emitter;
        }
        Option<SoloWork> solo = s.soloWork().filter(work -> !work.advised());
        if (solo.isEmpty() || process.investigatorAloneAdvisoryAfter().isEmpty()) {
            return emitter;
        }
        java.time.Duration limit = process.investigatorAloneAdvisoryAfter().get();
        if (emitter.command().header().effectiveAt().isBefore(solo.get().since().plus(limit))) {
            return emitter;
        }
        ResponderId investigator = solo.get().investigator();
        return emitter.emit(h -> new TeamEvent.AdvisoryRaised(h, new Advisory(AdvisoryCode.INVESTIGATOR_ALONE,
                investigator, investigator + " has investigated alone since " + solo.get().since()
                        + "; after " + limit.toMinutes() + " minutes without a fix, ask the Incident Commander for"
                        + " help or pull in a subject matter expert (004)")));
    }

    /** Withdraws every open offer before the incident ends: nobody can answer them afterwards. */
    static Emitter withdrawOpenOffers(Emitter emitter, String why) {
        for (HandoffId open : emitter.state().openHandoffs().keySet()) {
            emitter.emit(h -> new TeamEvent.HandoffWithdrawn(h, open, why));
        }
        return emitter;
    }

    private Option<Rejection> technologyLeadStaysExpert(IncidentCommand c, IncidentState s, Role role, ResponderId holder) {
        return when(process.technologyLeadIsSubjectMatterExpert() && role.equals(Role.SUBJECT_MATTER_EXPERT)
                        && s.holds(holder, Role.TECHNOLOGY_LEAD), c, RejectionCode.ROLE_REQUIRED,
                holder + " is the Technology Lead, who is always a Subject Matter Expert (001)");
    }

    /** The process's own definition of a role named by its key, or the role itself when the process lacks it. */
    private Role ownRole(Role role) {
        return process.role(role.key()).getOrElse(role);
    }

    private Option<Rejection> knownRole(IncidentCommand c, Role role) {
        return when(!process.roles().contains(role), c, RejectionCode.UNKNOWN_ROLE, role.name() + " ("
                + role.key() + ") is not a role of the process " + process.name());
    }

    private static Option<Rejection> openOfferFrom(IncidentCommand c, IncidentState s, Role role, ResponderId holder) {
        return s.openHandoffs().values()
                .find(offer -> offer.role().equals(role) && offer.from().equals(holder))
                .map(offer -> reject(c, RejectionCode.HANDOFF_OPEN, "an offer of " + holder + "'s role " + role.name()
                        + " to " + offer.to().id() + " is open (" + offer.id() + "); withdraw it first"));
    }

    private static Option<Rejection> noSuchHandoff(IncidentCommand c, IncidentState s, Option<Handoff> open) {
        return when(open.isEmpty(), c, RejectionCode.NO_SUCH_HANDOFF,
                "incident " + s.id() + " has no open role offer with that id");
    }
}
