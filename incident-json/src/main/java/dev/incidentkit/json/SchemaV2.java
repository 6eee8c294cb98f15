package dev.incidentkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Schema version 2, frozen: the steps that lift a version 2 payload to version 3. Everything here describes
 * the layout as it was then; it must not follow later changes to the core records.
 *
 * <p>Version 2 differs from version 3 in one way only: the header's {@code occurredAt}, when present, was an
 * ISO-8601 instant, the exact time the fact happened. Version 3 keeps a time with its precision there: an
 * object {@code {"at": ..., "precision": ..., "until": ...}}. Every version 2 time was exact.
 */
final class SchemaV2 {

    private SchemaV2() {}

    /**
     * The steps from version 2 to version 3, in order.
     *
     * @return the steps
     */
    static List<Upcaster> upcasters() {
        return List.of(new Upcaster(2, "v2 occurredAt: an exact instant to a time with its precision",
                SchemaV2::occurredAtWithPrecision));
    }

    private static Either<String, Upcaster.Payload> occurredAtWithPrecision(Upcaster.Payload payload) {
        JsonNode header = payload.fields().get("header");
        if (header == null || !header.isObject()) {
            return Either.left("a schema version 2 payload has a 'header' object, but this one has "
                    + (header == null ? "none" : JsonCodecs.describe(header)));
        }
        JsonNode occurred = header.get("occurredAt");
        if (occurred == null || occurred.isNull()) {
            return Either.right(payload);
        }
        if (!occurred.isString()) {
            return Either.left("field 'header.occurredAt' must hold an ISO-8601 instant in schema version 2, not "
                    + JsonCodecs.describe(occurred) + (occurred.isObject() ? ": it looks like a later version" : ""));
        }
        ObjectNode time = ((ObjectNode) header).objectNode();
        time.set("at", occurred);
        time.put("precision", "EXACT");
        time.set("until", occurred);
        ((ObjectNode) header).set("occurredAt", time);
        return Either.right(payload);
    }
}
