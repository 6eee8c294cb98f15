package dev.incidentkit.templates;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * The fields a template may use, each with its kind. A template that names any other field is refused
 * when the catalogue is loaded.
 *
 * @param fields field name to kind, in declaration order
 * @param items for each {@link Kind#LIST} field, the schema of one item
 * @since 0.1.0
 */
public record TemplateSchema(Map<String, Kind> fields, Map<String, TemplateSchema> items) {

    /**
     * What a field holds.
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
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if a list field has no item schema, or an item schema no list field;
     *     or if a name is not a letter followed by letters and digits, or is one that Mustache would read as
     *     a property of the text or flag around it inside a section (such as {@code empty}, {@code bytes}
     *     or {@code class})
     */
    public TemplateSchema {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(items, "items");
        for (String name : fields.keySet()) {
            if (!name.matches("[A-Za-z][A-Za-z0-9]*") || shadowed(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot be a field name: use a letter followed by"
                        + " letters and digits, and no name of a property of String or Boolean");
            }
        }
        Set<String> lists = fields.filter(f -> f._2 == Kind.LIST).keySet();
        if (!lists.equals(items.keySet())) {
            throw new IllegalArgumentException("list fields " + lists + " and item schemas " + items.keySet()
                    + " differ");
        }
    }

    private static boolean shadowed(String name) {
        String bean = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> type : new Class<?>[] {String.class, Boolean.class}) {
            for (java.lang.reflect.Method method : type.getMethods()) {
                String m = method.getName();
                if (method.getParameterCount() == 0 && (m.equals(name) || m.equals("get" + bean) || m.equals("is" + bean))) {
                    return true;
                }
            }
            for (java.lang.reflect.Field field : type.getFields()) {
                if (field.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An empty schema to build on.
     *
     * @return a schema without fields
     */
    public static TemplateSchema empty() {
        return new TemplateSchema(LinkedHashMap.empty(), LinkedHashMap.empty());
    }

    /**
     * Adds fields of one kind.
     *
     * @param kind the kind, not {@link Kind#LIST}
     * @param names the names
     * @return a new schema with the fields
     * @throws IllegalArgumentException for {@link Kind#LIST}, which needs {@link #list(String, TemplateSchema)}
     */
    public TemplateSchema with(Kind kind, String... names) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
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
     * @param name the name
     * @param item the schema of one item
     * @return a new schema with the field
     */
    public TemplateSchema list(String name, TemplateSchema item) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(item, "item");
        return new TemplateSchema(fields.put(name, Kind.LIST), items.put(name, item));
    }

    /**
     * Every name a template using this schema may mention, its own and its items'.
     *
     * @return the names
     */
    public Set<String> allNames() {
        return items.values().foldLeft(fields.keySet(), (all, item) -> all.addAll(item.allNames()));
    }
}
