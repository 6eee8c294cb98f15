package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.notify.ChannelFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus holds what issue 17 asks of it, and the injection check tells live syntax from text. */
class HostileTextTest {

    @Test
    void the_corpus_has_every_category_and_the_strings_that_break_stores() {
        List<String> corpus = HostileText.corpus();

        assertTrue(corpus.size() >= 200, "only " + corpus.size());
        for (HostileText.Category category : HostileText.Category.values()) {
            assertFalse(HostileText.of(category).isEmpty(), category.name());
        }
        assertTrue(corpus.stream().anyMatch(s -> s.indexOf('\u0000') >= 0), "NUL");
        assertTrue(corpus.contains("\uD800") && corpus.contains("\uDFFF"), "lone surrogates");
        assertTrue(corpus.stream().anyMatch(s -> s.codePoints().anyMatch(c -> c >= 0xE0000 && c <= 0xE007F)),
                "a TAG character beyond the basic plane");
        assertTrue(corpus.stream().anyMatch(s -> s.length() >= 100_000), "very long text");
        assertTrue(corpus.stream().anyMatch(s -> s.startsWith("https://") && s.length() > 2_048), "a long URL");
        assertEquals(corpus.size(), corpus.stream().distinct().count());
        assertTrue(HostileText.describe("\u0000x").contains("\\u0000x"));
    }

    @Test
    void the_injection_check_finds_live_syntax_and_passes_escaped_text() {
        assertEquals(List.of("a live mass mention"), Injections.problems(ChannelFormat.PLAIN_TEXT, "hi", "hi @here"));
        assertEquals(List.of(), Injections.problems(ChannelFormat.PLAIN_TEXT, "hi", "hi \uFF20here"));
        assertEquals(1, Injections.problems(ChannelFormat.PLAIN_TEXT, "hi", "hi\u202E").size());
        assertEquals(1, Injections.problems(ChannelFormat.SLACK_MRKDWN, "hi", "hi <!channel>").size());
        assertEquals(List.of(), Injections.problems(ChannelFormat.SLACK_MRKDWN, "hi", "hi &lt;!channel&gt;"));
        assertEquals(1, Injections.problems(ChannelFormat.HTML, "<p>hi</p>", "<p>hi<script>x</script></p>").size());
        assertEquals(List.of(), Injections.problems(ChannelFormat.HTML, "<p>hi</p>", "<p>&lt;script&gt;</p>"));
        assertEquals(1, Injections.problems(ChannelFormat.MARKDOWN, "hi", "[hi](https://evil.example)").size());
        assertEquals(List.of(), Injections.problems(ChannelFormat.MARKDOWN, "hi", "\\[hi\\]\\(x\\)"));
        assertEquals(List.of(), Injections.problems(ChannelFormat.SLACK_MRKDWN, "<https://a.example/x|a>",
                "<https://b.example/y|b>"), "links of the same shape");
    }
}
