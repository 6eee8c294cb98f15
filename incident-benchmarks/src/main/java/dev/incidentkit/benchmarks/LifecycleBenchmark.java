package dev.incidentkit.benchmarks;

import dev.incidentkit.benchmarks.baseline.LifecycleRules;
import dev.incidentkit.benchmarks.baseline.MutableIncident;
import dev.incidentkit.benchmarks.baseline.Phase;
import dev.incidentkit.benchmarks.baseline.SpringLifecycle;
import dev.incidentkit.benchmarks.baseline.Stateless4jLifecycle;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same short life of an incident ({@link Workloads#lifecycle(IncidentId)}: report, declare, progress
 * update, mitigate, reopen, resolve, resolution notice, close) run by the library's decider and by the
 * baselines: a hand-written mutable state machine (the practical limit), Spring Statemachine (the peer)
 * and stateless4j (a lightweight peer). The baselines share one set of guards ({@link LifecycleRules}):
 * the same status rules, text checks, time order, known severity and closing conditions as the decider,
 * but not its authority, milestone-order, report-source and decline-route checks, nor its events, roles
 * and advisories, so they do less work than the library and the ratios flatter them. Each operation is one
 * command; an invocation is a whole life, from a new incident to CLOSED. Spring's figure includes making
 * and starting a machine per incident, as the library is used.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LifecycleBenchmark {

    /** Commands in one life. */
    static final int COMMANDS = 8;

    private final IncidentId id = IncidentId.of("INC-1");
    private IncidentCommand[] commands;
    private LifecycleRules rules;
    private SpringLifecycle spring;
    private Stateless4jLifecycle stateless4j;

    /** Creates the benchmark; JMH calls it. */
    public LifecycleBenchmark() {}

    /**
     * Builds the commands and the machines, and checks that every implementation takes the incident to
     * CLOSED, so that all four accept the same commands.
     *
     * @throws IllegalStateException if one of them does not
     */
    @Setup
    public void setUp() {
        commands = Workloads.lifecycle(id).toJavaArray(IncidentCommand[]::new);
        if (commands.length != COMMANDS) {
            throw new IllegalStateException("the lifecycle has " + commands.length + " commands, not " + COMMANDS);
        }
        rules = new LifecycleRules(Workloads.DECIDER.process());
        spring = new SpringLifecycle(rules);
        stateless4j = new Stateless4jLifecycle(rules);
        check(closedByIncidentkit().status().contains(IncidentStatus.CLOSED), "incidentkit");
        check(mutableBaseline().status() == IncidentStatus.CLOSED, "the mutable baseline");
        check(springStatemachine().phase() == Phase.CLOSED, "Spring Statemachine");
        check(stateless4j().phase() == Phase.CLOSED, "stateless4j");
    }

    private static void check(boolean closed, String who) {
        if (!closed) {
            throw new IllegalStateException(who + " did not close the incident");
        }
    }

    /**
     * The library: each command decided and folded into an immutable state, with its events.
     *
     * @param events where each command's events go, so that making them is not optimised away
     * @return the final state
     */
    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public IncidentState incidentkit(Blackhole events) {
        IncidentState state = IncidentState.empty(id);
        for (IncidentCommand command : commands) {
            Decision decision = Workloads.DECIDER.apply(command, state)
                    .getOrElseThrow(r -> new IllegalStateException(r.message()));
            events.consume(decision.events());
            state = decision.state();
        }
        return state;
    }

    private IncidentState closedByIncidentkit() {
        IncidentState state = IncidentState.empty(id);
        for (IncidentCommand command : commands) {
            state = Workloads.DECIDER.apply(command, state).get().state();
        }
        return state;
    }

    /**
     * The hand-written mutable state machine.
     *
     * @return the machine after the life
     */
    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public MutableIncident mutableBaseline() {
        MutableIncident incident = new MutableIncident(rules, id);
        for (IncidentCommand command : commands) {
            String problem = incident.handle(command);
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
        }
        return incident;
    }

    /**
     * Spring Statemachine: a machine from the factory per incident, an event message per command.
     *
     * @return the machine after the life
     */
    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public SpringLifecycle.Incident springStatemachine() {
        SpringLifecycle.Incident incident = spring.start(id);
        for (IncidentCommand command : commands) {
            if (!incident.handle(command)) {
                throw new IllegalStateException("Spring Statemachine refused " + command.commandKind());
            }
        }
        return incident;
    }

    /**
     * stateless4j: a machine per incident on the shared configuration, a trigger per command.
     *
     * @return the machine after the life
     */
    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public Stateless4jLifecycle.Incident stateless4j() {
        Stateless4jLifecycle.Incident incident = stateless4j.start(id);
        for (IncidentCommand command : commands) {
            if (!incident.handle(command)) {
                throw new IllegalStateException("stateless4j refused " + command.commandKind());
            }
        }
        return incident;
    }
}
