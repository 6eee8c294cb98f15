package dev.incidentkit.json;

import dev.incidentkit.incident.IncidentCommand;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of every {@link IncidentCommand}, for an HTTP or queue front end of the desk: one JSON object
 * {@code {"type": <command record's simple name>, "command": <its fields>}}, the fields mapped as the stored
 * form of events maps them (see {@link EventJson}: records as objects, id records as their value, enums by
 * name, instants and durations in ISO-8601 to the nanosecond, an empty {@code Option} left out, sealed types
 * with a {@code "kind"}), the command's {@code header} first:
 * <pre>{@code
 * {"type":"Mitigate","command":{"header":{"commandId":"c7","incidentId":"INC-7","actor":"grace",
 *  "recordedAt":"2026-03-02T13:40:00Z"},"note":"rolled back the proxy"}}
 * }</pre>
 * Reading is strict and never throws: text that is not one JSON object, an unknown type, a missing or
 * unknown field, a field of the wrong kind, a repeated key or a value its constructor refuses is a
 * {@code Left} with a sentence naming the type and the field. The wire form has no schema version: it is
 * what this version of the library reads and writes, and the desk stamps {@code recordedAt} itself. Instances
 * are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class CommandJson {

    private static final String TYPE = "type";
    private static final String COMMAND = "command";
    private static final CommandJson STANDARD = new CommandJson();

    private final Map<String, JsonCodecs.RecordCodec> byName;
    private final java.util.Map<Class<?>, String> names;

    private CommandJson() {
        JsonCodecs.Builder builder = new JsonCodecs.Builder();
        Map<String, JsonCodecs.RecordCodec> codecs = LinkedHashMap.empty();
        java.util.Map<Class<?>, String> classes = new java.util.HashMap<>();
        for (Class<?> type : IncidentCommand.recordTypes()) {
            String name = type.getSimpleName();
            if (codecs.containsKey(name)) {
                throw new IllegalStateException("two command types are named " + name);
            }
            codecs = codecs.put(name, builder.record(type));
            classes.put(type, name);
        }
        this.byName = codecs;
        this.names = java.util.Map.copyOf(classes);
    }

    /**
     * The codec of every command kind.
     *
     * @return the codec, shared
     */
    public static CommandJson standard() {
        return STANDARD;
    }

    /**
     * Every command type name, in the order {@link IncidentCommand} declares them.
     *
     * @return the names
     */
    public Seq<String> types() {
        return byName.keySet().toList();
    }

    /**
     * The type name of a command: its record's simple name, such as {@code "Declare"}.
     *
     * @param command the command; not {@code null}
     * @return the name
     */
    public String type(IncidentCommand command) {
        Objects.requireNonNull(command, "command");
        return names.get(command.getClass());
    }

    /**
     * Writes a command as one line of JSON.
     *
     * @param command the command; not {@code null}
     * @return the JSON text
     */
    public String write(IncidentCommand command) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put(TYPE, type(command));
        out.set(COMMAND, byName.get(type(command)).get().write(command));
        return EventJson.text(out);
    }

    /**
     * Reads a command; never throws.
     *
     * @param json the text; not {@code null}
     * @return the command, or a sentence naming what is wrong and where
     */
    public Either<String, IncidentCommand> read(String json) {
        Objects.requireNonNull(json, "json");
        Either<String, ObjectNode> parsed = EventJson.parse(json, "the text");
        if (parsed.isLeft()) {
            return Either.left("cannot read a command: " + parsed.getLeft());
        }
        ObjectNode tree = parsed.get();
        for (String field : tree.propertyNames()) {
            if (!List.of(TYPE, COMMAND).contains(field)) {
                return Either.left("cannot read a command: field '" + JsonCodecs.quoteText(field, 48)
                        + "' is unknown: a command holds \"type\" and \"command\"");
            }
        }
        JsonNode type = tree.path(TYPE);
        JsonNode fields = tree.path(COMMAND);
        if (!type.isString()) {
            return Either.left("cannot read a command: \"type\" must be the command's type name, not "
                    + JsonCodecs.describe(type));
        }
        Option<JsonCodecs.RecordCodec> codec = byName.get(type.stringValue());
        if (codec.isEmpty()) {
            return Either.left("cannot read a command of type '" + JsonCodecs.quoteText(type.stringValue(), 48)
                    + "': no command has that type; this code knows " + byName.size() + " types, "
                    + byName.head()._1 + " to " + byName.last()._1);
        }
        if (!fields.isObject()) {
            return Either.left("cannot read the " + type.stringValue() + " command: \"command\" must be an object,"
                    + " not " + JsonCodecs.describe(fields));
        }
        return codec.get().read(fields).map(IncidentCommand.class::cast)
                .mapLeft(failure -> "cannot read the " + type.stringValue() + " command: " + failure.sentence());
    }
}
