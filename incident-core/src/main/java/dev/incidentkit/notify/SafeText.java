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
 *       {@code <https://x|y>} are text. Slack documents no escape for its markers {@code * _ ~ `}, which
 *       style text only where they stand at a word's edge (after white space or punctuation to open,
 *       before it to close); a zero-width space (U+200B) goes between such a marker and that edge, so it
 *       neither opens nor closes ({@code snake_case} and {@code 2*3} are left as they are), and before a
 *       {@code >} that starts a line, so it is no quote; blanks at the text's edges are left out, so a template's own markers
 *       around the text still pair. The text reads the same; a copy of it carries the invisible spaces;</li>
 *   <li>{@link ChannelFormat#HTML}: {@code & < > " '} as entities;</li>
 *   <li>{@link ChannelFormat#MARKDOWN} (CommonMark with GitHub's tables and strikethrough): a backslash goes
 *       only before a character that would change the meaning where it stands, so text reads as written in
 *       a ticket that shows the raw Markdown, and renders as written. At the start of a line (and of the
 *       text): what opens a heading, a quote, a list, a thematic break, a setext underline, a fence, a table
 *       or a link definition ({@code # > - + * = _ | ~ [}, and the {@code .} or {@code )} of
 *       {@code 1.}). Anywhere: backslashes, backticks and pipes; {@code *} and {@code ~} unless spaces
 *       surround them; {@code _} unless letters or digits surround it ({@code snake_case} stays as it is);
 *       {@code ]} before {@code (} (a link or an image); {@code <} before anything but a space (HTML, an
 *       autolink, an e-mail autolink); {@code &} that would start an entity; {@code $} before something
 *       other than a digit or a space (maths). What the template puts before or after the text is unknown
 *       here, so these count it as the worst case. Dates, times, addresses and plain prose get no backslash.
 *       The spaces and tabs that start or end a line are left out, as Markdown drops them (and four
 *       leading spaces would make code).</li>
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

    /** What opens a block or a table at the start of a line. */
    private static final String MARKDOWN_LINE_START = "#>-+*=_|~[";

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

    /** Slack's formatting markers: bold, italic, strike and code. */
    private static final String SLACK_MARKERS = "*_~`";
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    /** Whether a character is an edge a Slack marker pairs at: white space or punctuation. */
    private static boolean slackEdge(char c) {
        return Character.isWhitespace(c) || !Character.isLetterOrDigit(c) && c != '\u200B';
    }

    private static String encode(String value, ChannelFormat format) {
        Objects.requireNonNull(format, "format");
        if (format == ChannelFormat.PLAIN_TEXT) {
            return value;
        }
        if (format == ChannelFormat.MARKDOWN) {
            return markdown(value);
        }
        boolean slack = format == ChannelFormat.SLACK_MRKDWN;
        if (slack) {
            // blanks at the text's edges would stand between a template's marker and its text, and unstyle it
            value = value.strip();
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (slack && SLACK_MARKERS.indexOf(c) >= 0) {
                // a marker styles text only at a word's edge: a zero-width space between it and the edge keeps
                // it from opening (before it) or closing (after it); the text edges count as edges
                boolean opens = i == 0 || slackEdge(value.charAt(i - 1));
                boolean closes = i == value.length() - 1 || slackEdge(value.charAt(i + 1));
                out.append(opens ? ZERO_WIDTH_SPACE : "").append(c).append(closes ? ZERO_WIDTH_SPACE : "");
            } else if (slack && c == '>' && (i == 0 || value.charAt(i - 1) == '\n')) {
                out.append(ZERO_WIDTH_SPACE).append("&gt;"); // not a quote at the start of a line
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (format == ChannelFormat.HTML && c == '"') {
                out.append("&quot;");
            } else if (format == ChannelFormat.HTML && c == '\'') {
                out.append("&#39;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Markdown: a backslash only where the character would otherwise be read as syntax, see the class. */
    private static String markdown(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        boolean lineStart = true;
        // the character written before this one: a line feed at a line's start, the template's at the text's
        char before = EDGE;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append(c);
                lineStart = true;
                before = c;
                continue;
            }
            if (isBlank(c) && (lineStart || endsLine(value, i))) {
                // Markdown drops the spaces around a line, and four of them at its start make code
                continue;
            }
            char next = following(value, i);
            if (lineStart) {
                lineStart = false;
                if (MARKDOWN_LINE_START.indexOf(c) >= 0) {
                    out.append('\\').append(c);
                    before = c;
                    continue;
                }
                int digits = 0;
                while (i + digits < n && digits < 10 && isAsciiDigit(value.charAt(i + digits))) {
                    digits++;
                }
                int after = i + digits;
                if (digits > 0 && digits <= 9 && after < n && (value.charAt(after) == '.' || value.charAt(after) == ')')
                        && (isBlankOrBreak(following(value, after)) || following(value, after) == EDGE)) {
                    // an ordered list item: "1. " or "1) "
                    out.append(value, i, after).append('\\').append(value.charAt(after));
                    i = after;
                    before = value.charAt(after);
                    continue;
                }
            }
            if (needsBackslash(c, before, next, value, i)) {
                out.append('\\');
            }
            out.append(c);
            before = c;
        }
        return out.toString();
    }

    /**
     * The character that will be written after position {@code i}: the next one, a line feed where only
     * dropped spaces lead to one, or {@link #EDGE} at the end of the text, where the template goes on.
     */
    private static char following(String value, int i) {
        int j = i + 1;
        while (j < value.length() && isBlank(value.charAt(j))) {
            j++;
        }
        if (j == value.length()) {
            return EDGE;
        }
        return j > i + 1 && value.charAt(j) != '\n' ? ' ' : value.charAt(j);
    }

    private static boolean needsBackslash(char c, char before, char next, String value, int i) {
        switch (c) {
            case '\\':
            case '`':
            case '|':
                return true;
            case '*':
            case '~':
                // a run with white space on both sides neither opens nor closes emphasis
                return !(isBlankOrBreak(before) && isBlankOrBreak(next));
            case '_':
                // between letters or digits an underscore cannot open or close emphasis
                return !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(next));
            case ']':
                return next == '(' || next == EDGE;
            case '<':
                // HTML, an autolink, an e-mail autolink: anything but a space may follow the bracket
                return !isBlankOrBreak(next);
            case '&':
                return ENTITY.matcher(value).region(i, value.length()).lookingAt();
            case '$':
                return !(isAsciiDigit(next) || isBlankOrBreak(next));
            default:
                return false;
        }
    }

    /** Stands for what lies beyond the ends of the text: neither a space nor a letter, digit or parenthesis. */
    private static final char EDGE = '\uFFFF';

    /** What Markdown reads as a character reference: {@code &amp;}, {@code &#38;}, {@code &#x26;}. */
    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /** Whether only spaces and tabs follow position {@code i} up to the end of its line. */
    private static boolean endsLine(String value, int i) {
        for (int j = i; j < value.length(); j++) {
            char c = value.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
