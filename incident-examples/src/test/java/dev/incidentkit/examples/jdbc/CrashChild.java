package dev.incidentkit.examples.jdbc;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process {@link JdbcCrashTest} kills: it plays short incidents through a desk on a JDBC storage, forever,
 * printing {@code ACK incident command} once the desk has accepted a command, and runs the dispatcher now and
 * then. Arguments: the JDBC URL, the table prefix, and a name for this run's incidents.
 */
public final class CrashChild {

    private static final ResponderId SAM = ResponderId.of("sam");

    private CrashChild() {}

    /**
     * Runs until killed.
     *
     * @param args the JDBC URL, the table prefix, the run's name
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DataSource ds = dataSource(args[0]);
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(ds, args[1]);
        Clock clock = Clock.systemUTC();
        IncidentProcess process = IncidentProcess.standard();
        IncidentDesk desk = new IncidentDesk(process, storage, clock, 10);
        Dispatcher dispatcher = new Dispatcher(desk, storage, storage, new PlainTextRenderer(), new RecordingNotifier(),
                clock, Duration.ofMillis(1), 5);
        for (int i = 0; ; i++) {
            IncidentId id = IncidentId.of(args[2] + "-" + i);
            int[] step = {0};
            Function<Void, CommandHeader> next = ignored -> CommandHeader.of(CommandId.of(id + "-c" + (++step[0])), id,
                    SAM, clock.instant());
            for (IncidentCommand command : List.of(
                    TriageCommand.Report.of(next.apply(null), ReportSource.pagingAlert("HubDown", "hub"), "503s"),
                    ResponseCommand.Declare.of(next.apply(null), "Hub down", process.severityScale().get("SEV2"),
                            Impact.of("nobody can log in", 50), "Hub"),
                    new CommunicationCommand.AddLink(next.apply(null), Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-" + i)),
                    CommunicationCommand.PostUpdate.progress(next.apply(null), Audience.STAKEHOLDERS,
                            "We are investigating.", clock.instant().plus(Duration.ofHours(1))),
                    new ResponseCommand.Mitigate(next.apply(null), "rolled back", Option.none()))) {
                DeskOutcome outcome = desk.handle(command);
                out.println((outcome instanceof DeskOutcome.Accepted ? "ACK " : "NOT ") + command.incidentId() + " "
                        + command.commandId());
            }
            if (i % 2 == 0) {
                dispatcher.dispatch();
            }
        }
    }

    static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        return pg;
    }
}
