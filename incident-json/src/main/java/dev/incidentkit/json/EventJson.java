package dev.incidentkit.json;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import dev.incidentkit.incident.IncidentEvent;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of every {@link IncidentEvent}: the payload a JDBC event store keeps in one row per event,
 * and the line the demo writes to {@code events.jsonl}. Reading never trusts the text: a payload that is
 * not valid JSON, names an unknown type, comes from a newer schema version, lacks a field, holds a field of
 * the wrong kind or a value the event's own constructor refuses is a {@code Left} with a sentence that names
 * the type and the field; nothing is thrown.
 *
 * <h2>Layout (schema version {@value #SCHEMA_VERSION})</h2>
 * The payload is a one-line JSON object of the event's record components in declaration order, the
 * {@code header} first; values are mapped by their type, generically:
 * <ul>
 *   <li>a record is an object of its components, except an id record whose only component is {@code value}
 *       ({@code IncidentId}, {@code ResponderId}, {@code HandoffId}...), which is written as that value;
 *   <li>a sealed interface ({@code ReportSource}) is its subclass's object with a first field {@code "kind"}
 *       holding the subclass's simple name;
 *   <li>an enum is its constant's name; an {@code Instant} or a {@code Duration} an ISO-8601 string
 *       ({@code "2026-03-02T12:42:00.123456789Z"}, {@code "PT15M"}), to the nanosecond;
 *   <li>an {@code Option} field is left out when empty and written as its content otherwise (a reader also
 *       takes {@code null} as empty), so a field added later as an {@code Option} reads as empty from older rows;
 *   <li>a Vavr {@code Seq}, {@code List}, {@code Vector} or {@code Set} is an array in iteration order, read
 *       back as a {@code Vector}, a {@code List}, a {@code Vector} or a {@code LinkedHashSet} (Vavr sequences
 *       equal by elements and sets by membership, whatever the implementation).
 * </ul>
 * Every value is rebuilt through its canonical constructor, so its own checks run on stored data too. A field
 * the layout does not know, a repeated key, a repeated set element or text after the object is refused. Text is
 * kept as it is, apart from JSON's escapes and a hexadecimal escape for surrogates and for U+0085, U+2028 and
 * U+2029, so a payload is one line for every reader and well-formed in any database encoding. A
 * {@code PostmortemStarted} event (wrapped here):
 * <pre>{@code
 * {"header":{"incidentId":"INC-7","eventId":"INC-7-17#0","sequence":21,"recordedAt":"2026-03-02T13:42:00.123456806Z",
 *  "actor":"grace","commandId":"INC-7-17"},"owner":"grace","impactStart":"2026-03-02T12:38:00.123456789Z",
 *  "impactEnd":"2026-03-02T13:00:00.123456789Z"}
 * }</pre>
 * The type travels beside the payload (the store's {@code type} column); its name is the event record's
 * simple name ({@code "PostmortemStarted"}), see {@link #type(IncidentEvent)}.
 *
 * <h2>Schema versions</h2>
 * <ol>
 *   <li>The adapter's first draft: as version 2, except that the header's fields sat at the top level of the
 *       payload and every instant was a JSON number of epoch milliseconds, so rows of this version hold times
 *       to the millisecond only. The same event (wrapped):
 *       <pre>{@code
 * {"incidentId":"INC-7","eventId":"INC-7-17#0","sequence":21,"recordedAt":1772458920123,"actor":"grace",
 *  "commandId":"INC-7-17","owner":"grace","impactStart":1772455080123,"impactEnd":1772456400123}
 * }</pre>
 *   <li>As version 3, except that the header's {@code occurredAt} was an ISO-8601 instant, always exact.
 *   <li>The layout above, where the header's {@code occurredAt}, for a fact recorded after it happened, is the
 *       time with its precision: {@code {"at":"2026-03-02T20:00:00Z","precision":"RANGE","until":
 *       "2026-03-02T21:00:00Z"}}; {@link #SCHEMA_VERSION}.
 * </ol>
 * {@link #decode(String, int, String) decode} lifts an older payload to the current version by a chain of
 * small named steps on the JSON tree, each registered for the version it reads (version 1 to 2: instants from
 * epoch milliseconds to ISO-8601, where version 1 kept them, then the header fields nested under
 * {@code "header"}; version 2 to 3: an exact {@code occurredAt} instant to a time with its precision), then
 * reads it. Stored rows are never rewritten.
 *
 * <p>Changing the layout (renaming, removing or retyping a component of any event or of a value it holds, adding
 * a component that is not an {@code Option}, renaming an event, a {@code ReportSource} subclass or an enum
 * constant) makes version 4: raise {@link #SCHEMA_VERSION} to 4; write, in a frozen {@code SchemaV3} class beside
 * {@code SchemaV2}, the steps that turn a version 3 payload into a version 4 one (against the version 3 layout as
 * stored, not against the new records) and register them with the older steps in {@link #standard()}; keep the
 * version 3 golden files as the fixtures that prove those steps, and write new golden files for version 4. The
 * golden-file test of this module fails when the layout changes without that. Adding an {@code Option} component
 * or a new event type needs no new version, as every stored row reads the same; regenerate the golden files and
 * review the diff.
 *
 * <p>Instances are immutable and thread-safe; the per-type mapping (component accessors and canonical
 * constructors as method handles) is built once, when the instance is made.
 *
 * @since 0.1.0
 */
public final class EventJson {

    /**
     * The schema version this code writes, and the newest it reads.
     */
    public static final int SCHEMA_VERSION = 3;

    /**
     * The oldest schema version this code reads.
     */
    public static final int OLDEST_SCHEMA_VERSION = 1;

    private static final String LINE_TYPE = "type";
    private static final String LINE_VERSION = "schemaVersion";
    private static final String LINE_INCIDENT = "incident";
    private static final String LINE_SEQUENCE = "sequence";
    private static final String LINE_EVENT = "event";
    private static final List<String> LINE_FIELDS =
            List.of(LINE_TYPE, LINE_VERSION, LINE_INCIDENT, LINE_SEQUENCE, LINE_EVENT);

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new LineSafeEscapes())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final EventJson STANDARD = new EventJson(SchemaV1.upcasters().appendAll(SchemaV2.upcasters()));

    private final Map<String, JsonCodecs.RecordCodec> byName;
    private final java.util.Map<Class<?>, String> names;
    private final List<Upcaster> upcasters;

    EventJson(Seq<Upcaster> upcasters) {
        List<Upcaster> steps = List.ofAll(upcasters);
        for (int version = OLDEST_SCHEMA_VERSION; version < SCHEMA_VERSION; version++) {
            int from = version;
            if (!steps.exists(step -> step.from() == from)) {
                throw new IllegalStateException("no upcaster reads schema version " + from);
            }
        }
        steps.find(step -> step.from() < OLDEST_SCHEMA_VERSION || step.from() >= SCHEMA_VERSION).forEach(step -> {
            throw new IllegalStateException("upcaster '" + step.name() + "' reads version " + step.from()
                    + ", outside " + OLDEST_SCHEMA_VERSION + " to " + (SCHEMA_VERSION - 1));
        });
        this.upcasters = steps.sortBy(Upcaster::from);
        JsonCodecs.Builder builder = new JsonCodecs.Builder();
        Map<String, JsonCodecs.RecordCodec> codecs = LinkedHashMap.empty();
        java.util.Map<Class<?>, String> classes = new java.util.HashMap<>();
        for (Class<?> type : IncidentEvent.recordTypes()) {
            String name = type.getSimpleName();
            if (codecs.containsKey(name)) {
                throw new IllegalStateException("two event types are named " + name);
            }
            codecs = codecs.put(name, builder.record(type));
            classes.put(type, name);
        }
        this.byName = codecs;
        this.names = java.util.Map.copyOf(classes);
    }

    /**
     * The codec with the built-in upcasters, reading schema versions {@value #OLDEST_SCHEMA_VERSION} to
     * {@value #SCHEMA_VERSION} and writing {@value #SCHEMA_VERSION}.
     *
     * @return the codec, shared
     */
    public static EventJson standard() {
        return STANDARD;
    }

    /**
     * Every event type name this codec writes and reads, in the order {@link IncidentEvent} declares them.
     *
     * @return the names
     */
    public Seq<String> types() {
        return byName.keySet().toList();
    }

    /**
     * The stable name of an event's type: its record's simple name, such as {@code "Declared"}. The store
     * keeps it beside the payload; {@link #decode(String, int, String)} needs it back.
     *
     * @param event the event
     * @return the name
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public String type(IncidentEvent event) {
        Objects.requireNonNull(event, "event");
        return names.get(event.getClass());
    }

    /**
     * The event's payload in the current layout: a one-line JSON object of its fields, header included (see
     * the class comment).
     *
     * @param event the event
     * @return the JSON text
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public String encode(IncidentEvent event) {
        return text(tree(event));
    }

    /**
     * Reads a stored payload, first lifting it from the version it was stored in to {@link #SCHEMA_VERSION}.
     *
     * @param type the event's type name, as {@link #type(IncidentEvent)} gave it
     * @param schemaVersion the version the payload was written in
     * @param payload the JSON text
     * @return the event; or, when the type is unknown, the version is newer than {@value #SCHEMA_VERSION} or
     *     older than {@value #OLDEST_SCHEMA_VERSION}, the text is not a JSON object, or a field is missing, of
     *     the wrong kind or refused by its value's constructor, a sentence naming the type and the field
     * @throws NullPointerException if {@code type} or {@code payload} is {@code null}
     */
    public Either<String, IncidentEvent> decode(String type, int schemaVersion, String payload) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Option<String> versionProblem = versionProblem(schemaVersion);
        if (versionProblem.isDefined()) {
            return Either.left(cannotRead(type, schemaVersion, versionProblem.get()));
        }
        return parse(payload, "the payload")
                .mapLeft(problem -> cannotRead(type, schemaVersion, problem))
                .flatMap(tree -> decodeTree(type, schemaVersion, tree));
    }

    /**
     * One line for {@code events.jsonl}: the type, the schema version, the incident and the sequence, then the
     * payload, as in
     * {@code {"type":"Closed","schemaVersion":2,"incident":"INC-7","sequence":30,"event":{"header":{...}}}}.
     * The line holds no line break.
     *
     * @param event the event
     * @return the line, without a line terminator
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public String toLine(IncidentEvent event) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put(LINE_TYPE, type(event));
        line.put(LINE_VERSION, SCHEMA_VERSION);
        line.put(LINE_INCIDENT, event.incidentId().value());
        line.put(LINE_SEQUENCE, event.sequence());
        line.set(LINE_EVENT, tree(event));
        return text(line);
    }

    /**
     * Reads a line that {@link #toLine(IncidentEvent)} wrote, in this or an older schema version.
     *
     * @param line the line, with or without its line terminator
     * @return the event; or a sentence saying what is wrong, as for {@link #decode(String, int, String)}, also
     *     when the line's incident or sequence differs from its event's
     * @throws NullPointerException if {@code line} is {@code null}
     */
    public Either<String, IncidentEvent> fromLine(String line) {
        Objects.requireNonNull(line, "line");
        Either<String, ObjectNode> parsed = parse(line, "the line");
        if (parsed.isLeft()) {
            return Either.left("cannot read the line: " + parsed.getLeft());
        }
        ObjectNode fields = parsed.get();
        for (String name : fields.propertyNames()) {
            if (!LINE_FIELDS.contains(name)) {
                return Either.left("cannot read the line: field '" + JsonCodecs.quoteText(name, 48)
                        + "' is unknown: a line holds " + LINE_FIELDS.mkString(", "));
            }
        }
        for (String name : LINE_FIELDS) {
            if (!fields.hasNonNull(name)) {
                return Either.left("cannot read the line: field '" + name + "' is missing");
            }
        }
        JsonNode type = fields.get(LINE_TYPE);
        JsonNode version = fields.get(LINE_VERSION);
        JsonNode event = fields.get(LINE_EVENT);
        if (!type.isString()) {
            return Either.left("cannot read the line: field 'type' must be a string, not " + JsonCodecs.describe(type));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            return Either.left("cannot read the line: field 'schemaVersion' must be a whole number, not "
                    + JsonCodecs.quoteNode(version));
        }
        if (!event.isObject()) {
            return Either.left("cannot read the line: field 'event' must be a JSON object, not "
                    + JsonCodecs.describe(event));
        }
        Option<String> versionProblem = versionProblem(version.intValue());
        if (versionProblem.isDefined()) {
            return Either.left(cannotRead(type.stringValue(), version.intValue(), versionProblem.get()));
        }
        return decodeTree(type.stringValue(), version.intValue(), (ObjectNode) event)
                .flatMap(decoded -> matchesLine(decoded, fields.get(LINE_INCIDENT), fields.get(LINE_SEQUENCE)));
    }

    private static Either<String, IncidentEvent> matchesLine(IncidentEvent event, JsonNode incident,
            JsonNode sequence) {
        boolean sameIncident = incident.isString() && incident.stringValue().equals(event.incidentId().value());
        boolean sameSequence = sequence.isIntegralNumber() && sequence.canConvertToLong()
                && sequence.longValue() == event.sequence();
        if (sameIncident && sameSequence) {
            return Either.right(event);
        }
        String filedUnder = incident.isString() ? "'" + JsonCodecs.quoteText(incident.stringValue(), 48) + "'"
                : JsonCodecs.describe(incident);
        String filedAt = sequence.isNumber() ? JsonCodecs.quoteText(sequence.asString(), 48) : JsonCodecs.describe(sequence);
        return Either.left("cannot read the line: it is filed under incident " + filedUnder + " at sequence " + filedAt
                + ", but its event belongs to incident '" + event.incidentId().value() + "' at sequence "
                + event.sequence());
    }

    private Either<String, IncidentEvent> decodeTree(String type, int schemaVersion, ObjectNode tree) {
        Upcaster.Payload payload = new Upcaster.Payload(type, tree);
        for (Upcaster step : upcasters) {
            if (step.from() < schemaVersion) {
                continue;
            }
            Either<String, Upcaster.Payload> next = step.apply(payload);
            if (next.isLeft()) {
                return Either.left(cannotRead(type, schemaVersion, "step '" + step.name() + "' failed: "
                        + next.getLeft()));
            }
            payload = next.get();
        }
        Option<JsonCodecs.RecordCodec> codec = byName.get(payload.type());
        if (codec.isEmpty()) {
            return Either.left("cannot read an event of type '" + JsonCodecs.quoteText(payload.type(), 48)
                    + "' (schema version " + schemaVersion + "): no event has that type; this code knows "
                    + byName.size() + " types, " + byName.head()._1 + " to " + byName.last()._1);
        }
        return codec.get().read(payload.fields())
                .map(IncidentEvent.class::cast)
                .mapLeft(failure -> cannotRead(type, schemaVersion, failure.sentence()));
    }

    private static Option<String> versionProblem(int schemaVersion) {
        if (schemaVersion > SCHEMA_VERSION) {
            return Option.some("it is newer than this code, which reads schema versions " + OLDEST_SCHEMA_VERSION
                    + " to " + SCHEMA_VERSION + "; upgrade incidentkit to read it");
        }
        if (schemaVersion < OLDEST_SCHEMA_VERSION) {
            return Option.some("there is no such version: schema versions start at " + OLDEST_SCHEMA_VERSION);
        }
        return Option.none();
    }

    private static String cannotRead(String type, int schemaVersion, String problem) {
        return "cannot read the " + JsonCodecs.quoteText(type, 48) + " event stored in schema version "
                + schemaVersion + ": " + problem;
    }

    static Either<String, ObjectNode> parse(String text, String what) {
        Either<String, JsonNode> parsed = parseNode(text, what);
        if (parsed.isLeft()) {
            return Either.left(parsed.getLeft());
        }
        JsonNode tree = parsed.get();
        if (!tree.isObject()) {
            return Either.left(what + " must be a JSON object, not " + JsonCodecs.describe(tree));
        }
        return Either.right((ObjectNode) tree);
    }

    /** Parses JSON text strictly (no duplicate keys, nothing after the value); never throws. */
    static Either<String, JsonNode> parseNode(String text, String what) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException e) {
            String message = Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName());
            String at = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return Either.left(what + " is not valid JSON" + at + ": " + JsonCodecs.quoteText(message, 160));
        }
        if (tree == null || tree.isMissingNode()) {
            return Either.left(what + " is empty");
        }
        return Either.right(tree);
    }

    private ObjectNode tree(IncidentEvent event) {
        Objects.requireNonNull(event, "event");
        return byName.get(type(event)).get().write(event);
    }

    /**
     * JSON's own escapes, plus a hexadecimal escape for every surrogate and for the characters some line readers
     * break at (U+0085, U+2028, U+2029): a payload is then one line for any reader, and well-formed UTF-16 that
     * any database encoding keeps, even when a text holds a lone surrogate.
     */
    private static final class LineSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            if (Character.isSurrogate((char) ch) || ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }

    static String text(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
