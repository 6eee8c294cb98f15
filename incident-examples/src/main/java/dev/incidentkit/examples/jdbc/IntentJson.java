package dev.incidentkit.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Target;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Try;

/** A planned message as the JSON an outbox row holds. */
final class IntentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IntentJson() {}

    static String encode(MessageIntent intent) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", intent.idempotencyKey());
        node.put("incident", intent.incident().value());
        node.put("template", intent.templateKey());
        node.putObject("target").put("kind", intent.target().kind().name()).put("address", intent.target().address());
        node.put("format", intent.format().name());
        // pairs, not an object: PostgreSQL's jsonb reorders an object's keys, and the model's order is kept
        com.fasterxml.jackson.databind.node.ArrayNode model = node.putArray("model");
        intent.model().forEach((k, v) -> model.addArray().add(k).add(v));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message intent is always writable as JSON", e);
        }
    }

    static Either<String, MessageIntent> decode(String json) {
        return Try.of(() -> {
            JsonNode node = MAPPER.readTree(json);
            Map<String, String> model = LinkedHashMap.empty();
            for (JsonNode pair : node.required("model")) {
                model = model.put(pair.required(0).asText(), pair.required(1).asText());
            }
            JsonNode target = node.required("target");
            return new MessageIntent(node.required("key").asText(), IncidentId.of(node.required("incident").asText()),
                    node.required("template").asText(),
                    new Target(Target.Kind.valueOf(target.required("kind").asText()), target.required("address").asText()),
                    ChannelFormat.valueOf(node.required("format").asText()), model);
        }).toEither().mapLeft(e -> "not a message intent (" + e.getMessage() + ")");
    }
}
