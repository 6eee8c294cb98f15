package dev.incidentkit.templates;

import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.SafeText;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The facts a template is rendered with: texts, flags and lists of items, by field name. Texts are raw here;
 * they are escaped for the target format when rendered, according to the template's {@link TemplateSchema}.
 * Fields the schema does not name are ignored; fields it names but the model lacks render as empty.
 *
 * @since 0.1.0
 */
public final class TemplateModel {

    private final Map<String, Object> values;

    private TemplateModel(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * An empty model.
     *
     * @return the model
     */
    public static TemplateModel empty() {
        return new TemplateModel(LinkedHashMap.empty());
    }

    /**
     * A model of texts, such as a message intent's model.
     *
     * @param texts field name to text
     * @return the model
     */
    public static TemplateModel ofTexts(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        return new TemplateModel(texts.mapValues(v -> (Object) Objects.requireNonNull(v, "text")));
    }

    /**
     * Adds or replaces a text.
     *
     * @param name the field
     * @param value the text, raw
     * @return a new model
     */
    public TemplateModel text(String name, String value) {
        return put(name, Objects.requireNonNull(value, "value"));
    }

    /**
     * Adds or replaces a flag.
     *
     * @param name the field
     * @param value the flag
     * @return a new model
     */
    public TemplateModel flag(String name, boolean value) {
        return put(name, value);
    }

    /**
     * Adds or replaces a list of items.
     *
     * @param name the field
     * @param items the items
     * @return a new model
     */
    public TemplateModel list(String name, Seq<TemplateModel> items) {
        return put(name, Objects.requireNonNull(items, "items").toList());
    }

    private TemplateModel put(String name, Object value) {
        return new TemplateModel(values.put(Objects.requireNonNull(name, "name"), value));
    }

    /**
     * The model as Mustache sees it: every field of the schema present, texts escaped for the format.
     */
    java.util.Map<String, Object> escaped(TemplateSchema schema, ChannelFormat format) {
        java.util.Map<String, Object> out = new java.util.HashMap<>();
        for (var field : schema.fields()) {
            Object value = values.get(field._1).getOrNull();
            switch (field._2) {
                case TEXT:
                    out.put(field._1, SafeText.escape(value instanceof String ? (String) value : "", format));
                    break;
                case LINE:
                    out.put(field._1, SafeText.cell(value instanceof String ? (String) value : "", format));
                    break;
                case URL:
                    out.put(field._1, SafeText.link(value instanceof String ? (String) value : "", format));
                    break;
                case FLAG:
                    out.put(field._1, value instanceof Boolean && (Boolean) value);
                    break;
                default:
                    TemplateSchema item = schema.items().get(field._1).get();
                    java.util.List<Object> list = new java.util.ArrayList<>();
                    if (value instanceof Seq) {
                        for (Object element : (Seq<?>) value) {
                            list.add(((TemplateModel) element).escaped(item, format));
                        }
                    }
                    out.put(field._1, list);
            }
        }
        return out;
    }

    /** A model that enters every section: texts set, flags true, one item in every list. */
    static java.util.Map<String, Object> probe(TemplateSchema schema, boolean full) {
        java.util.Map<String, Object> out = new java.util.HashMap<>();
        for (var field : schema.fields()) {
            switch (field._2) {
                case FLAG:
                    out.put(field._1, full);
                    break;
                case LIST:
                    out.put(field._1, full ? java.util.List.of(probe(schema.items().get(field._1).get(), true))
                            : java.util.List.of());
                    break;
                default:
                    out.put(field._1, full ? field._1 : "");
            }
        }
        return out;
    }
}
