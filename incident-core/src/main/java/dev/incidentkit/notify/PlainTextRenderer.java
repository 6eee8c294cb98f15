package dev.incidentkit.notify;

import java.util.Objects;

/**
 * The fallback renderer: the template key, then every fact of the model on its own line as
 * {@code name: value}, with line breaks and control characters in values replaced by spaces so that one
 * fact stays one line. It adds no markup, and escapes every value for the target's format so that text
 * from outside stays text: {@code & < >} for Slack mrkdwn (so {@code <!channel>} is no mention),
 * {@code & < > " '} for HTML, and Markdown's punctuation with backslashes.
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
                .append(escape(oneLine(e._2), intent.format())));
        return text.toString();
    }

    private static String oneLine(String value) {
        return value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * Escapes a text for a format, so that it shows as written and is never read as markup.
     *
     * @param value the text; never {@code null}
     * @param format the format; never {@code null}
     * @return the escaped text
     */
    public static String escape(String value, ChannelFormat format) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (format) {
                case SLACK_MRKDWN:
                    out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : String.valueOf(c));
                    break;
                case HTML:
                    out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;"
                            : c == '\'' ? "&#39;" : String.valueOf(c));
                    break;
                case MARKDOWN:
                    if ("\\`*_{}[]()#+-.!|<>~".indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
