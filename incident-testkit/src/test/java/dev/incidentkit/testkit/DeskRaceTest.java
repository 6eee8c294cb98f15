package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;
import org.junit.jupiter.api.Test;

/**
 * Racing writers on the in-memory storage (issue 16): two desks of four threads, 500 commands a thread, on
 * one incident and spread over 50. A command that only lost a race is decided again, never refused as out
 * of order, and every accepted command is stored once.
 */
class DeskRaceTest {

    private static IncidentStorage memory() {
        return IncidentStorage.of(new InMemoryEventStore(), new InMemoryOutbox());
    }

    @Test
    void should_accept_every_racing_command_on_one_incident() throws InterruptedException {
        DeskRace.Result result = DeskRace.on(memory()).desks(2).threadsPerDesk(4).incidents(1)
                .commandsPerThread(500).run();
        result.check();
        assertEquals(4_000, result.accepted());
    }

    @Test
    void should_accept_every_racing_command_on_fifty_incidents() throws InterruptedException {
        DeskRace.Result result = DeskRace.on(memory()).desks(2).threadsPerDesk(4).incidents(50)
                .commandsPerThread(500).run();
        result.check();
        assertEquals(4_000, result.accepted());
    }
}
