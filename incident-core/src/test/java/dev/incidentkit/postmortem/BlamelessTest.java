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
    void should_find_the_usual_variants() {
        List<String> team = List.of("ghopper", "Grace Hopper");

        assertEquals(List.of("Grace’s fault"), Blameless.findings("It was Grace’s fault.", team));
        assertEquals(List.of("human-error"), Blameless.findings("A classic human-error.", team));
        assertEquals(List.of("should've known"), Blameless.findings("We should've known.", team));
        assertEquals(List.of("Grace's change caused"), Blameless.findings("Grace's change caused it.", team));
        assertEquals(List.of("blame"), Blameless.findings("We blame nobody, right?", team));
    }

    @Test
    void should_not_mistake_fault_tolerance_for_blame() {
        assertTrue(Blameless.findings("The cluster's fault tolerance held; it's fault-tolerant by design.", TEAM)
                .isEmpty());
    }

    @Test
    void should_leave_systemic_wording_alone() {
        assertTrue(Blameless.findings("The deploy pipeline let an untested change reach production; ada rolled it back.",
                TEAM).isEmpty());
        assertTrue(Blameless.findings("The alert fired late because the threshold was too high.", TEAM).isEmpty());
    }
}
