package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.at;
import static dev.incidentkit.incident.IncidentFixtures.declare;
import static dev.incidentkit.incident.IncidentFixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Permission;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.timeline.EntryKind;
import dev.incidentkit.testkit.RuleSpec;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * An unreachable holder replaced without them (issue 16, item 2): the technology lead, whom guide 000
 * empowers to delegate on the commander's behalf, takes the role over for a responder who accepts; the
 * role is never vacant, the event says who, from whom and why, and the authority table governs it.
 */
class RoleTakeoverTest {

    private static final ResponderId ADA = IncidentFixtures.ADA;
    private static final Responder GRACE = Responder.of("grace", "Grace");
    private static final Responder LINUS = Responder.of("linus", "Linus");
    private static final IncidentDecider DECIDER = IncidentDecider.standard();
    private static final String WHY = "Ada has not answered the page or the channel for twenty minutes";

    /** Declared by ada, who commands; grace is the technology lead. */
    private static RuleSpec withTechnologyLead(IncidentProcess process) {
        return RuleSpec.of(process, INC).givenCommands(report(0), declare(1),
                new TeamCommand.AssignRole(at(2), Role.TECHNOLOGY_LEAD, GRACE, "knows the hub"));
    }

    /** The same, as a state. */
    private static IncidentState withTechnologyLead(IncidentDecider decider) {
        return withTechnologyLead(decider.process()).state();
    }

    private static TeamCommand.TakeOverRole takeover(int minute, ResponderId by, Responder to) {
        return new TeamCommand.TakeOverRole(at(minute, by), Role.INCIDENT_COMMANDER, ADA, to, WHY);
    }

    @Test
    void should_not_let_anyone_but_the_commander_offer_the_commanders_role_so_a_takeover_is_needed() {
        RuleSpec lead = withTechnologyLead(IncidentProcess.standard());

        // the technology lead tries the two ways that existed before
        lead.when(new TeamCommand.OfferHandoff(at(10, GRACE.id()), Role.INCIDENT_COMMANDER, ADA, LINUS, WHY))
                .thenRejected(RejectionCode.UNAUTHORISED);
        lead.when(new TeamCommand.AssignRole(at(10, GRACE.id()), Role.INCIDENT_COMMANDER, LINUS, WHY))
                .thenRejected(RejectionCode.ROLE_TAKEN);
    }

    @Test
    void should_let_the_technology_lead_take_the_commanders_role_over_for_a_responder_who_accepts() {
        // given
        IncidentState state = withTechnologyLead(DECIDER);

        // when
        Decision offered = DECIDER.apply(takeover(10, GRACE.id(), LINUS), state).get();

        // then: the event says who, from whom and why; ada still commands until linus accepts
        TeamEvent.TakeoverOffered event = (TeamEvent.TakeoverOffered) offered.events().single();
        assertEquals(GRACE.id(), event.handoff().offeredBy());
        assertEquals(ADA, event.handoff().from());
        assertEquals(LINUS, event.handoff().to());
        assertEquals(WHY, event.handoff().note());
        assertEquals(List.of(ADA), offered.state().holders(Role.INCIDENT_COMMANDER));

        // when: linus accepts
        Decision accepted = DECIDER.apply(new TeamCommand.AcceptHandoff(at(12, LINUS.id()),
                event.handoff().id()), offered.state()).get();

        // then
        assertEquals(List.of(LINUS.id()), accepted.state().holders(Role.INCIDENT_COMMANDER));
        assertTrue(accepted.state().openHandoffs().isEmpty());
    }

    @Test
    void should_let_the_technology_lead_take_the_role_for_themselves_in_one_command() {
        // when
        RuleSpec.Outcome taken = withTechnologyLead(IncidentProcess.standard()).when(takeover(10, GRACE.id(), GRACE));

        // then: the offer and its acceptance, the role never vacant
        taken.thenEventTypes(TeamEvent.TakeoverOffered.class, TeamEvent.HandoffAccepted.class);
        assertEquals(List.of(GRACE.id()), taken.state().holders(Role.INCIDENT_COMMANDER));
        assertTrue(taken.state().openHandoffs().isEmpty());
    }

    @Test
    void should_refuse_a_takeover_from_anyone_the_authority_table_does_not_allow() {
        // linus takes no part
        withTechnologyLead(IncidentProcess.standard()).when(takeover(10, LINUS.id(), LINUS))
                .thenRejected(RejectionCode.UNAUTHORISED);

        // a process that gives takeovers to the investigator does not let grace
        IncidentProcess investigators = IncidentProcess.standard().toBuilder()
                .authority(IncidentProcess.standard().authority().with(CommandKind.TAKE_OVER_ROLE,
                        Permission.holdersOf(Role.INVESTIGATOR)))
                .build();
        Rejection lead = withTechnologyLead(investigators).when(takeover(10, GRACE.id(), LINUS))
                .thenRejected(RejectionCode.UNAUTHORISED).rejection();
        assertTrue(lead.message().contains("Investigator"), lead.message());
    }

    @Test
    void should_refuse_a_takeover_without_a_reason_of_a_role_not_held_or_of_ones_own_role() {
        RuleSpec lead = withTechnologyLead(IncidentProcess.standard());

        lead.when(new TeamCommand.TakeOverRole(at(10, GRACE.id()), Role.INCIDENT_COMMANDER, ADA, LINUS, "  "))
                .thenRejected(RejectionCode.INVALID_INPUT);
        lead.when(new TeamCommand.TakeOverRole(at(10, GRACE.id()), Role.INCIDENT_COMMANDER, LINUS.id(), GRACE, WHY))
                .thenRejected(RejectionCode.NOT_A_HOLDER);
        lead.when(new TeamCommand.TakeOverRole(at(10, GRACE.id()), Role.TECHNOLOGY_LEAD, GRACE.id(), LINUS, WHY))
                .thenRejected(RejectionCode.ALREADY_HOLDS);
    }

    @Test
    void should_withdraw_the_unreachable_holders_own_open_offer_of_the_role() {
        // given: ada offered the role to linus before going silent
        IncidentState state = withTechnologyLead(DECIDER);
        state = DECIDER.apply(new TeamCommand.OfferHandoff(at(5), Role.INCIDENT_COMMANDER, ADA, LINUS,
                "taking a break"), state).get().state();

        // when
        Decision taken = DECIDER.apply(takeover(10, GRACE.id(), GRACE), state).get();

        // then: the old offer is withdrawn, naming the takeover; only the takeover's offer was ever accepted
        TeamEvent.HandoffWithdrawn withdrawn = (TeamEvent.HandoffWithdrawn) taken.events().head();
        assertTrue(withdrawn.reason().contains("takeover"), withdrawn.reason());
        assertEquals(List.of(GRACE.id()), taken.state().holders(Role.INCIDENT_COMMANDER));
        assertTrue(taken.state().openHandoffs().isEmpty());
    }

    @Test
    void should_say_in_the_timeline_who_took_the_role_over_from_whom_and_why() {
        // given
        IncidentState state = withTechnologyLead(DECIDER);
        Decision offered = DECIDER.apply(takeover(10, GRACE.id(), LINUS), state).get();

        // when
        Seq<String> roleEntries = Timeline.of(offered.events()).filter(e -> e.kind() == EntryKind.ROLE)
                .map(e -> e.text());

        // then
        assertEquals(1, roleEntries.size());
        assertTrue(roleEntries.head().contains("grace") && roleEntries.head().contains("ada")
                && roleEntries.head().contains("Linus") && roleEntries.head().contains(WHY), roleEntries.head());
    }
}
