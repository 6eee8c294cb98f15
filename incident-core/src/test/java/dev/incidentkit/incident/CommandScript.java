package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.OTHER;
import static dev.incidentkit.incident.IncidentFixtures.SCALE;
import static dev.incidentkit.incident.IncidentFixtures.T0;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Random command sequences for one incident, valid and invalid mixed: a generated list of small
 * {@link Step}s, each turned into a concrete command at a time that mostly moves forward.
 *
 * <p>Steps are plain numbers so that QuickTheories can shrink a failing list to a short one, and
 * print it readably.
 */
final class CommandScript {

    /**
     * How many kinds of step there are: "skip" (0, where shrinking leads, so a shrunk script shows
     * only the commands that matter), thirteen commands (1..13) and "repeat an earlier command" (14).
     */
    static final int KINDS = 15;

    private static final int REPEAT = KINDS - 1;

    private static final ResponderId[] ACTORS = {ResponderId.of("ada"), ResponderId.of("grace"),
        ResponderId.of("alertmanager")};
    private static final String[] REFERENCES = {"#inc-7", "FD-4711", "https://status.example.com/i/1"};

    /**
     * One step of a script.
     *
     * @param kind 0 to skip, 1..13 for a command, 14 to repeat an earlier command's id (exactly, or with
     *     another command under it)
     * @param minutes how far the clock moves before the step; negative now and then
     * @param variant picks the command's details, including invalid ones
     */
    record Step(int kind, int minutes, int variant) {}

    private CommandScript() {}

    static Gen<List<Step>> scripts(int maxLength) {
        Gen<Step> step = integers().between(0, KINDS - 1)
                .zip(integers().between(-3, 120), integers().between(0, 5), Step::new);
        return lists().of(step).ofSizeBetween(1, maxLength).describedAs(CommandScript::describe);
    }

    /** The commands a script stands for, one a line, as a person would read the history. */
    static String describe(List<Step> steps) {
        return commands(steps).map(c -> c.commandId() + " " + c.verb() + " by " + c.actor() + " at "
                + c.recordedAt() + ": " + c).mkString("\n  ", "\n  ", "\n");
    }

    /** The commands a script stands for, in order. */
    static Vector<IncidentCommand> commands(List<Step> steps) {
        Vector<IncidentCommand> commands = Vector.empty();
        Instant now = T0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            now = now.plus(Duration.ofMinutes(step.minutes()));
            if (step.kind() == 0 || (step.kind() == REPEAT && commands.isEmpty())) {
                continue;
            }
            if (step.kind() == REPEAT) {
                IncidentCommand earlier = commands.get(step.variant() % commands.size());
                commands = commands.append(step.variant() % 2 == 0
                        ? earlier
                        : new IncidentCommand.Cancel(earlier.header(), "a different command under a used id"));
            } else {
                CommandHeader header = CommandHeader.of(CommandId.of("c" + i), INC,
                        ACTORS[step.variant() % ACTORS.length], now);
                commands = commands.append(command(step.kind() - 1, step.variant(), header, now));
            }
        }
        return commands;
    }

    private static IncidentCommand command(int kind, int v, CommandHeader h, Instant now) {
        switch (kind) {
            case 0:
                return new IncidentCommand.Report(h, source(v), v == 5 ? " " : "Hub is down",
                        v % 2 == 0 ? Option.some(minutesBefore(now, v * 3)) : Option.none(),
                        v % 3 == 0 ? Option.some(minutesBefore(now, v * 10)) : Option.none());
            case 1:
                return new IncidentCommand.Declare(h, v == 5 ? "" : "Hub login failing", severity(v),
                        Impact.of("users cannot log in", v * 10), "Managed JupyterHubs",
                        v % 2 == 0 ? Option.some(minutesBefore(now, v * 20)) : Option.none());
            case 2:
                return new IncidentCommand.Decline(h, v == 5 ? "" : "one user's question",
                        DeclineRoute.to(DeclineRoute.Destination.values()[v % 3]));
            case 3:
                return new IncidentCommand.EstimateImpactStart(h, minutesBefore(now, 200 - v * 45));
            case 4:
                return new IncidentCommand.ChangeSeverity(h, severity(v),
                        v % 2 == 0 ? Option.none() : Option.some("scope changed"));
            case 5:
                return new IncidentCommand.PostUpdate(h, v < 4 ? UpdateKind.PROGRESS : UpdateKind.RESOLUTION,
                        Audience.values()[v % 3], "Still rolling back",
                        v < 3 ? Option.some(now.plus(Duration.ofMinutes(60 - v * 30))) : Option.none());
            case 6:
                return new IncidentCommand.AddLink(h, Link.of(LinkKind.values()[v % 5], REFERENCES[v % 3]));
            case 7:
                return new IncidentCommand.Mitigate(h, "rolled back",
                        v > 2 ? Option.some(minutesBefore(now, v * 15)) : Option.none());
            case 8:
                return new IncidentCommand.Resolve(h, v == 5 ? "" : "logged in as a test user",
                        v > 2 ? Option.some(minutesBefore(now, v * 15)) : Option.none());
            case 9:
                return new IncidentCommand.Reopen(h, "reported again");
            case 10:
                return new IncidentCommand.Cancel(h, v == 5 ? " " : "does not qualify");
            case 11:
                return new IncidentCommand.Merge(h, v == 5 ? INC : OTHER);
            default:
                return new IncidentCommand.Close(h);
        }
    }

    private static ReportSource source(int v) {
        switch (v % 4) {
            case 0:
                return new ReportSource.PagingAlert("HubDown", HashSet.of("take immediate action"), Option.none());
            case 1:
                return ReportSource.supportTicket("FD-4711", ACTORS[0]);
            case 2:
                return ReportSource.chat("#incidents", ACTORS[1]);
            default:
                return ReportSource.manual(ACTORS[0]);
        }
    }

    private static Severity severity(int v) {
        return v == 5 ? new Severity("P0", 1) : SCALE.levels().get(v % SCALE.levels().size());
    }

    private static Instant minutesBefore(Instant now, int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
