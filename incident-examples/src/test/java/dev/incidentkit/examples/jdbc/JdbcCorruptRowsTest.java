package dev.incidentkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * One unreadable row stopped every delivery (issue 17, item 5): a corrupt event of one incident and an outbox
 * row with an unknown status. The healthy incident's messages are delivered, the metrics count it, and the
 * bad outbox row is set aside with its reason.
 */
class JdbcCorruptRowsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final ResponderId ADA = ResponderId.of("ada");

    @Test
    void should_deliver_and_measure_the_healthy_incidents_when_rows_of_another_are_corrupt() throws SQLException {
        // given: a healthy incident, declared through the desk
        DataSource ds = Databases.h2();
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(ds);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), storage, clock, 5);
        IncidentId healthy = IncidentId.of("INC-1");
        declare(desk, healthy);
        // and: a corrupt event of another incident, and an outbox row nobody can read
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into ik_event (incident_id, sequence, event_id, event_type, schema_version, recorded_at,"
                    + " payload) values ('INC-BAD', 1, 'x#0', 'Reported', 2, timestamp with time zone"
                    + " '2026-03-02 12:00:00+00', '{not json')");
            s.execute("insert into ik_outbox (idempotency_key, incident_id, intent, status, attempts, next_attempt_at,"
                    + " last_error) values ('bad-row', 'INC-BAD', '{}', 'WEIRD', 0, timestamp with time zone"
                    + " '2026-03-02 11:00:00+00', null)");
        }
        RecordingNotifier notifier = new RecordingNotifier();
        Dispatcher dispatcher = new Dispatcher(desk, storage, storage, new PlainTextRenderer(), notifier, clock,
                Duration.ofSeconds(30), 5);

        // when
        dispatcher.dispatch();

        // then: the healthy incident's messages went out, and it is measured
        assertTrue(!notifier.received().isEmpty());
        assertTrue(notifier.received().forAll(m -> m.intent().incident().equals(healthy)));
        assertTrue(storage.entries().forAll(e -> e.status() == OutboxEntry.Status.DELIVERED), storage.entries()
                .mkString("\n"));
        assertEquals(1, desk.metrics().incidents());
        // and: the bad row is set aside with its reason, and named no more
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("select status, last_error from ik_outbox where idempotency_key = 'bad-row'")) {
            assertTrue(r.next());
            assertEquals(JdbcIncidentStorage.UNREADABLE, r.getString(1));
            assertTrue(r.getString(2).startsWith("unreadable: "), r.getString(2));
        }
    }

    @Test
    void should_hold_stored_text_to_the_front_doors_rules_and_name_the_row() throws SQLException {
        // given: an incident declared through the desk, its messages not yet sent
        DataSource ds = Databases.h2();
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(ds);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), storage, clock, 5);
        IncidentId id = IncidentId.of("INC-2");
        declare(desk, id);
        // and: a bell slipped into the stored title, and into the facts of the pending page
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update ik_event set payload = replace(payload, '\"Hub down\"',"
                    + " '\"Hub down\\u0007\"') where incident_id = 'INC-2' and event_type = 'Declared'"));
            assertTrue(s.executeUpdate("update ik_outbox set intent = replace(intent, '\"503s\"',"
                    + " '\"503s\\u0007\"') where intent like '%\"503s\"%'") > 0);
        }
        RecordingNotifier notifier = new RecordingNotifier();
        Dispatcher dispatcher = new Dispatcher(desk, storage, storage, new PlainTextRenderer(), notifier, clock,
                Duration.ofSeconds(30), 5);

        // when
        JdbcStorageException read = assertThrows(JdbcStorageException.class, () -> storage.read(id));
        dispatcher.dispatch();

        // then: the event is refused as the front door refuses the command, naming the row
        assertTrue(read.getMessage().contains("event 2 of incident INC-2"), read.getMessage());
        assertTrue(read.getMessage().contains("the title must be one line without control or formatting characters"),
                read.getMessage());
        // and: no message with the bell went out; each is set aside with the rule it broke
        assertTrue(notifier.received().forAll(m -> !m.text().contains("\u0007")), notifier.received().mkString());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("select status, last_error from ik_outbox where intent like '%u0007%'")) {
            int rows = 0;
            while (r.next()) {
                rows++;
                assertEquals(JdbcIncidentStorage.UNREADABLE, r.getString(1));
                assertTrue(r.getString(2).contains("holds text no store can keep"), r.getString(2));
            }
            assertTrue(rows > 0);
        }
    }

    /** Reports a paging alert "503s" and declares it "Hub down" through the desk. */
    private static void declare(IncidentDesk desk, IncidentId id) {
        assertTrue(desk.handle(TriageCommand.Report.of(header(id, 1), ReportSource.pagingAlert("HubDown", "hub"),
                "503s")) instanceof DeskOutcome.Accepted);
        assertTrue(desk.handle(ResponseCommand.Declare.of(header(id, 2), "Hub down", IncidentProcess.standard()
                .severityScale().get("SEV2"), Impact.of("nobody can log in", 9), "Hub")) instanceof DeskOutcome.Accepted);
    }

    private static CommandHeader header(IncidentId id, int n) {
        return CommandHeader.of(CommandId.of(id + "-c" + n), id, ADA, T0);
    }
}
