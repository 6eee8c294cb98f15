package dev.incidentkit.base;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dispatch table over the kinds of a sealed type: one handler per kind, found by the value's class.
 * It is complete by construction: {@link Builder#on} refuses a kind named twice or not of the type, and
 * {@link Builder#build()} a table that misses a kind, so a kind added to the sealed type fails every table that does not handle it as soon as
 * the table is built (for a table in a static field, when its class is first used: every test fails).
 * Java 17 has no exhaustive {@code switch} over sealed types; this is its stand-in.
 *
 * @param <T> the sealed type
 * @param <C> the context each handler is given (the state, for example)
 * @param <R> what a handler returns
 */
public final class Dispatch<T, C, R> {

    /**
     * What to do with one kind.
     *
     * @param <K> the kind
     * @param <C> the context
     * @param <R> the result
     */
    @FunctionalInterface
    public interface Handler<K, C, R> {
        /**
         * Handles one value of the kind.
         *
         * @param value the value
         * @param context the context
         * @return the result
         */
        R apply(K value, C context);
    }

    private final String name;
    private final Map<Class<?>, Handler<Object, C, R>> handlers;

    private Dispatch(String name, Map<Class<?>, Handler<Object, C, R>> handlers) {
        this.name = name;
        this.handlers = handlers;
    }

    /**
     * Starts a table over every kind of a sealed type.
     *
     * @param <T> the sealed type
     * @param <C> the context
     * @param <R> the result
     * @param name what the table does, for the message of an incomplete table
     * @param kinds every concrete kind, each once
     * @return a builder
     */
    public static <T, C, R> Builder<T, C, R> over(String name, Seq<? extends Class<? extends T>> kinds) {
        return new Builder<>(Objects.requireNonNull(name, "name"), Vector.ofAll(Objects.requireNonNull(kinds, "kinds")));
    }

    /**
     * Hands a value to the handler of its kind.
     *
     * @param value the value
     * @param context the context
     * @return what the handler returns
     * @throws IllegalArgumentException if the value's class is not one of the table's kinds (a subclass
     *     outside the sealed type, which cannot happen for records)
     */
    public R apply(T value, C context) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(context, "context");
        Handler<Object, C, R> handler = handlers.get(value.getClass());
        if (handler == null) {
            throw new IllegalArgumentException(name + " has no handler for " + value.getClass().getName());
        }
        return handler.apply(value, context);
    }

    /**
     * Builds a {@link Dispatch}.
     *
     * @param <T> the sealed type
     * @param <C> the context
     * @param <R> the result
     */
    public static final class Builder<T, C, R> {
        private final String name;
        private final Vector<Class<?>> kinds;
        private final Map<Class<?>, Handler<Object, C, R>> handlers = new HashMap<>();

        private Builder(String name, Vector<Class<?>> kinds) {
            this.name = name;
            this.kinds = kinds;
        }

        /**
         * Handles one kind.
         *
         * @param <K> the kind
         * @param kind the kind's class
         * @param handler what to do with a value of it
         * @return this builder
         * @throws IllegalArgumentException if the kind is not one of the table's, or is handled already
         */
        public <K extends T> Builder<T, C, R> on(Class<K> kind, Handler<? super K, C, R> handler) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(handler, "handler");
            if (!kinds.contains(kind)) {
                throw new IllegalArgumentException(name + ": " + kind.getName() + " is not a kind of the table");
            }
            if (handlers.containsKey(kind)) {
                throw new IllegalArgumentException(name + " handles " + kind.getSimpleName() + " twice");
            }
            handlers.put(kind, (value, context) -> handler.apply(kind.cast(value), context));
            return this;
        }

        /**
         * The finished table.
         *
         * @return the table
         * @throws IllegalStateException if a kind has no handler
         */
        public Dispatch<T, C, R> build() {
            Vector<Class<?>> missing = kinds.filter(kind -> !handlers.containsKey(kind));
            if (!missing.isEmpty()) {
                throw new IllegalStateException(name + " handles no case for " + missing.map(Class::getSimpleName)
                        .mkString(", ") + ": every kind needs a handler");
            }
            return new Dispatch<>(name, new HashMap<>(handlers));
        }
    }
}
