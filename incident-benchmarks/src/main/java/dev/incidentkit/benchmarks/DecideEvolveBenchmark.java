package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.Decision;
import dev.incidentkit.process.CommandKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decide + evolve, one command of each kind against the state its incident really had when the command
 * came (see {@link Workloads#casesByKind()}): the decider's whole work for one accepted command, with
 * its events and the state after. One operation is one command.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecideEvolveBenchmark {

    /** The kind of command; every kind by default. */
    @Param
    public CommandKind kind;

    private Workloads.Case input;

    /** Creates the benchmark; JMH calls it. */
    public DecideEvolveBenchmark() {}

    /** Finds the case of the kind. */
    @Setup
    public void setUp() {
        input = Workloads.casesByKind().get(kind);
    }

    /**
     * One command, decided and folded into the state.
     *
     * @return the events and the state after
     */
    @Benchmark
    public Decision decideAndEvolve() {
        return Workloads.DECIDER.apply(input.command(), input.state())
                .getOrElseThrow(r -> new IllegalStateException(r.message()));
    }
}
