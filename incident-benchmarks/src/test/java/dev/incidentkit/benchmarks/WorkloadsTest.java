package dev.incidentkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.process.CommandKind;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workloads are what the benchmarks say they are: accepted commands on realistic states. */
class WorkloadsTest {

    @Test
    void should_have_an_accepted_case_for_every_kind_of_command() {
        Map<CommandKind, Workloads.Case> cases = Workloads.casesByKind();

        assertEquals(CommandKind.values().length, cases.size());
        cases.forEach((kind, c) -> {
            assertEquals(kind, c.command().commandKind());
            assertTrue(Workloads.DECIDER.apply(c.command(), c.state()).exists(d -> !d.events().isEmpty()),
                    kind + " is accepted and does something");
        });
    }

    @Test
    void should_close_the_full_incident_and_the_short_lifecycle() {
        IncidentId id = IncidentId.of("HUB-9");
        IncidentState full = Workloads.DECIDER.replay(id, Workloads.fullIncidentEvents(id));
        IncidentState life = Workloads.lifecycle(id).foldLeft(IncidentState.empty(id),
                (state, command) -> Workloads.DECIDER.apply(command, state).get().state());

        assertEquals(Option.some(IncidentStatus.CLOSED), full.status());
        assertEquals(Option.some(IncidentStatus.CLOSED), life.status());
        assertEquals(8, Workloads.lifecycle(id).size());
    }

    @Test
    void should_make_long_streams_of_exactly_the_size_asked() {
        IncidentId id = IncidentId.of("LONG-1");
        for (int size : new int[] {2, 3, 100, 1_000}) {
            Seq<IncidentEvent> events = Workloads.longIncidentEvents(id, size);
            assertEquals(size, events.size());
            assertEquals(size, Workloads.DECIDER.replay(id, events).version());
        }
    }
}
