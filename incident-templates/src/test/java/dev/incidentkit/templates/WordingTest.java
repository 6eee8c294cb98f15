package dev.incidentkit.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words and times a renderer adds to a message's raw facts. */
class WordingTest {

    private static final Instant AT = Instant.parse("2026-03-02T12:10:00Z");

    @Test
    void should_say_how_long_until_the_next_update_as_a_person_would() {
        assertEquals("in a few minutes", Wording.in(Duration.ofMinutes(3), false));
        assertEquals("in about 45 minutes", Wording.in(Duration.ofMinutes(44), false));
        assertEquals("in about an hour", Wording.in(Duration.ofMinutes(60), false));
        assertEquals("in about an hour", Wording.in(Duration.ofMinutes(70), false));
        assertEquals("in about 1.5 hours", Wording.in(Duration.ofMinutes(95), false));
        assertEquals("in about 3 hours", Wording.in(Duration.ofHours(3), false));
        assertEquals("in etwa einer Stunde", Wording.in(Duration.ofMinutes(60), true));
        assertEquals("in etwa 2,5 Stunden", Wording.in(Duration.ofMinutes(150), true));
    }

    @Test
    void should_show_the_day_only_when_it_is_another_day_and_the_year_when_another_year() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals("16:00 CET", Wording.time(Instant.parse("2026-03-02T15:00:00Z"), Option.some(AT), berlin,
                Locale.ENGLISH));
        assertEquals("Tue 3 Mar, 09:00 CET", Wording.time(Instant.parse("2026-03-03T08:00:00Z"), Option.some(AT),
                berlin, Locale.ENGLISH));
        assertEquals("Fri 1 Jan 2027, 09:00 CET", Wording.time(Instant.parse("2027-01-01T08:00:00Z"),
                Option.some(AT), berlin, Locale.ENGLISH));
        assertEquals("16:00 Uhr MEZ", Wording.time(Instant.parse("2026-03-02T15:00:00Z"), Option.some(AT), berlin,
                Locale.GERMAN));
    }

    @Test
    void should_add_words_and_keep_the_raw_facts() {
        Map<String, String> raw = HashMap.of("status", "MITIGATED", "at", AT.toString(), "zone", "Etc/UTC",
                "nextUpdateBy", "2026-03-02T13:10:00Z");
        Map<String, String> words = Wording.of(raw, Locale.ENGLISH);

        assertEquals("fix in place, monitoring", words.get("statusText").get());
        assertEquals("13:10 UTC", words.get("nextUpdateAt").get());
        assertEquals("in about an hour", words.get("nextUpdateIn").get());
        assertEquals("MITIGATED", words.get("status").get(), "the raw value stays for custom templates");
        assertEquals("wir untersuchen das Problem", Wording.of(raw.put("status", "DECLARED"), Locale.GERMAN)
                .get("statusText").get());
        // what cannot be read is left out, never guessed
        Map<String, String> broken = Wording.of(HashMap.of("zone", "Mars/Olympus", "nextUpdateBy", "soon"),
                Locale.ENGLISH);
        assertEquals(Option.none(), broken.get("nextUpdateAt"));
    }
}
