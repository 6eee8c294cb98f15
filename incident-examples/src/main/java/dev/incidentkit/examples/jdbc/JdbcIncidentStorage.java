package dev.incidentkit.examples.jdbc;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.json.EventJson;
import dev.incidentkit.json.IntentJson;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.store.AppendConflict;
import dev.incidentkit.store.IncidentStorage;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store and the outbox in one relational database, on JDBC: the events of an accepted command
 * and the messages planned from them commit in one transaction, so a message is pending exactly when its
 * event is stored. Runs on H2 (the demo's embedded default) and PostgreSQL.
 *
 * <p>Five tables, created on first use (names start with the table prefix, {@code ik_} by default):
 * <ul>
 *   <li>{@code ik_event}: one row per event, primary key (incident, sequence), so of two writers at the same
 *       version the database lets exactly one win; the event id is unique per incident, so a retried append
 *       is recognised. The payload is the event as JSON ({@link EventJson}) with its schema version, so
 *       events written by an older version are upcast when read. On PostgreSQL the payload is {@code jsonb}.
 *   <li>{@code ik_outbox}: one row per planned message, unique by idempotency key, with its delivery status.
 *   <li>{@code ik_outbox_cursor}: per incident, the sequence of the last event whose messages are planned.
 *   <li>{@code ik_stream}: per incident, the version of its stream, moved in each append's transaction
 *       from the expected version to the new one, so that an append checks its version with one
 *       primary-key read whatever the stream's length; filled from the events when the storage starts.
 *   <li>{@code ik_unplanned}: the incidents with events past their cursor, kept in the transactions that
 *       store events and plan them, so that the dispatcher finds what to plan without reading any stream
 *       ({@link #unplanned()}); filled from the other tables when the storage starts, for events written
 *       by an older version.
 * </ul>
 * Each call opens a connection from the data source and closes it (give it a pooled data source in a
 * service). Safe for use by many threads and many processes on one database. A database that fails
 * raises {@link JdbcStorageException}; a stored event that can no longer be read does too, naming it.
 *
 * <p>What it acknowledges survives a killed process: on H2 it has the database write each commit to its file
 * at once ({@code SET WRITE_DELAY 0}, which H2 otherwise delays by half a second), and refuses to start when
 * it may not; PostgreSQL commits durably by default.
 *
 * @since 0.1.0
 */
public final class JdbcIncidentStorage implements IncidentStorage {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcIncidentStorage.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");
    private static final String UNIQUE_VIOLATION = "23505";
    /** The status of an outbox row that cannot be read, set aside so it stops nothing. */
    static final String UNREADABLE = "UNREADABLE";

    private final DataSource dataSource;
    private final EventJson json;
    private final String eventTable;
    private final String outboxTable;
    private final String cursorTable;
    private final String unplannedTable;
    private final String streamTable;
    private volatile boolean schemaReady;

    private JdbcIncidentStorage(DataSource dataSource, String prefix, EventJson json) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.json = Objects.requireNonNull(json, "json");
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a table prefix is a lower-case letter and up to 20 letters, digits "
                    + "or underscores, got \"" + prefix + "\"");
        }
        this.eventTable = prefix + "event";
        this.outboxTable = prefix + "outbox";
        this.cursorTable = prefix + "outbox_cursor";
        this.unplannedTable = prefix + "unplanned";
        this.streamTable = prefix + "stream";
    }

    /**
     * Storage in a database, in tables named {@code ik_event}, {@code ik_outbox} and {@code ik_outbox_cursor}.
     *
     * @param dataSource where the tables are (created on first use)
     * @return the storage
     * @throws NullPointerException if {@code dataSource} is {@code null}
     */
    public static JdbcIncidentStorage on(DataSource dataSource) {
        return new JdbcIncidentStorage(dataSource, "ik_", EventJson.standard());
    }

    /**
     * Storage in a database, with its own table prefix, so that several stores can share one schema.
     *
     * @param dataSource where the tables are (created on first use)
     * @param tablePrefix the start of the table names: a lower-case letter, then up to 20 lower-case letters,
     *     digits or underscores
     * @return the storage
     * @throws IllegalArgumentException if the prefix is not of that form
     */
    public static JdbcIncidentStorage on(DataSource dataSource, String tablePrefix) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        return new JdbcIncidentStorage(dataSource, tablePrefix, EventJson.standard());
    }

    // ---------------------------------------------------------------- the event store

    @Override
    public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events) {
        return append(incident, expectedVersion, events, Option.none());
    }

    @Override
    public Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events,
            Seq<MessageIntent> messages) {
        Objects.requireNonNull(messages, "messages");
        return append(incident, expectedVersion, events, Option.some(messages));
    }

    private Either<AppendConflict, Long> append(IncidentId incident, long expectedVersion, Seq<IncidentEvent> events,
            Option<Seq<MessageIntent>> messages) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(events, "events");
        for (int i = 0; i < events.size(); i++) {
            IncidentEvent event = events.get(i);
            if (!event.incidentId().equals(incident) || event.sequence() != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("event " + event.header().eventId() + " is not event "
                        + (expectedVersion + 1 + i) + " of incident " + incident);
            }
        }
        return inTransaction("append to incident " + incident, c -> {
            long current = version(c, incident);
            if (current != expectedVersion || events.isEmpty()) {
                return current == expectedVersion || alreadyAppended(c, incident, expectedVersion, events)
                        ? Either.right(current)
                        : Either.left(new AppendConflict(incident, expectedVersion, current));
            }
            try {
                if (!advanceStream(c, incident, expectedVersion, expectedVersion + events.size())) {
                    c.rollback(); // another writer moved the stream since it was read
                    long now = version(c, incident);
                    return alreadyAppended(c, incident, expectedVersion, events)
                            ? Either.right(now)
                            : Either.left(new AppendConflict(incident, expectedVersion, now));
                }
                insertEvents(c, events);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                c.rollback();
                long now = version(c, incident);
                return alreadyAppended(c, incident, expectedVersion, events)
                        ? Either.right(now)
                        : Either.left(new AppendConflict(incident, expectedVersion, now));
            }
            long version = expectedVersion + events.size();
            if (messages.isDefined() && lockedCursor(c, incident) == expectedVersion) {
                insertMessages(c, messages.get());
                moveCursor(c, incident, version);
            } else {
                markUnplanned(c, incident); // stored without its messages: the dispatcher plans them
            }
            return Either.right(version);
        });
    }

    /**
     * The stream's version, from its row in the stream table: one primary-key read, however long the stream.
     * A stream without a row (events another process wrote with a version that kept no such table) is
     * counted from its events.
     */
    private long version(Connection c, IncidentId incident) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select version from " + streamTable + " where incident_id = ?")) {
            s.setString(1, incident.value());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "select coalesce(max(sequence), 0) from " + eventTable + " where incident_id = ?")) {
            s.setString(1, incident.value());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Moves the stream's row from the expected version to the new one, in the append's transaction: of two
     * writers at the same version only one matches (on PostgreSQL the second waits for the first and then
     * matches nothing); a new stream's row, or the first row of a stream that had none, is inserted, and a
     * racing insert violates its primary key.
     *
     * @return whether the row moved; {@code false} when another writer moved it first
     */
    private boolean advanceStream(Connection c, IncidentId incident, long expectedVersion, long newVersion)
            throws SQLException {
        if (expectedVersion == 0) {
            try (PreparedStatement i = c.prepareStatement("insert into " + streamTable
                    + " (incident_id, version) values (?, ?)")) {
                i.setString(1, incident.value());
                i.setLong(2, newVersion);
                i.executeUpdate();
                return true;
            }
        }
        try (PreparedStatement u = c.prepareStatement("update " + streamTable + " set version = ?"
                + " where incident_id = ? and version = ?")) {
            u.setLong(1, newVersion);
            u.setString(2, incident.value());
            u.setLong(3, expectedVersion);
            if (u.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement t = c.prepareStatement("select 1 from " + streamTable + " where incident_id = ?")) {
            t.setString(1, incident.value());
            try (ResultSet r = t.executeQuery()) {
                if (r.next()) {
                    return false; // the row is at another version: another writer was first
                }
            }
        }
        // events without a row (see version): the row starts here, and a racing insert violates its key
        try (PreparedStatement i = c.prepareStatement("insert into " + streamTable
                + " (incident_id, version) values (?, ?)")) {
            i.setString(1, incident.value());
            i.setLong(2, newVersion);
            i.executeUpdate();
            return true;
        }
    }

    private boolean alreadyAppended(Connection c, IncidentId incident, long expectedVersion, Seq<IncidentEvent> events)
            throws SQLException {
        if (events.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("select sequence, event_id from " + eventTable
                + " where incident_id = ? and sequence > ? and sequence <= ? order by sequence")) {
            s.setString(1, incident.value());
            s.setLong(2, expectedVersion);
            s.setLong(3, expectedVersion + events.size());
            Vector<String> stored = Vector.empty();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored = stored.append(r.getString(2));
                }
            }
            return stored.equals(events.map(e -> e.header().eventId().value()).toVector());
        }
    }

    private void insertEvents(Connection c, Seq<IncidentEvent> stream) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into " + eventTable
                + " (incident_id, sequence, event_id, event_type, schema_version, recorded_at, payload)"
                + " values (?, ?, ?, ?, ?, ?, " + dialect(c).jsonParameter() + ")")) {
            for (IncidentEvent event : stream) {
                s.setString(1, event.incidentId().value());
                s.setLong(2, event.sequence());
                s.setString(3, event.header().eventId().value());
                s.setString(4, json.type(event));
                s.setInt(5, EventJson.SCHEMA_VERSION);
                s.setObject(6, OffsetDateTime.ofInstant(event.header().recordedAt(), ZoneOffset.UTC));
                s.setString(7, json.encode(event));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public Seq<IncidentEvent> read(IncidentId incident) {
        Objects.requireNonNull(incident, "incident");
        return inTransaction("read incident " + incident, c -> {
            try (PreparedStatement s = c.prepareStatement("select incident_id, sequence, event_type, schema_version, "
                    + "payload from " + eventTable + " where incident_id = ? order by sequence")) {
                s.setString(1, incident.value());
                return decodeAll(s).getOrElse(incident, Vector.empty());
            }
        });
    }

    @Override
    public Seq<IncidentEvent> readAfter(IncidentId incident, long version) {
        Objects.requireNonNull(incident, "incident");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative, got " + version);
        }
        return inTransaction("read incident " + incident + " after version " + version, c -> {
            try (PreparedStatement s = c.prepareStatement("select incident_id, sequence, event_type, schema_version, "
                    + "payload from " + eventTable + " where incident_id = ? and sequence > ? order by sequence")) {
                s.setString(1, incident.value());
                s.setLong(2, version);
                return decodeAll(s).getOrElse(incident, Vector.empty());
            }
        });
    }

    @Override
    public Seq<Seq<IncidentEvent>> readAll(Predicate<IncidentId> which) {
        Objects.requireNonNull(which, "which");
        return inTransaction("read all incidents", c -> {
            try (PreparedStatement s = c.prepareStatement("select incident_id, sequence, event_type, schema_version, "
                    + "payload from " + eventTable + " order by incident_id, sequence")) {
                return decodeAll(s).filterKeys(which).values().map(v -> (Seq<IncidentEvent>) v).toList();
            }
        });
    }

    @Override
    public Seq<IncidentId> incidents() {
        return inTransaction("list the incidents", c -> {
            try (PreparedStatement s = c.prepareStatement("select incident_id from " + streamTable);
                    ResultSet r = s.executeQuery()) {
                Vector<IncidentId> ids = Vector.empty();
                while (r.next()) {
                    Either<String, IncidentId> id = IncidentId.parse(r.getString(1));
                    if (id.isLeft()) {
                        LOG.warn("an event row names no valid incident ({}) and is left out", id.getLeft());
                    } else {
                        ids = ids.append(id.get());
                    }
                }
                return ids.sorted();
            }
        });
    }

    /** Reads the rows into streams, keyed and sorted by incident id the way {@link IncidentId} orders. */
    private io.vavr.collection.SortedMap<IncidentId, Vector<IncidentEvent>> decodeAll(PreparedStatement s)
            throws SQLException {
        TreeMap<IncidentId, Vector<IncidentEvent>> streams = new TreeMap<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                IncidentId id = IncidentId.of(r.getString(1));
                long sequence = r.getLong(2);
                Either<String, IncidentEvent> event = json.decode(r.getString(3), r.getInt(4), r.getString(5));
                if (event.isLeft()) {
                    throw new JdbcStorageException("event " + sequence + " of incident " + id
                            + " cannot be read: " + event.getLeft(), null);
                }
                streams.merge(id, Vector.of(event.get()), Vector::appendAll);
            }
        }
        return io.vavr.collection.TreeMap.ofAll(streams);
    }

    // ---------------------------------------------------------------- the outbox

    @Override
    public long cursor(IncidentId incident) {
        Objects.requireNonNull(incident, "incident");
        return inTransaction("read the outbox cursor of " + incident, c -> cursorOf(c, incident, false));
    }

    @Override
    public void enqueue(IncidentId incident, long plannedUpTo, Seq<MessageIntent> messages) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(messages, "messages");
        for (int attempt = 1; ; attempt++) {
            try {
                inTransaction("enqueue messages of " + incident, c -> {
                    long cursor = lockedCursor(c, incident);
                    insertMessages(c, messages);
                    if (plannedUpTo > cursor) {
                        moveCursor(c, incident, plannedUpTo);
                    }
                    if (version(c, incident) <= Math.max(cursor, plannedUpTo)) {
                        try (PreparedStatement d = c.prepareStatement("delete from " + unplannedTable
                                + " where incident_id = ?")) {
                            d.setString(1, incident.value());
                            d.executeUpdate();
                        }
                    }
                    return null;
                });
                return;
            } catch (JdbcStorageException e) {
                // another planner inserted the same message or cursor first: enqueueing again skips what it holds
                if (attempt == 3 || !(e.getCause() instanceof SQLException)
                        || !UNIQUE_VIOLATION.equals(((SQLException) e.getCause()).getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private void markUnplanned(Connection c, IncidentId incident) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(dialect(c).insertIfAbsent(unplannedTable, "incident_id"))) {
            s.setString(1, incident.value());
            s.executeUpdate();
        }
    }

    /**
     * The incidents whose events run past their outbox cursor, from the table the appends and plans keep:
     * one indexed read, however many events are stored.
     *
     * @return the incidents, in incident-id order
     */
    @Override
    public Seq<IncidentId> unplanned() {
        return inTransaction("list the incidents with unplanned events", c -> {
            try (PreparedStatement s = c.prepareStatement("select incident_id from " + unplannedTable);
                    ResultSet r = s.executeQuery()) {
                Vector<IncidentId> ids = Vector.empty();
                while (r.next()) {
                    Either<String, IncidentId> id = IncidentId.parse(r.getString(1));
                    if (id.isRight()) {
                        ids = ids.append(id.get());
                    }
                }
                return ids.sorted();
            }
        });
    }

    private long lockedCursor(Connection c, IncidentId incident) throws SQLException {
        return cursorOf(c, incident, true);
    }

    private long cursorOf(Connection c, IncidentId incident, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select planned_up_to from " + cursorTable
                + " where incident_id = ?" + (lock ? " for update" : ""))) {
            s.setString(1, incident.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        }
    }

    private void moveCursor(Connection c, IncidentId incident, long plannedUpTo) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update " + cursorTable + " set planned_up_to = ?"
                + " where incident_id = ? and planned_up_to < ?")) {
            u.setLong(1, plannedUpTo);
            u.setString(2, incident.value());
            u.setLong(3, plannedUpTo);
            if (u.executeUpdate() > 0 || cursorOf(c, incident, false) >= plannedUpTo) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("insert into " + cursorTable
                + " (incident_id, planned_up_to) values (?, ?)")) {
            i.setString(1, incident.value());
            i.setLong(2, plannedUpTo);
            i.executeUpdate();
        }
    }

    private void insertMessages(Connection c, Seq<MessageIntent> messages) throws SQLException {
        for (MessageIntent message : messages) {
            if (held(c, message.idempotencyKey())) {
                continue;
            }
            try (PreparedStatement s = c.prepareStatement("insert into " + outboxTable
                    + " (idempotency_key, incident_id, intent, status, attempts, next_attempt_at, last_error)"
                    + " values (?, ?, " + dialect(c).jsonParameter() + ", ?, 0, ?, null)")) {
                s.setString(1, message.idempotencyKey());
                s.setString(2, message.incident().value());
                s.setString(3, IntentJson.encode(message));
                s.setString(4, OutboxEntry.Status.PENDING.name());
                s.setObject(5, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
                s.executeUpdate();
            }
        }
    }

    private boolean held(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from " + outboxTable + " where idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public Seq<OutboxEntry> due(Instant now) {
        Objects.requireNonNull(now, "now");
        return inTransaction("read the due messages", c -> {
            try (PreparedStatement s = c.prepareStatement(entryQuery(" where status = ? and next_attempt_at <= ?"))) {
                s.setString(1, OutboxEntry.Status.PENDING.name());
                s.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                return entries(c, s);
            }
        });
    }

    @Override
    public void update(OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        inTransaction("update message " + entry.intent().idempotencyKey(), c -> {
            try (PreparedStatement s = c.prepareStatement("update " + outboxTable
                    + " set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where idempotency_key = ?")) {
                s.setString(1, entry.status().name());
                s.setInt(2, entry.attempts());
                s.setObject(3, OffsetDateTime.ofInstant(entry.nextAttemptAt(), ZoneOffset.UTC));
                s.setString(4, entry.lastError().getOrNull());
                s.setString(5, entry.intent().idempotencyKey());
                if (s.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no message with key " + entry.intent().idempotencyKey()
                            + " is in the outbox");
                }
            }
            return null;
        });
    }

    @Override
    public Seq<OutboxEntry> entries() {
        return inTransaction("read the outbox", c -> {
            try (PreparedStatement s = c.prepareStatement(entryQuery(""))) {
                return entries(c, s);
            }
        });
    }

    private String entryQuery(String where) {
        return "select intent, status, attempts, next_attempt_at, last_error, position, idempotency_key from "
                + outboxTable + where + " order by position";
    }

    /**
     * The rows as entries. A row that cannot be read (its intent, its status) is left out, named in the log,
     * and quarantined: marked {@code UNREADABLE} with the reason, so it is never tried and never stops the
     * rows after it.
     */
    private Seq<OutboxEntry> entries(Connection c, PreparedStatement s) throws SQLException {
        Vector<OutboxEntry> found = Vector.empty();
        Vector<String[]> unreadable = Vector.empty();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long position = r.getLong(6);
                Either<String, OutboxEntry> entry = IntentJson.decode(r.getString(1)).flatMap(message ->
                        status(r, message));
                if (entry.isLeft()) {
                    LOG.warn("outbox row {} (key {}) cannot be read and is set aside: {}", position, r.getString(7),
                            entry.getLeft());
                    unreadable = unreadable.append(new String[] {Long.toString(position), entry.getLeft()});
                } else {
                    found = found.append(entry.get());
                }
            }
        }
        for (String[] row : unreadable) {
            try (PreparedStatement q = c.prepareStatement("update " + outboxTable
                    + " set status = ?, last_error = ? where position = ?")) {
                q.setString(1, UNREADABLE);
                q.setString(2, "unreadable: " + row[1]);
                q.setLong(3, Long.parseLong(row[0]));
                q.executeUpdate();
            }
        }
        return found;
    }

    private static Either<String, OutboxEntry> status(ResultSet r, MessageIntent message) {
        try {
            String status = r.getString(2);
            Option<OutboxEntry.Status> known = io.vavr.collection.List.of(OutboxEntry.Status.values())
                    .find(v -> v.name().equals(status));
            if (known.isEmpty()) {
                return Either.left("the status \"" + status + "\" is none of " + java.util.Arrays.toString(
                        OutboxEntry.Status.values()));
            }
            return Either.right(new OutboxEntry(message, known.get(), r.getInt(3),
                    r.getObject(4, OffsetDateTime.class).toInstant(), Option.of(r.getString(5))));
        } catch (SQLException | RuntimeException e) {
            return Either.left(e.toString());
        }
    }

    // ---------------------------------------------------------------- plumbing

    /** Work done on one connection in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        ensureSchema();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcStorageException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        }
    }

    private void ensureSchema() {
        if (schemaReady) {
            return;
        }
        synchronized (this) {
            if (schemaReady) {
                return;
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                Dialect dialect = dialect(c);
                if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                    writeOnCommit(s);
                }
                s.execute("create table if not exists " + eventTable + " ("
                        + "incident_id varchar(128) not null, "
                        + "sequence bigint not null, "
                        + "event_id varchar(160) not null, "
                        + "event_type varchar(64) not null, "
                        + "schema_version integer not null, "
                        + "recorded_at timestamp with time zone not null, "
                        + "payload " + dialect.jsonType() + " not null, "
                        + "primary key (incident_id, sequence), "
                        + "constraint " + eventTable + "_event_id unique (incident_id, event_id))");
                s.execute("create table if not exists " + outboxTable + " ("
                        + "position bigint generated by default as identity primary key, "
                        + "idempotency_key varchar(512) not null, "
                        + "incident_id varchar(128) not null, "
                        + "intent " + dialect.jsonType() + " not null, "
                        + "status varchar(16) not null, "
                        + "attempts integer not null, "
                        + "next_attempt_at timestamp with time zone not null, "
                        + "last_error " + dialect.textType() + ", "
                        + "constraint " + outboxTable + "_key unique (idempotency_key))");
                s.execute("create index if not exists " + outboxTable + "_due on " + outboxTable + " (status, next_attempt_at)");
                s.execute("create table if not exists " + cursorTable + " ("
                        + "incident_id varchar(128) primary key, "
                        + "planned_up_to bigint not null)");
                s.execute("create table if not exists " + unplannedTable + " ("
                        + "incident_id varchar(128) primary key)");
                s.execute("create table if not exists " + streamTable + " ("
                        + "incident_id varchar(128) primary key, "
                        + "version bigint not null)");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                fillFromEvents(c, s);
                schemaReady = true;
            } catch (SQLException e) {
                throw new JdbcStorageException("could not create the tables: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Fills the stream and unplanned tables once, as the storage starts, for events written by a version that
     * did not keep them: every stream gets its row (its version counted from its events), and every stream
     * past its outbox cursor is named unplanned.
     */
    private void fillFromEvents(Connection c, Statement s) throws SQLException {
        fillOnce(c, s, "insert into " + streamTable + " (incident_id, version)"
                + " select e.incident_id, max(e.sequence) from " + eventTable + " e where not exists"
                + " (select 1 from " + streamTable + " t where t.incident_id = e.incident_id)"
                + " group by e.incident_id");
        fillOnce(c, s, "insert into " + unplannedTable + " (incident_id)"
                + " select t.incident_id from " + streamTable + " t left join " + cursorTable
                + " k on k.incident_id = t.incident_id where t.version > coalesce(k.planned_up_to, 0)"
                + " and not exists (select 1 from " + unplannedTable + " u where u.incident_id = t.incident_id)");
    }

    /**
     * Runs one insert of rows derived from the other tables. Another process starting at the same moment may
     * insert the same rows first; what it inserted is what this would have, so its key violation is no error.
     */
    private static void fillOnce(Connection c, Statement s, String insert) throws SQLException {
        try {
            s.execute(insert);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        }
    }

    /**
     * H2 writes a committed transaction to its file up to half a second later unless told otherwise, so an
     * accepted command could be lost when the process is killed: this makes the open database write at each
     * commit. (A stored setting of 0 is not applied when H2 reopens the file, so it is set each time; a
     * database that closes with its last connection writes everything as it closes.) A user without the
     * right to change it gets an error rather than a store that loses what it acknowledged.
     */
    private static void writeOnCommit(Statement s) throws SQLException {
        try {
            s.execute("set write_delay 0");
        } catch (SQLException e) {
            throw new JdbcStorageException("this H2 database delays writing commits to its file, so a killed process"
                    + " would lose accepted commands, and it could not be changed (" + e.getMessage() + "); open it"
                    + " with WRITE_DELAY=0 in the URL or as a user with admin rights", e);
        }
    }

    private static Dialect dialect(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? Dialect.POSTGRESQL : Dialect.STANDARD;
    }

    /** What differs between the databases: where JSON goes, and how a row is inserted unless present. */
    private enum Dialect {
        STANDARD("character large object", "character large object", "?"),
        POSTGRESQL("jsonb", "text", "cast(? as jsonb)");

        private final String jsonType;
        private final String textType;
        private final String jsonParameter;

        Dialect(String jsonType, String textType, String jsonParameter) {
            this.jsonType = jsonType;
            this.textType = textType;
            this.jsonParameter = jsonParameter;
        }

        String jsonType() {
            return jsonType;
        }

        String textType() {
            return textType;
        }

        String jsonParameter() {
            return jsonParameter;
        }

        /** An insert of one key column that does nothing when the key is there, without an error. */
        String insertIfAbsent(String table, String key) {
            return this == POSTGRESQL
                    ? "insert into " + table + " (" + key + ") values (?) on conflict do nothing"
                    : "merge into " + table + " (" + key + ") key (" + key + ") values (?)";
        }
    }

    @Override
    public String toString() {
        return "JdbcIncidentStorage[" + eventTable + ", " + outboxTable + ", " + cursorTable + "]";
    }
}
