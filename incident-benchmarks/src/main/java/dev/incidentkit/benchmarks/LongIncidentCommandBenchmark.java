package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.role.Audience;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
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
 * One command decided on an incident that is already long: {@link Workloads#longIncidentEvents} of 100,
 * 10,000 and 100,000 events (a quarter of them links), replayed once per fork. A command's cost should not
 * grow with the incident's size (issue 17: {@code AddLink} scanned every link, 293 s for 10^5 links); a
 * flat line across the sizes shows it. The command is decided against the same state each time, so nothing
 * accumulates.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LongIncidentCommandBenchmark {

    private static final IncidentId ID = IncidentId.of("LONG-2");

    /** Creates the benchmark; JMH calls it. */
    public LongIncidentCommandBenchmark() {}

    /** The long incident, and the commands to decide on it. */
    @State(Scope.Benchmark)
    public static class LongIncident {
        /** How many events the incident already has. */
        @Param({"100", "10000", "100000"})
        public int size;

        IncidentState state;
        IncidentCommand addLink;
        IncidentCommand recordAction;
        IncidentCommand postUpdate;

        /** Creates the state; JMH calls it. */
        public LongIncident() {}

        /**
         * Replays the incident and builds the commands, checking that each is accepted.
         *
         * @throws IllegalStateException if a command is refused
         */
        @Setup
        public void build() {
            state = Workloads.DECIDER.replay(ID, Workloads.longIncidentEvents(ID, size));
            Instant at = state.lastRecordedAt().get().plusSeconds(60);
            CommandHeader header = CommandHeader.of(CommandId.of("bench"), ID, Workloads.SAM.id(), at);
            addLink = new CommunicationCommand.AddLink(header, Link.of(LinkKind.TICKET, "https://desk.example.org/t/new"));
            recordAction = new ResponseCommand.RecordAction(header, ActionKind.NOTE, "load is back to normal",
                    Option.none());
            postUpdate = CommunicationCommand.PostUpdate.progress(header, Audience.STAKEHOLDERS, "Still investigating.",
                    at.plus(Duration.ofHours(1)));
            for (IncidentCommand c : new IncidentCommand[] {addLink, recordAction, postUpdate}) {
                Workloads.DECIDER.apply(c, state).getOrElseThrow(r -> new IllegalStateException(
                        c.verb() + " was refused on the long incident: " + r.message()));
            }
        }
    }

    /**
     * Links one more place.
     *
     * @param s the incident
     * @return the decision
     */
    @Benchmark
    public Either<Rejection, Decision> addLink(LongIncident s) {
        return Workloads.DECIDER.apply(s.addLink, s.state);
    }

    /**
     * Records one more action.
     *
     * @param s the incident
     * @return the decision
     */
    @Benchmark
    public Either<Rejection, Decision> recordAction(LongIncident s) {
        return Workloads.DECIDER.apply(s.recordAction, s.state);
    }

    /**
     * Posts one more progress update.
     *
     * @param s the incident
     * @return the decision
     */
    @Benchmark
    public Either<Rejection, Decision> postUpdate(LongIncident s) {
        return Workloads.DECIDER.apply(s.postUpdate, s.state);
    }
}
