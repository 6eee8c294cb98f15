package dev.incidentkit.notify;

import java.util.Objects;

/**
 * The fallback renderer: the template key, then every fact of the model on its own line as
 * {@code name: value}, with line breaks and control characters in values replaced by spaces so that one
 * fact stays one line. It adds no markup, and escapes every value for the target's format with
 * {@link SafeText}, so that text from outside stays text.
 *
 * @since 0.1.0
 */
public final class PlainTextRenderer implements MessageRenderer {

    /** Creates the renderer. */
    public PlainTextRenderer() {}

    @Override
    public String render(MessageIntent intent) {
        Objects.requireNonNull(intent, "intent");
        StringBuilder text = new StringBuilder("[").append(intent.templateKey()).append("] incident ")
                .append(intent.incident());
        intent.model().toList().sortBy(e -> e._1).forEach(e -> text.append('\n').append(e._1).append(": ")
                .append(SafeText.cell(e._2, intent.format())));
        return text.toString();
    }
}
