package dev.incidentkit.incident;

import static dev.incidentkit.incident.RolesTest.ADA;
import static dev.incidentkit.incident.RolesTest.GRACE;
import static dev.incidentkit.incident.RolesTest.LINUS;
import static dev.incidentkit.incident.RolesTest.at;
import static dev.incidentkit.incident.RolesTest.declared;
import static dev.incidentkit.incident.RolesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.Authority;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Cardinality;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The obligations the other scenarios do not reach, one kind at a time. */
class ObligationsTest {

    private static final IncidentProcess GENERIC = IncidentProcess.standard();

    @Test
    void should_owe_an_answer_to_an_open_role_offer_by_its_expiry() {
        TeamCommand.OfferHandoff offer = new TeamCommand.OfferHandoff(at(10, ADA), Role.INVESTIGATOR,
                ADA.id(), LINUS, "handing over");
        IncidentState offered = run(declared(), offer);

        Obligation answer = Obligations.of(offered, GENERIC, IncidentFixtures.minute(11))
                .find(o -> o.kind() == ObligationKind.HANDOFF_UNANSWERED).get();

        assertEquals(io.vavr.control.Option.some(IncidentFixtures.minute(40)), answer.dueAt());
        assertEquals(List.of(LINUS.id()), answer.owners());
        assertEquals("ada offered ada's role Investigator to Linus; accept or decline it by 2026-03-02T13:22:00Z",
                answer.sentence());
    }

    @Test
    void should_owe_a_required_role_that_a_changed_process_added() {
        Role scribe = Role.of("scribe", "Scribe", Cardinality.EXACTLY_ONE);
        IncidentProcess withScribe = IncidentProcess.builder()
                .roles(Role.builtIns().append(scribe)).authority(Authority.standard()).build();

        Seq<Obligation> owed = Obligations.of(declared(), withScribe, IncidentFixtures.minute(5));

        Obligation vacant = owed.find(o -> o.kind() == ObligationKind.ROLE_VACANT).get();
        assertEquals("the Scribe role must always be held and has no holder", vacant.sentence());
        assertEquals(List.of(GRACE.id()), vacant.owners());
    }

    @Test
    void should_hold_the_team_to_a_promise_earlier_than_the_cadence() {
        IncidentState updated = run(declared(), CommunicationCommand.PostUpdate.progress(at(10, GRACE),
                Audience.STAKEHOLDERS, "Rolling back now.", IncidentFixtures.minute(40)));

        Obligation next = Obligations.of(updated, GENERIC, IncidentFixtures.minute(20))
                .find(o -> o.kind() == ObligationKind.STATUS_UPDATE).get();

        assertEquals(io.vavr.control.Option.some(IncidentFixtures.minute(40)), next.dueAt());
        assertTrue(next.sentence().endsWith("(promised by the last update)"), next.sentence());
    }

    @Test
    void should_keep_an_owed_update_owed_after_a_downgrade() {
        // given: at SEV2 the stakeholders are owed an update every three hours from the declaration at minute 1
        IncidentProcess criticalOnly = IncidentProcess.builder()
                .cadence(dev.incidentkit.process.UpdateCadence.every(java.time.Duration.ofHours(3),
                        List.of(IncidentFixtures.SEV1, IncidentFixtures.SEV2)))
                .build();
        IncidentState lowered = IncidentDecider.of(criticalOnly).apply(new ResponseCommand.ChangeSeverity(
                at(200, GRACE), IncidentFixtures.SEV3, io.vavr.control.Option.some("fewer users than thought")),
                declared()).get().state();

        // when
        Obligation owed = Obligations.of(lowered, criticalOnly, IncidentFixtures.minute(201))
                .find(o -> o.kind() == ObligationKind.STATUS_UPDATE).get();

        // then: SEV3 has no cadence, but the update due at minute 181 is still owed
        assertEquals(io.vavr.control.Option.some(IncidentFixtures.minute(181)), owed.dueAt());
        assertTrue(owed.isOverdueAt(IncidentFixtures.minute(201)));
    }

    @Test
    void should_give_the_same_list_for_the_same_state_and_time_whenever_asked() {
        IncidentState state = declared();
        Instant later = IncidentFixtures.minute(600);

        Seq<Obligation> first = Obligations.of(state, GENERIC, later);
        Obligations.of(state, GENERIC, IncidentFixtures.minute(2));

        assertEquals(first, Obligations.of(state, GENERIC, later));
        assertTrue(first.exists(o -> o.kind() == ObligationKind.STATUS_UPDATE && o.isOverdueAt(later)));
    }
}
