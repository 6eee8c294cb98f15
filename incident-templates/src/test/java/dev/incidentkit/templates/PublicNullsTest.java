package dev.incidentkit.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.testkit.NullWalk;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 12: every public constructor and method of the templates refuses {@code null} in a
 * reference parameter with a {@link NullPointerException} that names it, unless the parameter is
 * {@code @Nullable}.
 */
class PublicNullsTest {

    @Test
    void every_public_method_of_the_templates_refuses_null_by_name() {
        List<Class<?>> types = NullWalk.publicTypesIn("dev.incidentkit.templates", getClass().getClassLoader()).stream()
                .filter(PublicNullsTest::isMain).toList();
        NullWalk.Report report = NullWalk.builder().build().walk(types);

        System.out.println(report.describe());
        assertTrue(types.size() >= 7, "found only " + types);
        assertTrue(report.problems().isEmpty(), report.describe());
        assertTrue(report.unreached().isEmpty(), report.describe());
    }

    /** The library's own classes, not the tests' helpers beside them on the class path. */
    private static boolean isMain(Class<?> type) {
        return !type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
    }
}
