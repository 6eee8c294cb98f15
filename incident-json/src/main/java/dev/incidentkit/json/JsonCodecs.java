package dev.incidentkit.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import io.vavr.collection.HashSet;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.LinearSeq;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The generic JSON mapping behind {@link EventJson}: one {@link Codec} per Java type, built once by walking
 * records through their components and canonical constructors, and kept for every later call.
 *
 * <p>What is supported, and how it is written:
 * <ul>
 *   <li>{@code String}, {@code long}, {@code int}, {@code boolean} (and their boxes): JSON strings, numbers, booleans;
 *   <li>{@code Instant} and {@code Duration}: ISO-8601 strings ({@code 2026-03-02T12:42:00.123456789Z}, {@code PT15M});
 *   <li>enums: the constant's name;
 *   <li>records: an object of their components in declaration order, except a record whose only component is
 *       named {@code value} (an id such as {@code IncidentId}), which is written as that value;
 *   <li>sealed interfaces whose permitted subclasses are records: the subclass's object with a {@value #KIND}
 *       field first, holding the subclass's simple name;
 *   <li>{@code Option} as a record component only: the field is left out when empty, written as its content
 *       otherwise; a reader also takes {@code null} as empty;
 *   <li>Vavr {@code Seq}, {@code IndexedSeq}, {@code Vector}, {@code LinearSeq}, {@code List}, {@code Set},
 *       {@code LinkedHashSet} and {@code HashSet}: arrays in iteration order, read back into {@code Vector} (for
 *       {@code Seq}, {@code IndexedSeq}, {@code Vector}), {@code List} (for {@code LinearSeq}, {@code List}),
 *       {@code LinkedHashSet} (for {@code Set}, {@code LinkedHashSet}) or {@code HashSet}. Vavr compares sequences
 *       by their elements and sets by membership, whatever the implementation, so a value read back equals the
 *       value written.
 * </ul>
 * Anything else is a programming error reported when the codec is built, not when a value is written.
 */
final class JsonCodecs {

    /** The discriminator field of a sealed interface's subclass. */
    static final String KIND = "kind";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final int QUOTE_LIMIT = 48;

    private JsonCodecs() {}

    /** How values of one Java type are written as JSON and read back. Instances are immutable. */
    interface Codec {

        /**
         * Writes a value.
         *
         * @param value the value, of the codec's type
         * @return its JSON form
         */
        JsonNode write(Object value);

        /**
         * Reads a value.
         *
         * @param node the JSON form; not a JSON null
         * @return the value, or what is wrong with the node
         */
        Either<Failure, Object> read(JsonNode node);
    }

    /**
     * What is wrong with a JSON value, and where.
     *
     * @param where the path of the field from the payload's root, such as {@code imported[0].postedAt}; empty
     *     for the root itself
     * @param problem what is wrong, phrased to follow the field's name ("is missing")
     */
    record Failure(String where, String problem) {

        static Failure here(String problem) {
            return new Failure("", problem);
        }

        Failure inField(String name) {
            return new Failure(where.isEmpty() ? name : where.startsWith("[") ? name + where : name + "." + where,
                    problem);
        }

        Failure atIndex(int index) {
            String rest = where.isEmpty() || where.startsWith("[") ? where : "." + where;
            return new Failure("[" + index + "]" + rest, problem);
        }

        String sentence() {
            return where.isEmpty() ? "the payload " + problem : "field '" + where + "' " + problem;
        }
    }

    /**
     * A record type's codec, with its components' accessors and its canonical constructor as method handles.
     */
    static final class RecordCodec implements Codec {
        private final Class<?> type;
        private final Option<String> kind;
        private final Component[] components;
        private final java.util.Set<String> names;
        private final MethodHandle constructor;

        private RecordCodec(Class<?> type, Option<String> kind, Component[] components, MethodHandle constructor) {
            this.type = type;
            this.kind = kind;
            this.components = components;
            this.names = java.util.Set.of(java.util.Arrays.stream(components).map(Component::name)
                    .toArray(String[]::new));
            this.constructor = constructor;
        }

        @Override
        public ObjectNode write(Object value) {
            ObjectNode node = NODES.objectNode();
            kind.forEach(name -> node.put(KIND, name));
            for (Component component : components) {
                Object field = component.get(value);
                if (component.optional()) {
                    Option<?> option = (Option<?>) field;
                    if (option.isEmpty()) {
                        continue;
                    }
                    field = option.get();
                }
                node.set(component.name(), component.codec().write(field));
            }
            return node;
        }

        @Override
        public Either<Failure, Object> read(JsonNode node) {
            if (!node.isObject()) {
                return Either.left(Failure.here("must be a JSON object, not " + describe(node)));
            }
            Object[] arguments = new Object[components.length];
            int known = kind.isDefined() && node.has(KIND) ? 1 : 0;
            for (int i = 0; i < components.length; i++) {
                Component component = components[i];
                JsonNode field = node.get(component.name());
                known += field == null ? 0 : 1;
                if (field == null || field.isNull()) {
                    if (!component.optional()) {
                        return Either.left(Failure.here(field == null ? "is missing" : "is null")
                                .inField(component.name()));
                    }
                    arguments[i] = Option.none();
                    continue;
                }
                Either<Failure, Object> read = component.codec().read(field);
                if (read.isLeft()) {
                    return Either.left(read.getLeft().inField(component.name()));
                }
                arguments[i] = component.optional() ? Option.some(read.get()) : read.get();
            }
            if (node.size() > known) {
                for (String field : node.propertyNames()) {
                    if (!names.contains(field) && !(kind.isDefined() && field.equals(KIND))) {
                        return Either.left(Failure.here("is unknown: " + type.getSimpleName() + " has no such field")
                                .inField(field));
                    }
                }
            }
            return construct(type, constructor, arguments);
        }
    }

    /**
     * One record component: its name, accessor and codec; {@code optional} when it is declared as an
     * {@code Option}, in which case the codec is the content's.
     */
    private record Component(String name, MethodHandle accessor, boolean optional, Codec codec) {

        Object get(Object record) {
            return call(accessor, record);
        }
    }

    private static Object call(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a record accessor threw a checked exception", e);
        }
    }

    /** A record whose only component is {@code value}, written as that value. */
    private record ValueRecordCodec(Class<?> type, MethodHandle accessor, Codec value, MethodHandle constructor)
            implements Codec {

        @Override
        public JsonNode write(Object record) {
            return value.write(call(accessor, record));
        }

        @Override
        public Either<Failure, Object> read(JsonNode node) {
            Either<Failure, Object> read = value.read(node);
            return read.isLeft() ? read : construct(type, constructor, new Object[] {read.get()});
        }
    }

    /** A sealed interface: the permitted subclass named by the {@value #KIND} field. */
    private record SealedCodec(Class<?> type, Map<String, RecordCodec> byName, Map<Class<?>, RecordCodec> byClass)
            implements Codec {

        @Override
        public JsonNode write(Object value) {
            RecordCodec codec = byClass.get(value.getClass());
            if (codec == null) {
                throw new IllegalStateException(value.getClass() + " is not a permitted subclass of " + type);
            }
            return codec.write(value);
        }

        @Override
        public Either<Failure, Object> read(JsonNode node) {
            if (!node.isObject()) {
                return Either.left(Failure.here("must be a JSON object, not " + describe(node)));
            }
            JsonNode kind = node.get(KIND);
            if (kind == null || kind.isNull()) {
                return Either.left(Failure.here("is missing: it names which " + type.getSimpleName()
                        + " this is, one of " + String.join(", ", byName.keySet())).inField(KIND));
            }
            RecordCodec codec = kind.isString() ? byName.get(kind.stringValue()) : null;
            if (codec == null) {
                return Either.left(Failure.here("must be one of " + String.join(", ", byName.keySet()) + ", not "
                        + quoteNode(kind)).inField(KIND));
            }
            return codec.read(node);
        }
    }

    /** An enum, by constant name. */
    private record EnumCodec(Map<String, Object> constants) implements Codec {

        @Override
        public JsonNode write(Object value) {
            return NODES.stringNode(((Enum<?>) value).name());
        }

        @Override
        public Either<Failure, Object> read(JsonNode node) {
            Object constant = node.isString() ? constants.get(node.stringValue()) : null;
            return constant != null ? Either.right(constant) : Either.left(Failure.here("must be one of "
                    + String.join(", ", constants.keySet()) + ", not " + quoteNode(node)));
        }
    }

    /** A Vavr collection, as an array. */
    private record CollectionCodec(CollectionKind kind, Codec element) implements Codec {

        @Override
        public JsonNode write(Object value) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : (Iterable<?>) value) {
                array.add(element.write(item));
            }
            return array;
        }

        @Override
        public Either<Failure, Object> read(JsonNode node) {
            if (!node.isArray()) {
                return Either.left(Failure.here("must be a JSON array, not " + describe(node)));
            }
            java.util.List<Object> items = new ArrayList<>(node.size());
            java.util.Set<Object> seen = kind.unique ? new java.util.HashSet<>() : java.util.Set.of();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isNull()) {
                    return Either.left(Failure.here("is null").atIndex(i));
                }
                Either<Failure, Object> read = element.read(item);
                if (read.isLeft()) {
                    return Either.left(read.getLeft().atIndex(i));
                }
                if (kind.unique && !seen.add(read.get())) {
                    return Either.left(Failure.here("repeats an earlier element of the set").atIndex(i));
                }
                items.add(read.get());
            }
            return Either.right(kind.collect.apply(items));
        }
    }

    /** The Vavr collection types a component may declare, and what each is read back into. */
    private enum CollectionKind {
        SEQ(Seq.class, false, Vector::ofAll),
        INDEXED_SEQ(IndexedSeq.class, false, Vector::ofAll),
        VECTOR(Vector.class, false, Vector::ofAll),
        LINEAR_SEQ(LinearSeq.class, false, List::ofAll),
        LIST(List.class, false, List::ofAll),
        SET(Set.class, true, LinkedHashSet::ofAll),
        LINKED_HASH_SET(LinkedHashSet.class, true, LinkedHashSet::ofAll),
        HASH_SET(HashSet.class, true, HashSet::ofAll);

        private final Class<?> declared;
        private final boolean unique;
        private final Function<Iterable<Object>, Object> collect;

        CollectionKind(Class<?> declared, boolean unique, Function<Iterable<Object>, Object> collect) {
            this.declared = declared;
            this.unique = unique;
            this.collect = collect;
        }

        static Option<CollectionKind> declaredAs(Class<?> type) {
            return io.vavr.collection.Array.of(values()).find(c -> c.declared == type);
        }
    }

    /** A leaf value: text, numbers, booleans, times. */
    private record Scalar(String expected, Function<JsonNode, Option<Object>> reader, Function<Object, JsonNode> writer)
            implements Codec {

        @Override
        public JsonNode write(Object value) {
            return writer.apply(value);
        }

        @Override
        public Either<Failure, Object> read(JsonNode node) {
            return reader.apply(node).toEither(() -> Failure.here("must be " + expected + ", not " + quoteNode(node)));
        }
    }

    private static final Codec TEXT = new Scalar("a string",
            node -> node.isString() ? Option.some(node.stringValue()) : Option.none(), v -> NODES.stringNode((String) v));
    private static final Codec LONG = new Scalar("a whole number within the range of a long",
            node -> node.isIntegralNumber() && node.canConvertToLong() ? Option.some(node.longValue()) : Option.none(),
            v -> NODES.numberNode((Long) v));
    private static final Codec INT = new Scalar("a whole number within the range of an int",
            node -> node.isIntegralNumber() && node.canConvertToInt() ? Option.some(node.intValue()) : Option.none(),
            v -> NODES.numberNode((Integer) v));
    private static final Codec BOOLEAN = new Scalar("true or false",
            node -> node.isBoolean() ? Option.some(node.booleanValue()) : Option.none(),
            v -> NODES.booleanNode((Boolean) v));
    private static final Codec INSTANT = new Scalar("an ISO-8601 instant such as 2026-03-02T12:42:00Z",
            node -> parsed(node, Instant::parse), v -> NODES.stringNode(v.toString()));
    private static final Codec DURATION = new Scalar("an ISO-8601 duration such as PT15M",
            node -> parsed(node, Duration::parse), v -> NODES.stringNode(v.toString()));
    private static final Codec DATE = new Scalar("an ISO-8601 date such as 2026-03-20",
            node -> parsed(node, java.time.LocalDate::parse), v -> NODES.stringNode(v.toString()));

    private static Option<Object> parsed(JsonNode node, Function<String, Object> parse) {
        if (!node.isString()) {
            return Option.none();
        }
        try {
            return Option.some(parse.apply(node.stringValue()));
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }

    private static Either<Failure, Object> construct(Class<?> type, MethodHandle constructor, Object[] arguments) {
        try {
            return Either.right((Object) constructor.invokeExact(arguments));
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Either.left(Failure.here("is refused by " + type.getSimpleName() + ": " + quoteText(reason, 200)));
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the constructor of " + type + " threw a checked exception", e);
        }
    }

    static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case NULL:
                return "null";
            default:
                return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A JSON value for a message: text and numbers quoted and cut short, other kinds named.
     *
     * @param node the value
     * @return the description
     */
    static String quoteNode(JsonNode node) {
        if (node.isString()) {
            return "'" + quoteText(node.stringValue(), QUOTE_LIMIT) + "'";
        }
        if (node.isNumber()) {
            return describe(node) + " (" + quoteText(node.asString(), QUOTE_LIMIT) + ")";
        }
        return describe(node);
    }

    /**
     * Text safe to put in a one-line message: control characters replaced, cut after {@code limit} characters.
     *
     * @param text the text
     * @param limit the most characters to keep
     * @return the text
     */
    static String quoteText(String text, int limit) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit + 1));
        for (int i = 0; i < text.length() && i < limit; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        if (text.length() > limit) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * Builds codecs, once per type, for a graph of records. Not thread-safe: used while an {@link EventJson} is
     * constructed, then dropped.
     */
    static final class Builder {
        private final Map<Type, Codec> built = new HashMap<>();
        private final java.util.Set<Class<?>> inProgress = new java.util.HashSet<>();

        /**
         * The codec of a record, written as an object even if its only component is {@code value}.
         *
         * @param type a record class
         * @return the codec
         * @throws IllegalStateException if the record, or a type it holds, is not supported
         */
        RecordCodec record(Class<?> type) {
            return recordCodec(type, Option.none(), type.getName());
        }

        private Codec codec(Type type, String where) {
            Codec known = built.get(type);
            if (known != null) {
                return known;
            }
            Codec codec = create(type, where);
            built.put(type, codec);
            return codec;
        }

        private Codec create(Type type, String where) {
            if (type instanceof ParameterizedType) {
                ParameterizedType generic = (ParameterizedType) type;
                Class<?> raw = (Class<?>) generic.getRawType();
                Option<CollectionKind> collection = CollectionKind.declaredAs(raw);
                if (collection.isDefined()) {
                    return new CollectionCodec(collection.get(),
                            codec(generic.getActualTypeArguments()[0], where + "[]"));
                }
                throw unsupported(type, where, raw == Option.class
                        ? "Option is supported as a record component only" : "no mapping for this generic type");
            }
            if (!(type instanceof Class)) {
                throw unsupported(type, where, "type variables and wildcards have no mapping");
            }
            Class<?> c = (Class<?>) type;
            if (c == String.class) {
                return TEXT;
            } else if (c == long.class || c == Long.class) {
                return LONG;
            } else if (c == int.class || c == Integer.class) {
                return INT;
            } else if (c == boolean.class || c == Boolean.class) {
                return BOOLEAN;
            } else if (c == Instant.class) {
                return INSTANT;
            } else if (c == Duration.class) {
                return DURATION;
            } else if (c == java.time.LocalDate.class) {
                return DATE;
            } else if (c.isEnum()) {
                Map<String, Object> constants = new LinkedHashMap<>();
                for (Object constant : c.getEnumConstants()) {
                    constants.put(((Enum<?>) constant).name(), constant);
                }
                return new EnumCodec(java.util.Collections.unmodifiableMap(constants));
            } else if (c.isRecord()) {
                RecordComponent[] components = c.getRecordComponents();
                if (components.length == 1 && components[0].getName().equals("value")
                        && components[0].getType() != Option.class) {
                    Codec value = codec(components[0].getGenericType(), where + ".value");
                    return new ValueRecordCodec(c, accessor(components[0]), value, constructor(c));
                }
                return recordCodec(c, Option.none(), where);
            } else if (c.isSealed() && c.isInterface()) {
                return sealed(c, where);
            }
            throw unsupported(type, where, "no mapping for this type");
        }

        private SealedCodec sealed(Class<?> type, String where) {
            Map<String, RecordCodec> byName = new LinkedHashMap<>();
            Map<Class<?>, RecordCodec> byClass = new HashMap<>();
            for (Class<?> member : type.getPermittedSubclasses()) {
                if (!member.isRecord()) {
                    throw unsupported(member, where, "a sealed interface's subclasses must be records");
                }
                RecordCodec codec = recordCodec(member, Option.some(member.getSimpleName()), where);
                if (byName.put(member.getSimpleName(), codec) != null) {
                    throw unsupported(member, where, "two subclasses are named " + member.getSimpleName());
                }
                byClass.put(member, codec);
            }
            return new SealedCodec(type, java.util.Collections.unmodifiableMap(byName), Map.copyOf(byClass));
        }

        private RecordCodec recordCodec(Class<?> type, Option<String> kind, String where) {
            if (!type.isRecord()) {
                throw unsupported(type, where, "only records are mapped");
            }
            if (!inProgress.add(type)) {
                throw unsupported(type, where, "recursive records are not supported");
            }
            try {
                RecordComponent[] declared = type.getRecordComponents();
                Component[] components = new Component[declared.length];
                for (int i = 0; i < declared.length; i++) {
                    RecordComponent component = declared[i];
                    if (kind.isDefined() && component.getName().equals(KIND)) {
                        throw unsupported(type, where, "a component named " + KIND + " clashes with the discriminator");
                    }
                    String path = where + "." + component.getName();
                    Type generic = component.getGenericType();
                    boolean optional = component.getType() == Option.class;
                    Type content = optional ? ((ParameterizedType) generic).getActualTypeArguments()[0] : generic;
                    components[i] = new Component(component.getName(), accessor(component), optional,
                            codec(content, path));
                }
                return new RecordCodec(type, kind, components, constructor(type));
            } finally {
                inProgress.remove(type);
            }
        }

        private static MethodHandle accessor(RecordComponent component) {
            try {
                return LOOKUP.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + component + ": is its record public?", e);
            }
        }

        private static MethodHandle constructor(Class<?> type) {
            Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return LOOKUP.findConstructor(type, MethodType.methodType(void.class, parameters))
                        .asSpreader(Object[].class, parameters.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("cannot call the canonical constructor of " + type
                        + ": is it public?", e);
            }
        }

        private static IllegalStateException unsupported(Type type, String where, String why) {
            return new IllegalStateException("EventJson cannot map " + type.getTypeName() + " at " + where + ": "
                    + why);
        }
    }
}
