package dev.incidentkit.json;

import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentEvent;
import io.vavr.control.Option;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas (draft 2020-12) of the published forms, derived from the records by the same mapping
 * {@link EventJson} and {@link CommandJson} use, so that they cannot drift apart: the stored payload of every
 * event kind and the wire form of every command kind. They are shipped in the jar as
 * {@code dev/incidentkit/json/schema/events.schema.json} (one definition per event type under
 * {@code $defs}, by its type name) and {@code dev/incidentkit/json/schema/commands.schema.json} (the
 * envelope {@code {"type", "command"}}, with the command's fields checked by its type); a test regenerates
 * them and fails when the committed files differ.
 *
 * <p>Mapping: a record is an object of its components with {@code additionalProperties: false}, every
 * component required but an {@code Option}'s; an id record (one component {@code value}) is its value; a
 * sealed interface is one of its records, each with a {@code kind} of its simple name; an enum its names;
 * instants, durations and dates are strings (ISO-8601); Vavr sequences and sets arrays. Value types are
 * defined once under {@code $defs} by their name below {@code dev.incidentkit}, such as
 * {@code incident.FactTime}.
 */
final class JsonSchemas {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode defs = NODES.objectNode();

    private JsonSchemas() {}

    /** The schema of every event kind's stored payload, one definition per type name. */
    static ObjectNode events() {
        JsonSchemas schemas = new JsonSchemas();
        ObjectNode kinds = NODES.objectNode();
        for (Class<?> type : IncidentEvent.recordTypes()) {
            kinds.set(type.getSimpleName(), schemas.record(type, Option.none()));
        }
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "urn:incidentkit:schema:events:" + EventJson.SCHEMA_VERSION);
        root.put("title", "incidentkit stored events, schema version " + EventJson.SCHEMA_VERSION);
        root.put("description", "The payload of each event type, under $defs by the type name the store keeps"
                + " beside it; validate a payload against {\"$ref\": \"#/$defs/<type>\"}.");
        ObjectNode all = NODES.objectNode();
        kinds.properties().forEach(e -> all.set(e.getKey(), e.getValue()));
        schemas.defs.properties().forEach(e -> all.set(e.getKey(), e.getValue()));
        root.set("$defs", all);
        return root;
    }

    /** The schema of the wire form of a command: the envelope, each type's fields checked by its definition. */
    static ObjectNode commands() {
        JsonSchemas schemas = new JsonSchemas();
        ObjectNode kinds = NODES.objectNode();
        for (Class<?> type : IncidentCommand.recordTypes()) {
            kinds.set(type.getSimpleName(), schemas.record(type, Option.none()));
        }
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "urn:incidentkit:schema:commands");
        root.put("title", "incidentkit commands, wire form");
        root.put("type", "object");
        ArrayNode required = root.putArray("required");
        required.add("type").add("command");
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        ArrayNode names = properties.putObject("type").putArray("enum");
        kinds.propertyNames().forEach(names::add);
        properties.putObject("command").put("type", "object");
        ArrayNode allOf = root.putArray("allOf");
        for (String name : kinds.propertyNames()) {
            ObjectNode rule = allOf.addObject();
            rule.putObject("if").putObject("properties").putObject("type").put("const", name);
            rule.putObject("then").putObject("properties").putObject("command").put("$ref", "#/$defs/" + name);
        }
        ObjectNode all = NODES.objectNode();
        kinds.properties().forEach(e -> all.set(e.getKey(), e.getValue()));
        schemas.defs.properties().forEach(e -> all.set(e.getKey(), e.getValue()));
        root.set("$defs", all);
        return root;
    }

    private ObjectNode record(Class<?> type, Option<String> kind) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        if (kind.isDefined()) {
            properties.putObject(JsonCodecs.KIND).put("const", kind.get());
            required.add(JsonCodecs.KIND);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            boolean optional = component.getType() == Option.class;
            Type content = optional ? ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                    : component.getGenericType();
            properties.set(component.getName(), schema(content));
            if (!optional) {
                required.add(component.getName());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode schema(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType generic = (ParameterizedType) type;
            Class<?> raw = (Class<?>) generic.getRawType();
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", schema(generic.getActualTypeArguments()[0]));
            if (io.vavr.collection.Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return NODES.objectNode().put("type", "string");
        } else if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
            return NODES.objectNode().put("type", "integer");
        } else if (c == boolean.class || c == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        } else if (c == Instant.class) {
            return NODES.objectNode().put("type", "string").put("description", "an ISO-8601 instant, to the nanosecond");
        } else if (c == Duration.class) {
            return NODES.objectNode().put("type", "string").put("description", "an ISO-8601 duration");
        } else if (c == LocalDate.class) {
            return NODES.objectNode().put("type", "string").put("description", "an ISO-8601 date");
        } else if (c.isEnum()) {
            ObjectNode schema = NODES.objectNode();
            ArrayNode names = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        RecordComponent[] components = c.isRecord() ? c.getRecordComponents() : new RecordComponent[0];
        if (c.isRecord() && components.length == 1 && components[0].getName().equals("value")
                && components[0].getType() != Option.class) {
            return schema(components[0].getGenericType());
        }
        String name = c.getName().substring("dev.incidentkit.".length()).replace('$', '.');
        if (!defs.has(name)) {
            defs.putObject(name); // reserved first: a value held twice is defined once
            ObjectNode definition;
            if (c.isRecord()) {
                definition = record(c, Option.none());
            } else if (c.isSealed() && c.isInterface()) {
                definition = NODES.objectNode();
                ArrayNode oneOf = definition.putArray("oneOf");
                for (Class<?> member : c.getPermittedSubclasses()) {
                    oneOf.add(record(member, Option.some(member.getSimpleName())));
                }
            } else {
                throw new IllegalStateException("no schema for " + c.getName());
            }
            defs.set(name, definition);
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + Objects.requireNonNull(name));
    }
}
