package dev.incidentkit.severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SeverityScaleTest {

    @Test
    void should_rank_levels_most_severe_first() {
        // given
        SeverityScale scale = SeverityScale.of("Critical", "Major", "Minor");

        // then
        assertEquals(List.of("Critical", "Major", "Minor"), scale.levels().map(Severity::name).toList());
        assertEquals(new Severity("Critical", 1), scale.mostSevere());
        assertEquals(new Severity("Minor", 3), scale.leastSevere());
        assertTrue(scale.get("Critical").isMoreSevereThan(scale.get("Minor")));
        assertTrue(scale.get("Minor").isLessSevereThan(scale.get("Major")));
        assertTrue(scale.compare(scale.get("Major"), scale.get("Critical")) > 0);
    }

    @Test
    void should_find_levels_by_exact_name_only() {
        SeverityScale scale = SeverityScale.standard();

        assertEquals(Option.some(new Severity("SEV2", 2)), scale.find("SEV2"));
        assertEquals(Option.none(), scale.find("sev2"));
        assertFalse(scale.contains(new Severity("SEV2", 3)));
        assertThrows(IllegalArgumentException.class, () -> scale.get("P1"));
    }

    @Test
    void should_refuse_an_empty_scale_or_repeated_names() {
        assertThrows(IllegalArgumentException.class, () -> SeverityScale.of());
        assertThrows(IllegalArgumentException.class, () -> SeverityScale.of("P1", "P2", "P1"));
        assertThrows(IllegalArgumentException.class, () -> SeverityScale.of("P1", " "));
        assertThrows(IllegalArgumentException.class, () -> new Severity("P1", 0));
    }

    @Test
    void should_compare_scales_by_their_levels() {
        assertEquals(SeverityScale.of("P1", "P2"), SeverityScale.of(List.of("P1", "P2")));
        assertEquals("[SEV1 > SEV2 > SEV3 > SEV4]", SeverityScale.standard().toString());
    }
}
