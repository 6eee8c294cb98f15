package dev.incidentkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tool that turns a JMH result file ({@code -rf json}) into the Markdown page of a benchmark run: the
 * machine and the JMH settings, one row per benchmark and parameter values with its allocation and its
 * ratios to the baselines, the performance targets met or missed, and the memory section written by
 * {@code Footprint} if there is one.
 *
 * <p>Usage: {@code ResultsTable [--date YYYY-MM-DD] [--machine TEXT] [--memory FILE] RESULT.json OUT.md}.
 * {@code --machine} replaces the CPU read from {@code /proc/cpuinfo}; {@code --memory} names a Markdown
 * file that is appended verbatim when it exists; without {@code --date} the table is dated today.
 *
 * <p>Ratios compare the rows that do the baselines' work ({@link #ONE_COMMAND_CLASSES}) with the
 * baselines of {@link LifecycleBenchmark} in the same file, as throughput over the baseline's throughput:
 * above 1× is faster than the baseline.
 *
 * @since 0.1.0
 */
public final class ResultsTable {

    /**
     * The benchmark classes whose rows get ratios: those that do the same work as the baselines, the same
     * lifecycle commands. A single command kind, or the desk with its store, is other work, and a ratio to
     * the baselines' cost per lifecycle command would mislead.
     */
    static final Set<String> ONE_COMMAND_CLASSES = Set.of("LifecycleBenchmark");

    /** The library's run of the lifecycle. */
    static final String INCIDENTKIT = "LifecycleBenchmark.incidentkit";
    /** The hand-written mutable state machine: the practical limit. */
    static final String MUTABLE = "LifecycleBenchmark.mutableBaseline";
    /** Spring Statemachine: the peer. */
    static final String SPRING = "LifecycleBenchmark.springStatemachine";
    /** stateless4j: the lightweight peer. */
    static final String STATELESS4J = "LifecycleBenchmark.stateless4j";
    /** The class whose rows are decide + evolve of one command, one row per command kind. */
    static final String DECIDE_EVOLVE = "DecideEvolveBenchmark";
    /** The class whose rows replay event streams, scored per event. */
    static final String REPLAY = "ReplayBenchmark";

    /** Target (a): commands decided and evolved per second on one core. */
    static final double COMMANDS_PER_SECOND = 1_000_000;
    /** Target (b): bytes allocated per command. */
    static final double BYTES_PER_COMMAND = 512;
    /** Target (c): events replayed per second. */
    static final double EVENTS_PER_SECOND = 5_000_000;
    /** Target (d): the library's lifecycle throughput as a share of the mutable baseline's. */
    static final double SHARE_OF_MUTABLE = 0.30;
    /** Target (e): the library's lifecycle throughput over Spring Statemachine's. */
    static final double TIMES_SPRING = 10;

    private static final String NONE = "—";
    private static final String NOT_AVAILABLE = "n/a";
    private static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");
    private static final String USAGE =
            "usage: ResultsTable [--date YYYY-MM-DD] [--machine TEXT] [--memory FILE] RESULT.json OUT.md";

    private ResultsTable() {}

    /**
     * Reads the result file and writes the Markdown page.
     *
     * @param args {@code [--date YYYY-MM-DD] [--machine TEXT] [--memory FILE] RESULT.json OUT.md}
     * @throws IOException if the result file cannot be read or the page cannot be written
     */
    public static void main(String[] args) throws IOException {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        JsonNode root = new ObjectMapper().readTree(arguments.result().toFile());
        Machine machine = Machine.current(arguments.machine());
        String date = arguments.date().orElseGet(() -> LocalDate.now().toString());
        Optional<String> memory = arguments.memory().filter(Files::isRegularFile).map(ResultsTable::readString);
        Path out = arguments.out().toAbsolutePath();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, render(root, machine, date, memory), StandardCharsets.UTF_8);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading the JSON

    /**
     * The results of a JMH JSON file, in the file's order.
     *
     * @param root the file's top-level array
     * @return one result per benchmark, mode and parameter values
     */
    static List<Result> results(JsonNode root) {
        List<Result> results = new ArrayList<>();
        for (JsonNode entry : root) {
            results.add(result(entry));
        }
        return results;
    }

    /**
     * One entry of the file.
     *
     * @param entry an element of the top-level array
     * @return the result it holds
     */
    static Result result(JsonNode entry) {
        JsonNode primary = entry.path("primaryMetric");
        return new Result(shortName(entry.path("benchmark").asText()), entry.path("mode").asText(),
                params(entry.path("params")), entry.path("threads").asInt(1), number(primary.path("score")),
                number(primary.path("scoreError")), primary.path("scoreUnit").asText(),
                allocation(entry.path("secondaryMetrics")));
    }

    /**
     * The class and method of a benchmark, without the package.
     *
     * @param benchmark the fully qualified name, {@code package.Class.method}
     * @return {@code Class.method}
     */
    static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /**
     * The parameter values of an entry, in the file's order.
     *
     * @param params the entry's {@code params} object; missing when the benchmark has none
     * @return the values by parameter name
     */
    static Map<String, String> params(JsonNode params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    /**
     * A score: JMH writes numbers, and {@code "NaN"} or {@code "Infinity"} as text.
     *
     * @param node the score
     * @return its value; NaN if it is missing or not a number
     */
    static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /**
     * The bytes allocated per operation, from the secondary metric of {@code -prof gc}. Older JMH
     * versions put a {@code ·} before the metric's name, so any name ending in it counts.
     *
     * @param secondary the entry's {@code secondaryMetrics} object
     * @return the score; empty if the run had no {@code -prof gc}
     */
    static OptionalDouble allocation(JsonNode secondary) {
        var fields = secondary.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().endsWith(ALLOCATION_METRIC)) {
                double score = number(field.getValue().path("score"));
                return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The distinct values of one field over all entries, in the file's order.
     *
     * @param root the file's top-level array
     * @param field reads the field of an entry
     * @return the values joined with commas; "n/a" if there are none
     */
    static String distinct(JsonNode root, Function<JsonNode, String> field) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode entry : root) {
            String value = field.apply(entry);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }
        return values.isEmpty() ? NOT_AVAILABLE : String.join(", ", values);
    }

    // ---------------------------------------------------------------------------------------------
    // The page

    /**
     * The whole Markdown page.
     *
     * @param root the JMH result file's top-level array
     * @param machine where the run was
     * @param date the date of the run
     * @param memory the memory section to append, if any
     * @return the page
     */
    static String render(JsonNode root, Machine machine, String date, Optional<String> memory) {
        List<Result> results = results(root);
        StringBuilder page = new StringBuilder();
        page.append("# Benchmark results\n\n");
        page.append(header(root, machine, date, results)).append('\n');
        page.append("## Results\n\n");
        page.append("Scores are as JMH reports them: throughput in operations per unit of time, or time per "
                + "operation where the unit says so; an operation is one command, one event or one call as each "
                + "benchmark says. Error is JMH's 99.9% confidence half-width (n/a with a single measurement). "
                + "Allocated is bytes per operation. Ratios are given only for rows that do the baselines' work, the "
                + "same lifecycle commands (" + String.join(", ", new TreeSet<>(ONE_COMMAND_CLASSES))
                + "), as the row's throughput over the baseline's: above 1× is faster than the baseline. "
                + "InMemoryStoreBenchmark.appendTwoWriters scores both threads together.\n\n");
        page.append(table(rows(results))).append('\n');
        page.append("## Targets\n\n");
        page.append(targetTable(targets(results)));
        memory.ifPresent(section -> page.append('\n').append(section));
        return page.toString();
    }

    /**
     * The machine and the JMH settings of the run.
     *
     * @param root the JMH result file's top-level array
     * @param machine where the run was
     * @param date the date of the run
     * @param results the results of the file
     * @return a Markdown list
     */
    static String header(JsonNode root, Machine machine, String date, List<Result> results) {
        String jvm = distinct(root, e -> e.path("vmName").asText() + " " + e.path("jdkVersion").asText()
                + " (" + e.path("vmVersion").asText() + ")");
        String jvmArgs = distinct(root, e -> {
            List<String> args = new ArrayList<>();
            e.path("jvmArgs").forEach(a -> args.add(a.asText()));
            return args.isEmpty() ? "none" : String.join(" ", args);
        });
        String warmup = distinct(root, e -> iterations(e.path("warmupIterations").asInt(),
                e.path("warmupTime").asText()));
        String measurement = distinct(root, e -> iterations(e.path("measurementIterations").asInt(),
                e.path("measurementTime").asText()));
        boolean allocation = results.stream().anyMatch(r -> r.allocation().isPresent());
        return "Run on " + date + ".\n\n"
                + "- CPU: " + machine.cpu() + "\n"
                + "- Processors available to the JVM: " + machine.processors() + "\n"
                + "- OS: " + machine.os() + "\n"
                + "- JVM: " + jvm + ", " + distinct(root, e -> e.path("jvm").asText()) + "\n"
                + "- JVM options: " + jvmArgs + "\n"
                + "- JMH " + distinct(root, e -> e.path("jmhVersion").asText()) + ": forks "
                + distinct(root, e -> e.path("forks").asText()) + "; warmup " + warmup + "; measurement "
                + measurement + "; threads " + distinct(root, e -> e.path("threads").asText()) + "\n"
                + "- Allocation per operation: "
                + (allocation ? "JMH's " + ALLOCATION_METRIC + " (-prof gc)" : "not measured (run without -prof gc)")
                + "\n";
    }

    private static String iterations(int count, String time) {
        return count == 0 ? "none" : count + " × " + time;
    }

    /**
     * One formatted row of the results table.
     *
     * @param benchmark the class, method and parameter values
     * @param score the score
     * @param error the error, or "n/a"
     * @param unit the score's unit
     * @param allocation bytes per operation, or "n/a"
     * @param vsMutable the ratio to the mutable baseline, or "—"
     * @param vsSpring the ratio to Spring Statemachine, or "—"
     * @param vsStateless4j the ratio to stateless4j, or "—"
     */
    record Row(String benchmark, String score, String error, String unit, String allocation, String vsMutable,
            String vsSpring, String vsStateless4j) {}

    /**
     * The rows of the results table, in the file's order.
     *
     * @param results the results of the file
     * @return one row per result
     */
    static List<Row> rows(List<Result> results) {
        Optional<Result> mutable = find(results, MUTABLE);
        Optional<Result> spring = find(results, SPRING);
        Optional<Result> stateless4j = find(results, STATELESS4J);
        List<Row> rows = new ArrayList<>();
        for (Result r : results) {
            boolean oneCommand = ONE_COMMAND_CLASSES.contains(r.className());
            rows.add(new Row(r.label(), number(r.score()),
                    Double.isNaN(r.error()) ? NOT_AVAILABLE : "± " + number(r.error()), r.unit(),
                    r.allocation().isPresent() ? bytes(r.allocation().getAsDouble()) : NOT_AVAILABLE,
                    oneCommand ? ratioCell(r, mutable) : NONE, oneCommand ? ratioCell(r, spring) : NONE,
                    oneCommand ? ratioCell(r, stateless4j) : NONE));
        }
        return rows;
    }

    private static String ratioCell(Result row, Optional<Result> baseline) {
        OptionalDouble ratio = baseline.map(b -> ratio(row, b)).orElse(OptionalDouble.empty());
        return ratio.isPresent() ? times(ratio.getAsDouble()) : NOT_AVAILABLE;
    }

    /**
     * How many times faster than the baseline a row is: its throughput over the baseline's.
     *
     * @param row the row
     * @param baseline the baseline
     * @return the ratio; empty if either score cannot be read as a throughput
     */
    static OptionalDouble ratio(Result row, Result baseline) {
        OptionalDouble a = row.perSecond();
        OptionalDouble b = baseline.perSecond();
        if (a.isEmpty() || b.isEmpty() || b.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(a.getAsDouble() / b.getAsDouble());
    }

    /**
     * The result of a benchmark without parameters, run on one thread.
     *
     * @param results the results of the file
     * @param benchmark {@code Class.method}
     * @return the first such result; empty if the file has none
     */
    static Optional<Result> find(List<Result> results, String benchmark) {
        return results.stream().filter(r -> r.benchmark().equals(benchmark) && r.threads() == 1).findFirst();
    }

    private static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| Benchmark | Score | Error | Unit | Allocated (B/op) | vs mutable | vs Spring SM "
                + "| vs stateless4j |\n");
        table.append("|---|--:|--:|---|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            table.append("| ").append(cell(r.benchmark())).append(" | ").append(r.score()).append(" | ")
                    .append(r.error()).append(" | ").append(cell(r.unit())).append(" | ").append(r.allocation())
                    .append(" | ").append(r.vsMutable()).append(" | ").append(r.vsSpring()).append(" | ")
                    .append(r.vsStateless4j()).append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    // ---------------------------------------------------------------------------------------------
    // Targets

    /** Whether a target is met. */
    enum Status {
        /** The measurement meets the target. */
        MET("met"),
        /** The measurement misses the target. */
        MISSED("missed"),
        /** The file has no row to judge the target by. */
        NOT_MEASURED("not measured"),
        /** A figure reported without a target. */
        NO_TARGET(NONE);

        private final String text;

        Status(String text) {
            this.text = text;
        }

        /**
         * How the page writes the status.
         *
         * @return the text
         */
        String text() {
            return text;
        }

        /**
         * The status of a comparison with a target.
         *
         * @param met whether the measurement meets the target
         * @return met or missed
         */
        static Status of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    /**
     * One line of the targets section.
     *
     * @param target what is expected of what
     * @param measured what was measured, with the row it comes from
     * @param status met, missed, not measured, or no target
     */
    record Verdict(String target, String measured, Status status) {}

    /**
     * The targets, judged from the results of one file.
     *
     * @param results the results of the file
     * @return the lines of the targets section
     */
    static List<Verdict> targets(List<Result> results) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.addAll(throughputTargets(results));
        verdicts.addAll(allocationTargets(results));
        verdicts.addAll(replayTargets(results));
        verdicts.addAll(baselineTargets(results));
        return verdicts;
    }

    private static List<Verdict> throughputTargets(List<Result> results) {
        String target = "(a) decide + evolve ≥ " + number(COMMANDS_PER_SECOND) + " commands/s per core";
        List<Verdict> verdicts = new ArrayList<>();
        List<Result> kinds = byThroughput(ofClass(results, DECIDE_EVOLVE));
        if (kinds.isEmpty()) {
            verdicts.add(notMeasured(target + ": every command kind", DECIDE_EVOLVE));
        } else {
            Result slowest = kinds.get(0);
            Result median = kinds.get((kinds.size() - 1) / 2);
            verdicts.add(perSecondVerdict(target + ": slowest kind", slowest, "commands/s", COMMANDS_PER_SECOND));
            verdicts.add(perSecondVerdict(target + ": median kind", median, "commands/s", COMMANDS_PER_SECOND));
        }
        Optional<Result> lifecycle = find(results, INCIDENTKIT);
        verdicts.add(lifecycle.map(r -> perSecondVerdict(target + ": lifecycle", r, "commands/s",
                COMMANDS_PER_SECOND)).orElseGet(() -> notMeasured(target + ": lifecycle", INCIDENTKIT)));
        return verdicts;
    }

    private static List<Verdict> allocationTargets(List<Result> results) {
        String target = "(b) ≤ " + number(BYTES_PER_COMMAND) + " B allocated per command";
        List<Verdict> verdicts = new ArrayList<>();
        List<Result> kinds = ofClass(results, DECIDE_EVOLVE).stream().filter(r -> r.allocation().isPresent())
                .sorted(Comparator.comparingDouble((Result r) -> r.allocation().getAsDouble()).reversed())
                .collect(Collectors.toList());
        if (kinds.isEmpty()) {
            verdicts.add(notMeasured(target + ": every command kind", DECIDE_EVOLVE + " with -prof gc"));
        } else {
            verdicts.add(allocationVerdict(target + ": most allocating kind", kinds.get(0)));
            verdicts.add(allocationVerdict(target + ": median kind", kinds.get((kinds.size() - 1) / 2)));
        }
        Optional<Result> lifecycle = find(results, INCIDENTKIT).filter(r -> r.allocation().isPresent());
        verdicts.add(lifecycle.map(r -> allocationVerdict(target + ": lifecycle", r))
                .orElseGet(() -> notMeasured(target + ": lifecycle", INCIDENTKIT + " with -prof gc")));
        return verdicts;
    }

    private static List<Verdict> replayTargets(List<Result> results) {
        String target = "(c) replay ≥ " + number(EVENTS_PER_SECOND) + " events/s";
        List<Result> replays = ofClass(results, REPLAY).stream().filter(r -> r.perSecond().isPresent())
                .collect(Collectors.toList());
        if (replays.isEmpty()) {
            return List.of(notMeasured(target, REPLAY), notMeasured("(c) replay is linear in the events",
                    REPLAY));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Result r : replays) {
            verdicts.add(perSecondVerdict(target, r, "events/s", EVENTS_PER_SECOND));
        }
        verdicts.add(linearity(replays));
        return verdicts;
    }

    /**
     * How the per-event cost of a replay grows with its length: the per-event cost of the longest sized
     * replay over that of the shortest (the rows whose method name ends in a number or that have one
     * numeric parameter). 1× is perfectly linear; a log-shaped growth shows as a modest ratio over three
     * orders of magnitude.
     */
    private static Verdict linearity(List<Result> replays) {
        String target = "(c) replay is linear in the events: per-event cost of the longest replay over the shortest";
        List<Result> sized = replays.stream().filter(r -> size(r).isPresent())
                .sorted(java.util.Comparator.comparingDouble(r -> size(r).getAsDouble()))
                .collect(Collectors.toList());
        if (sized.size() < 2) {
            return new Verdict(target, "fewer than two replay sizes measured", Status.NOT_MEASURED);
        }
        Result shortest = sized.get(0);
        Result longest = sized.get(sized.size() - 1);
        double growth = shortest.perSecond().getAsDouble() / longest.perSecond().getAsDouble();
        return new Verdict(target, times(growth) + ": " + nanos(shortest) + " per event (" + shortest.label()
                + ") to " + nanos(longest) + " (" + longest.label() + "); 1× is perfectly linear", Status.NO_TARGET);
    }

    /**
     * The size of a replay: the number that ends its method's name, or its only numeric parameter.
     *
     * @param r a replay result
     * @return the size; empty if the row has none
     */
    static OptionalDouble size(Result r) {
        Matcher m = TRAILING_NUMBER.matcher(r.method());
        if (m.find()) {
            return OptionalDouble.of(Double.parseDouble(m.group(1)));
        }
        List<String> numeric = r.params().values().stream().filter(v -> v.matches("\\d+"))
                .collect(Collectors.toList());
        return numeric.size() == 1 ? OptionalDouble.of(Double.parseDouble(numeric.get(0))) : OptionalDouble.empty();
    }

    private static List<Verdict> baselineTargets(List<Result> results) {
        Optional<Result> incidentkit = find(results, INCIDENTKIT);
        Optional<Result> mutable = find(results, MUTABLE);
        Optional<Result> spring = find(results, SPRING);
        Optional<Result> stateless4j = find(results, STATELESS4J);
        return List.of(
                ratioVerdict("(d) lifecycle ≥ " + percent(SHARE_OF_MUTABLE) + " of the mutable baseline",
                        incidentkit, MUTABLE, mutable, OptionalDouble.of(SHARE_OF_MUTABLE), true),
                ratioVerdict("(e) lifecycle ≥ " + format("0.##", TIMES_SPRING) + "× Spring Statemachine",
                        incidentkit, SPRING, spring, OptionalDouble.of(TIMES_SPRING), false),
                ratioVerdict("(e) lifecycle against stateless4j (no target)", incidentkit, STATELESS4J,
                        stateless4j, OptionalDouble.empty(), false));
    }

    private static Verdict ratioVerdict(String target, Optional<Result> row, String baselineName,
            Optional<Result> baseline, OptionalDouble minimum, boolean asPercent) {
        if (row.isEmpty()) {
            return notMeasured(target, INCIDENTKIT);
        }
        if (baseline.isEmpty()) {
            return notMeasured(target, baselineName);
        }
        OptionalDouble ratio = ratio(row.get(), baseline.get());
        if (ratio.isEmpty()) {
            return new Verdict(target, "scores not comparable as throughput", Status.NOT_MEASURED);
        }
        double r = ratio.getAsDouble();
        String measured = times(r) + (asPercent ? " (" + percent(r) + ")" : "") + ": "
                + number(row.get().perSecond().getAsDouble()) + " against "
                + number(baseline.get().perSecond().getAsDouble()) + " commands/s ("
                + baseline.get().benchmark() + ")";
        return new Verdict(target, measured,
                minimum.isPresent() ? Status.of(r >= minimum.getAsDouble()) : Status.NO_TARGET);
    }

    private static Verdict perSecondVerdict(String target, Result r, String unit, double minimum) {
        double perSecond = r.perSecond().orElse(Double.NaN);
        if (Double.isNaN(perSecond)) {
            return new Verdict(target, "score in " + r.unit() + " is not a throughput (" + r.label() + ")",
                    Status.NOT_MEASURED);
        }
        return new Verdict(target, number(perSecond) + " " + unit + " (" + r.label() + ")",
                Status.of(perSecond >= minimum));
    }

    private static Verdict allocationVerdict(String target, Result r) {
        double bytes = r.allocation().getAsDouble();
        return new Verdict(target, bytes(bytes) + " B (" + r.label() + ")", Status.of(bytes <= BYTES_PER_COMMAND));
    }

    private static Verdict notMeasured(String target, String what) {
        return new Verdict(target, "no " + what + " in the results", Status.NOT_MEASURED);
    }

    private static List<Result> ofClass(List<Result> results, String className) {
        return results.stream().filter(r -> r.className().equals(className)).collect(Collectors.toList());
    }

    /** The results that can be read as throughput, slowest first. */
    private static List<Result> byThroughput(List<Result> results) {
        return results.stream().filter(r -> r.perSecond().isPresent())
                .sorted(Comparator.comparingDouble(r -> r.perSecond().getAsDouble())).collect(Collectors.toList());
    }

    private static String targetTable(List<Verdict> verdicts) {
        StringBuilder table = new StringBuilder();
        table.append("| Target | Measured | Verdict |\n");
        table.append("|---|---|---|\n");
        for (Verdict v : verdicts) {
            table.append("| ").append(cell(v.target())).append(" | ").append(cell(v.measured())).append(" | ")
                    .append(v.status() == Status.NO_TARGET ? NONE : "**" + v.status().text() + "**").append(" |\n");
        }
        return table.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Numbers

    /**
     * A number for people: thousands grouped, fewer decimals the larger it is, three significant digits
     * below one.
     *
     * @param value the number
     * @return for example {@code 1,234,567}, {@code 53.1}, {@code 4.20} or {@code 0.0421}; "n/a" for NaN
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return NOT_AVAILABLE;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || magnitude == 0) {
            return format("#,##0", value);
        }
        if (magnitude >= 10) {
            return format("0.0", value);
        }
        if (magnitude >= 1) {
            return format("0.00", value);
        }
        return significant(value, 3);
    }

    /**
     * A ratio: like {@link #number(double)} but with two significant digits below one, and a {@code ×}.
     *
     * @param ratio the ratio
     * @return for example {@code 0.042×}, {@code 1.25×} or {@code 53.1×}
     */
    static String times(double ratio) {
        if (Double.isNaN(ratio)) {
            return NOT_AVAILABLE;
        }
        return (Math.abs(ratio) < 1 && ratio != 0 ? significant(ratio, 2) : number(ratio)) + "×";
    }

    private static String percent(double share) {
        return format("0.#", share * 100) + "%";
    }

    /** Bytes: whole bytes, since fractions only come from the measurement's noise. */
    private static String bytes(double bytes) {
        return format("#,##0", bytes);
    }

    private static String nanos(Result r) {
        return number(1e9 / r.perSecond().getAsDouble()) + " ns";
    }

    private static String significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /**
     * How many seconds a JMH time unit is.
     *
     * @param unit {@code ns}, {@code us}, {@code ms}, {@code s}, {@code min}, {@code hr} or {@code day}
     * @return the seconds; empty for anything else
     */
    static OptionalDouble seconds(String unit) {
        switch (unit) {
            case "ns":
                return OptionalDouble.of(1e-9);
            case "us":
            case "µs":
                return OptionalDouble.of(1e-6);
            case "ms":
                return OptionalDouble.of(1e-3);
            case "s":
                return OptionalDouble.of(1);
            case "min":
                return OptionalDouble.of(60);
            case "hr":
                return OptionalDouble.of(3600);
            case "day":
                return OptionalDouble.of(86400);
            default:
                return OptionalDouble.empty();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Values

    /**
     * One entry of a JMH result file.
     *
     * @param benchmark {@code Class.method}
     * @param mode JMH's mode, such as {@code thrpt}
     * @param params the parameter values, in the file's order
     * @param threads the threads that ran it
     * @param score the primary score
     * @param error the score's error; NaN if JMH could not compute one
     * @param unit the score's unit, such as {@code ops/s}
     * @param allocation bytes allocated per operation; empty without {@code -prof gc}
     */
    record Result(String benchmark, String mode, Map<String, String> params, int threads, double score, double error,
            String unit, OptionalDouble allocation) {

        /**
         * Creates the value.
         *
         * @param benchmark {@code Class.method}
         * @param mode JMH's mode
         * @param params the parameter values
         * @param threads the threads
         * @param score the score
         * @param error the error
         * @param unit the unit
         * @param allocation bytes per operation
         */
        Result {
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(mode, "mode");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(allocation, "allocation");
        }

        /**
         * The benchmark's class.
         *
         * @return the simple name of the class
         */
        String className() {
            int dot = benchmark.lastIndexOf('.');
            return dot < 0 ? "" : benchmark.substring(0, dot);
        }

        /**
         * The benchmark's method.
         *
         * @return the method's name
         */
        String method() {
            return benchmark.substring(benchmark.lastIndexOf('.') + 1);
        }

        /**
         * How the row is named: the benchmark, its parameter values and, if not one, its threads.
         *
         * @return for example {@code DecideEvolveBenchmark.decideAndEvolve kind=DECLARE}
         */
        String label() {
            StringBuilder label = new StringBuilder(benchmark);
            params.forEach((name, value) -> label.append(' ').append(name).append('=').append(value));
            if (threads != 1) {
                label.append(" threads=").append(threads);
            }
            return label.toString();
        }

        /**
         * The score as operations per second, whatever the mode: throughput converted to seconds, or the
         * inverse of a time per operation.
         *
         * @return the operations per second; empty if the unit is not one of JMH's or the score is unusable
         */
        OptionalDouble perSecond() {
            int slash = unit.indexOf('/');
            if (slash < 0 || Double.isNaN(score)) {
                return OptionalDouble.empty();
            }
            String over = unit.substring(0, slash);
            String under = unit.substring(slash + 1);
            if (over.equals("ops")) {
                OptionalDouble s = seconds(under);
                return s.isPresent() ? OptionalDouble.of(score / s.getAsDouble()) : OptionalDouble.empty();
            }
            if (under.equals("op") && score > 0) {
                OptionalDouble s = seconds(over);
                return s.isPresent() ? OptionalDouble.of(1 / (score * s.getAsDouble())) : OptionalDouble.empty();
            }
            return OptionalDouble.empty();
        }
    }

    /**
     * Where the run was.
     *
     * @param cpu the CPU's model
     * @param processors the processors available to the JVM
     * @param os the operating system, its version and architecture
     */
    record Machine(String cpu, int processors, String os) {

        /**
         * This machine.
         *
         * @param cpu the CPU's description to use instead of the one read from {@code /proc/cpuinfo}
         * @return the machine
         */
        static Machine current(Optional<String> cpu) {
            String model = cpu.or(() -> cpuModel(Path.of("/proc/cpuinfo")))
                    .orElse("unknown (" + System.getProperty("os.arch") + ")");
            return new Machine(model, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                    + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
        }

        private static Optional<String> cpuModel(Path cpuinfo) {
            if (!Files.isReadable(cpuinfo)) {
                return Optional.empty();
            }
            try {
                return cpuModel(Files.readAllLines(cpuinfo, StandardCharsets.UTF_8));
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        }

        /**
         * The CPU's model from the lines of {@code /proc/cpuinfo}: the first {@code model name}, or on
         * machines without one the first {@code Hardware} or {@code cpu model}.
         *
         * @param lines the file's lines
         * @return the model; empty if the file names none
         */
        static Optional<String> cpuModel(List<String> lines) {
            for (String key : List.of("model name", "Hardware", "cpu model")) {
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                        String value = line.substring(colon + 1).trim().replaceAll("\\s+", " ");
                        if (!value.isEmpty()) {
                            return Optional.of(value);
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The command line.
     *
     * @param result the JMH result file
     * @param out the Markdown file to write
     * @param date the date of the run, if given
     * @param machine the CPU's description, if given
     * @param memory the memory section, if given
     */
    record Arguments(Path result, Path out, Optional<String> date, Optional<String> machine, Optional<Path> memory) {

        /**
         * Reads the command line.
         *
         * @param args the arguments of {@link ResultsTable#main(String[])}
         * @return the arguments
         * @throws IllegalArgumentException if they are not as the usage says
         */
        static Arguments parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            List<String> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--date") || arg.equals("--machine") || arg.equals("--memory")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    options.put(arg, args[++i]);
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg);
                } else {
                    files.add(arg);
                }
            }
            if (files.size() != 2) {
                throw new IllegalArgumentException("expected RESULT.json and OUT.md, got " + files);
            }
            Optional<String> date = Optional.ofNullable(options.get("--date"));
            try {
                date.ifPresent(LocalDate::parse);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date is not YYYY-MM-DD: " + date.get(), e);
            }
            return new Arguments(Path.of(files.get(0)), Path.of(files.get(1)), date,
                    Optional.ofNullable(options.get("--machine")),
                    Optional.ofNullable(options.get("--memory")).map(Path::of));
        }
    }
}
