package dev.incidentkit.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What plain text shows of hostile input (issue 17: the timeline's lines showed it raw). */
class PlainTextTest {

    @Test
    void disarms_the_mass_mentions_of_every_chat_tool() {
        for (String mention : new String[] {"@everyone", "@here", "@channel", "@all", "@room", "@stream", "@topic",
                "@**all**", "@_**everyone**", "@HERE"}) {
            assertEquals("\uFF20" + mention.substring(1), PlainText.line(mention), mention);
        }
        assertEquals("@herein @all_of_us", PlainText.line("@herein @all_of_us"), "a longer word is a name");
        assertEquals("@alice", PlainText.line("@alice"));
    }

    @Test
    void drops_hidden_characters_and_keeps_one_line_when_asked() {
        assertEquals("evil.exe txt", PlainText.line("evil\u202E.exe\u202C txt"));
        assertEquals("tag", PlainText.line("t\uDB40\uDC01a\uDB40\uDC7Fg"));
        assertEquals("a b c d", PlainText.line("a\r\nb\u2028c\nd"));
        assertEquals("a\nb\nc", PlainText.text("a\r\nb\u2029c"));
        assertEquals("nul  bell ", PlainText.line("nul\u0000 bell\u0007"));
        assertEquals("\uFFFD lone", PlainText.line("\uD800 lone"));
        assertEquals("family \uD83D\uDC69\u200D\uD83D\uDC67", PlainText.line("family \uD83D\uDC69\u200D\uD83D\uDC67"));
    }

    @Test
    void cuts_very_long_text_with_an_ellipsis() {
        String cut = PlainText.text("x".repeat(PlainText.MAX_CODE_POINTS + 5));

        assertEquals(PlainText.MAX_CODE_POINTS + 1, cut.length());
        assertEquals('\u2026', cut.charAt(cut.length() - 1));
    }
}
