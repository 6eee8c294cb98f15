package dev.incidentkit.json;

import dev.incidentkit.incident.Rejection;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The wire form of what the desk answers, for an HTTP or queue front end: a {@link Rejection}
 * ({@code {"code":"WRONG_STATUS","message":"..."}}), a list of {@link Obligation}s and a list of
 * {@link TimelineEntry}s (JSON arrays of objects), mapped as {@link EventJson} maps events (enums by name,
 * instants in ISO-8601 to the nanosecond, an empty {@code Option} left out, a time known roughly as
 * {@code {"at", "precision", "until"}}). Reading is strict and never throws: what does not fit is a
 * {@code Left} naming the field. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class ViewJson {

    private static final ViewJson STANDARD = new ViewJson();

    private final JsonCodecs.RecordCodec rejection;
    private final JsonCodecs.RecordCodec obligation;
    private final JsonCodecs.RecordCodec entry;

    private ViewJson() {
        JsonCodecs.Builder builder = new JsonCodecs.Builder();
        this.rejection = builder.record(Rejection.class);
        this.obligation = builder.record(Obligation.class);
        this.entry = builder.record(TimelineEntry.class);
    }

    /**
     * The shared codec.
     *
     * @return the codec
     */
    public static ViewJson standard() {
        return STANDARD;
    }

    /**
     * Writes a rejection.
     *
     * @param value the rejection; not {@code null}
     * @return one line of JSON
     */
    public String rejection(Rejection value) {
        return EventJson.text(rejection.write(Objects.requireNonNull(value, "value")));
    }

    /**
     * Reads a rejection; never throws.
     *
     * @param json the text; not {@code null}
     * @return the rejection, or a sentence naming what is wrong
     */
    public Either<String, Rejection> readRejection(String json) {
        return EventJson.parse(Objects.requireNonNull(json, "json"), "the text")
                .flatMap(tree -> rejection.read(tree).mapLeft(f -> f.sentence()))
                .map(Rejection.class::cast)
                .mapLeft(problem -> "cannot read a rejection: " + problem);
    }

    /**
     * Writes obligations.
     *
     * @param values the obligations, in order; not {@code null}
     * @return one line of JSON: an array
     */
    public String obligations(Seq<Obligation> values) {
        return list(values, obligation);
    }

    /**
     * Reads obligations; never throws.
     *
     * @param json the text; not {@code null}
     * @return the obligations in order, or a sentence naming what is wrong and at which item
     */
    public Either<String, Seq<Obligation>> readObligations(String json) {
        return readList(json, obligation, "obligations").map(items -> items.map(Obligation.class::cast));
    }

    /**
     * Writes timeline entries.
     *
     * @param values the entries, in order; not {@code null}
     * @return one line of JSON: an array
     */
    public String timeline(Seq<TimelineEntry> values) {
        return list(values, entry);
    }

    /**
     * Reads timeline entries; never throws.
     *
     * @param json the text; not {@code null}
     * @return the entries in order, or a sentence naming what is wrong and at which item
     */
    public Either<String, Seq<TimelineEntry>> readTimeline(String json) {
        return readList(json, entry, "timeline entries").map(items -> items.map(TimelineEntry.class::cast));
    }

    private static String list(Seq<?> values, JsonCodecs.RecordCodec codec) {
        Objects.requireNonNull(values, "values");
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(value -> array.add(codec.write(Objects.requireNonNull(value, "a value"))));
        return EventJson.text(array);
    }

    private static Either<String, Seq<Object>> readList(String json, JsonCodecs.RecordCodec codec, String what) {
        Either<String, JsonNode> parsed = EventJson.parseNode(Objects.requireNonNull(json, "json"), "the text");
        if (parsed.isLeft()) {
            return Either.left("cannot read " + what + ": " + parsed.getLeft());
        }
        if (!parsed.get().isArray()) {
            return Either.left("cannot read " + what + ": the text must be a JSON array, not "
                    + JsonCodecs.describe(parsed.get()));
        }
        Vector<Object> out = Vector.empty();
        int index = 0;
        for (JsonNode item : parsed.get()) {
            Either<JsonCodecs.Failure, Object> read = codec.read(item);
            if (read.isLeft()) {
                return Either.left("cannot read " + what + ": item " + index + ": " + read.getLeft().sentence());
            }
            out = out.append(read.get());
            index++;
        }
        return Either.right(out);
    }
}
