package dev.incidentkit.json;

import tools.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/**
 * One small, named step that rewrites a payload stored in schema version {@code from} towards version
 * {@code from + 1}, on the Jackson tree. A version change may take several steps; they run in the order
 * they are registered. A step may change the tree it is given (it is private to one decode) and may rename
 * the type; it returns a sentence, never throws, when the payload is not what that version wrote.
 *
 * @param from the schema version the step reads
 * @param name what the step does, for messages
 * @param step the rewrite
 */
record Upcaster(int from, String name, Function<Upcaster.Payload, Either<String, Upcaster.Payload>> step) {

    Upcaster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(step, "step");
        if (from < 1) {
            throw new IllegalArgumentException("schema versions start at 1, got " + from);
        }
    }

    Either<String, Payload> apply(Payload payload) {
        return step.apply(payload);
    }

    /**
     * A stored event on its way up: its type name and its fields.
     *
     * @param type the event's type name
     * @param fields the payload's JSON object
     */
    record Payload(String type, ObjectNode fields) {
        Payload {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(fields, "fields");
        }
    }
}
