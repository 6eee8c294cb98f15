package dev.incidentkit.base;

import java.util.Objects;

/**
 * Text from outside made fit to show as plain text, anywhere: unpaired surrogates become U+FFFD, formatting
 * characters (such as right-to-left overrides and zero-width spaces, of any plane) are dropped except the
 * zero-width joiner that emoji need, control characters other than tab and line breaks become spaces, line
 * breaks of every kind become {@code \n} (or spaces, for one line), text longer than
 * {@value #MAX_CODE_POINTS} code points is cut and ends in an ellipsis, and mass mentions written as plain
 * words ({@code @everyone}, {@code @here}, {@code @channel}, {@code @all}, {@code @room}, {@code @stream},
 * {@code @topic}, also Zulip's {@code @**all**}) get a full-width at sign, which no chat tool reads as a
 * mention. The first step of every format's escaping ({@code SafeText}), and all a plain-text view such as
 * the timeline's lines needs.
 *
 * @since 0.1.0
 */
public final class PlainText {

    /** The longest text kept, in code points; longer text is cut. */
    public static final int MAX_CODE_POINTS = 10_000;

    private static final String[] MASS_MENTIONS = {"everyone", "here", "channel", "all", "room", "stream", "topic"};
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;

    private PlainText() {}

    /**
     * The text fit to show, its line breaks kept as {@code \n}.
     *
     * @param value the text
     * @return the text to show
     */
    public static String text(String value) {
        return clean(value, false);
    }

    /**
     * The text fit to show on one line: line breaks become spaces.
     *
     * @param value the text
     * @return the line to show
     */
    public static String line(String value) {
        return clean(value, true);
    }

    private static String clean(String value, boolean oneLine) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_CODE_POINTS) + 8);
        int kept = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                c = 0xFFFD;
            }
            if (Character.getType(c) == Character.FORMAT && c != ZERO_WIDTH_JOINER) {
                continue;
            }
            if (c == '\r' && i < value.length() && value.charAt(i) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                c = oneLine ? ' ' : '\n';
            } else if (c != '\t' && Character.isISOControl(c)) {
                c = ' ';
            }
            if (kept == MAX_CODE_POINTS) {
                out.append('\u2026');
                break;
            }
            out.appendCodePoint(c);
            kept++;
        }
        return neutraliseMentions(out.toString());
    }

    private static String neutraliseMentions(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' && isMassMention(text, i + 1)) {
                out.append('\uFF20');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text after an at sign names everyone somewhere: {@code everyone}, {@code here},
     * {@code channel}, {@code all} (Slack, Discord, Mattermost, Rocket.Chat, Teams), {@code room} (Matrix),
     * {@code stream} and {@code topic} (Zulip), also in Zulip's {@code **all**} and {@code _**all**} forms.
     */
    private static boolean isMassMention(String text, int from) {
        int start = from;
        while (start < text.length() && (text.charAt(start) == '*' || text.charAt(start) == '_')) {
            start++;
        }
        for (String word : MASS_MENTIONS) {
            if (startsWithWord(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithWord(String text, int from, String word) {
        int end = from + word.length();
        return text.regionMatches(true, from, word, 0, word.length())
                && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'));
    }
}
