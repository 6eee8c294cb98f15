package dev.incidentkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void should_make_only_web_addresses_links() {
        assertEquals("<https://example.org/a?b=1&c=2>", SafeText.link("https://example.org/a?b=1&c=2", ChannelFormat.MARKDOWN));
        assertEquals("<https://example.org/a?b=1&amp;c=2>", SafeText.link("https://example.org/a?b=1&c=2",
                ChannelFormat.SLACK_MRKDWN));
        assertEquals("<a href=\"https://example.org/&#39;x\">https://example.org/&#39;x</a>",
                SafeText.link("https://example.org/'x", ChannelFormat.HTML));
        assertEquals("javascript:alert(1)", SafeText.link("javascript:alert(1)", ChannelFormat.MARKDOWN));
        assertEquals("&lt;https://x|y&gt;", SafeText.link("<https://x|y>", ChannelFormat.SLACK_MRKDWN));
        assertEquals("https://example.org/[x\\]", SafeText.link("https://example.org/[x]", ChannelFormat.MARKDOWN));
    }

    @Test
    void should_clean_what_hides_or_breaks_text() {
        assertEquals("evil \uFFFD \uFF20everyone \uFF20Here a b", SafeText.escape("\u202Eevil\u202C \uD800 @everyone @Here a\u0007b",
                ChannelFormat.PLAIN_TEXT));
        assertEquals("a b", SafeText.cell("a\r\nb", ChannelFormat.PLAIN_TEXT));
        assertEquals("a b c", SafeText.cell("a\u2028b\u2029c", ChannelFormat.PLAIN_TEXT));
        assertEquals("\uFF20all \uFF20channel! @alice @heresy", SafeText.escape("@all @channel! @alice @heresy",
                ChannelFormat.PLAIN_TEXT));
        assertEquals("xy", SafeText.escape("x\u061C\u2061\u180E\uDB40\uDC41\u00ADy", ChannelFormat.PLAIN_TEXT));
        assertEquals("https://example.org/", SafeText.link("https://example.org/\uDB40\uDC41", ChannelFormat.MARKDOWN));
        assertEquals("a\nb", SafeText.escape("a\r\nb", ChannelFormat.PLAIN_TEXT));
        assertEquals(SafeText.MAX_CODE_POINTS + 1, SafeText.escape("z".repeat(20_000), ChannelFormat.PLAIN_TEXT).length());
    }
}
