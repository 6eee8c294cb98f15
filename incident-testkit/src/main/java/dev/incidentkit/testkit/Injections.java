package dev.incidentkit.testkit;

import dev.incidentkit.notify.ChannelFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what untrusted text made live in a rendered message: a mass mention, a hidden or broken character,
 * and for the format's syntax, any tag, control sequence or Markdown construct that a harmless rendering of
 * the same message does not have. For Markdown these are the constructs that link, embed or break out:
 * links and images ({@code ](}), autolinks and HTML ({@code <} before anything but a space), character
 * references ({@code &amp;}), code spans and table pipes, each unless a backslash escapes it, and table rows.
 * Emphasis and block markers are left to the format's own escaping, which is proved with a CommonMark parser. Compare a message rendered with hostile text (such as
 * {@link HostileText#corpus()}) against the same message rendered with plain words in its place: every
 * difference in structure is the hostile text's doing.
 *
 * <pre>{@code
 * String hostile = renderer.render(intentWith(text));
 * String benign = renderer.render(intentWith("plain"));
 * assertEquals(List.of(), Injections.problems(format, benign, hostile));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Injections {

    private static final Pattern MASS_MENTION = Pattern.compile(
            "(?<![\\uFF20\\\\\\w.])@[*_]*(everyone|here|channel|all|room|stream|topic)(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLACK_SEQUENCE = Pattern.compile("<[^>]*>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z!][^>]*>");
    private static final Pattern MARKDOWN_ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    private Injections() {}

    /**
     * What the hostile rendering made live that the benign one does not have.
     *
     * @param format the format both were rendered in
     * @param benign the message rendered with plain words in place of the untrusted text
     * @param hostile the message rendered with the untrusted text
     * @return one sentence per problem; empty when the text stayed text
     */
    public static List<String> problems(ChannelFormat format, String benign, String hostile) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(benign, "benign");
        Objects.requireNonNull(hostile, "hostile");
        List<String> problems = new ArrayList<>();
        if (MASS_MENTION.matcher(hostile).find()) {
            problems.add("a live mass mention");
        }
        // Slack's formatting markers are kept from pairing by zero-width spaces the escaping puts beside them
        if (hostile.codePoints().anyMatch(c -> isHiddenOrBroken(c)
                && !(format == ChannelFormat.SLACK_MRKDWN && c == 0x200B))) {
            problems.add("a control, formatting or unpaired surrogate character");
        }
        switch (format) {
            case SLACK_MRKDWN -> {
                if (!matches(benign, SLACK_SEQUENCE).equals(matches(hostile, SLACK_SEQUENCE))) {
                    problems.add("Slack control sequences not in the benign message: " + matches(hostile,
                            SLACK_SEQUENCE));
                }
            }
            case HTML -> {
                if (!matches(benign, HTML_TAG).equals(matches(hostile, HTML_TAG))) {
                    problems.add("HTML tags not in the benign message: " + matches(hostile, HTML_TAG));
                }
                if (hostile.replaceAll("<[^>]*>", "").contains("<")) {
                    problems.add("a stray '<' outside a tag");
                }
            }
            case MARKDOWN -> {
                if (liveCount(benign) != liveCount(hostile)) {
                    problems.add("Markdown links, autolinks, HTML, references, code or pipes without a backslash: "
                            + liveCount(hostile) + " against " + liveCount(benign) + " in the benign message");
                }
                if (tableRows(benign) != tableRows(hostile)) {
                    problems.add("table rows: " + tableRows(hostile) + " against " + tableRows(benign));
                }
            }
            case PLAIN_TEXT -> {
                // plain text has no syntax; the checks above are all it needs
            }
        }
        return problems;
    }

    /** Control characters other than line feed and tab, formatting characters but the emoji joiner, lone surrogates. */
    private static boolean isHiddenOrBroken(int c) {
        return (Character.getType(c) == Character.FORMAT && c != 0x200D)
                || (Character.isISOControl(c) && c != '\n' && c != '\t')
                || (c <= 0xFFFF && Character.isSurrogate((char) c))
                || c == 0x2028 || c == 0x2029;
    }

    private static List<String> matches(String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            // a link's address and label are the text's; its shape is what a harmless rendering must share
            String shape = m.group().replaceAll("href=\"[^\"]*\"", "href").replaceAll("\\|[^>]*>", "|>")
                    .replaceAll("^<https?://[^|>]*", "<url");
            found.add(shape.length() > 80 ? shape.substring(0, 80) + "..." : shape);
        }
        return found;
    }

    /** Links and images, autolinks and HTML, character references, code spans and pipes not escaped. */
    private static long liveCount(String text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '\\') {
                i++;
            } else if (c == '`' || c == '|' || c == ']' && next == '('
                    || c == '<' && !Character.isWhitespace(next)
                    || c == '&' && MARKDOWN_ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
                count++;
            }
        }
        return count;
    }

    private static long tableRows(String text) {
        return text.lines().filter(line -> line.startsWith("|")).count();
    }
}
