package dev.incidentkit.templates;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.incidentkit.notify.ChannelFormat;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates, by locale, key and format, each checked against its {@link TemplateSchema} when loaded.
 *
 * <p>The built-in catalogue ({@link #builtIn()}) holds English texts for every key and German ones for the
 * first response, the status update and the resolution notice; any other German text falls back to English.
 * A {@link Builder} adds or overrides templates from code, a directory or the classpath, laid out as
 * {@code <locale>/<key>.<extension>} with the extensions {@code txt}, {@code md}, {@code slack} and
 * {@code html} (on the classpath only those names are looked for, so a misnamed resource is not seen; a
 * misnamed file in a directory is reported). A template is refused, with a {@link TemplateProblem} naming
 * it, its line and the field, when it names a field its schema lacks, uses a list item's field outside the
 * list, leaves a section open, closes one it did not open, or uses partials or changed delimiters. The
 * check reads the tags section by section; the template is then also rendered once with every section
 * entered and once with none, as a backstop should the check and Mustache ever read a tag differently.
 *
 * <p>Rendering looks the template up for the locale's full tag, then its language, then English. Model
 * texts are escaped for the format first (see {@link dev.incidentkit.notify.SafeText}); the template's own
 * text is written as is. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TemplateCatalogue {

    private static final Mustache.Compiler COMPILER = Mustache.compiler().withEscaper(Escapers.NONE)
            .strictSections(true).emptyStringIsFalse(true);
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{(.*?)\\}\\}\\}|\\{\\{(.*?)\\}\\}", Pattern.DOTALL);
    private static final String FALLBACK = "en";
    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalogue.class);
    private static final Pattern FILE = Pattern.compile(
            "([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.(txt|md|slack|html)");

    private final Map<String, TemplateSchema> schemas;
    private final Map<Tuple3<String, String, ChannelFormat>, Template> templates;

    private TemplateCatalogue(Map<String, TemplateSchema> schemas,
            Map<Tuple3<String, String, ChannelFormat>, Template> templates) {
        this.schemas = schemas;
        this.templates = templates;
    }

    /**
     * The built-in catalogue.
     *
     * @return the catalogue
     * @throws IllegalStateException if a built-in template is broken (a defect of this library)
     */
    public static TemplateCatalogue builtIn() {
        return builder().build().getOrElseThrow(problems -> new IllegalStateException(
                "a built-in template is broken: " + problems.map(TemplateProblem::describe).mkString("; ")));
    }

    /**
     * A builder that starts from the built-in templates.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The template keys.
     *
     * @return the keys
     */
    public Set<String> keys() {
        return schemas.keySet();
    }

    /**
     * The schema of a key.
     *
     * @param key the key
     * @return the schema, or none for an unknown key
     */
    public Option<TemplateSchema> schema(String key) {
        Objects.requireNonNull(key, "key");
        return schemas.get(key);
    }

    /**
     * The formats a key can be rendered in (in English, the fallback).
     *
     * @param key the key
     * @return the formats
     */
    public Set<ChannelFormat> formats(String key) {
        Objects.requireNonNull(key, "key");
        return templates.keySet().filter(k -> k._1.equals(FALLBACK) && k._2.equals(key)).map(k -> k._3)
                .toLinkedSet();
    }

    /**
     * Renders a template. Never throws for any model: texts are escaped, missing fields render empty.
     *
     * @param key the template key
     * @param format the format
     * @param locale the wanted locale
     * @param model the facts
     * @return the text, or none when the catalogue has no template for the key and format (or, which the
     *     load-time check is there to prevent, the template failed; that is logged as a warning); never
     *     {@code null}
     */
    public Option<String> render(String key, ChannelFormat format, Locale locale, TemplateModel model) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(model, "model");
        Option<TemplateSchema> schema = schemas.get(key);
        Option<Template> template = List.of(locale.toLanguageTag(), locale.getLanguage(), FALLBACK)
                .flatMap(tag -> templates.get(Tuple.of(tag, key, format)))
                .headOption();
        if (schema.isEmpty() || template.isEmpty()) {
            return Option.none();
        }
        try {
            return Option.some(template.get().execute(model.escaped(schema.get(), format)));
        } catch (MustacheException e) {
            // The load-time check is there to make this unreachable; if it is reached, say so loudly.
            LOG.warn("template {} in {} failed to render; the caller falls back", key, format, e);
            return Option.none();
        }
    }

    /**
     * Builds a catalogue: the built-in templates, then additions and overrides, each checked on
     * {@link #build()}. Not thread-safe.
     */
    public static final class Builder {

        private Map<String, TemplateSchema> schemas = BuiltInTemplates.schemas();
        private Map<Tuple3<String, String, ChannelFormat>, String> sources = LinkedHashMap.empty();
        private Seq<TemplateProblem> problems = List.empty();

        private Builder() {
            fromClasspath(BuiltInTemplates.class.getClassLoader(), BuiltInTemplates.ROOT,
                    BuiltInTemplates.LOCALES.map(Locale::forLanguageTag));
        }

        /**
         * Defines a new template key with its schema; its texts are added with {@link #template}, a directory
         * or the classpath, and it needs at least one English text.
         *
         * @param key the key: lower-case letters, digits and dashes
         * @param schema its fields
         * @return this builder
         * @throws IllegalArgumentException if the key exists or is malformed
         */
        public Builder define(String key, TemplateSchema schema) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(schema, "schema");
            if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*") || schemas.containsKey(key)) {
                throw new IllegalArgumentException("cannot define template key '" + key + "'");
            }
            schemas = schemas.put(key, schema);
            return this;
        }

        /**
         * Adds a template, or overrides the one for the same locale, key and format.
         *
         * @param locale the locale
         * @param key the key, built-in or defined
         * @param format the format
         * @param source the Mustache text
         * @return this builder
         */
        public Builder template(Locale locale, String key, ChannelFormat format, String source) {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(source, "source");
            String text = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
            sources = sources.put(Tuple.of(locale.toLanguageTag(), key, format), text);
            return this;
        }

        /**
         * Adds or overrides templates from a directory laid out as {@code <locale>/<key>.<extension>}.
         * A file that cannot be read or is named otherwise is a problem reported by {@link #build()}.
         *
         * @param root the directory
         * @return this builder
         */
        public Builder fromDirectory(Path root) {
            Objects.requireNonNull(root, "root");
            try (Stream<Path> files = Files.walk(root, 2)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    Matcher m = FILE.matcher(name);
                    if (!m.matches()) {
                        problems = problems.append(new TemplateProblem(name, 0, Option.none(),
                                "not a template file: expected <locale>/<key>.<txt|md|slack|html>"));
                        continue;
                    }
                    try {
                        template(Locale.forLanguageTag(m.group(1)), m.group(2), format(m.group(3)),
                                Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        problems = problems.append(new TemplateProblem(name, 0, Option.none(),
                                "cannot read it as UTF-8 text: " + e));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems = problems.append(new TemplateProblem(root.toString(), 0, Option.none(),
                        "cannot read the directory: " + e.getMessage()));
            }
            return this;
        }

        /**
         * Adds or overrides templates found on the classpath at {@code <root>/<locale>/<key>.<extension>},
         * for every key known when this is called (built-in or defined before) and every format, in the
         * given locales.
         *
         * @param loader where to look
         * @param root the resource folder, without leading slash
         * @param locales the locales to look for
         * @return this builder
         */
        public Builder fromClasspath(ClassLoader loader, String root, Seq<Locale> locales) {
            Objects.requireNonNull(loader, "loader");
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(locales, "locales");
            for (Locale locale : locales) {
                for (String key : schemas.keySet()) {
                    for (ChannelFormat format : ChannelFormat.values()) {
                        String name = root + "/" + locale.toLanguageTag() + "/" + key + "."
                                + BuiltInTemplates.extension(format);
                        try (InputStream in = loader.getResourceAsStream(name)) {
                            if (in != null) {
                                template(locale, key, format, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        } catch (IOException e) {
                            problems = problems.append(new TemplateProblem(name, 0, Option.none(),
                                    "cannot read: " + e.getMessage()));
                        }
                    }
                }
            }
            return this;
        }

        /**
         * Checks every template and builds the catalogue.
         *
         * @return the catalogue, or every problem found
         */
        public Either<Seq<TemplateProblem>, TemplateCatalogue> build() {
            Seq<TemplateProblem> found = problems;
            Map<Tuple3<String, String, ChannelFormat>, Template> compiled = LinkedHashMap.empty();
            for (var entry : sources) {
                var id = entry._1;
                String name = id._1 + "/" + id._2 + "." + BuiltInTemplates.extension(id._3);
                Option<TemplateSchema> schema = schemas.get(id._2);
                if (schema.isEmpty()) {
                    found = found.append(new TemplateProblem(name, 0, Option.none(),
                            "no template has this key; define it with its schema first"));
                    continue;
                }
                Either<Seq<TemplateProblem>, Template> checked = check(name, entry._2, schema.get());
                if (checked.isLeft()) {
                    found = found.appendAll(checked.getLeft());
                } else {
                    compiled = compiled.put(id, checked.get());
                }
            }
            for (String key : schemas.keySet()) {
                if (sources.keySet().forAll(id -> !id._2.equals(key) || !id._1.equals(FALLBACK))) {
                    found = found.append(new TemplateProblem(FALLBACK + "/" + key, 0, Option.none(),
                            "no English template, which every key needs as the fallback"));
                }
            }
            return found.isEmpty() ? Either.right(new TemplateCatalogue(schemas, compiled)) : Either.left(found);
        }

        private static ChannelFormat format(String extension) {
            return List.of(ChannelFormat.values()).find(f -> BuiltInTemplates.extension(f).equals(extension)).get();
        }
    }

    static Either<Seq<TemplateProblem>, Template> check(String name, String source, TemplateSchema schema) {
        Seq<TemplateProblem> problems = List.empty();
        // The schemas whose fields are visible: the template's own, then the item schema of every list
        // section that is open (an inverted list section shows no item).
        Deque<TemplateSchema> scopes = new ArrayDeque<>();
        scopes.push(schema);
        Deque<OpenSection> open = new ArrayDeque<>();
        Matcher tags = TAG.matcher(source);
        while (tags.find()) {
            int line = lineOf(source, tags.start());
            String tag = (tags.group(1) != null ? tags.group(1) : tags.group(2)).trim();
            char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
            String field = "#^/&!=>".indexOf(sigil) >= 0 ? tag.substring(1).trim() : tag;
            if (sigil == '!') {
                continue;
            }
            if (sigil == '=' || sigil == '>') {
                problems = problems.append(new TemplateProblem(name, line, Option.none(),
                        sigil == '=' ? "changing delimiters is not supported" : "partials are not supported"));
                continue;
            }
            if (sigil == '/') {
                if (open.isEmpty() || !open.peek().field().equals(field)) {
                    problems = problems.append(new TemplateProblem(name, line, Option.some(field), open.isEmpty()
                            ? "closes a section that is not open" : "closes a section while '" + open.peek().field()
                            + "' is open"));
                    return Either.left(problems);
                }
                if (open.pop().entersList()) {
                    scopes.pop();
                }
                continue;
            }
            Option<TemplateSchema.Kind> kind = List.ofAll(scopes).flatMap(scope -> scope.fields().get(field))
                    .headOption();
            if (kind.isEmpty()) {
                problems = problems.append(new TemplateProblem(name, line, Option.some(field),
                        schema.allNames().contains(field) ? "a list item's field, used outside its list"
                                : "no such field (known: " + schema.fields().keySet().toSortedSet().mkString(", ")
                                + ")"));
            }
            if (sigil == '#' || sigil == '^') {
                boolean entersList = sigil == '#' && kind.contains(TemplateSchema.Kind.LIST);
                if (entersList) {
                    scopes.push(List.ofAll(scopes).flatMap(scope -> scope.items().get(field)).head());
                }
                open.push(new OpenSection(field, line, entersList));
            }
        }
        if (!open.isEmpty()) {
            OpenSection unclosed = open.peek();
            problems = problems.append(new TemplateProblem(name, unclosed.line(), Option.some(unclosed.field()),
                    "section is never closed"));
        }
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        try {
            Template template = COMPILER.compile(source);
            template.execute(TemplateModel.probe(schema, true));
            template.execute(TemplateModel.probe(schema, false));
            return Either.right(template);
        } catch (MustacheException.Context e) {
            return Either.left(List.of(new TemplateProblem(name, e.lineNo, Option.some(e.key),
                    "the field is not available here")));
        } catch (MustacheException e) {
            return Either.left(List.of(new TemplateProblem(name, 0, Option.none(), e.getMessage())));
        }
    }

    /** A section the check has seen open, and whether it made a list item's fields visible. */
    private record OpenSection(String field, int line, boolean entersList) {}

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
