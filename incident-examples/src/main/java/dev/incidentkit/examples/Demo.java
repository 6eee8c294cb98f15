package dev.incidentkit.examples;

import dev.incidentkit.examples.files.MarkdownReportExporter;
import dev.incidentkit.examples.jdbc.JdbcIncidentStorage;
import dev.incidentkit.templates.TemplateCatalogue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Objects;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The demo: plays the four guide scenarios on the real adapters (an H2 database in a file, the HTTP
 * notifiers against a loopback stand-in of chat, paging and ticket systems, the reports exporter) and
 * writes, for each scenario, {@code <out>/<scenario>/events.jsonl}, {@code messages.md}, {@code timeline.md}
 * and {@code postmortem.md}, plus the published reports under {@code <out>/reports}. Prints a summary per
 * scenario. Each run starts from empty databases.
 *
 * @since 0.1.0
 */
public final class Demo {

    /** Where the demo writes when no folder is given: a folder in the working directory. */
    public static final String DEFAULT_OUT = "incidentkit-demo";

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args an optional output folder; {@value #DEFAULT_OUT} in the working directory when none is given
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : DEFAULT_OUT).toAbsolutePath().normalize();
        run(out, System.out);
    }

    /**
     * Plays every scenario and writes its files.
     *
     * @param out the output folder; created when missing
     * @param log where the summary is printed
     * @throws IOException if the output cannot be written
     */
    public static void run(Path out, PrintStream log) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(log, "log");
        Files.createDirectories(out);
        TemplateCatalogue catalogue = Outputs.catalogue();
        Outputs outputs = new Outputs(catalogue);
        MarkdownReportExporter reports = new MarkdownReportExporter(out.resolve("reports"),
                "https://github.com/example-org/incident-reports/blob/main/", catalogue, ZoneOffset.UTC);
        log.println("incidentkit demo: four guides' processes, end to end, written to " + out);
        for (Scenario scenario : Scenario.all()) {
            Path folder = out.resolve(scenario.key());
            Files.createDirectories(folder);
            ManualClock clock = new ManualClock(scenario.start());
            try (DemoStack stack = DemoStack.start(clock)) {
                if (scenario instanceof ManagedHubOutage) {
                    // the chat, paging or ticket system is busy once: the message is retried after its Retry-After
                    stack.apis().failNext(1, 429, "30");
                }
                ScenarioRun run = stack.run(scenario, JdbcIncidentStorage.on(h2File(folder.resolve("store"))), catalogue,
                        (state, events) -> reports.publish(state, events).getOrElseThrow(problem -> new IllegalStateException(problem)));
                scenario.play(run);
                outputs.write(folder, scenario, run);
                log.println();
                log.print(Outputs.summary(scenario, run));
            }
        }
        log.println();
        log.println("Read " + out.resolve("1-managed-hub-outage").resolve("messages.md") + " and its neighbours.");
    }

    /** A fresh H2 database in a file: an earlier run's file is removed first. */
    private static JdbcDataSource h2File(Path base) throws IOException {
        Files.deleteIfExists(Path.of(base + ".mv.db"));
        Files.deleteIfExists(Path.of(base + ".trace.db"));
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base.toString().replace('\\', '/') + ";DB_CLOSE_DELAY=-1");
        return ds;
    }
}
