package dev.incidentkit.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Target;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Try;

/**
 * A planned message ({@link MessageIntent}) as the JSON an outbox row holds: {@code {"key", "incident",
 * "template", "target": {"kind", "address"}, "format", "model": [[name, text], ...]}}, the model as pairs
 * so that a database that reorders an object's keys (PostgreSQL's {@code jsonb}) keeps the model's order.
 * Thread-safe.
 *
 * @since 0.4.0
 */
public final class IntentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IntentJson() {}

    /**
     * Writes an intent.
     *
     * @param intent the intent; not {@code null}
     * @return one line of JSON
     */
    public static String encode(MessageIntent intent) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", intent.idempotencyKey());
        node.put("incident", intent.incident().value());
        node.put("template", intent.templateKey());
        node.putObject("target").put("kind", intent.target().kind().name()).put("address", intent.target().address());
        node.put("format", intent.format().name());
        // pairs, not an object: PostgreSQL's jsonb reorders an object's keys, and the model's order is kept
        tools.jackson.databind.node.ArrayNode model = node.putArray("model");
        intent.model().forEach((k, v) -> model.addArray().add(k).add(v));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("a message intent is always writable as JSON", e);
        }
    }

    /**
     * Reads an intent; never throws.
     *
     * @param json the text; not {@code null}
     * @return the intent, or a sentence saying why the text is none
     */
    public static Either<String, MessageIntent> decode(String json) {
        return Try.of(() -> {
            JsonNode node = MAPPER.readTree(json);
            Map<String, String> model = LinkedHashMap.empty();
            for (JsonNode pair : node.required("model")) {
                model = model.put(pair.required(0).asString(), pair.required(1).asString());
            }
            JsonNode target = node.required("target");
            return new MessageIntent(node.required("key").asString(), IncidentId.of(node.required("incident").asString()),
                    node.required("template").asString(),
                    new Target(Target.Kind.valueOf(target.required("kind").asString()), target.required("address").asString()),
                    ChannelFormat.valueOf(node.required("format").asString()), model);
        }).toEither().mapLeft(e -> "not a message intent (" + e.getMessage() + ")");
    }
}
