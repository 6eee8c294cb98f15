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

    /**
     * Compiled name patterns by name. Compiling is by far the dearest part of a check, and the same few
     * names come back on every section an incident's team writes. The least recently used name goes
     * once there are {@link #MAX_CACHED_NAMES}, so the cache stays small whatever the input.
     */
    private static final int MAX_CACHED_NAMES = 1_024;
    private static final java.util.Map<String, Pattern> NAME_PATTERNS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<String, Pattern>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Pattern> eldest) {
                    return size() > MAX_CACHED_NAMES;
                }
            });

    private Blameless() {}

    private static Pattern namePattern(String name) {
        return NAME_PATTERNS.computeIfAbsent(name, n -> Pattern.compile("\\b" + Pattern.quote(n)
                + "(?:['\u2019]s \\p{L}++)?\\s+" + CAUSE_VERBS + "\\b", FLAGS));
    }

    /**
     * The blameful phrases in a text.
     *
     * @param text the text; never {@code null}
     * @param names the names and ids of the people in the response; never {@code null}
     * @return the phrases found, as written, in order of appearance
     */
    public static Seq<String> findings(String text, Iterable<String> names) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(names, "names");
        List<Pattern> patterns = PHRASES;
        for (String name : List.ofAll(names).flatMap(n -> List.of(n).appendAll(List.of(n.split("\\s+")).headOption()))
                .distinct()) {
            if (name.length() >= 3) {
                patterns = patterns.append(namePattern(name));
            }
        }
        List<int[]> spans = List.empty();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                spans = spans.append(new int[] {m.start(), m.end()});
            }
        }
        return spans.sortBy(span -> span[0]).map(span -> text.substring(span[0], span[1]))
                .distinctBy(s -> s.toLowerCase(Locale.ROOT));
    }
}
