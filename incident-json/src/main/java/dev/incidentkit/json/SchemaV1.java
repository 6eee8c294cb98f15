package dev.incidentkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Schema version 1, frozen: what the JDBC adapter's first draft wrote, and the steps that lift it to
 * version 2. Everything here describes the layout as it was then; it must not follow later changes to
 * the core records.
 *
 * <p>Version 1 differs from version 2 in two ways only: the {@code EventHeader} fields sat at the top level of
 * the payload instead of under {@code "header"}, and every {@code Instant} was a JSON number of epoch
 * milliseconds instead of an ISO-8601 string.
 */
final class SchemaV1 {

    /** The header's fields, in the order version 1 wrote them at the top level of the payload. */
    static final List<String> HEADER_FIELDS =
            List.of("incidentId", "eventId", "sequence", "recordedAt", "occurredAt", "actor", "commandId");

    /** Where version 1 kept an instant, in every type, at the top level. */
    private static final List<String> HEADER_INSTANTS = List.of("recordedAt", "occurredAt");

    /**
     * Where version 1 kept the other instants, by event type: field names separated by dots, {@code []} after an
     * array's name for every element.
     */
    private static final Map<String, List<String>> INSTANTS = HashMap.ofEntries(
            java.util.Map.entry("Reported", List.of("impactStartedAt")),
            java.util.Map.entry("Declared", List.of("impactStartedAt")),
            java.util.Map.entry("ImpactStartEstimated", List.of("startedAt")),
            java.util.Map.entry("UpdatePosted", List.of("nextUpdateBy")),
            java.util.Map.entry("HandoffOffered", List.of("handoff.offeredAt", "handoff.expiresAt")),
            java.util.Map.entry("ChatImported", List.of("source.from", "source.to", "imported[].postedAt",
                    "notImported[].message.postedAt")),
            java.util.Map.entry("PostmortemStarted", List.of("impactStart", "impactEnd")),
            java.util.Map.entry("ImpactWindowSet", List.of("start", "end")));

    private static final String LATER_LAYOUT = "a schema version 1 payload keeps the header fields at the top"
            + " level, but this one has a 'header' field: it looks like a later version";

    private SchemaV1() {}

    /**
     * The steps from version 1 to version 2, in order.
     *
     * @return the steps
     */
    static List<Upcaster> upcasters() {
        return List.of(
                new Upcaster(1, "v1 instants: epoch milliseconds to ISO-8601 strings", SchemaV1::instantsToIso),
                new Upcaster(1, "v1 header: nest the top-level header fields under 'header'", SchemaV1::nestHeader));
    }

    /**
     * Where version 1 kept instants in a payload of a type, header included.
     *
     * @param type the event type
     * @return the paths, as in {@link #INSTANTS}
     */
    static List<String> instantPaths(String type) {
        return HEADER_INSTANTS.appendAll(INSTANTS.get(type).getOrElse(List.empty()));
    }

    private static Either<String, Upcaster.Payload> instantsToIso(Upcaster.Payload payload) {
        if (payload.fields().has("header")) {
            return Either.left(LATER_LAYOUT);
        }
        for (String path : instantPaths(payload.type())) {
            Either<String, JsonNode> converted = convert(payload.fields(), List.of(path.split("\\.")), "");
            if (converted.isLeft()) {
                return Either.left(converted.getLeft());
            }
        }
        return Either.right(payload);
    }

    private static Either<String, JsonNode> convert(JsonNode node, List<String> path, String where) {
        String segment = path.head();
        boolean each = segment.endsWith("[]");
        String name = each ? segment.substring(0, segment.length() - 2) : segment;
        String here = where.isEmpty() ? name : where + "." + name;
        JsonNode field = node.get(name);
        if (field == null || field.isNull()) {
            return Either.right(node);
        }
        if (each) {
            if (!field.isArray()) {
                return Either.left("field '" + here + "' must be an array, not " + JsonCodecs.describe(field));
            }
            for (int i = 0; i < field.size(); i++) {
                Either<String, JsonNode> element = convert(field.get(i), path.tail(), here + "[" + i + "]");
                if (element.isLeft()) {
                    return element;
                }
            }
            return Either.right(node);
        }
        if (path.size() > 1) {
            return convert(field, path.tail(), here);
        }
        if (!field.isIntegralNumber() || !field.canConvertToLong()) {
            return Either.left("field '" + here + "' must hold epoch milliseconds in schema version 1, not "
                    + JsonCodecs.quoteNode(field));
        }
        ((ObjectNode) node).set(name, StringNode.valueOf(Instant.ofEpochMilli(field.longValue()).toString()));
        return Either.right(node);
    }

    private static Either<String, Upcaster.Payload> nestHeader(Upcaster.Payload payload) {
        ObjectNode flat = payload.fields();
        if (flat.has("header")) {
            return Either.left(LATER_LAYOUT);
        }
        ObjectNode nested = flat.objectNode();
        ObjectNode header = nested.putObject("header");
        for (String field : HEADER_FIELDS) {
            JsonNode value = flat.get(field);
            if (value != null) {
                header.set(field, value);
            }
        }
        for (java.util.Map.Entry<String, JsonNode> field : flat.properties()) {
            if (!HEADER_FIELDS.contains(field.getKey())) {
                nested.set(field.getKey(), field.getValue());
            }
        }
        return Either.right(new Upcaster.Payload(payload.type(), nested));
    }
}
