package dev.incidentkit.templates;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Why a template was refused when a catalogue was loaded.
 *
 * @param template the template, as {@code locale/key.extension}
 * @param line the line of the template where the problem is, from 1; 0 when it has no single line
 * @param field the field the problem is about
 * @param message what is wrong, in a sentence
 * @since 0.1.0
 */
public record TemplateProblem(String template, int line, Option<String> field, String message) {

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public TemplateProblem {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem in one line, naming the template, line and field.
     *
     * @return for example {@code en/status-update.md line 3, field "nxt": no such field}
     */
    public String describe() {
        return template + (line > 0 ? " line " + line : "") + field.map(f -> ", field \"" + f + "\"").getOrElse("")
                + ": " + message;
    }
}
