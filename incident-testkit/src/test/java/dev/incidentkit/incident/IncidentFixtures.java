package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.fail;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import dev.incidentkit.testkit.RuleSpec;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** Static factories for commands at fixed times, and a way to bring an incident to a status. */
final class IncidentFixtures {

    static final IncidentId INC = IncidentId.of("INC-7");
    static final IncidentId OTHER = IncidentId.of("INC-8");
    static final ResponderId ADA = ResponderId.of("ada");
    static final ResponderId GRACE = ResponderId.of("grace");
    static final Instant T0 = Instant.parse("2026-03-02T12:42:00Z");
    static final IncidentDecider DECIDER = IncidentDecider.standard();
    /** The standard process's rules, on incident {@link #INC} before anything happened to it. */
    static final RuleSpec RULES = RuleSpec.of(IncidentProcess.standard(), INC);
    static final SeverityScale SCALE = SeverityScale.standard();
    static final Severity SEV1 = SCALE.get("SEV1");
    static final Severity SEV2 = SCALE.get("SEV2");
    static final Severity SEV3 = SCALE.get("SEV3");

    private IncidentFixtures() {}

    static Instant minute(int minutesAfterT0) {
        return T0.plus(Duration.ofMinutes(minutesAfterT0));
    }

    /** A header for command {@code c<minute>} by ada, recorded {@code minute} minutes after T0. */
    static CommandHeader at(int minute) {
        return at(minute, ADA);
    }

    static CommandHeader at(int minute, ResponderId actor) {
        return CommandHeader.of(CommandId.of("c" + minute), INC, actor, minute(minute));
    }

    static TriageCommand.Report report(int minute) {
        return TriageCommand.Report.of(at(minute), ReportSource.pagingAlert("HubDown", "take immediate action"),
                "Users cannot log in to the hub");
    }

    static ResponseCommand.Declare declare(int minute) {
        return ResponseCommand.Declare.of(at(minute), "Hub login failing", SEV2, Impact.of("users cannot log in", 40),
                "Managed JupyterHubs");
    }

    /** A declaration at SEV3, which the generic process closes without a postmortem. */
    static ResponseCommand.Declare declareMinor(int minute) {
        return ResponseCommand.Declare.of(at(minute), "Hub login slow", SEV3, Impact.of("logins are slow", 5),
                "Managed JupyterHubs");
    }

    static TriageCommand.Decline decline(int minute) {
        return new TriageCommand.Decline(at(minute), "a single user's quota question",
                DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-4711"));
    }

    static ResponseCommand.Mitigate mitigate(int minute) {
        return new ResponseCommand.Mitigate(at(minute), "rolled back the hub image", Option.none());
    }

    static ResponseCommand.Resolve resolve(int minute) {
        return new ResponseCommand.Resolve(at(minute), "logged in as a test user on three hubs", Option.none());
    }

    static ResponseCommand.Reopen reopen(int minute) {
        return new ResponseCommand.Reopen(at(minute), "a second report of failed logins");
    }

    static ResponseCommand.Cancel cancel(int minute) {
        return new ResponseCommand.Cancel(at(minute), "expected behaviour during maintenance");
    }

    static ResponseCommand.Merge merge(int minute) {
        return new ResponseCommand.Merge(at(minute), OTHER);
    }

    static ResponseCommand.Close close(int minute) {
        return new ResponseCommand.Close(at(minute));
    }

    static CommunicationCommand.PostUpdate progress(int minute) {
        return CommunicationCommand.PostUpdate.progress(at(minute), Audience.STAKEHOLDERS,
                "We are rolling back the last deploy.", minute(minute + 180));
    }

    static CommunicationCommand.PostUpdate resolutionNotice(int minute) {
        return CommunicationCommand.PostUpdate.resolution(at(minute), Audience.STAKEHOLDERS,
                "Things should be back to normal.");
    }

    static CommunicationCommand.AddLink link(int minute, LinkKind kind, String reference) {
        return new CommunicationCommand.AddLink(at(minute), Link.of(kind, reference));
    }

    static ResponseCommand.ChangeSeverity severity(int minute, Severity to, String reason) {
        return new ResponseCommand.ChangeSeverity(at(minute), to, Option.of(reason));
    }

    static TriageCommand.EstimateImpactStart impactStart(int minute, Instant startedAt) {
        return new TriageCommand.EstimateImpactStart(at(minute), startedAt);
    }

    /** The state after applying every command live, failing the test if one is rejected (see {@link RuleSpec}). */
    static IncidentState given(IncidentCommand... commands) {
        return RULES.givenCommands(commands).state();
    }

    private static Decision accepted(IncidentCommand command, IncidentState state) {
        Either<Rejection, Decision> decision = DECIDER.apply(command, state);
        if (decision.isLeft()) {
            fail("given " + command.verb() + " was rejected: " + decision.getLeft());
        }
        return decision.get();
    }

    /** The events of applying every command, failing the test if one is rejected. */
    static Seq<IncidentEvent> givenEvents(IncidentCommand... commands) {
        IncidentState state = IncidentState.empty(INC);
        Vector<IncidentEvent> events = Vector.empty();
        for (IncidentCommand command : commands) {
            Decision decision = accepted(command, state);
            events = events.appendAll(decision.events());
            state = decision.state();
        }
        return events;
    }

    /** The commands of the shortest path to each status. */
    static IncidentCommand[] pathTo(IncidentStatus status) {
        switch (status) {
            case TRIAGE:
                return new IncidentCommand[] {report(0)};
            case DECLARED:
                return new IncidentCommand[] {report(0), declare(1)};
            case MITIGATED:
                return new IncidentCommand[] {report(0), declare(1), mitigate(2)};
            case RESOLVED:
                return new IncidentCommand[] {report(0), declareMinor(1), resolve(2), resolutionNotice(3)};
            case IN_REVIEW:
                return new IncidentCommand[] {report(0), declare(1), resolve(2), resolutionNotice(3),
                    new PostmortemCommand.StartPostmortem(at(4), Option.none())};
            case CLOSED:
                return new IncidentCommand[] {report(0), declareMinor(1), resolve(2), resolutionNotice(3), close(4)};
            case DECLINED:
                return new IncidentCommand[] {report(0), decline(1)};
            case CANCELED:
                return new IncidentCommand[] {report(0), cancel(1)};
            case MERGED:
                return new IncidentCommand[] {report(0), merge(1)};
            default:
                throw new IllegalArgumentException(status.name());
        }
    }

    /** An incident in each status, reached by the shortest path. */
    static IncidentState inStatus(IncidentStatus status) {
        return given(pathTo(status));
    }
}
