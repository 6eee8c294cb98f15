package dev.incidentkit.templates;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * The fields a template may use, each with its kind. A template that names any other field is refused
 * when the catalogue is loaded.
 *
 * @param fields field name to kind, in declaration order; never {@code null}
 * @param items for each {@link Kind#LIST} field, the schema of one item; never {@code null}
 * @since 0.1.0
 */
public record TemplateSchema(Map<String, Kind> fields, Map<String, TemplateSchema> items) {

    /**
     * What a field holds.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Text that may span lines. */
        TEXT,
        /** Text kept on one line (line breaks become spaces), for titles and table cells. */
        LINE,
        /**
         * A web address: a link in the target format when it is an http(s) URL with a host, escaped text
         * otherwise (see {@link dev.incidentkit.notify.SafeText#link}).
         */
        URL,
        /** A yes or no, for sections. */
        FLAG,
        /** A list of items, each with its own schema. */
        LIST
    }

    /**
     * Creates a schema.
     *
     * @param fields the fields; never {@code null}
     * @param items the item schemas of the list fields; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a list field has no item schema, or an item schema no list field
     */
    public TemplateSchema {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(items, "items");
        Set<String> lists = fields.filter(f -> f._2 == Kind.LIST).keySet();
        if (!lists.equals(items.keySet())) {
            throw new IllegalArgumentException("list fields " + lists + " and item schemas " + items.keySet()
                    + " differ");
        }
    }

    /**
     * An empty schema to build on.
     *
     * @return a schema without fields; never {@code null}
     */
    public static TemplateSchema empty() {
        return new TemplateSchema(LinkedHashMap.empty(), LinkedHashMap.empty());
    }

    /**
     * Adds fields of one kind.
     *
     * @param kind the kind, not {@link Kind#LIST}; never {@code null}
     * @param names the names; never {@code null}
     * @return a new schema with the fields; never {@code null}
     * @throws IllegalArgumentException for {@link Kind#LIST}, which needs {@link #list(String, TemplateSchema)}
     */
    public TemplateSchema with(Kind kind, String... names) {
        if (kind == Kind.LIST) {
            throw new IllegalArgumentException("a list needs an item schema: use list(name, schema)");
        }
        Map<String, Kind> next = fields;
        for (String name : names) {
            next = next.put(Objects.requireNonNull(name, "name"), kind);
        }
        return new TemplateSchema(next, items);
    }

    /**
     * Adds a list field.
     *
     * @param name the name; never {@code null}
     * @param item the schema of one item; never {@code null}
     * @return a new schema with the field; never {@code null}
     */
    public TemplateSchema list(String name, TemplateSchema item) {
        return new TemplateSchema(fields.put(name, Kind.LIST), items.put(name, item));
    }

    /**
     * Every name a template using this schema may mention, its own and its items'.
     *
     * @return the names; never {@code null}
     */
    public Set<String> allNames() {
        return items.values().foldLeft(fields.keySet(), (all, item) -> all.addAll(item.allNames()));
    }
}
