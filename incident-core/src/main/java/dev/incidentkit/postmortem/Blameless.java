package dev.incidentkit.postmortem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phrases in a postmortem that point at a person rather than a system (001: "Incidents are always
 * caused by systemic issues, and hence solutions must be systemic too"): "X's fault", "human error",
 * "should have known", blame, and a responder's name (or first name) as the subject of a cause ("Ada broke
 * the deploy", "Ada's change caused").
 *
 * @since 0.1.0
 */
public final class Blameless {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("\\b\\p{L}++['\u2019]s fault(?![\\w-]| tolerance)", FLAGS),
            Pattern.compile("\\bhuman[ -]errors?\\b", FLAGS),
            Pattern.compile("\\bshould(?: have|['\u2019]ve) (known|caught|noticed|checked)\\b", FLAGS),
            Pattern.compile("\\b(careless(ness)?|negligen(t|ce)|incompeten(t|ce))\\b", FLAGS),
            Pattern.compile("\\b(to blame|blamed?|blames)\\b", FLAGS));
    private static final String CAUSE_VERBS =
            "(caused|broke|forgot|failed to|messed up|did not|didn't|neglected|ignored|deleted|pushed)";

    /** What follows a responder's name when they are the subject of a cause: "Ada broke", "Ada's change caused". */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:['\u2019]s \\p{L}++)?\\s+" + CAUSE_VERBS + "\\b",
            FLAGS);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Blameless() {}

    /**
     * The blameful phrases in a text.
     *
     * @param text the text
     * @param names the names and ids of the people in the response
     * @return the phrases found, as written, in order of appearance
     */
    public static Seq<String> findings(String text, Iterable<String> names) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(names, "names");
        List<int[]> spans = List.empty();
        for (Pattern pattern : PHRASES) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                spans = spans.append(new int[] {m.start(), m.end()});
            }
        }
        // A name is looked for as text, not compiled into a pattern per call: the same few names come back on
        // every section, and compiling was the dearest part of a check.
        Matcher after = AFTER_NAME.matcher(text).useTransparentBounds(true);
        for (String name : List.ofAll(names)
                .flatMap(n -> List.of(n).appendAll(List.of(WHITE_SPACE.split(n)).headOption())).distinct()) {
            if (name.length() < 3) {
                continue;
            }
            for (int i = 0; i + name.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, name, 0, name.length()) && startsWord(text, i)
                        && after.region(i + name.length(), text.length()).lookingAt()) {
                    spans = spans.append(new int[] {i, after.end()});
                }
            }
        }
        return spans.sortBy(span -> span[0]).map(span -> text.substring(span[0], span[1]))
                .distinctBy(s -> s.toLowerCase(Locale.ROOT));
    }

    /** Whether a word boundary ({@code \b}) lies just before position {@code i}. */
    private static boolean startsWord(String text, int i) {
        return i == 0 || isWordCharacter(text.charAt(i - 1)) != isWordCharacter(text.charAt(i));
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
