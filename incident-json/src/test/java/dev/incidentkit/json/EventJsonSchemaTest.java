package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stored layout is a promise to every row already written. The golden files under
 * {@code src/test/resources/fixtures} pin the layout of schema version {@value EventJson#SCHEMA_VERSION}; the
 * version 1 fixture, written once in the adapter's first layout, proves that such rows still read. To accept a
 * deliberate change of the golden files (after raising the schema version and adding an upcaster), run with
 * {@code -Dgolden.update=true}, read the diff, and commit it.
 */
class EventJsonSchemaTest {

    private static final EventJson JSON = EventJson.standard();
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String RICH_V3 = "rich-history-v3.jsonl";
    private static final String OTHERS_V3 = "other-events-v3.jsonl";
    private static final String IMPRECISE_V3 = "imprecise-times-v3.jsonl";
    private static final String RICH_V2 = "rich-history-v2.jsonl";
    private static final String OTHERS_V2 = "other-events-v2.jsonl";

    /** Event types added in version 2, of which no version 1 row exists. */
    private static final Set<String> TYPES_SINCE_VERSION_2 = Set.of("TakeoverOffered", "Absorbed");
    private static final String HISTORY_V1 = "events-v1.jsonl";

    @Test
    void should_write_the_rich_history_exactly_as_its_golden_file() {
        assertGolden(RICH_V3, EventSamples.richHistory());
    }

    @Test
    void should_write_the_events_of_every_other_type_exactly_as_their_golden_file() {
        assertGolden(OTHERS_V3, EventSamples.others());
    }

    @Test
    void should_write_times_of_every_precision_exactly_as_their_golden_file() {
        assertGolden(IMPRECISE_V3, EventSamples.impreciseTimes());
    }

    @Test
    void should_read_the_golden_files_back_to_the_events_they_were_written_from() {
        // given
        Seq<String> lines = lines(RICH_V3).appendAll(lines(OTHERS_V3)).appendAll(lines(IMPRECISE_V3));

        // when
        Seq<Either<String, IncidentEvent>> read = lines.map(JSON::fromLine);

        // then
        assertEquals(EventSamples.everyType().appendAll(EventSamples.impreciseTimes())
                .map(Either::<String, IncidentEvent>right), read);
    }

    @Test
    void should_load_events_written_in_schema_version_2_as_facts_at_exact_times() {
        // given
        Seq<String> lines = lines(RICH_V2).appendAll(lines(OTHERS_V2));

        // when
        Seq<Either<String, IncidentEvent>> read = lines.map(JSON::fromLine);

        // then
        assertTrue(lines.forAll(line -> tree(line).get("schemaVersion").intValue() == 2), "the fixtures are of version 2");
        assertTrue(lines.exists(line -> tree(line).get("event").get("header").get("occurredAt") != null
                && tree(line).get("event").get("header").get("occurredAt").isString()), "version 2 kept exact instants");
        assertEquals(EventSamples.everyType().filter(e -> !EventSamples.TYPES_SINCE_VERSION_3.contains(e.getClass()))
                .map(Either::<String, IncidentEvent>right), read);
    }

    @Test
    void should_refuse_a_version_2_payload_whose_time_already_has_a_precision() {
        // given
        String line = JSON.toLine(EventSamples.impreciseTimes().head()).replace("\"schemaVersion\":3", "\"schemaVersion\":2");

        // when
        Either<String, IncidentEvent> read = JSON.fromLine(line);

        // then
        assertTrue(read.isLeft() && read.getLeft().contains("header.occurredAt")
                && read.getLeft().contains("later version"), read.toString());
    }

    @Test
    void should_load_events_written_in_schema_version_1() {
        // given
        Seq<ObjectNode> rows = lines(HISTORY_V1).map(EventJsonSchemaTest::tree);
        Seq<IncidentEvent> expected = EventSamples.richHistory().map(EventJsonSchemaTest::toTheMillisecond);

        // when
        Seq<Either<String, IncidentEvent>> read = rows.map(row -> JSON.decode(row.get("type").stringValue(),
                row.get("schemaVersion").intValue(), row.get("payload").toString()));

        // then
        assertTrue(rows.forAll(row -> row.get("schemaVersion").intValue() == 1), "the fixture is of version 1");
        assertFalse(rows.exists(row -> row.get("payload").has("header")), "version 1 has no nested header");
        assertEquals(expected.map(Either::<String, IncidentEvent>right), read);
        assertNotEquals(EventSamples.richHistory(), read.map(Either::get),
                "version 1 kept milliseconds only: the nanoseconds of the rich history are not in the fixture");
    }

    @Test
    void should_replay_events_written_in_schema_version_1_to_the_state_of_the_history_they_came_from() {
        // given
        Seq<IncidentEvent> read = lines(HISTORY_V1).map(EventJsonSchemaTest::tree).map(row -> JSON.decode(
                row.get("type").stringValue(), row.get("schemaVersion").intValue(), row.get("payload").toString()).get());
        IncidentDecider decider = IncidentDecider.standard();

        // when
        IncidentState fromVersion1 = decider.replay(EventSamples.RICH, read);
        IncidentState live = decider.replay(EventSamples.RICH, EventSamples.richHistory());

        // then
        assertEquals(Option.some(IncidentStatus.IN_REVIEW), fromVersion1.status());
        assertEquals(List.of(ResponderId.of("grace")), fromVersion1.holders(Role.INCIDENT_COMMANDER));
        assertEquals(List.of(ResponderId.of("ada")), fromVersion1.holders(Role.INVESTIGATOR));
        assertEquals(List.of(ResponderId.of("linus")), fromVersion1.holders(Role.SUBJECT_MATTER_EXPERT));
        assertEquals(Option.some("SEV1"), fromVersion1.severity().map(Severity::name));
        assertEquals(23, fromVersion1.version());
        assertEquals(live.status(), fromVersion1.status());
        assertEquals(live.roleHolders(), fromVersion1.roleHolders());
        assertEquals(live.links(), fromVersion1.links());
        assertEquals(live.appliedCommands(), fromVersion1.appliedCommands());
        assertEquals(live.postmortem().map(p -> p.actionItems()), fromVersion1.postmortem().map(p -> p.actionItems()));
    }

    @Test
    void should_read_a_line_whose_event_is_in_schema_version_1() {
        // given
        ObjectNode row = tree(lines(HISTORY_V1).head());
        ObjectNode line = TREES.createObjectNode();
        line.set("type", row.get("type"));
        line.set("schemaVersion", row.get("schemaVersion"));
        line.set("incident", row.get("incident"));
        line.set("sequence", row.get("sequence"));
        line.set("event", row.get("payload"));

        // when
        Either<String, IncidentEvent> read = JSON.fromLine(line.toString());

        // then
        assertEquals(Either.right(toTheMillisecond(EventSamples.richHistory().head())), read);
    }

    @Test
    void should_know_where_version_1_kept_every_instant_that_version_2_writes() {
        // given
        Seq<ObjectNode> lines = lines(RICH_V2).appendAll(lines(OTHERS_V2)).map(EventJsonSchemaTest::tree);
        Set<String> found = new TreeSet<>();

        // when
        for (ObjectNode line : lines.filter(l -> !TYPES_SINCE_VERSION_2.contains(l.get("type").stringValue()))) {
            String type = line.get("type").stringValue();
            Set<String> paths = new TreeSet<>();
            instantPaths(line.get("event"), "", paths);
            for (String path : paths) {
                String version1Path = path.startsWith("header.") ? path.substring("header.".length()) : path;
                found.add(type + ":" + version1Path);
                // then
                assertTrue(SchemaV1.instantPaths(type).contains(version1Path), "the version 1 steps miss the instant at "
                        + version1Path + " of " + type + ", so such a row would not read");
            }
        }

        // then
        assertTrue(found.containsAll(Set.of("Reported:recordedAt", "Reported:occurredAt", "HandoffOffered:handoff.expiresAt",
                "ChatImported:notImported[].message.postedAt", "ImpactWindowSet:end")), found.toString());
    }

    private static void assertGolden(String name, Seq<IncidentEvent> events) {
        String written = events.map(JSON::toLine).mkString("", "\n", "\n");
        Path file = FIXTURES.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            write(file, written);
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true and review it");
        List<String> expected = lines(name);
        List<String> actual = List.of(written.split("\n"));
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String was = i < expected.size() ? expected.get(i) : "(no line)";
            String is = i < actual.size() ? actual.get(i) : "(no line)";
            if (!was.equals(is)) {
                fail("The JSON layout of schema version " + EventJson.SCHEMA_VERSION + " changed (" + file + ", line "
                        + (i + 1) + "), and rows already stored in that version would no longer read the same. If the"
                        + " change is deliberate, raise EventJson.SCHEMA_VERSION, add the steps that lift the old layout"
                        + " to the new one (see the class comment of EventJson), keep this file as the fixture of the"
                        + " old version, and write the new golden file with -Dgolden.update=true. An added Option field,"
                        + " a new event type or a change of the sample events needs no new version: regenerate the file"
                        + " the same way and review the diff.\n  golden: " + was
                        + "\n  now:    " + is);
            }
        }
    }

    /** What version 1 could keep of an event: every instant cut to the millisecond, as it wrote epoch milliseconds. */
    private static IncidentEvent toTheMillisecond(IncidentEvent event) {
        JsonNode payload = tree(JSON.encode(event));
        truncateInstants(payload);
        // version 1 rows were written before links had purposes: they read back with none
        ((ObjectNode) payload).remove("purpose");
        return JSON.decode(JSON.type(event), EventJson.SCHEMA_VERSION, payload.toString()).get();
    }

    private static void truncateInstants(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            for (String field : List.ofAll(object.propertyNames())) {
                JsonNode value = object.get(field);
                Option<Instant> instant = instant(value);
                if (instant.isDefined()) {
                    object.set(field, StringNode.valueOf(Instant.ofEpochMilli(instant.get().toEpochMilli()).toString()));
                } else {
                    truncateInstants(value);
                }
            }
        } else if (node instanceof ArrayNode) {
            node.forEach(EventJsonSchemaTest::truncateInstants);
        }
    }

    private static void instantPaths(JsonNode node, String where, Set<String> paths) {
        if (node.isObject()) {
            for (String field : List.ofAll(node.propertyNames())) {
                String path = where.isEmpty() ? field : where + "." + field;
                if (instant(node.get(field)).isDefined()) {
                    paths.add(path);
                } else {
                    instantPaths(node.get(field), path, paths);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> instantPaths(element, where + "[]", paths));
        }
    }

    private static Option<Instant> instant(JsonNode node) {
        if (!node.isString()) {
            return Option.none();
        }
        try {
            return Option.some(Instant.parse(node.stringValue()));
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }

    private static List<String> lines(String name) {
        try {
            return List.ofAll(Files.readAllLines(FIXTURES.resolve(name), StandardCharsets.UTF_8))
                    .filter(line -> !line.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) TREES.readTree(json);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
