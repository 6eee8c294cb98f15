package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import dev.incidentkit.incident.IncidentEvent;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bad stored text is a {@code Left} with a sentence that names the type and the field; nothing is thrown. */
class EventJsonRejectionTest {

    private static final EventJson JSON = EventJson.standard();
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final IncidentEvent DECLARED = EventSamples.richHistory().get(2);
    private static final String DECLARED_PAYLOAD = JSON.encode(DECLARED);

    @Test
    void should_refuse_an_unknown_type() {
        // when
        Either<String, IncidentEvent> read = JSON.decode("Exploded", EventJson.SCHEMA_VERSION, DECLARED_PAYLOAD);

        // then
        assertLeft(read, "cannot read an event of type 'Exploded' (schema version 3): no event has that type");
    }

    @Test
    void should_refuse_a_schema_version_newer_than_this_code_or_one_that_never_existed() {
        // when
        Either<String, IncidentEvent> newer = JSON.decode("Declared", 99, DECLARED_PAYLOAD);
        Either<String, IncidentEvent> zero = JSON.decode("Declared", 0, DECLARED_PAYLOAD);
        Either<String, IncidentEvent> negative = JSON.decode("Declared", -1, DECLARED_PAYLOAD);

        // then
        assertLeft(newer, "cannot read the Declared event stored in schema version 99: it is newer than this code,"
                + " which reads schema versions 1 to 3; upgrade incidentkit to read it");
        assertLeft(zero, "schema version 0: there is no such version");
        assertLeft(negative, "schema version -1: there is no such version");
    }

    @Test
    void should_refuse_text_that_is_not_one_json_object() {
        // given
        List<String> broken = List.of("", "   ", "{", "{\"header\":", "[]", "null", "42", "\"Declared\"", "{'a':1}",
                DECLARED_PAYLOAD + " trailing", DECLARED_PAYLOAD + DECLARED_PAYLOAD, "{\"title\":\"a\",\"title\":\"b\"}",
                "{\"header\":{}} // comment", "\u0000", "{\"a\":NaN}");

        // when
        Seq<Either<String, IncidentEvent>> read = broken.map(text -> JSON.decode("Declared", EventJson.SCHEMA_VERSION, text));

        // then
        read.forEach(r -> assertLeft(r, "cannot read the Declared event stored in schema version 3: the payload "));
        assertLeft(read.get(3), "the payload is not valid JSON at line 1, column 11");
        assertLeft(read.get(4), "the payload must be a JSON object, not an array");
        assertLeft(read.get(11), "Duplicate Object property \"title\"");
    }

    @Test
    void should_refuse_a_payload_that_lacks_a_required_field() {
        // given
        String withoutTitle = edit(DECLARED_PAYLOAD, tree -> tree.remove("title"));
        String withoutSequence = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).remove("sequence"));
        String nullTitle = edit(DECLARED_PAYLOAD, tree -> tree.putNull("title"));

        // when, then
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, withoutTitle),
                "cannot read the Declared event stored in schema version 3: field 'title' is missing");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, withoutSequence), "field 'header.sequence' is missing");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, nullTitle), "field 'title' is null");
    }

    @Test
    void should_refuse_a_field_of_the_wrong_kind() {
        // given
        String textSequence = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("sequence", "3"));
        String fractionRank = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("severity")).put("rank", 2.5));
        String hugeRank = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("severity")).put("rank",
                BigInteger.TEN.pow(30)));
        String numberTime = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("recordedAt", 17L));
        String badTime = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("recordedAt", "noon"));
        String objectTitle = edit(DECLARED_PAYLOAD, tree -> tree.putObject("title"));
        IncidentEvent reported = EventSamples.richHistory().head();
        String unknownKind = edit(JSON.encode(reported), tree -> ((ObjectNode) tree.get("source")).put("kind", "Pager"));
        String noKind = edit(JSON.encode(reported), tree -> ((ObjectNode) tree.get("source")).remove("kind"));
        String tagsText = edit(JSON.encode(reported), tree -> ((ObjectNode) tree.get("source")).put("tags", "hub"));
        String nullTag = edit(JSON.encode(reported), tree -> ((ArrayNode) tree.get("source").get("tags")).addNull());
        IncidentEvent assessed = EventSamples.richHistory().get(1);
        String badEnum = edit(JSON.encode(assessed), tree -> ((ObjectNode) tree.get("assessment"))
                .put("reproduction", "MAYBE"));
        String badDuration = edit(JSON.encode(assessed), tree -> ((ObjectNode) tree.get("assessment"))
                .put("unresolvedFor", "10 minutes"));
        String badBoolean = edit(JSON.encode(assessed), tree -> ((ObjectNode) tree.get("assessment"))
                .put("customerImpact", "yes"));

        // when, then
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, textSequence),
                "field 'header.sequence' must be a whole number within the range of a long, not '3'");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, fractionRank), "field 'severity.rank' must be a whole number");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, hugeRank), "field 'severity.rank' must be a whole number");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, numberTime), "field 'header.recordedAt' must be an ISO-8601 instant");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, badTime), "field 'header.recordedAt' must be an ISO-8601 instant such as"
                + " 2026-03-02T12:42:00Z, not 'noon'");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, objectTitle), "field 'title' must be a string, not an object");
        assertLeft(JSON.decode("Reported", EventJson.SCHEMA_VERSION, unknownKind), "field 'source.kind' must be one of PagingAlert,"
                + " SupportTicket, ChatReport, Manual, not 'Pager'");
        assertLeft(JSON.decode("Reported", EventJson.SCHEMA_VERSION, noKind), "field 'source.kind' is missing");
        assertLeft(JSON.decode("Reported", EventJson.SCHEMA_VERSION, tagsText), "field 'source.tags' must be a JSON array, not a string");
        assertLeft(JSON.decode("Reported", EventJson.SCHEMA_VERSION, nullTag), "field 'source.tags[2]' is null");
        assertLeft(JSON.decode("Assessed", EventJson.SCHEMA_VERSION, badEnum), "field 'assessment.reproduction' must be one of NOT_TRIED,"
                + " REPRODUCED, NOT_REPRODUCED, not 'MAYBE'");
        assertLeft(JSON.decode("Assessed", EventJson.SCHEMA_VERSION, badDuration), "field 'assessment.unresolvedFor' must be an ISO-8601"
                + " duration");
        assertLeft(JSON.decode("Assessed", EventJson.SCHEMA_VERSION, badBoolean), "field 'assessment.customerImpact' must be true or false");
    }

    @Test
    void should_refuse_a_value_its_own_constructor_refuses() {
        // given
        String emptyId = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("incidentId", ""));
        String spacedActor = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("actor", "a b"));
        String sequenceZero = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("sequence", 0));
        String blankName = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("declarer")).put("displayName", " "));
        String futureFact = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header"))
                .putObject("occurredAt").put("at", "2026-03-02T12:00:00Z").put("precision", "RANGE")
                .put("until", "2099-01-01T00:00:00Z"));
        IncidentEvent linked = EventSamples.richHistory().get(6);
        String badLink = edit(JSON.encode(linked), tree -> ((ObjectNode) tree.get("link")).put("reference", "ftp://x"));

        // when, then
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, emptyId),
                "field 'header.incidentId' is refused by IncidentId: an incident id must not be empty");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, spacedActor), "field 'header.actor' is refused by ResponderId: a"
                + " responder id must not contain white space");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, sequenceZero),
                "field 'header' is refused by EventHeader: an event sequence starts at 1, got 0");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, blankName), "field 'declarer' is refused by Responder: a display name");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, futureFact),
                "field 'header' is refused by EventHeader: an event cannot occur after it was recorded");
        assertLeft(JSON.decode("LinkAdded", EventJson.SCHEMA_VERSION, badLink), "field 'link' is refused by Link: a URL must use http or https");

        // issue 17, item 11: stored text is held to the rules of the front door, field by field
        String bellTitle = edit(DECLARED_PAYLOAD, tree -> tree.put("title", "Hub down\u0007"));
        String twoLineTitle = edit(DECLARED_PAYLOAD, tree -> tree.put("title", "Hub down\n@everyone"));
        String hiddenService = edit(DECLARED_PAYLOAD, tree -> tree.put("impactedService", "hub\uDB40\uDC01"));
        String nulImpact = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("impact")).put("summary", "a\u0000b"));
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, bellTitle), "is refused by Declared: the title must be one line without"
                + " control or formatting characters");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, twoLineTitle), "is refused by Declared: the title must be one line");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, hiddenService), "is refused by Declared: the impacted service must be"
                + " one line");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, nulImpact), "is refused by Declared: the impact summary must not"
                + " contain control characters");
    }

    @Test
    void should_refuse_a_field_the_layout_does_not_know_and_a_repeated_set_element() {
        // given
        String extra = edit(DECLARED_PAYLOAD, tree -> tree.put("priority", "P1"));
        String extraInHeader = edit(DECLARED_PAYLOAD, tree -> ((ObjectNode) tree.get("header")).put("tenant", "x"));
        IncidentEvent reported = EventSamples.richHistory().head();
        String repeatedTag = edit(JSON.encode(reported), tree -> ((ArrayNode) tree.get("source").get("tags")).add("hub"));

        // when, then
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, extra), "field 'priority' is unknown: Declared has no such field");
        assertLeft(JSON.decode("Declared", EventJson.SCHEMA_VERSION, extraInHeader), "field 'header.tenant' is unknown: EventHeader has no"
                + " such field");
        assertLeft(JSON.decode("Reported", EventJson.SCHEMA_VERSION, repeatedTag), "field 'source.tags[2]' repeats an earlier element of the set");
    }

    @Test
    void should_refuse_a_payload_filed_under_the_wrong_schema_version() {
        // given
        String version1 = tree(lines(1)).get("payload").toString();

        // when
        Either<String, IncidentEvent> version1ReadAs2 = JSON.decode("Reported", 2, version1);
        Either<String, IncidentEvent> version1ReadAs3 = JSON.decode("Reported", 3, version1);
        Either<String, IncidentEvent> version2ReadAs1 = JSON.decode("Reported", 1,
                JSON.encode(EventSamples.richHistory().head()));

        // then
        assertLeft(version1ReadAs2, "cannot read the Reported event stored in schema version 2: step 'v2 occurredAt: an"
                + " exact instant to a time with its precision' failed: a schema version 2 payload has a 'header' object,"
                + " but this one has none");
        assertLeft(version1ReadAs3, "cannot read the Reported event stored in schema version 3: field 'header' is missing");
        assertLeft(version2ReadAs1, "cannot read the Reported event stored in schema version 1: step 'v1 instants:"
                + " epoch milliseconds to ISO-8601 strings' failed: a schema version 1 payload keeps the header fields"
                + " at the top level, but this one has a 'header' field");
    }

    @Test
    void should_refuse_a_version_1_payload_whose_instant_is_not_epoch_milliseconds() {
        // given
        String textTime = edit(tree(lines(20)).get("payload").toString(), tree -> ((ObjectNode) tree.get("imported")
                .get(0)).put("postedAt", "2026-03-02T12:52:00Z"));

        // when
        Either<String, IncidentEvent> read = JSON.decode("ChatImported", 1, textTime);

        // then
        assertLeft(read, "field 'imported[0].postedAt' must hold epoch milliseconds in schema version 1, not"
                + " '2026-03-02T12:52:00Z'");
    }

    @Test
    void should_refuse_a_line_that_is_broken_or_disagrees_with_its_event() {
        // given
        String line = JSON.toLine(DECLARED);

        // when, then
        assertLeft(JSON.fromLine("not json"), "cannot read the line: the line is not valid JSON");
        assertLeft(JSON.fromLine(""), "cannot read the line: the line is empty");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.remove("event"))), "cannot read the line: field 'event' is"
                + " missing");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("event", "{}"))), "field 'event' must be a JSON object");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("schemaVersion", 99))), "schema version 99: it is newer");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("schemaVersion", "2"))), "field 'schemaVersion' must be a"
                + " whole number, not '2'");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("type", "Exploded"))), "type 'Exploded'");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("extra", 1))), "field 'extra' is unknown");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("incident", "INC-9"))), "it is filed under incident"
                + " 'INC-9' at sequence 3, but its event belongs to incident 'INC-7' at sequence 3");
        assertLeft(JSON.fromLine(edit(line, tree -> tree.put("sequence", 4))), "at sequence 4, but its event belongs to incident 'INC-7' at sequence 3");
        assertLeft(JSON.fromLine(edit(line, tree -> ((ObjectNode) tree.get("event")).remove("title"))),
                "cannot read the Declared event stored in schema version 3: field 'title' is missing");
    }

    @Test
    void should_never_throw_on_a_damaged_payload() {
        // given
        Seq<IncidentEvent> events = EventSamples.everyType();
        List<JsonNode> damage = List.of(NODES.nullNode(), NODES.stringNode(""), NODES.stringNode(" "), NODES.stringNode("x"),
                NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(BigInteger.TEN.pow(40)), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
                NODES.objectNode().put("kind", "Manual"), NODES.stringNode("2026-13-45T00:00:00Z"), NODES.stringNode("PT"),
                NODES.stringNode("SEV1"), NODES.stringNode("\uD800"));

        // when, then
        qt().withExamples(1_500).forAll(integers().between(0, events.size() - 1), integers().between(0, 10_000),
                integers().between(0, damage.size())).checkAssert((e, at, with) -> {
                    IncidentEvent event = events.get(e);
                    ObjectNode payload = tree(JSON.encode(event));
                    damage(payload, at, with < damage.size() ? damage.get(with) : null);
                    Either<String, IncidentEvent> read = JSON.decode(JSON.type(event), 2, payload.toString());
                    assertNotNull(read);
                    if (read.isLeft()) {
                        assertTrue(read.getLeft().startsWith("cannot read the " + JSON.type(event) + " event stored in"
                                + " schema version 2: "), read.getLeft());
                    } else {
                        assertEquals(Either.right(read.get()), JSON.decode(JSON.type(event), 2, JSON.encode(read.get())));
                    }
                });
    }

    @Test
    void should_never_throw_on_random_text() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 60), integers().between(1, 3))
                .checkAssert((text, version) -> {
                    assertTrue(JSON.decode("Declared", version, text).isLeft());
                    assertTrue(JSON.decode("Declared", version, "{\"header\":" + text + "}").isLeft());
                    assertTrue(JSON.fromLine(text).isLeft());
                });
    }

    /** Replaces (or, without a replacement, removes) the {@code at}-th field or element of the tree, counted in pre-order. */
    private static void damage(ObjectNode root, int at, JsonNode replacement) {
        java.util.List<Runnable> edits = new java.util.ArrayList<>();
        collect(root, replacement, edits);
        edits.get(at % edits.size()).run();
    }

    private static void collect(JsonNode node, JsonNode replacement, java.util.List<Runnable> edits) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            for (String field : List.ofAll(object.propertyNames())) {
                edits.add(() -> {
                    if (replacement == null) {
                        object.remove(field);
                    } else {
                        object.set(field, replacement.deepCopy());
                    }
                });
                collect(object.get(field), replacement, edits);
            }
        } else if (node instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                edits.add(() -> {
                    if (replacement == null) {
                        array.remove(index);
                    } else {
                        array.set(index, replacement.deepCopy());
                    }
                });
                collect(array.get(i), replacement, edits);
            }
        }
    }

    private static void assertLeft(Either<String, IncidentEvent> read, String expected) {
        assertTrue(read.isLeft(), "expected a refusal containing \"" + expected + "\", got " + read);
        assertTrue(read.getLeft().contains(expected), "expected \"" + expected + "\" in: " + read.getLeft());
    }

    private static String edit(String json, Consumer<ObjectNode> change) {
        ObjectNode tree = tree(json);
        change.accept(tree);
        return tree.toString();
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) TREES.readTree(json);
    }

    private static String lines(int number) {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/fixtures/events-v1.jsonl"))
                    .get(number - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
