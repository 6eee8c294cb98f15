package dev.incidentkit.notify;

import java.util.Objects;

/**
 * The fallback renderer: the template key, then every fact of the model on its own line as
 * {@code name: value}, with line breaks and control characters in values replaced by spaces so that one
 * fact stays one line. It adds no markup, and escapes everything it writes (the template key, the
 * incident id, every name and value) for the target's format with {@link SafeText}, so that text from
 * outside stays text. The dispatcher sends it when a renderer fails.
 *
 * @since 0.1.0
 */
public final class PlainTextRenderer implements MessageRenderer {

    /** Creates the renderer. */
    public PlainTextRenderer() {}

    @Override
    public String render(MessageIntent intent) {
        Objects.requireNonNull(intent, "intent");
        ChannelFormat format = intent.format();
        StringBuilder text = new StringBuilder("[").append(SafeText.cell(intent.templateKey(), format))
                .append("] incident ").append(SafeText.cell(intent.incident().value(), format));
        intent.model().toList().sortBy(e -> e._1).forEach(e -> text.append('\n').append(SafeText.cell(e._1, format))
                .append(": ").append(SafeText.cell(e._2, format)));
        return text.toString();
    }
}
