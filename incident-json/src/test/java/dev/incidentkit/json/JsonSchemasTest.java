package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.testkit.Histories;
import dev.incidentkit.testkit.gen.CommandSequences;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas shipped in the jar are the ones the mapping gives (regenerate with
 * {@code -Dgolden.update=true} and review the diff), and a real validator (networknt, draft 2020-12) finds
 * every stored event and every command of every kind valid against them, and refuses what the codecs refuse.
 */
class JsonSchemasTest {

    private static final Path FILES = Path.of("src/main/resources/dev/incidentkit/json/schema");
    private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> EVENT_SCHEMAS = new HashMap<>();

    @Test
    void should_ship_the_schemas_the_mapping_gives() throws IOException {
        check("events.schema.json", JsonSchemas.events());
        check("commands.schema.json", JsonSchemas.commands());
        try (InputStream in = JsonSchemas.class.getResourceAsStream("schema/events.schema.json")) {
            assertTrue(in != null, "the schemas are in the jar, beside the classes");
        }
    }

    @Test
    void should_find_every_stored_event_valid() {
        Seq<IncidentEvent> events = EventSamples.everyType().appendAll(Histories.richHistory(IncidentId.of("INC-S")));
        for (IncidentEvent event : events) {
            assertValid(eventSchema(EventJson.standard().type(event)), EventJson.standard().encode(event));
        }
        assertEquals(IncidentEvent.recordTypes().size(), events.map(Object::getClass).distinct().size());
    }

    @Test
    void should_find_every_generated_command_valid() {
        Schema commands = REGISTRY.getSchema(JsonSchemas.commands().toString());
        java.util.Set<Class<?>> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (IncidentProcess process : List.of(IncidentProcess.standard(), Presets.managedHub(), Presets.onCall(),
                Presets.commanderAndInvestigator())) {
            for (CommandSequences sequences : List.of(CommandSequences.of(process).mixed(),
                    CommandSequences.of(process).validOnly().maxCommands(80))) {
                qt().withFixedSeed(11).withExamples(80).forAll(sequences.commands()).checkAssert(list -> {
                    for (IncidentCommand command : list) {
                        assertValid(commands, CommandJson.standard().write(command));
                        seen.add(command.getClass());
                    }
                });
            }
        }
        assertEquals(IncidentCommand.recordTypes().size(), seen.size(), "every kind of command was checked");
    }

    @Test
    void should_refuse_what_the_codecs_refuse() {
        Schema commands = REGISTRY.getSchema(JsonSchemas.commands().toString());
        String header = "{\"commandId\":\"c7\",\"incidentId\":\"INC-7\",\"actor\":\"grace\","
                + "\"recordedAt\":\"2026-03-02T13:40:00Z\"}";
        String good = "{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":\"x\"}}";
        assertValid(commands, good);
        for (String bad : List.of(
                "{\"type\":\"Launch\",\"command\":{}}",
                "{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + "}}",
                "{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":7}}",
                "{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":\"x\",\"extra\":1}}",
                "{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":\"x\"},\"x\":1}")) {
            assertTrue(!commands.validate(tree(bad)).isEmpty(), "the schema refuses " + bad);
            assertTrue(CommandJson.standard().read(bad).isLeft(), "the codec refuses " + bad);
        }
    }

    private static Schema eventSchema(String type) {
        return EVENT_SCHEMAS.computeIfAbsent(type, t -> {
            ObjectNode wrapper = JsonSchemas.events();
            wrapper.put("$ref", "#/$defs/" + t);
            return REGISTRY.getSchema(wrapper.toString());
        });
    }

    private static void assertValid(Schema schema, String json) {
        java.util.List<Error> errors = schema.validate(tree(json));
        assertTrue(errors.isEmpty(), () -> errors + " in " + json);
    }

    private static JsonNode tree(String json) {
        return PRETTY.readTree(json);
    }

    private static void check(String name, ObjectNode schema) throws IOException {
        String text = PRETTY.writeValueAsString(schema) + "\n";
        Path file = FILES.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FILES);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "no schema file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), text, name + " differs from the mapping");
    }
}
