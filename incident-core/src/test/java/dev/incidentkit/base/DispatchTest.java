package dev.incidentkit.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a kind added to a sealed type fails every table that does not handle it, when the table is
 * built; the decider's and the evolution's tables are built when they are first used.
 */
class DispatchTest {

    private sealed interface Shape permits Circle, Square, Triangle {}

    private record Circle(double r) implements Shape {}

    private record Square(double side) implements Shape {}

    private record Triangle(double base, double height) implements Shape {}

    private static final List<Class<? extends Shape>> SHAPES = List.of(Circle.class, Square.class, Triangle.class);

    @Test
    void should_refuse_a_table_that_misses_a_kind_and_name_it() {
        Dispatch.Builder<Shape, Void, String> builder = Dispatch.<Shape, Void, String>over("the area", SHAPES)
                .on(Circle.class, (c, nothing) -> "circle")
                .on(Square.class, (s, nothing) -> "square");

        IllegalStateException refused = assertThrows(IllegalStateException.class, builder::build);

        assertEquals("the area handles no case for Triangle: every kind needs a handler", refused.getMessage());
    }

    @Test
    void should_refuse_a_kind_handled_twice_or_not_of_the_table() {
        Dispatch.Builder<Shape, Void, String> builder = Dispatch.<Shape, Void, String>over("the area",
                List.of(Circle.class, Square.class)).on(Circle.class, (c, nothing) -> "circle");

        assertThrows(IllegalArgumentException.class, () -> builder.on(Circle.class, (c, nothing) -> "again"));
        assertThrows(IllegalArgumentException.class, () -> builder.on(Triangle.class, (t, nothing) -> "no"));
    }

    @Test
    void should_hand_each_value_to_the_handler_of_its_kind() {
        Dispatch<Shape, Double, Double> area = Dispatch.<Shape, Double, Double>over("the area", SHAPES)
                .on(Circle.class, (c, scale) -> scale * Math.PI * c.r() * c.r())
                .on(Square.class, (s, scale) -> scale * s.side() * s.side())
                .on(Triangle.class, (t, scale) -> scale * t.base() * t.height() / 2)
                .build();

        assertEquals(4.0, area.apply(new Square(2), 1.0));
        assertEquals(12.0, area.apply(new Triangle(4, 3), 2.0));
    }

    @Test
    void should_know_every_kind_of_command_and_event_and_build_the_decider() {
        assertEquals(43, IncidentCommand.recordTypes().size());
        assertEquals(49, IncidentEvent.recordTypes().size());
        assertEquals(IncidentEvent.recordTypes().distinct(), IncidentEvent.recordTypes());
        assertTrue(IncidentEvent.recordTypes().contains(ResponseEvent.Declared.class));
        // the decider's table is built with the decider: an unhandled command kind would throw here
        IncidentDecider.standard();
    }
}
