package dev.incidentkit.testkit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Responder;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/** The domain generators make valid values of every kind, hostile texts included, and shrink. */
class DomainGenTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void should_make_reports_from_every_source_and_links_of_every_kind() {
        Set<Class<?>> sources = ConcurrentHashMap.newKeySet();
        Set<LinkKind> links = ConcurrentHashMap.newKeySet();
        qt().withFixedSeed(7).withExamples(300).forAll(DomainGen.reportSources(), DomainGen.links())
                .checkAssert((source, link) -> {
                    sources.add(source.getClass());
                    links.add(link.kind());
                });

        assertEquals(Set.of(ReportSource.PagingAlert.class, ReportSource.SupportTicket.class,
                ReportSource.ChatReport.class, ReportSource.Manual.class), sources);
        assertEquals(Set.of(LinkKind.values()), links);
    }

    @Test
    void should_keep_severities_within_the_given_scale() {
        SeverityScale scale = Presets.onCall().severityScale();
        qt().withExamples(200).forAll(DomainGen.severities(scale))
                .checkAssert(severity -> assertTrue(scale.levels().contains(severity), severity.toString()));
    }

    @Test
    void should_mix_hostile_and_unacceptable_texts_with_plain_ones() {
        Set<String> kinds = ConcurrentHashMap.newKeySet();
        qt().withFixedSeed(11).withExamples(500).forAll(DomainGen.texts()).checkAssert(text -> {
            boolean refused = TextRules.textProblem("a text", text).isDefined();
            kinds.add(refused ? "refused" : text.contains("<") || text.contains("@") || text.contains("{{") ? "hostile"
                    : text.chars().anyMatch(c -> Character.getType(c) == Character.FORMAT) ? "invisible" : "plain");
        });
        qt().withExamples(300).forAll(DomainGen.lines(), DomainGen.responders(), DomainGen.impacts())
                .checkAssert((line, responder, impact) -> {
                    assertTrue(TextRules.labelProblem("a line", line).isEmpty(), line);
                    assertTrue(TextRules.labelProblem("a name", responder.displayName()).isEmpty(), responder.toString());
                });

        assertEquals(Set.of("refused", "hostile", "invisible", "plain"), kinds);
    }

    @Test
    void should_draw_rosters_only_from_the_given_people() {
        List<Responder> people = List.of(Responder.of("ada", "Ada"), Responder.of("grace", "Grace"),
                Responder.of("linus", "Linus"));
        qt().withExamples(200).forAll(DomainGen.rosters(people)).checkAssert(roster -> {
            HashSet<Responder> named = HashSet.ofAll(roster.primary()).addAll(roster.secondary())
                    .addAll(roster.teamMembers()).map(m -> m.responder());
            assertTrue(people.containsAll(named), roster.toString());
        });
    }

    @Test
    void should_shrink_ids_numbers_and_times_to_the_simplest_failing_value() {
        IncidentId id = smallest(DomainGen.incidentIds(), i -> i.value().length() < 7);
        Instant late = smallest(DomainGen.instants(START, Duration.ofDays(30)),
                t -> t.isBefore(START.plus(Duration.ofHours(2))));

        assertEquals(IncidentId.of("INC-100"), id);
        assertEquals(START.plus(Duration.ofHours(2)), late);
    }

    /** The smallest value QuickTheories finds that breaks the property. */
    private static <T> T smallest(Gen<T> gen, Predicate<T> property) {
        Object[] found = new Object[1];
        Reporter capture = new Reporter() {
            @Override
            public void falisification(long seed, int count, Object smallest, Throwable cause,
                    java.util.List<Object> examples, AsString<Object> toString) {
                found[0] = smallest;
            }

            @Override
            public void falisification(long seed, int count, Object smallest, java.util.List<Object> examples,
                    AsString<Object> toString) {
                found[0] = smallest;
            }

            @Override
            public void valuesExhausted(int completedExamples) {}
        };
        QuickTheory.qt(() -> Configuration.systemStrategy().withFixedSeed(3).withExamples(500).withReporter(capture))
                .forAll(gen).check(property);
        assertTrue(found[0] != null, "the property must fail for some value");
        @SuppressWarnings("unchecked")
        T value = (T) found[0];
        return value;
    }
}
