package dev.incidentkit.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class BlamelessTest {

    private static final List<String> TEAM = List.of("ada", "Ada Lovelace", "grace");

    @Test
    void should_find_phrases_that_point_at_a_person() {
        assertEquals(List.of("human error", "Ada Lovelace forgot", "should have known"), Blameless.findings(
                "It was human error: Ada Lovelace forgot the flag; she should have known.", TEAM));
        assertEquals(List.of("grace's fault"), Blameless.findings("Honestly this was grace's fault.", TEAM));
        assertEquals(List.of("ada broke"), Blameless.findings("Then ada broke the deploy.", TEAM));
    }

    @Test
    void should_leave_systemic_wording_alone() {
        assertTrue(Blameless.findings("The deploy pipeline let an untested change reach production; ada rolled it back.",
                TEAM).isEmpty());
        assertTrue(Blameless.findings("The alert fired late because the threshold was too high.", TEAM).isEmpty());
    }
}
