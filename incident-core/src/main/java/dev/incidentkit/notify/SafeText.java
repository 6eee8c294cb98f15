package dev.incidentkit.notify;

import dev.incidentkit.base.PlainText;
import dev.incidentkit.incident.Link;
import java.util.Objects;

/**
 * Makes text from outside safe to place in a message of a given {@link ChannelFormat}: it shows as written
 * and is never read as markup, a mention or a link.
 *
 * <p>Every format first gets the same clean-up: unpaired surrogates become U+FFFD; format characters
 * (Unicode category Cf: bidirectional controls, zero-width spaces, tag characters, invisible operators)
 * are removed, except the zero-width joiner that emoji need, so text cannot hide or reorder what follows
 * it; carriage returns, CR LF pairs and the line and paragraph separators become line feeds; other control
 * characters except tab become spaces; text longer than {@link #MAX_CODE_POINTS} code points is cut and
 * ends in an ellipsis. Mass mentions written as plain words ({@code @everyone}, {@code @here},
 * {@code @channel}, {@code @all}, {@code @room}, {@code @stream}, {@code @topic}, also Zulip's
 * {@code @**all**}) get a full-width at sign, which no chat tool reads as a mention. Then the
 * format's own escaping:
 * <ul>
 *   <li>{@link ChannelFormat#PLAIN_TEXT}: nothing more;</li>
 *   <li>{@link ChannelFormat#SLACK_MRKDWN}: {@code & < >} as entities, so {@code <!channel>} and
 *       {@code <https://x|y>} are text (mrkdwn has no escape for {@code * _ ~} or a leading {@code &gt;};
 *       they may still style a message, never link or mention);</li>
 *   <li>{@link ChannelFormat#HTML}: {@code & < > " '} as entities;</li>
 *   <li>{@link ChannelFormat#MARKDOWN}: the ASCII punctuation Markdown reads as syntax gets a backslash,
 *       so links, images, emphasis, code spans, headings, lists, quotes, HTML, maths and table pipes stay
 *       text. Indentation is kept, so a line of user text that starts with four spaces may show as code.</li>
 * </ul>
 * {@link #cell(String, ChannelFormat)} also turns line breaks into spaces, for places that must stay one
 * line, such as a Markdown table cell. A client may still turn a bare web address into a link; that is the
 * address as written, not injected syntax.
 *
 * @since 0.1.0
 */
public final class SafeText {

    /** The longest text kept, in code points; longer text is cut. */
    public static final int MAX_CODE_POINTS = PlainText.MAX_CODE_POINTS;

    private static final String MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>~&\"':=$^";

    private SafeText() {}

    /**
     * Escapes text for a format.
     *
     * @param value the text
     * @param format the format
     * @return the safe text
     */
    public static String escape(String value, ChannelFormat format) {
        return encode(clean(value, false), format);
    }

    /**
     * Escapes text for a format and puts it on one line.
     *
     * @param value the text
     * @param format the format
     * @return the safe text, without line breaks
     */
    public static String cell(String value, ChannelFormat format) {
        return encode(clean(value, true), format);
    }

    /**
     * A web address as a link the format understands: an autolink {@code <url>} in Markdown, {@code <url>}
     * in Slack mrkdwn, an {@code <a href>} element in HTML, the address itself in plain text. Only an
     * absolute http or https URL with a host (see {@link Link#urlProblem(String)}) and nothing that the clean-up
     * would change becomes a link; such a URL holds no space, double quote, angle bracket or pipe, and a
     * single quote is written as an entity in HTML. Anything else is escaped as text with
     * {@link #cell(String, ChannelFormat)}, so {@code javascript:} and the like never become links.
     *
     * @param value the address
     * @param format the format
     * @return the link or the escaped text
     */
    public static String link(String value, ChannelFormat format) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || Link.urlProblem(value).isDefined() || !value.equals(clean(value, true))) {
            return cell(value, format);
        }
        switch (format) {
            case MARKDOWN:
                return "<" + value + ">";
            case SLACK_MRKDWN:
                return "<" + value.replace("&", "&amp;") + ">";
            case HTML:
                String attribute = encode(value, ChannelFormat.HTML);
                return "<a href=\"" + attribute + "\">" + attribute + "</a>";
            default:
                return value;
        }
    }

    private static String clean(String value, boolean oneLine) {
        return oneLine ? PlainText.line(value) : PlainText.text(value);
    }

    private static String encode(String value, ChannelFormat format) {
        Objects.requireNonNull(format, "format");
        if (format == ChannelFormat.PLAIN_TEXT) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (format) {
                case SLACK_MRKDWN:
                    if (c == '&') {
                        out.append("&amp;");
                    } else if (c == '<') {
                        out.append("&lt;");
                    } else if (c == '>') {
                        out.append("&gt;");
                    } else {
                        out.append(c);
                    }
                    break;
                case HTML:
                    if (c == '&') {
                        out.append("&amp;");
                    } else if (c == '<') {
                        out.append("&lt;");
                    } else if (c == '>') {
                        out.append("&gt;");
                    } else if (c == '"') {
                        out.append("&quot;");
                    } else if (c == '\'') {
                        out.append("&#39;");
                    } else {
                        out.append(c);
                    }
                    break;
                default:
                    if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
            }
        }
        return out.toString();
    }
}
