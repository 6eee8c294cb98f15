package dev.incidentkit.notify;

import java.util.Objects;

/**
 * The fallback renderer: the template key, then every fact of the model on its own line as
 * {@code name: value}, with line breaks and control characters in values replaced by spaces so that one
 * fact stays one line. It knows no format's markup and adds none.
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
                .append(e._2.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)));
        return text.toString();
    }
}
