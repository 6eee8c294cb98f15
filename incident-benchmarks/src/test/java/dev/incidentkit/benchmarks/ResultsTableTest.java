package dev.incidentkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentkit.benchmarks.ResultsTable.Arguments;
import dev.incidentkit.benchmarks.ResultsTable.Machine;
import dev.incidentkit.benchmarks.ResultsTable.Result;
import dev.incidentkit.benchmarks.ResultsTable.Row;
import dev.incidentkit.benchmarks.ResultsTable.Status;
import dev.incidentkit.benchmarks.ResultsTable.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown page made from a hand-written result file in JMH's JSON format: three command kinds, the
 * lifecycle with its three baselines, three replays, and rows the ratios do not apply to (a JDBC store
 * without {@code -prof gc} and with NaN error, a template in microseconds per operation, a store on two
 * threads in operations per millisecond).
 */
class ResultsTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fixture() throws IOException {
        try (InputStream in = ResultsTableTest.class.getResourceAsStream("jmh-result.json")) {
            return JSON.readTree(in);
        }
    }

    private static List<Result> results() throws IOException {
        return ResultsTable.results(fixture());
    }

    private static Map<String, Row> rowsByName() throws IOException {
        return ResultsTable.rows(results()).stream().collect(Collectors.toMap(Row::benchmark, r -> r));
    }

    private static Verdict verdict(List<Verdict> verdicts, String target) {
        List<Verdict> found = verdicts.stream().filter(v -> v.target().contains(target)).collect(Collectors.toList());
        assertEquals(1, found.size(), () -> target + " in " + verdicts);
        return found.get(0);
    }

    @Test
    void readsEveryEntryWithItsParamsScoreAndAllocation() throws IOException {
        List<Result> results = results();
        assertEquals(14, results.size());
        Result declare = results.get(0);
        assertEquals("DecideEvolveBenchmark.decideAndEvolve", declare.benchmark());
        assertEquals("DecideEvolveBenchmark", declare.className());
        assertEquals("decideAndEvolve", declare.method());
        assertEquals(Map.of("kind", "DECLARE"), declare.params());
        assertEquals(2_000_000, declare.score());
        assertEquals(50_000, declare.error());
        assertEquals("ops/s", declare.unit());
        assertEquals(400.2, declare.allocation().getAsDouble());
        assertEquals("DecideEvolveBenchmark.decideAndEvolve kind=DECLARE", declare.label());

        Result jdbc = results.get(4);
        assertTrue(Double.isNaN(jdbc.error()));
        assertTrue(jdbc.allocation().isEmpty());
        assertEquals("JdbcStoreBenchmark.append database=h2", jdbc.label());
    }

    @Test
    void convertsEveryModeToOperationsPerSecond() throws IOException {
        Map<String, Result> byLabel = results().stream().collect(Collectors.toMap(Result::label, r -> r));
        assertEquals(80_000, byLabel.get("TemplateBenchmark.render template=a|b").perSecond().getAsDouble(), 1e-6);
        assertEquals(900_000, byLabel.get("InMemoryStoreBenchmark.append threads=2").perSecond().getAsDouble(),
                1e-6);
        assertEquals(1_200_000, byLabel.get("LifecycleBenchmark.incidentkit").perSecond().getAsDouble());
    }

    @Test
    void rowsOfOneCommandHaveRatiosToTheThreeBaselines() throws IOException {
        Map<String, Row> rows = rowsByName();
        assertEquals(new Row("DecideEvolveBenchmark.decideAndEvolve kind=DECLARE", "2,000,000", "± 50,000", "ops/s",
                "400", "—", "—", "—"), rows.get("DecideEvolveBenchmark.decideAndEvolve kind=DECLARE"));
        assertEquals(new Row("DecideEvolveBenchmark.decideAndEvolve kind=RESOLVE", "800,000", "± 20,000", "ops/s",
                "600", "—", "—", "—"), rows.get("DecideEvolveBenchmark.decideAndEvolve kind=RESOLVE"));
        assertEquals(new Row("DeskBenchmark.submit", "250,000", "n/a", "ops/s", "2,048", "—", "—", "—"),
                rows.get("DeskBenchmark.submit"));
        assertEquals(new Row("LifecycleBenchmark.incidentkit", "1,200,000", "± 10,000", "ops/s", "480", "0.4×",
                "12.0×", "3.00×"), rows.get("LifecycleBenchmark.incidentkit"));
        assertEquals(new Row("LifecycleBenchmark.mutableBaseline", "3,000,000", "± 10,000", "ops/s", "96", "1.00×",
                "30.0×", "7.50×"), rows.get("LifecycleBenchmark.mutableBaseline"));
    }

    @Test
    void otherRowsHaveNoRatios() throws IOException {
        Map<String, Row> rows = rowsByName();
        assertEquals(new Row("JdbcStoreBenchmark.append database=h2", "5,000", "n/a", "ops/s", "n/a", "—", "—", "—"),
                rows.get("JdbcStoreBenchmark.append database=h2"));
        assertEquals(new Row("TemplateBenchmark.render template=a|b", "12.5", "± 0.25", "us/op", "n/a", "—", "—",
                "—"), rows.get("TemplateBenchmark.render template=a|b"));
        assertEquals(new Row("ReplayBenchmark.replay100", "8,000,000", "± 100,000", "ops/s", "80", "—", "—", "—"),
                rows.get("ReplayBenchmark.replay100"));
        assertEquals("—", rows.get("InMemoryStoreBenchmark.append threads=2").vsMutable());
    }

    @Test
    void rowsKeepTheFilesOrder() throws IOException {
        List<String> names = ResultsTable.rows(results()).stream().map(Row::benchmark).collect(Collectors.toList());
        assertEquals("DecideEvolveBenchmark.decideAndEvolve kind=DECLARE", names.get(0));
        assertEquals("InMemoryStoreBenchmark.append threads=2", names.get(names.size() - 1));
    }

    @Test
    void decideAndEvolveTargetIsJudgedOnTheSlowestAndMedianKindAndTheLifecycle() throws IOException {
        List<Verdict> verdicts = ResultsTable.targets(results());
        Verdict slowest = verdict(verdicts, "commands/s per core: slowest kind");
        assertEquals(Status.MISSED, slowest.status());
        assertEquals("800,000 commands/s (DecideEvolveBenchmark.decideAndEvolve kind=RESOLVE)", slowest.measured());
        Verdict median = verdict(verdicts, "commands/s per core: median kind");
        assertEquals(Status.MET, median.status());
        assertEquals("1,500,000 commands/s (DecideEvolveBenchmark.decideAndEvolve kind=CLOSE)", median.measured());
        assertEquals(Status.MET, verdict(verdicts, "commands/s per core: lifecycle").status());
    }

    @Test
    void allocationTargetIsJudgedOnTheMostAllocatingAndMedianKindAndTheLifecycle() throws IOException {
        List<Verdict> verdicts = ResultsTable.targets(results());
        Verdict most = verdict(verdicts, "per command: most allocating kind");
        assertEquals(Status.MISSED, most.status());
        assertEquals("600 B (DecideEvolveBenchmark.decideAndEvolve kind=RESOLVE)", most.measured());
        Verdict median = verdict(verdicts, "per command: median kind");
        assertEquals(Status.MET, median.status());
        assertEquals("400 B (DecideEvolveBenchmark.decideAndEvolve kind=DECLARE)", median.measured());
        Verdict lifecycle = verdict(verdicts, "per command: lifecycle");
        assertEquals(Status.MET, lifecycle.status());
        assertEquals("480 B (LifecycleBenchmark.incidentkit)", lifecycle.measured());
    }

    @Test
    void everyReplayIsJudgedAndTheSizedOnesGiveTheLinearity() throws IOException {
        List<Verdict> replays = ResultsTable.targets(results()).stream()
                .filter(v -> v.target().startsWith("(c) replay ≥")).collect(Collectors.toList());
        assertEquals(List.of(Status.MET, Status.MET, Status.MISSED),
                replays.stream().map(Verdict::status).collect(Collectors.toList()));
        assertEquals("4,000,000 events/s (ReplayBenchmark.replayFullIncident)", replays.get(2).measured());

        Verdict linearity = verdict(ResultsTable.targets(results()), "linear");
        assertEquals(Status.NO_TARGET, linearity.status());
        assertTrue(linearity.measured().startsWith("1.33×: 125 ns per event (ReplayBenchmark.replay100) to 167 ns "
                + "(ReplayBenchmark.replay10000)"), linearity.measured());
    }

    @Test
    void lifecycleIsJudgedAgainstTheBaselines() throws IOException {
        List<Verdict> verdicts = ResultsTable.targets(results());
        Verdict mutable = verdict(verdicts, "(d)");
        assertEquals(Status.MET, mutable.status());
        assertTrue(mutable.measured().startsWith("0.4× (40%)"), mutable.measured());
        Verdict spring = verdict(verdicts, "(e) lifecycle ≥");
        assertEquals(Status.MET, spring.status());
        assertTrue(spring.measured().startsWith("12.0×"), spring.measured());
        Verdict stateless4j = verdict(verdicts, "stateless4j");
        assertEquals(Status.NO_TARGET, stateless4j.status());
        assertTrue(stateless4j.measured().startsWith("3.00×"), stateless4j.measured());
    }

    @Test
    void targetsWithoutRowsAreNotMeasured() throws IOException {
        JsonNode onlyJdbc = JSON.createArrayNode().add(fixture().get(4));
        List<Verdict> verdicts = ResultsTable.targets(ResultsTable.results(onlyJdbc));
        assertFalse(verdicts.isEmpty());
        for (Verdict v : verdicts) {
            assertEquals(Status.NOT_MEASURED, v.status(), v::toString);
        }
        List<Row> rows = ResultsTable.rows(ResultsTable.results(onlyJdbc));
        assertEquals("—", rows.get(0).vsSpring());
    }

    @Test
    void oneCommandRowsWithoutBaselinesSayNotAvailable() throws IOException {
        JsonNode onlyLifecycle = JSON.createArrayNode();
        for (JsonNode result : fixture()) {
            if (result.get("benchmark").asText().endsWith("LifecycleBenchmark.incidentkit")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) onlyLifecycle).add(result);
            }
        }
        Row row = ResultsTable.rows(ResultsTable.results(onlyLifecycle)).get(0);
        assertEquals("n/a", row.vsMutable());
        assertEquals("n/a", row.vsStateless4j());
    }

    @Test
    void writesThePageWithHeaderTablesAndTheMemorySection(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("jmh-result.json");
        Files.writeString(result, JSON.writeValueAsString(fixture()));
        Path memory = dir.resolve("footprint.md");
        String section = "## Memory\n\n| What | Bytes |\n|---|--:|\n| an incident | 1,234 |\n";
        Files.writeString(memory, section);
        Path out = dir.resolve("sub/benchmarks.md");

        ResultsTable.main(new String[] {"--date", "2026-11-23", "--machine", "Test CPU @ 3 GHz", "--memory",
                memory.toString(), result.toString(), out.toString()});

        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.contains("Run on 2026-11-23."), page);
        assertTrue(page.contains("- CPU: Test CPU @ 3 GHz\n"), page);
        assertTrue(page.contains("- Processors available to the JVM: "), page);
        assertTrue(page.contains("- JVM: OpenJDK 64-Bit Server VM 17.0.15 (17.0.15+6-Debian-1deb12u1), "
                + "/usr/lib/jvm/java-17-openjdk-amd64/bin/java\n"), page);
        assertTrue(page.contains("- JVM options: -Xmx1g\n"), page);
        assertTrue(page.contains("- JMH 1.37: forks 1; warmup 1 × 1 s; measurement 2 × 1 s; threads 1, 2\n"), page);
        assertTrue(page.contains("| DecideEvolveBenchmark.decideAndEvolve kind=DECLARE | 2,000,000 | ± 50,000 | ops/s "
                + "| 400 | — | — | — |\n"), page);
        assertTrue(page.contains("| TemplateBenchmark.render template=a\\|b | 12.5 |"), page);
        assertTrue(page.contains("| **missed** |"), page);
        assertTrue(page.contains("| **met** |"), page);
        assertTrue(page.indexOf("## Targets") < page.indexOf(section), page);
        assertTrue(page.endsWith("\n" + section), page);
    }

    @Test
    void aMissingMemorySectionIsLeftOut(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("jmh-result.json");
        Files.writeString(result, JSON.writeValueAsString(fixture()));
        Path out = dir.resolve("benchmarks.md");
        ResultsTable.main(new String[] {"--memory", dir.resolve("absent.md").toString(), "--date", "2026-11-23",
                result.toString(), out.toString()});
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.trim().endsWith("|"), page);
    }

    @Test
    void formatsNumbersForPeople() {
        assertEquals("1,234,567", ResultsTable.number(1_234_567.4));
        assertEquals("53.1", ResultsTable.number(53.14));
        assertEquals("4.20", ResultsTable.number(4.2));
        assertEquals("0.0421", ResultsTable.number(0.04213));
        assertEquals("0", ResultsTable.number(0));
        assertEquals("n/a", ResultsTable.number(Double.NaN));
        assertEquals("0.042×", ResultsTable.times(0.04213));
        assertEquals("53.1×", ResultsTable.times(53.14));
        assertEquals("1,234×", ResultsTable.times(1234.4));
    }

    @Test
    void readsTheCpuModelFromProcCpuinfo() {
        assertEquals(Optional.of("Intel(R) Xeon(R) CPU @ 2.20GHz"), Machine.cpuModel(List.of("processor\t: 0",
                "vendor_id\t: GenuineIntel", "model name\t: Intel(R) Xeon(R)  CPU @ 2.20GHz", "processor\t: 1",
                "model name\t: Intel(R) Xeon(R) CPU @ 2.20GHz")));
        assertEquals(Optional.of("BCM2835"), Machine.cpuModel(List.of("processor\t: 0", "Hardware\t: BCM2835")));
        assertEquals(Optional.empty(), Machine.cpuModel(List.of("processor\t: 0")));
    }

    @Test
    void readsTheCommandLine() {
        Arguments arguments = Arguments.parse(new String[] {"r.json", "--date", "2026-11-23", "out.md"});
        assertEquals(Path.of("r.json"), arguments.result());
        assertEquals(Path.of("out.md"), arguments.out());
        assertEquals(Optional.of("2026-11-23"), arguments.date());
        assertTrue(arguments.memory().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse(new String[] {"r.json"}));
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse(new String[] {"--bogus", "a", "b"}));
        assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(new String[] {"--date", "23.11.2026", "a", "b"}));
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse(new String[] {"a", "b", "--memory"}));
    }
}
