package dev.incidentkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.examples.files.MarkdownReportExporter;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.MessageRenderer;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.templates.TemplateCatalogue;
import dev.incidentkit.testkit.NullWalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 12: every public constructor and method of the examples (the adapters an integrator copies
 * first) refuses {@code null} in a reference parameter with a {@link NullPointerException} that names it,
 * unless the parameter is {@code @Nullable}.
 */
class PublicNullsTest {

    @Test
    void every_public_method_of_the_examples_refuses_null_by_name(@TempDir Path folder) throws Exception {
        List<Class<?>> types = NullWalk.publicTypesIn("dev.incidentkit.examples", getClass().getClassLoader()).stream()
                .filter(PublicNullsTest::isMain).toList();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:null-walk;DB_CLOSE_DELAY=-1");
        NullWalk.Report report = NullWalk.builder()
                .sample(DataSource.class, h2)
                .sample(IncidentProcess.class, Presets.managedHub())
                .sample(IncidentStorage.class, IncidentStorage.of(new InMemoryEventStore(), new InMemoryOutbox()))
                .sample(MessageRenderer.class, new PlainTextRenderer())
                .sample(Notifier.class, new RecordingNotifier())
                .sample(MarkdownReportExporter.class, new MarkdownReportExporter(
                        Files.createDirectories(folder.resolve("reports")), "https://example.com/reports/",
                        TemplateCatalogue.builtIn(), ZoneOffset.UTC))
                .build()
                .walk(types);

        System.out.println(report.describe());
        assertTrue(report.checked() > 100, report.describe());
        assertTrue(report.problems().isEmpty(), report.describe());
        assertTrue(report.unreached().isEmpty(), report.describe());
    }

    /** The library's own classes, not the tests' helpers beside them on the class path. */
    private static boolean isMain(Class<?> type) {
        return !type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
    }
}
