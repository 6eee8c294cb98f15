package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The walk tells each way of failing from a refusal at the door, so that a clean report means something. */
class NullWalkTest {

    /** Planted behaviours, one method each. */
    public static final class Planted {

        /** Made by the walk from this constructor. */
        public Planted() {}

        /** Refuses by name. */
        public String named(String title) {
            return Objects.requireNonNull(title, "title");
        }

        /** Takes null without saying so. */
        public String silent(String title) {
            return "ok " + title;
        }

        /** Says it takes null. */
        public String documented(@Nullable String title) {
            return "ok " + title;
        }

        /** Fails further in. */
        public int late(String title) {
            return title.length();
        }

        /** Refuses, but names something else. */
        public String misnamed(String title) {
            return Objects.requireNonNull(title, "name");
        }

        /** Refuses with the wrong exception. */
        public String wrongType(String title) {
            if (title == null) {
                throw new IllegalArgumentException("title");
            }
            return title;
        }

        /** Needs what the walk cannot make. */
        public String unreachable(Thread.State state, Runnable whatever, Unmakeable thing) {
            return Objects.requireNonNull(thing, "thing").toString();
        }
    }

    /** Nothing public makes one. */
    public static final class Unmakeable {
        private Unmakeable() {}
    }

    @Test
    void each_failure_is_told_apart_from_a_refusal_by_name() {
        NullWalk.Report report = NullWalk.builder().build().walk(List.of(Planted.class));

        String prefix = Planted.class.getName() + ".";
        assertEquals(List.of(prefix + "late(String)", prefix + "misnamed(String)", prefix + "silent(String)",
                prefix + "wrongType(String)"), report.problems().stream().map(NullWalk.Problem::executable).toList(),
                report.describe());
        assertTrue(report.problems().get(0).what().startsWith("threw the JVM's own"), report.describe());
        assertTrue(report.problems().get(1).what().contains("does not name it"), report.describe());
        assertTrue(report.problems().get(2).what().startsWith("accepted null"), report.describe());
        assertTrue(report.problems().get(3).what().contains("IllegalArgumentException"), report.describe());
        assertEquals(1, report.unreached().size(), report.describe());
        assertTrue(report.unreached().get(0).contains("Unmakeable"), report.describe());
        // documented is not called; unreachable is called once, with null in the one parameter it can reach
        assertEquals(6, report.checked(), report.describe());
    }

    @Test
    void a_given_sample_makes_a_method_reachable_and_skip_leaves_one_out() {
        NullWalk.Report report = NullWalk.builder()
                .sample(Runnable.class, () -> {})
                .skip(Planted.class.getName() + ".silent(String)")
                .build()
                .walk(List.of(Planted.class));

        assertTrue(report.problems().stream().noneMatch(p -> p.executable().endsWith("silent(String)")));
        assertEquals(1, report.unreached().size(), report.describe());
    }

    @Test
    void the_types_of_a_package_are_found_in_directories_and_jars() {
        List<Class<?>> here = NullWalk.publicTypesIn("dev.incidentkit.testkit", getClass().getClassLoader());
        List<Class<?>> core = NullWalk.publicTypesIn("dev.incidentkit.incident", getClass().getClassLoader());

        assertTrue(here.contains(NullWalk.class) && here.contains(NullWalk.Report.class), here.toString());
        assertTrue(!here.contains(Planted.class), "nested in a type that is not public: " + here);
        assertTrue(core.contains(dev.incidentkit.incident.IncidentId.class), core.toString());
        assertTrue(core.stream().noneMatch(t -> t.getSimpleName().equals("Evolution")), core.toString());
    }
}
