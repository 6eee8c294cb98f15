package dev.incidentkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.incidentkit.role.Cardinality;
import dev.incidentkit.role.OnCallRoster.Member;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The default-role rules of guide 004 ("By default: ...") and of guide 001, step by step. */
class StaffingRuleTest {

    private static final Responder PRIMARY = Responder.of("ada", "Ada");
    private static final Responder SECONDARY = Responder.of("grace", "Grace");
    private static final Responder LINUS = Responder.of("linus", "Linus");
    private static final Responder BARBARA = Responder.of("barbara", "Barbara");
    private static final Responder DECLARER = Responder.of("margaret", "Margaret");
    private static final Seq<Role> ROLES = Role.builtIns();

    @Test
    void should_make_the_on_call_engineer_investigator_and_the_secondary_commander() {
        Seq<Staffing> staffing = onCall(Member.available(PRIMARY), Member.available(SECONDARY),
                Member.available(LINUS));

        assertEquals(List.of(Tuple.of(Role.INVESTIGATOR, PRIMARY), Tuple.of(Role.INCIDENT_COMMANDER, SECONDARY)),
                pairs(staffing));
        assertEquals("the on-call engineer Ada becomes the Investigator", staffing.get(0).explanation());
        assertEquals("the secondary on-call Grace becomes the Incident Commander", staffing.get(1).explanation());
    }

    @Test
    void should_make_the_secondary_investigator_when_on_call_is_unavailable_and_find_a_commander_in_the_team() {
        Seq<Staffing> staffing = onCall(Member.unavailable(PRIMARY), Member.available(SECONDARY),
                Member.unavailable(LINUS), Member.available(BARBARA));

        assertEquals(List.of(Tuple.of(Role.INVESTIGATOR, SECONDARY), Tuple.of(Role.INCIDENT_COMMANDER, BARBARA)),
                pairs(staffing));
        assertEquals("primary on-call Ada is unavailable; the secondary on-call Grace becomes the Investigator",
                staffing.get(0).explanation());
        assertEquals("secondary on-call Grace is already the Investigator; chose Barbara from team hub",
                staffing.get(1).explanation());
    }

    @Test
    void should_look_for_an_available_team_member_when_the_secondary_is_unavailable() {
        Seq<Staffing> staffing = onCall(Member.available(PRIMARY), Member.unavailable(SECONDARY),
                Member.available(PRIMARY), Member.available(LINUS));

        assertEquals(List.of(Tuple.of(Role.INVESTIGATOR, PRIMARY), Tuple.of(Role.INCIDENT_COMMANDER, LINUS)),
                pairs(staffing));
        assertEquals("secondary on-call Grace is unavailable; chose Linus from team hub", staffing.get(1).explanation());
    }

    @Test
    void should_take_investigator_from_the_team_when_both_on_call_are_unavailable() {
        Seq<Staffing> staffing = onCall(Member.unavailable(PRIMARY), Member.unavailable(SECONDARY),
                Member.available(LINUS), Member.available(BARBARA));

        assertEquals(List.of(Tuple.of(Role.INVESTIGATOR, LINUS), Tuple.of(Role.INCIDENT_COMMANDER, BARBARA)),
                pairs(staffing));
        assertEquals("primary on-call Ada is unavailable and secondary on-call Grace is unavailable; chose Linus"
                + " from team hub", staffing.get(0).explanation());
    }

    @Test
    void should_leave_the_declarer_whatever_required_role_nobody_else_can_take() {
        Seq<Staffing> staffing = onCall(Member.available(PRIMARY), Member.unavailable(SECONDARY),
                Member.unavailable(LINUS));

        assertEquals(List.of(Tuple.of(Role.INVESTIGATOR, PRIMARY), Tuple.of(Role.INCIDENT_COMMANDER, DECLARER)),
                pairs(staffing));
        assertEquals("no available on-call responder or team member was left; the declarer takes the role",
                staffing.get(1).explanation());
        assertEquals(List.of(Tuple.of(Role.INCIDENT_COMMANDER, DECLARER), Tuple.of(Role.INVESTIGATOR, DECLARER)),
                pairs(StaffingRule.onCallDefaults().staff(ROLES, OnCallRoster.empty(), DECLARER)));
    }

    @Test
    void should_make_the_declarer_commander_under_the_declarer_rule_of_001() {
        Seq<Role> roles = List.of(Role.INCIDENT_COMMANDER, Role.COMMUNICATIONS_LIAISON, Role.SUBJECT_MATTER_EXPERT);

        Seq<Staffing> staffing = StaffingRule.declarerCommands().staff(roles,
                OnCallRoster.of(Member.available(PRIMARY), Member.available(SECONDARY), "hub"), DECLARER);

        assertEquals(List.of(Tuple.of(Role.INCIDENT_COMMANDER, DECLARER)), pairs(staffing));
    }

    @Test
    void should_staff_only_roles_the_process_has() {
        Seq<Staffing> staffing = StaffingRule.onCallDefaults().staff(List.of(Role.INCIDENT_COMMANDER),
                OnCallRoster.of(Member.available(PRIMARY), Member.available(SECONDARY), "hub"), DECLARER);

        assertEquals(List.of(Tuple.of(Role.INCIDENT_COMMANDER, SECONDARY)), pairs(staffing));
    }

    @Test
    void should_refuse_a_process_whose_parts_do_not_fit() {
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.builder()
                .roles(List.of(Role.INCIDENT_COMMANDER, Role.of("incident-commander", "Chief", Cardinality.ANY)))
                .build());
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.builder()
                .roles(List.of(Role.COMMUNICATIONS_LIAISON)).authority(Authority.standard()).build());
        assertThrows(IllegalArgumentException.class, () -> IncidentProcess.builder()
                .investigatorAloneAdvisoryAfter(Option.some(java.time.Duration.ZERO)).build());
        assertThrows(IllegalArgumentException.class,
                () -> new Role("scribe", "Scribe", Cardinality.EXACTLY_ONE, Option.some("incident-commander")));
    }

    private static Seq<Staffing> onCall(Member primary, Member secondary, Member... team) {
        return StaffingRule.onCallDefaults().staff(ROLES, OnCallRoster.of(primary, secondary, "hub", team), DECLARER);
    }

    private static Seq<Tuple2<Role, Responder>> pairs(Seq<Staffing> staffing) {
        return staffing.map(s -> Tuple.of(s.role(), s.responder())).toList();
    }
}
