package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

class HistoriesTest {

    @Test
    void should_cover_many_kinds_of_event() {
        Seq<IncidentEvent> history = Histories.richHistory(IncidentId.of("INC-1"));

        assertTrue(history.map(e -> e.getClass()).distinct().size() >= 16,
                "kinds of event: " + history.map(e -> e.getClass().getSimpleName()).distinct());
    }
}
