package dev.incidentkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.testkit.Histories;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the JDBC storage adds to the contracts: events and their messages commit together or not at all,
 * they survive a restart, and events an older version wrote still load.
 */
class JdbcStorageTest {

    private static final IncidentId INC = IncidentId.of("INC-1");
    private static final ResponderId ADA = ResponderId.of("ada");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    /** The desks' clock: the desk stamps every command with it, after the story's last header. */
    private static final Clock CLOCK = Clock.fixed(T0.plus(Duration.ofMinutes(10)), ZoneOffset.UTC);

    private int commands;

    private CommandHeader header() {
        commands++;
        return CommandHeader.of(CommandId.of("c" + commands), INC, ADA, T0.plusSeconds(60L * commands));
    }

    private Seq<IncidentCommand> story() {
        return List.of(
                TriageCommand.Report.of(header(), ReportSource.supportTicket("FD-1", ResponderId.of("rep")), "down"),
                ResponseCommand.Declare.of(header(), "Hub down", IncidentProcess.standard().severityScale().get("SEV2"),
                        Impact.of("all"), "hub"),
                new CommunicationCommand.AddLink(header(), Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-1")),
                CommunicationCommand.PostUpdate.progress(header(), Audience.STAKEHOLDERS, "Working on it",
                        T0.plus(Duration.ofHours(3))));
    }

    @Test
    void should_commit_the_messages_with_their_events_as_the_in_memory_desk_plans_them() {
        // given
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(Databases.h2());
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), storage, CLOCK, 3);
        InMemoryEventStore memory = new InMemoryEventStore();
        InMemoryOutbox memoryOutbox = new InMemoryOutbox();
        IncidentDesk reference = new IncidentDesk(IncidentProcess.standard(), memory, memoryOutbox, CLOCK, 3);

        // when
        for (IncidentCommand command : story()) {
            assertTrue(desk.handle(command) instanceof DeskOutcome.Accepted);
            reference.handle(command);
        }

        // then: every message is pending with its events, no planning pass needed
        assertEquals(memory.read(INC), storage.read(INC));
        assertEquals(memoryOutbox.entries(), storage.entries());
        assertEquals(storage.read(INC).size(), storage.cursor(INC));
        assertEquals(List.of("ticket-assignment", "channel-kickoff", "first-response"),
                storage.entries().map(e -> e.intent().templateKey()));
    }

    @Test
    void should_store_neither_events_nor_messages_when_the_transaction_fails_half_way() {
        // given: a database that fails when the first planned message is written
        DataSource failing = failingOn(Databases.h2(), "insert into ik_outbox ");
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(failing);
        IncidentDecider decider = IncidentDecider.standard();
        Seq<IncidentEvent> events = decider.decide(story().head(), dev.incidentkit.incident.IncidentState.empty(INC)).get();
        Seq<MessageIntent> messages = events.flatMap(e -> Notifications.plan(e,
                decider.replay(INC, events.take((int) e.sequence()))));
        Seq<MessageIntent> planned = messages.isEmpty() ? List.of(new MessageIntent("k-1", INC, "status-update",
                new dev.incidentkit.notify.Target(dev.incidentkit.notify.Target.Kind.TICKET, "FD-1"),
                dev.incidentkit.notify.ChannelFormat.MARKDOWN, io.vavr.collection.LinkedHashMap.of("text", "hi")))
                : messages;

        // when
        assertThrows(JdbcStorageException.class, () -> storage.append(INC, 0, events, planned));

        // then: rolled back as one
        assertEquals(List.empty(), storage.read(INC));
        assertEquals(List.empty(), storage.entries());
        assertEquals(0, storage.cursor(INC));
    }

    @Test
    void should_keep_events_and_pending_messages_across_a_restart(@TempDir Path folder) {
        // given
        String url = "jdbc:h2:file:" + folder.resolve("store").toString().replace('\\', '/');
        JdbcIncidentStorage first = JdbcIncidentStorage.on(h2(url));
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), first, CLOCK, 3);
        story().forEach(desk::handle);

        // when: a new process opens the same file
        JdbcIncidentStorage second = JdbcIncidentStorage.on(h2(url));

        // then
        assertEquals(first.read(INC), second.read(INC));
        assertEquals(3, second.due(Instant.now()).size());
        assertEquals(IncidentStatus.DECLARED, IncidentDecider.standard().replay(INC, second.read(INC)).status().get());
    }

    @Test
    void should_load_events_an_older_version_stored_in_schema_version_1() throws Exception {
        // given: the committed fixture's rows, inserted as the first version of the store wrote them
        DataSource db = Databases.h2();
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(db);
        storage.cursor(INC); // creates the tables
        ObjectMapper mapper = new ObjectMapper();
        int rows = 0;
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("insert into ik_event"
                + " (incident_id, sequence, event_id, event_type, schema_version, recorded_at, payload)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (String line : fixture().split("\n")) {
                JsonNode row = mapper.readTree(line);
                JsonNode payload = row.get("payload");
                insert.setString(1, row.get("incident").asText());
                insert.setLong(2, row.get("sequence").asLong());
                insert.setString(3, payload.get("eventId").asText());
                insert.setString(4, row.get("type").asText());
                insert.setInt(5, row.get("schemaVersion").asInt());
                insert.setObject(6, OffsetDateTime.ofInstant(Instant.ofEpochMilli(payload.get("recordedAt").asLong()),
                        ZoneOffset.UTC));
                insert.setString(7, mapper.writeValueAsString(payload));
                insert.executeUpdate();
                rows++;
            }
        }
        IncidentId id = IncidentId.of("INC-7");

        // when
        Seq<IncidentEvent> loaded = storage.read(id);

        // then: the same history as the library makes today, to the millisecond the old layout kept
        Seq<IncidentEvent> today = Histories.richHistory(id);
        assertEquals(rows, loaded.size());
        assertEquals(today.map(e -> e.getClass()), loaded.map(e -> e.getClass()));
        assertEquals(today.map(e -> e.header().eventId()), loaded.map(e -> e.header().eventId()));
        var state = IncidentDecider.standard().replay(id, loaded);
        var expected = IncidentDecider.standard().replay(id, today);
        assertEquals(expected.status(), state.status());
        assertEquals(expected.roleHolders(), state.roleHolders());
        assertEquals(List.of(ResponderId.of("grace")), state.holders(Role.INCIDENT_COMMANDER));
        // and it is appended to at its version like any stream
        assertTrue(storage.append(id, loaded.size(), List.empty(), List.empty()).isRight());
    }

    /** The committed version 1 rows, kept with the codec in incident-json (tests run in the module's folder). */
    private static String fixture() throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("../incident-json/src/test/resources/fixtures/events-v1.jsonl"),
                StandardCharsets.UTF_8).strip();
    }

    private static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    /** A data source whose connections fail the statements that start with the given SQL. */
    private static DataSource failingOn(DataSource real, String sqlStart) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (!(result instanceof Connection)) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String
                                        && ((String) a[0]).startsWith(sqlStart)) {
                                    throw new SQLException("the disk is full", "53100");
                                }
                                try {
                                    return m.invoke(connection, a);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }
}
