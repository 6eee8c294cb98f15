package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.ADA;
import static dev.incidentkit.incident.IncidentFixtures.OTHER;
import static dev.incidentkit.incident.IncidentFixtures.inStatus;
import static dev.incidentkit.incident.IncidentFixtures.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** An incident that ends without a resolution has one outcome: who, when, why and where to (issue 18). */
class OutcomeTest {

    @Test
    void declined_canceled_and_merged_incidents_each_have_one_outcome_and_the_others_none() {
        IncidentState.Outcome declined = inStatus(IncidentStatus.DECLINED).outcome().get();
        IncidentState.Outcome canceled = inStatus(IncidentStatus.CANCELED).outcome().get();
        IncidentState.Outcome merged = inStatus(IncidentStatus.MERGED).outcome().get();

        assertEquals(IncidentStatus.DECLINED, declined.status());
        assertTrue(declined.reason().isDefined() && declined.route().isDefined() && declined.into().isEmpty());
        assertEquals(ADA, declined.by());
        assertEquals(minute(1), declined.at());
        assertTrue(canceled.reason().isDefined() && canceled.route().isEmpty());
        assertEquals(Option.some(OTHER), merged.into());
        for (IncidentStatus other : new IncidentStatus[] {IncidentStatus.TRIAGE, IncidentStatus.DECLARED,
                IncidentStatus.RESOLVED, IncidentStatus.CLOSED}) {
            assertTrue(inStatus(other).outcome().isEmpty(), other.name());
        }
    }

    @Test
    void an_outcome_is_only_one_of_the_three_endings() {
        assertThrows(IllegalArgumentException.class, () -> new IncidentState.Outcome(IncidentStatus.CLOSED, ADA,
                minute(1), Option.none(), Option.none(), Option.none()));
    }
}
