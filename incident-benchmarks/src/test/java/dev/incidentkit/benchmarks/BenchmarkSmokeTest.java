package dev.incidentkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The CI smoke run of the benchmarks: every benchmark JMH lists, with every parameter value, once, in this
 * JVM and briefly. It proves that every setup builds its workload, that every benchmark method runs
 * without throwing and scores, and that nothing JMH lists is left out; it measures nothing. The
 * PostgreSQL variant of the JDBC benchmark runs only when {@value #POSTGRES_URL} is set, as in the
 * benchmark script. JMH's own output goes to {@code target/jmh-smoke.txt}.
 */
class BenchmarkSmokeTest {

    /** The environment variable that points the JDBC benchmarks at a PostgreSQL server. */
    static final String POSTGRES_URL = "INCIDENTKIT_POSTGRES_URL";

    /** The JDBC benchmark's parameter that chooses the database. */
    static final String DATABASE = "database";

    private static final String EVERYTHING = ".*";

    @Test
    void everyListedBenchmarkRunsWithEveryParameterValueAndScores() throws Exception {
        // Measures nothing, so another JMH on the machine (a helper's run, a parallel build) does not matter.
        System.setProperty("jmh.ignoreLock", "true");
        List<String> databases = System.getenv(POSTGRES_URL) == null ? List.of() : List.of("h2", "postgresql");
        SortedSet<String> expected = expectedRuns(databases);
        assertFalse(expected.isEmpty(), "JMH lists no benchmarks: is the annotation processor running?");

        Path log = Path.of("target", "jmh-smoke.txt");
        Files.createDirectories(log.getParent());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(EVERYTHING)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(log.toString());
        if (!databases.isEmpty()) {
            options.param(DATABASE, databases.toArray(String[]::new));
        }

        long start = System.nanoTime();
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new AssertionError(failed(log) + " failed; JMH's output is in " + log.toAbsolutePath(), e);
        }
        System.out.printf("Smoke run of %d benchmarks and parameter values in %.1f s%n", results.size(),
                (System.nanoTime() - start) / 1e9);

        SortedSet<String> ran = new TreeSet<>();
        List<String> unscored = new ArrayList<>();
        for (RunResult result : results) {
            String run = run(result.getParams());
            ran.add(run);
            double score = result.getPrimaryResult().getScore();
            if (!(score > 0)) {
                unscored.add(run + ": " + score);
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", ran),
                "the benchmarks run are not the ones JMH lists; see " + log.toAbsolutePath());
        assertTrue(unscored.isEmpty(), () -> "no positive score: " + unscored);
    }

    /** The benchmark and parameters JMH ran last, from its output: the one that failed. */
    private static String failed(Path log) {
        String benchmark = "a benchmark";
        String params = "";
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("# Benchmark: ")) {
                    benchmark = line.substring("# Benchmark: ".length());
                    params = "";
                } else if (line.startsWith("# Parameters: ")) {
                    params = " " + line.substring("# Parameters: ".length());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return benchmark;
        }
        return benchmark + params;
    }

    /**
     * What JMH should run: each listed benchmark in each of its modes, with each combination of its
     * parameters' values, the database parameter's values replaced as the run replaces them.
     */
    private static SortedSet<String> expectedRuns(List<String> databases) {
        SortedSet<BenchmarkListEntry> listed = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream(), true,
                        StandardCharsets.UTF_8), VerboseMode.SILENT), List.of(EVERYTHING), List.of());
        SortedSet<String> runs = new TreeSet<>();
        for (BenchmarkListEntry entry : listed) {
            Map<String, String[]> declared = entry.getParams().orElse(Map.of());
            Map<String, List<String>> values = new TreeMap<>();
            declared.forEach((name, defaults) -> values.put(name,
                    name.equals(DATABASE) && !databases.isEmpty() ? databases : Arrays.asList(defaults)));
            List<Mode> modes = entry.getMode() == Mode.All
                    ? List.of(Mode.Throughput, Mode.AverageTime, Mode.SampleTime, Mode.SingleShotTime)
                    : List.of(entry.getMode());
            for (Mode mode : modes) {
                for (Map<String, String> combination : combinations(values)) {
                    runs.add(run(entry.getUsername(), mode, combination));
                }
            }
        }
        return runs;
    }

    private static List<Map<String, String>> combinations(Map<String, List<String>> values) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new TreeMap<>());
        for (Map.Entry<String, List<String>> param : values.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : combinations) {
                for (String value : param.getValue()) {
                    Map<String, String> extended = new TreeMap<>(partial);
                    extended.put(param.getKey(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static String run(BenchmarkParams params) {
        Map<String, String> values = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        return run(params.getBenchmark(), params.getMode(), values);
    }

    private static String run(String benchmark, Mode mode, Map<String, String> params) {
        StringBuilder run = new StringBuilder(benchmark).append(' ').append(mode.shortLabel());
        params.forEach((name, value) -> run.append(' ').append(name).append('=').append(value));
        return run.toString();
    }
}
