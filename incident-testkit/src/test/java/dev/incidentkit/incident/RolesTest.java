package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.SEV2;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.Authority;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Permission;
import dev.incidentkit.process.StaffingRule;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster.Member;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Roles, two-phase handoffs, who may do what, and the advisories, one rule at a time. */
class RolesTest {

    static final Responder ADA = Responder.of("ada", "Ada");
    static final Responder GRACE = Responder.of("grace", "Grace");
    static final Responder LINUS = Responder.of("linus", "Linus");
    static final Responder BARBARA = Responder.of("barbara", "Barbara");
    static final OnCallRoster ROSTER = OnCallRoster.of(Member.available(ADA), Member.available(GRACE), "hub",
            Member.available(LINUS), Member.available(BARBARA));

    /** Declared at minute 1 by ada with the roster: ada investigates, grace commands. */
    static IncidentState declared() {
        return run(IncidentState.empty(INC),
                TriageCommand.Report.of(at(0, ADA), ReportSource.supportTicket("FD-4711", ResponderId.of("rep")),
                        "Users cannot start servers"),
                new CommunicationCommand.AddLink(header("link", 0, ADA), Link.of(LinkKind.PAGING_INCIDENT, "Q1W2E3")),
                new ResponseCommand.Declare(at(1, ADA), "Servers fail to start", SEV2, Impact.of("cannot start", 30),
                        "Managed JupyterHubs", Option.none(), ROSTER));
    }

    static CommandHeader at(int minute, Responder actor) {
        return header("c" + minute, minute, actor);
    }

    static CommandHeader header(String commandId, int minute, Responder actor) {
        return CommandHeader.of(CommandId.of(commandId), INC, actor.id(), minute(minute));
    }

    static IncidentState run(IncidentState state, Object... commands) {
        for (Object o : commands) {
            IncidentCommand command = (IncidentCommand) o;
            Either<Rejection, Decision> outcome = DECIDER.apply(command, state);
            if (outcome.isLeft()) {
                fail(command.verb() + " by " + command.actor() + " was rejected: " + outcome.getLeft());
            }
            state = outcome.get().state();
        }
        return state;
    }

    static Rejection rejected(IncidentCommand command, IncidentState state) {
        Either<Rejection, Seq<IncidentEvent>> outcome = DECIDER.decide(command, state);
        if (outcome.isRight()) {
            fail(command.verb() + " should have been rejected, got " + outcome.get());
        }
        return outcome.getLeft();
    }

    static Seq<IncidentEvent> events(IncidentCommand command, IncidentState state) {
        return DECIDER.decide(command, state).getOrElseThrow(r -> new AssertionError(r.toString()));
    }

    @Test
    void should_staff_the_required_roles_at_declaration_and_explain_each_choice() {
        // when
        IncidentState state = declared();

        // then
        assertEquals(List.of(ADA.id()), state.holders(Role.INVESTIGATOR));
        assertEquals(List.of(GRACE.id()), state.holders(Role.INCIDENT_COMMANDER));
        assertTrue(state.holders(Role.COMMUNICATIONS_LIAISON).isEmpty(), "the commander is the liaison until delegated");
        assertEquals(List.of(ADA.id(), GRACE.id()), state.participants().keySet().toList());
    }

    @Test
    void should_record_staffing_as_role_assigned_events_with_explanations() {
        IncidentState reported = run(IncidentState.empty(INC), TriageCommand.Report.of(at(0, ADA),
                ReportSource.manual(ADA.id()), "Hub down"));
        OnCallRoster roster = OnCallRoster.of(Member.unavailable(ADA), Member.unavailable(GRACE), "hub",
                Member.available(LINUS), Member.available(BARBARA));

        Seq<IncidentEvent> events = events(new ResponseCommand.Declare(at(1, ADA), "Hub down", SEV2, Impact.of("all"),
                "hub", Option.none(), roster), reported);

        Seq<TeamEvent.RoleAssigned> assigned = events.filter(TeamEvent.RoleAssigned.class::isInstance)
                .map(TeamEvent.RoleAssigned.class::cast);
        assertEquals(List.of("primary on-call Ada is unavailable and secondary on-call Grace is unavailable; chose"
                        + " Linus from team hub", "secondary on-call Grace is unavailable; chose Barbara from team hub"),
                assigned.map(TeamEvent.RoleAssigned::reason).toList());
        assertEquals(List.of(LINUS, BARBARA), assigned.map(TeamEvent.RoleAssigned::responder).toList());
    }

    @Test
    void should_let_the_commander_pull_in_a_subject_matter_expert_with_a_reason() {
        // when
        Seq<IncidentEvent> events = events(new TeamCommand.AssignRole(at(5, GRACE),
                Role.SUBJECT_MATTER_EXPERT, LINUS, "knows the image builder"), declared());

        // then
        TeamEvent.RoleAssigned pulledIn = assertInstanceOf(TeamEvent.RoleAssigned.class, events.head());
        assertEquals(GRACE.id(), pulledIn.actor());
        assertEquals("knows the image builder", pulledIn.reason());
    }

    @Test
    void should_refuse_an_assignment_by_someone_who_is_not_commander_or_technology_lead() {
        Rejection rejection = rejected(new TeamCommand.AssignRole(at(5, ADA), Role.SUBJECT_MATTER_EXPERT,
                LINUS, "knows the image builder"), declared());

        assertEquals(RejectionCode.UNAUTHORISED, rejection.code());
        assertEquals("cannot assign role: on incident INC-7 only the Incident Commander (grace) or the Technology"
                + " Lead (vacant) may assign role, not ada", rejection.message());
    }

    @Test
    void should_relieve_a_single_holder_only_through_a_handoff() {
        Rejection taken = rejected(new TeamCommand.AssignRole(at(5, GRACE), Role.INVESTIGATOR, LINUS,
                "fresh eyes"), declared());
        Rejection required = rejected(new TeamCommand.ReleaseRole(at(5, GRACE), Role.INVESTIGATOR,
                ADA.id(), "off shift"), declared());

        assertEquals(RejectionCode.ROLE_TAKEN, taken.code());
        assertEquals("cannot assign role: ada holds Investigator; a holder is relieved only through an accepted"
                + " handoff", taken.message());
        assertEquals(RejectionCode.ROLE_REQUIRED, required.code());
    }

    @Test
    void should_apply_the_process_rules_of_a_role_whatever_copy_of_it_a_command_carries() {
        // roles are equal by key, so a copy of the investigator
        // with a looser cardinality used to pass the "must always be held" check and leave it vacant
        Role looseInvestigator = Role.of(Role.INVESTIGATOR.key(), "Investigator", dev.incidentkit.role.Cardinality.ANY);
        Role looseCommander = Role.of(Role.INCIDENT_COMMANDER.key(), "IC", dev.incidentkit.role.Cardinality.ANY);

        Rejection release = rejected(new TeamCommand.ReleaseRole(at(5, ADA), looseInvestigator, ADA.id(),
                "off shift"), declared());
        Rejection assign = rejected(new TeamCommand.AssignRole(at(5, GRACE), looseCommander, LINUS,
                "a second commander"), declared());
        IncidentState offered = run(declared(), new TeamCommand.OfferHandoff(at(5, GRACE), looseCommander,
                GRACE.id(), LINUS, "going off shift"));

        assertEquals(RejectionCode.ROLE_REQUIRED, release.code());
        assertEquals(RejectionCode.ROLE_TAKEN, assign.code());
        assertEquals(dev.incidentkit.role.Cardinality.EXACTLY_ONE,
                offered.openHandoffs().values().head().role().cardinality(), "the offer records the process's role");
        assertEquals("Incident Commander", offered.openHandoffs().values().head().role().name());
    }

    @Test
    void should_refuse_unknown_roles_double_assignments_and_releases_of_non_holders() {
        IncidentState state = declared();
        Role scribe = Role.of("scribe", "Scribe", dev.incidentkit.role.Cardinality.ANY);

        assertEquals(RejectionCode.UNKNOWN_ROLE, rejected(new TeamCommand.AssignRole(at(5, GRACE), scribe,
                LINUS, "notes"), state).code());
        assertEquals(RejectionCode.ALREADY_HOLDS, rejected(new TeamCommand.AssignRole(at(5, GRACE),
                Role.INCIDENT_COMMANDER, GRACE, "again"), state).code());
        assertEquals(RejectionCode.NOT_A_HOLDER, rejected(new TeamCommand.ReleaseRole(at(5, GRACE),
                Role.SUBJECT_MATTER_EXPERT, LINUS.id(), "done"), state).code());
    }

    @Test
    void should_release_a_subject_matter_expert_who_is_no_longer_needed() {
        IncidentState state = run(declared(), new TeamCommand.AssignRole(at(5, GRACE),
                Role.SUBJECT_MATTER_EXPERT, LINUS, "image builder"));

        Rejection byCommander = rejected(new TeamCommand.ReleaseRole(at(9, GRACE), Role.SUBJECT_MATTER_EXPERT,
                LINUS.id(), "fix found"), state);
        IncidentState released = run(state, new TeamCommand.ReleaseRole(at(9, LINUS),
                Role.SUBJECT_MATTER_EXPERT, LINUS.id(), "fix found"));

        assertEquals(RejectionCode.UNAUTHORISED, byCommander.code());

        assertTrue(released.holders(Role.SUBJECT_MATTER_EXPERT).isEmpty());
        assertTrue(released.participants().containsKey(LINUS.id()), "a participant stays a participant");
    }

    @Test
    void should_keep_the_role_with_the_holder_until_the_offer_is_accepted() {
        // given
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), LINUS, "quota errors in the hub logs since 12:40");

        // when
        IncidentState offered = run(declared(), offer);

        // then
        assertEquals(List.of(ADA.id()), offered.holders(Role.INVESTIGATOR));
        Handoff open = offered.openHandoffs().get(offer.handoffId()).get();
        assertEquals(minute(40), open.expiresAt());
        assertEquals(LINUS, open.to());

        // when
        IncidentState accepted = run(offered, new TeamCommand.AcceptHandoff(at(12, LINUS),
                offer.handoffId()));

        // then
        assertEquals(List.of(LINUS.id()), accepted.holders(Role.INVESTIGATOR));
        assertTrue(accepted.openHandoffs().isEmpty());
        assertTrue(accepted.participants().containsKey(LINUS.id()));
    }

    @Test
    void should_let_only_the_offered_responder_accept_or_decline() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), LINUS, "handing over");
        IncidentState offered = run(declared(), offer);

        Rejection accept = rejected(new TeamCommand.AcceptHandoff(at(12, GRACE), offer.handoffId()),
                offered);
        Rejection decline = rejected(new TeamCommand.DeclineHandoff(at(12, BARBARA), offer.handoffId(),
                "no"), offered);

        assertEquals(RejectionCode.UNAUTHORISED, accept.code());
        assertEquals("cannot accept handoff: the role was offered to linus, not grace; only the offered responder"
                + " may accept", accept.message());
        assertEquals(RejectionCode.UNAUTHORISED, decline.code());
    }

    @Test
    void should_keep_the_holder_when_an_offer_is_declined_withdrawn_or_expires() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), LINUS, "handing over");
        IncidentState offered = run(declared(), offer);

        IncidentState declined = run(offered, new TeamCommand.DeclineHandoff(at(11, LINUS),
                offer.handoffId(), "on another incident"));
        IncidentState withdrawn = run(offered, new TeamCommand.WithdrawHandoff(at(11, GRACE),
                offer.handoffId(), "ada will stay"));
        IncidentState expired = run(offered, new TeamCommand.ExpireHandoff(at(40, BARBARA),
                offer.handoffId()));

        for (IncidentState state : List.of(declined, withdrawn, expired)) {
            assertEquals(List.of(ADA.id()), state.holders(Role.INVESTIGATOR));
            assertTrue(state.openHandoffs().isEmpty());
        }
    }

    @Test
    void should_refuse_to_expire_an_offer_early_or_accept_it_late() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), LINUS, "handing over");
        IncidentState offered = run(declared(), offer);

        Rejection early = rejected(new TeamCommand.ExpireHandoff(at(39, BARBARA), offer.handoffId()),
                offered);
        Rejection late = rejected(new TeamCommand.AcceptHandoff(at(41, LINUS), offer.handoffId()),
                offered);

        assertEquals(RejectionCode.HANDOFF_OPEN, early.code());
        assertEquals(RejectionCode.HANDOFF_EXPIRED, late.code());
        assertEquals("cannot accept handoff: the offer expired at 2026-03-02T13:22:00Z", late.message());
    }

    @Test
    void should_let_only_the_holder_or_the_commander_offer_and_only_the_offeror_or_commander_withdraw() {
        IncidentState state = declared();
        TeamCommand.OfferHandoff byCommander = new TeamCommand.OfferHandoff(at(10, GRACE),
                Role.INVESTIGATOR, ADA.id(), LINUS, "ada has been at it for hours");
        IncidentState offered = run(state, byCommander);

        assertEquals(RejectionCode.UNAUTHORISED, rejected(new TeamCommand.OfferHandoff(at(10, ADA),
                Role.INCIDENT_COMMANDER, GRACE.id(), LINUS, "take over"), state).code());
        assertEquals(RejectionCode.UNAUTHORISED, rejected(new TeamCommand.WithdrawHandoff(at(11, ADA),
                byCommander.handoffId(), "no"), offered).code());
        assertEquals(RejectionCode.HANDOFF_OPEN, rejected(new TeamCommand.OfferHandoff(at(11, GRACE),
                Role.INVESTIGATOR, ADA.id(), BARBARA, "or barbara"), offered).code());
        assertEquals(RejectionCode.NOT_A_HOLDER, rejected(new TeamCommand.OfferHandoff(at(11, GRACE),
                Role.COMMUNICATIONS_LIAISON, GRACE.id(), BARBARA, "comms"), offered).code());
        assertEquals(RejectionCode.NO_SUCH_HANDOFF, rejected(new TeamCommand.AcceptHandoff(at(11, LINUS),
                HandoffId.of(CommandId.of("nope"))), offered).code());
    }

    @Test
    void should_carry_a_new_liaison_to_the_ticket_and_the_paging_incident() {
        // when: the commander delegates communications to barbara
        Seq<IncidentEvent> events = events(new TeamCommand.AssignRole(at(20, GRACE),
                Role.COMMUNICATIONS_LIAISON, BARBARA, "grace needs to focus on coordination"), declared());

        // then (001: assign the ticket to the liaison, make a note on the paging incident)
        assertInstanceOf(TeamEvent.RoleAssigned.class, events.get(0));
        TeamEvent.TicketAssigned ticket = assertInstanceOf(TeamEvent.TicketAssigned.class, events.get(1));
        assertEquals("FD-4711", ticket.ticket());
        assertEquals(BARBARA, ticket.assignee());
        TeamEvent.PagingIncidentNoted note = assertInstanceOf(TeamEvent.PagingIncidentNoted.class, events.get(2));
        assertEquals("Q1W2E3", note.pagingIncident());
        assertEquals("Barbara is now the Communications Liaison and speaks with the stakeholders", note.note());
        assertEquals(3, events.size());
    }

    @Test
    void should_reassign_the_paging_incident_to_each_new_commander() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, GRACE),
                Role.INCIDENT_COMMANDER, GRACE.id(), BARBARA, "it is late here");

        Seq<IncidentEvent> events = events(new TeamCommand.AcceptHandoff(at(12, BARBARA),
                offer.handoffId()), run(declared(), offer));

        TeamEvent.PagingIncidentReassigned reassigned =
                assertInstanceOf(TeamEvent.PagingIncidentReassigned.class, events.get(1));
        assertEquals(BARBARA, reassigned.assignee());
        assertTrue(events.exists(TeamEvent.TicketAssigned.class::isInstance),
                "with no liaison named, the new commander is the liaison and gets the ticket");
    }

    @Test
    void should_include_the_technology_lead_as_a_subject_matter_expert() {
        IncidentState state = run(declared(), new TeamCommand.AssignRole(at(5, GRACE),
                Role.TECHNOLOGY_LEAD, LINUS, "validates the actions"));

        assertEquals(List.of(LINUS.id()), state.holders(Role.SUBJECT_MATTER_EXPERT));
    }

    @Test
    void should_name_actor_command_and_who_may_in_an_unauthorised_rejection() {
        Rejection rejection = rejected(new ResponseCommand.Resolve(at(5, ADA), "verified",
                Option.none()), declared());

        assertEquals(RejectionCode.UNAUTHORISED, rejection.code());
        assertEquals("cannot resolve: on incident INC-7 only the Incident Commander (grace) or the Technology Lead"
                + " (vacant) may resolve, not ada", rejection.message());
        Rejection update = rejected(CommunicationCommand.PostUpdate.progress(at(5, ADA), Audience.STAKEHOLDERS,
                "x", minute(60)), declared());
        assertTrue(update.message().endsWith("only the Communications Liaison (vacant, so the Incident Commander grace)"
                + " or the Incident Commander (grace) may post update, not ada"), update.message());
        Rejection stranger = rejected(new CommunicationCommand.AddLink(at(5, BARBARA),
                Link.of(LinkKind.TICKET, "BUG-1")), declared());
        assertEquals("cannot add link: barbara is not taking part in incident INC-7; only a participant in the"
                + " response may add link", stranger.message());
    }

    @Test
    void should_let_anyone_act_before_there_is_a_response_team() {
        IncidentState triage = run(IncidentState.empty(INC), TriageCommand.Report.of(at(0, ADA),
                ReportSource.manual(ADA.id()), "Hub down"));

        assertTrue(DECIDER.decide(new ResponseCommand.Cancel(at(3, BARBARA), "false alarm"), triage).isRight());
    }

    @Test
    void should_follow_a_replaced_authority_table() {
        IncidentProcess investigatorsResolve = IncidentProcess.builder()
                .authority(Authority.standard().with(CommandKind.RESOLVE,
                        Permission.holdersOf(Role.INCIDENT_COMMANDER, Role.INVESTIGATOR)))
                .build();
        IncidentDecider decider = IncidentDecider.of(investigatorsResolve);
        IncidentState state = declared();

        assertTrue(decider.decide(new ResponseCommand.Resolve(at(5, ADA), "verified", Option.none()), state)
                .isRight());
    }

    @Test
    void should_advise_a_commander_who_records_hands_on_work() {
        Seq<IncidentEvent> events = events(new ResponseCommand.RecordAction(at(5, GRACE),
                ActionKind.FIX_ATTEMPT, "kubectl rollout undo deploy/hub", Option.none()), declared());

        TeamEvent.AdvisoryRaised advisory = assertInstanceOf(TeamEvent.AdvisoryRaised.class, events.get(1));
        assertEquals(AdvisoryCode.COMMANDER_HANDS_ON, advisory.advisory().code());
        assertEquals(GRACE.id(), advisory.advisory().about());
        assertTrue(advisory.advisory().message().contains("not expected to take actions themselves (001)"));
        assertEquals(1, events(new ResponseCommand.RecordAction(at(5, ADA), ActionKind.FIX_ATTEMPT,
                "kubectl rollout undo deploy/hub", Option.none()), declared()).size(), "the investigator may");
        assertEquals(1, events(new ResponseCommand.RecordAction(at(5, GRACE), ActionKind.HYPOTHESIS,
                "quota exhausted?", Option.none()), declared()).size(), "the commander may propose hypotheses");
    }

    @Test
    void should_advise_an_investigator_alone_for_an_hour_once() {
        // given: declared at minute 1, ada investigates with only the commander
        IncidentState state = declared();

        // when
        Seq<IncidentEvent> early = events(new ResponseCommand.RecordAction(at(60, ADA), ActionKind.DEBUGGING,
                "looked at the hub logs", Option.none()), state);
        IncidentState later = run(state, new ResponseCommand.RecordAction(at(61, ADA), ActionKind.DEBUGGING,
                "looked at the node pool", Option.none()));
        Seq<IncidentEvent> again = events(new ResponseCommand.RecordAction(at(90, ADA), ActionKind.DEBUGGING,
                "looked at quotas", Option.none()), later);

        // then
        assertEquals(1, early.size(), "59 minutes is not yet an hour");
        assertEquals(List.of(AdvisoryCode.INVESTIGATOR_ALONE), later.advisories().map(Advisory::code).toList());
        assertEquals(1, again.size(), "the advisory is raised once per stretch of solo work");
    }

    @Test
    void should_not_advise_an_investigator_who_has_help() {
        IncidentState helped = run(declared(), new TeamCommand.AssignRole(at(30, GRACE),
                Role.SUBJECT_MATTER_EXPERT, LINUS, "image builder"));

        Seq<IncidentEvent> events = events(new ResponseCommand.RecordAction(at(120, ADA), ActionKind.DEBUGGING,
                "looked at the hub logs", Option.none()), helped);

        assertEquals(1, events.size());
    }

    @Test
    void should_let_the_declarer_command_under_the_declarer_rule() {
        IncidentDecider decider = IncidentDecider.of(IncidentProcess.builder()
                .roles(List.of(Role.INCIDENT_COMMANDER, Role.COMMUNICATIONS_LIAISON, Role.SUBJECT_MATTER_EXPERT,
                        Role.SUPPORT_TRIAGER, Role.TECHNOLOGY_LEAD))
                .authority(Authority.standard()
                        .with(CommandKind.CHANGE_SEVERITY, Permission.holdersOf(Role.INCIDENT_COMMANDER))
                        .with(CommandKind.MITIGATE, Permission.holdersOf(Role.INCIDENT_COMMANDER, Role.TECHNOLOGY_LEAD)))
                .staffingRule(StaffingRule.declarerCommands())
                .build());
        IncidentState reported = decider.apply(TriageCommand.Report.of(at(0, ADA), ReportSource.manual(ADA.id()),
                "Hub down"), IncidentState.empty(INC)).get().state();

        IncidentState declared = decider.apply(new ResponseCommand.Declare(at(1, BARBARA), "Hub down", SEV2,
                Impact.of("all"), "hub", Option.none(), ROSTER), reported).get().state();

        assertEquals(List.of(BARBARA.id()), declared.holders(Role.INCIDENT_COMMANDER));
        assertEquals(BARBARA, declared.participants().get(BARBARA.id()).get(), "the roster names the declarer");
    }

    @Test
    void should_keep_the_technology_lead_among_the_experts() {
        IncidentState state = run(declared(), new TeamCommand.AssignRole(at(5, GRACE), Role.TECHNOLOGY_LEAD, LINUS,
                "validates the actions"));

        Rejection release = rejected(new TeamCommand.ReleaseRole(at(6, LINUS), Role.SUBJECT_MATTER_EXPERT,
                LINUS.id(), "busy"), state);
        Rejection offer = rejected(new TeamCommand.OfferHandoff(at(6, LINUS), Role.SUBJECT_MATTER_EXPERT,
                LINUS.id(), BARBARA, "busy"), state);

        assertEquals(RejectionCode.ROLE_REQUIRED, release.code());
        assertEquals("cannot release role: linus is the Technology Lead, who is always a Subject Matter Expert (001)",
                release.message());
        assertEquals(RejectionCode.ROLE_REQUIRED, offer.code());
    }

    @Test
    void should_not_advise_a_commander_who_is_also_the_investigator() {
        IncidentState alone = run(IncidentState.empty(INC),
                TriageCommand.Report.of(at(0, ADA), ReportSource.manual(ADA.id()), "Hub down"),
                ResponseCommand.Declare.of(at(1, ADA), "Hub down", SEV2, Impact.of("all"), "hub"));

        Seq<IncidentEvent> events = events(new ResponseCommand.RecordAction(at(5, ADA), ActionKind.FIX_ATTEMPT,
                "kubectl rollout undo deploy/hub", Option.none()), alone);

        assertEquals(1, events.size(), "ada commands and investigates alone: hands-on work is hers to do");
    }

    @Test
    void should_count_only_experts_as_help_for_the_investigator() {
        IncidentState withLiaison = run(declared(), new TeamCommand.AssignRole(at(5, GRACE),
                Role.COMMUNICATIONS_LIAISON, BARBARA, "stakeholder updates"));

        Seq<IncidentEvent> events = events(new ResponseCommand.RecordAction(at(70, ADA), ActionKind.DEBUGGING,
                "looked at the hub logs", Option.none()), withLiaison);

        assertInstanceOf(TeamEvent.AdvisoryRaised.class, events.last(), "a liaison does not investigate");
    }

    @Test
    void should_withdraw_open_offers_when_the_incident_ends() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), LINUS, "handing over");
        IncidentState offered = run(declared(), offer);

        Seq<IncidentEvent> events = events(new ResponseCommand.Cancel(at(11, GRACE), "not an incident after all"),
                offered);

        TeamEvent.HandoffWithdrawn withdrawn = assertInstanceOf(TeamEvent.HandoffWithdrawn.class, events.head());
        assertEquals(offer.handoffId(), withdrawn.handoff());
        assertInstanceOf(ResponseEvent.Canceled.class, events.last());
    }

    @Test
    void should_keep_the_name_a_participant_joined_with() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), new Responder(GRACE.id(), "Mallory"), "handing over");

        IncidentState accepted = run(run(declared(), offer), new TeamCommand.AcceptHandoff(at(11, GRACE),
                offer.handoffId()));

        assertEquals(GRACE, accepted.participants().get(GRACE.id()).get());
    }

    @Test
    void should_assign_the_ticket_to_the_commander_as_liaison_at_declaration() {
        Seq<IncidentEvent> events = events(new ResponseCommand.Declare(at(1, ADA), "Servers fail to start", SEV2,
                Impact.of("cannot start", 30), "Managed JupyterHubs", Option.none(), ROSTER),
                run(IncidentState.empty(INC), TriageCommand.Report.of(at(0, ADA),
                        ReportSource.supportTicket("FD-4711", ResponderId.of("rep")), "Users cannot start servers")));

        TeamEvent.TicketAssigned ticket = events.filter(TeamEvent.TicketAssigned.class::isInstance)
                .map(TeamEvent.TicketAssigned.class::cast).single();
        assertEquals(GRACE, ticket.assignee());
        assertTrue(events.filter(TeamEvent.PagingIncidentNoted.class::isInstance).isEmpty(),
                "nothing was delegated yet, so there is nothing to note");
    }

    @Test
    void should_match_roles_by_key_so_a_process_may_rename_them() {
        Role externalLiaison = new Role("communications-liaison", "External Liaison",
                dev.incidentkit.role.Cardinality.AT_MOST_ONE, Option.some("incident-commander"));
        IncidentState state = run(declared(), new TeamCommand.AssignRole(at(5, GRACE), externalLiaison, BARBARA,
                "stakeholder updates"));

        assertEquals(List.of(BARBARA.id()), state.holders(Role.COMMUNICATIONS_LIAISON));
        assertTrue(Responder.parse("bob", "Bob\u202E").isLeft());
        assertEquals(io.vavr.control.Either.right(Responder.of("bob", "Bob")), Responder.parse("bob", "Bob"));
    }

    @Test
    void should_leave_out_what_a_process_turns_off() {
        IncidentDecider quiet = IncidentDecider.of(IncidentProcess.builder()
                .liaisonChangeUpdatesChannels(false)
                .commanderChangeReassignsPagingIncident(false)
                .technologyLeadIsSubjectMatterExpert(false)
                .investigatorAloneAdvisoryAfter(Option.none())
                .build());
        IncidentState state = IncidentState.empty(INC);
        for (IncidentCommand command : List.<IncidentCommand>of(
                TriageCommand.Report.of(at(0, ADA), ReportSource.supportTicket("FD-4711", ResponderId.of("rep")),
                        "Users cannot start servers"),
                new CommunicationCommand.AddLink(header("link", 0, ADA), Link.of(LinkKind.PAGING_INCIDENT, "Q1W2E3")),
                new ResponseCommand.Declare(at(1, ADA), "Servers fail to start", SEV2, Impact.of("cannot start", 30),
                        "Managed JupyterHubs", Option.none(), ROSTER),
                new TeamCommand.AssignRole(at(5, GRACE), Role.COMMUNICATIONS_LIAISON, BARBARA, "updates"),
                new TeamCommand.AssignRole(at(6, GRACE), Role.TECHNOLOGY_LEAD, LINUS, "validates"),
                new ResponseCommand.RecordAction(at(200, ADA), ActionKind.DEBUGGING, "still looking", Option.none()))) {
            Decision decision = quiet.apply(command, state).getOrElseThrow(r -> new AssertionError(r.toString()));
            assertTrue(decision.events().forAll(e -> !(e instanceof TeamEvent.TicketAssigned
                    || e instanceof TeamEvent.PagingIncidentNoted || e instanceof TeamEvent.PagingIncidentReassigned
                    || e instanceof TeamEvent.AdvisoryRaised)), command.verb() + ": " + decision.events());
            state = decision.state();
        }
        assertTrue(state.holders(Role.SUBJECT_MATTER_EXPERT).isEmpty());
    }

    @Test
    void should_refuse_a_liaison_handed_over_only_by_offer_and_acceptance() {
        IncidentState withLiaison = run(declared(), new TeamCommand.AssignRole(at(5, GRACE),
                Role.COMMUNICATIONS_LIAISON, BARBARA, "stakeholder updates"));
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(30, BARBARA),
                Role.COMMUNICATIONS_LIAISON, BARBARA.id(), LINUS, "the community rep prefers mornings");

        Rejection replaced = rejected(new TeamCommand.AssignRole(at(30, GRACE), Role.COMMUNICATIONS_LIAISON, LINUS,
                "swap"), withLiaison);
        Seq<IncidentEvent> accepted = events(new TeamCommand.AcceptHandoff(at(31, LINUS), offer.handoffId()),
                run(withLiaison, offer));

        assertEquals(RejectionCode.ROLE_TAKEN, replaced.code());
        assertEquals(LINUS, accepted.filter(TeamEvent.TicketAssigned.class::isInstance)
                .map(TeamEvent.TicketAssigned.class::cast).single().assignee());
    }
}
