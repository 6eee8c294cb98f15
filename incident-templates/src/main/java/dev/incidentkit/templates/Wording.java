package dev.incidentkit.templates;

import dev.incidentkit.incident.FactTime;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Puts a message intent's raw facts into the words people read, in the message's language: the status as
 * words ({@code statusText}: "investigating", "fix in place, monitoring") and the promised next update in
 * the team's zone ({@code nextUpdateAt}: "18:30 CET", or with the day when it is not the day of the
 * message) and from the message's time ({@code nextUpdateIn}: "in about 3 hours"). The raw facts stay as
 * they are, for custom templates. English and German; any other language gets the English words.
 */
final class Wording {

    private static final Map<String, String> STATUS_EN = HashMap.ofEntries(
            io.vavr.Tuple.of("TRIAGE", "being looked into"),
            io.vavr.Tuple.of("DECLARED", "investigating"),
            io.vavr.Tuple.of("MITIGATED", "fix in place, monitoring"),
            io.vavr.Tuple.of("RESOLVED", "resolved"),
            io.vavr.Tuple.of("IN_REVIEW", "resolved; the incident report is being written"),
            io.vavr.Tuple.of("CLOSED", "resolved and closed"),
            io.vavr.Tuple.of("DECLINED", "not an incident"),
            io.vavr.Tuple.of("CANCELED", "called off: not an incident after all"),
            io.vavr.Tuple.of("MERGED", "followed in another incident"));

    private static final Map<String, String> STATUS_DE = HashMap.ofEntries(
            io.vavr.Tuple.of("TRIAGE", "wird geprüft"),
            io.vavr.Tuple.of("DECLARED", "wir untersuchen das Problem"),
            io.vavr.Tuple.of("MITIGATED", "Lösung greift, wir beobachten"),
            io.vavr.Tuple.of("RESOLVED", "behoben"),
            io.vavr.Tuple.of("IN_REVIEW", "behoben; der Bericht wird geschrieben"),
            io.vavr.Tuple.of("CLOSED", "behoben und abgeschlossen"),
            io.vavr.Tuple.of("DECLINED", "kein Störfall"),
            io.vavr.Tuple.of("CANCELED", "abgebrochen: doch kein Störfall"),
            io.vavr.Tuple.of("MERGED", "wird in einem anderen Vorfall verfolgt"));

    private Wording() {}

    /**
     * The facts with the words added.
     *
     * @param facts the intent's raw facts
     * @param locale the message's language
     * @return the facts and the words
     */
    static Map<String, String> of(Map<String, String> facts, Locale locale) {
        boolean german = locale.getLanguage().equals("de");
        Map<String, String> out = facts;
        Option<String> status = facts.get("status").filter(s -> !s.isEmpty());
        if (status.isDefined()) {
            out = out.put("statusText", (german ? STATUS_DE : STATUS_EN).get(status.get())
                    .getOrElse(() -> status.get().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        ZoneId zone = FactTime.readable(facts.get("zone").flatMap(z -> Try.of(() -> ZoneId.of(z)).toOption())
                .getOrElse(ZoneId.of("UTC")));
        Option<Instant> at = instant(facts.get("at"));
        Option<Instant> next = instant(facts.get("nextUpdateBy"));
        if (next.isDefined()) {
            out = out.put("nextUpdateAt", time(next.get(), at, zone, locale));
            if (at.isDefined() && !next.get().isBefore(at.get())) {
                out = out.put("nextUpdateIn", in(Duration.between(at.get(), next.get()), german));
            }
        }
        return out;
    }

    /**
     * A moment as people read it in the team's zone: "18:30 CET" on the day of the message, "Tue 24 Nov,
     * 09:00 CET" on another day (and with the year in another year).
     *
     * @param moment the moment
     * @param reference the message's time, if known
     * @param zone the team's zone
     * @param locale the language
     * @return the words
     */
    static String time(Instant moment, Option<Instant> reference, ZoneId zone, Locale locale) {
        ZonedDateTime local = moment.atZone(zone);
        Option<ZonedDateTime> ref = reference.map(r -> r.atZone(zone));
        boolean german = locale.getLanguage().equals("de");
        String pattern;
        if (ref.exists(r -> r.toLocalDate().equals(local.toLocalDate()))) {
            pattern = german ? "HH:mm 'Uhr' zzz" : "HH:mm zzz";
        } else if (ref.exists(r -> r.getYear() == local.getYear())) {
            pattern = german ? "EEE d. MMM, HH:mm 'Uhr' zzz" : "EEE d MMM, HH:mm zzz";
        } else {
            pattern = german ? "EEE d. MMM yyyy, HH:mm 'Uhr' zzz" : "EEE d MMM yyyy, HH:mm zzz";
        }
        return DateTimeFormatter.ofPattern(pattern, german ? Locale.GERMAN : Locale.ENGLISH).format(local);
    }

    /** "in a few minutes", "in about 45 minutes", "in about an hour", "in about 1.5 hours", and in German. */
    static String in(Duration d, boolean german) {
        long minutes = d.toMinutes();
        if (minutes < 5) {
            return german ? "in wenigen Minuten" : "in a few minutes";
        }
        if (minutes < 55) {
            long rounded = Math.round(minutes / 5.0) * 5;
            return german ? "in etwa " + rounded + " Minuten" : "in about " + rounded + " minutes";
        }
        long halfHours = Math.max(2, Math.round(minutes / 30.0));
        if (halfHours == 2) {
            return german ? "in etwa einer Stunde" : "in about an hour";
        }
        String hours = halfHours % 2 == 0 ? Long.toString(halfHours / 2)
                : halfHours / 2 + (german ? ",5" : ".5");
        return german ? "in etwa " + hours + " Stunden" : "in about " + hours + " hours";
    }

    private static Option<Instant> instant(Option<String> text) {
        return text.filter(t -> !t.isEmpty()).flatMap(t -> {
            try {
                return Option.some(Instant.parse(t));
            } catch (DateTimeException e) {
                return Option.none();
            }
        });
    }
}
