package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.Decision;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.NotImported;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.testkit.gen.CommandSequences;
import dev.incidentkit.testkit.gen.Played;
import dev.incidentkit.testkit.gen.Script;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every event written by {@link EventJson} reads back equal, and writes again to the same text. */
class EventJsonRoundTripTest {

    private static final EventJson JSON = EventJson.standard();

    @Test
    void should_read_back_every_event_of_the_rich_history() {
        // given
        Seq<IncidentEvent> history = EventSamples.richHistory();

        // when
        Seq<Either<String, IncidentEvent>> read = history.map(e -> JSON.decode(JSON.type(e), EventJson.SCHEMA_VERSION,
                JSON.encode(e)));

        // then
        assertEquals(history.map(Either::<String, IncidentEvent>right), read);
        history.forEach(EventJsonRoundTripTest::assertRoundTrip);
    }

    @Test
    void should_cover_every_event_type_with_the_rich_history_and_the_hand_built_samples() {
        // given
        Set<Class<?>> permitted = new java.util.HashSet<>(IncidentEvent.recordTypes().toJavaList());

        // when
        Set<Class<?>> covered = classes(EventSamples.everyType());
        Set<Class<?>> missingFromRich = new java.util.HashSet<>(permitted);
        missingFromRich.removeAll(classes(EventSamples.richHistory()));

        // then
        assertEquals(permitted, covered);
        assertTrue(classes(EventSamples.others()).containsAll(missingFromRich),
                "hand-built samples must cover what the rich history lacks: " + missingFromRich);
        assertEquals(IncidentEvent.recordTypes().map(Class::getSimpleName).toList(), JSON.types());
    }

    @Test
    void should_read_back_a_hand_built_event_of_every_other_type() {
        // given
        Seq<IncidentEvent> others = EventSamples.others();

        // when, then
        others.forEach(EventJsonRoundTripTest::assertRoundTrip);
    }

    @Test
    void should_read_back_every_event_of_generated_histories_under_every_preset() {
        // given
        List<IncidentProcess> processes = List.of(IncidentProcess.standard(), Presets.managedHub(), Presets.onCall(),
                Presets.commanderAndInvestigator());
        Set<String> seen = ConcurrentHashMap.newKeySet();

        // when, then
        for (IncidentProcess process : processes) {
            qt().withExamples(30).withShrinkCycles(50)
                    .forAll(CommandSequences.of(process).validOnly().maxCommands(60).scripts())
                    .checkAssert(script -> events(script).forEach(event -> {
                        seen.add(JSON.type(event));
                        assertRoundTrip(event);
                    }));
        }
        assertTrue(seen.size() >= 30, "generated histories should reach most event types, reached " + seen.size()
                + ": " + seen);
    }

    @Test
    void should_read_back_hostile_texts_in_every_kind_of_text_field_exactly_when_the_front_door_takes_them() {
        // given
        Seq<Function<String, IncidentEvent>> carriers = textCarriers();

        // when, then
        for (String text : EventSamples.hostileTexts()) {
            for (Function<String, IncidentEvent> carrier : carriers) {
                assertReadAsStrictAsMade(carrier, text);
            }
        }
    }

    @Test
    void should_read_back_any_string_the_front_door_takes_and_refuse_the_rest_by_field() {
        // given
        Seq<Function<String, IncidentEvent>> carriers = textCarriers();

        // when, then
        qt().withExamples(400).forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0,
                carriers.size() - 1)).checkAssert((text, carrier) -> assertReadAsStrictAsMade(carriers.get(carrier),
                        text));
    }

    /**
     * Issue 17, item 11: a stored payload is read exactly when the event could be made with its text. The
     * payload is written with a placeholder, which is then replaced by the text, escaped as JSON, as a damaged
     * or hostile row would hold it.
     */
    private static void assertReadAsStrictAsMade(Function<String, IncidentEvent> carrier, String text) {
        IncidentEvent template = carrier.apply(PLACEHOLDER);
        String payload = JSON.encode(template).replace("\"" + PLACEHOLDER + "\"", jsonString(text));
        Either<String, IncidentEvent> read = JSON.decode(JSON.type(template), EventJson.SCHEMA_VERSION, payload);
        Try<IncidentEvent> made = Try.of(() -> carrier.apply(text));
        if (made.isSuccess()) {
            assertRoundTrip(made.get());
            assertEquals(Either.right(made.get()), read, payload);
        } else {
            assertTrue(made.getCause() instanceof IllegalArgumentException, made.getCause().toString());
            assertTrue(read.isLeft(), "read what the front door refuses (" + made.getCause().getMessage() + "): "
                    + payload);
            assertTrue(read.getLeft().contains("is refused by"), read.getLeft());
        }
    }

    /** A JSON string literal of any text, every character outside printable ASCII escaped. */
    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Test
    void should_read_a_set_back_equal_and_in_the_order_written_whatever_set_was_written() {
        // given
        IncidentEvent hashed = reported(new ReportSource.PagingAlert("HubDown", HashSet.of("b", "a", "c", "d"),
                Option.none()));
        IncidentEvent linked = reported(new ReportSource.PagingAlert("HubDown", LinkedHashSet.of("d", "c", "b", "a"),
                Option.none()));

        // when
        IncidentEvent readHashed = JSON.decode("Reported", EventJson.SCHEMA_VERSION, JSON.encode(hashed)).get();
        IncidentEvent readLinked = JSON.decode("Reported", EventJson.SCHEMA_VERSION, JSON.encode(linked)).get();

        // then
        assertEquals(hashed, readHashed);
        assertEquals(linked, readLinked);
        assertEquals(readHashed, readLinked, "sets are equal by membership, whatever their order");
        assertEquals(List.of("d", "c", "b", "a"), tags(readLinked).toList(), "the order written is kept");
        assertEquals(tags(hashed).toList(), tags(readHashed).toList());
    }

    @Test
    void should_leave_an_empty_option_out_and_read_a_null_as_empty() {
        // given
        IncidentEvent without = new ResponseEvent.Declared(EventSamples.header(EventSamples.OTHERS, 1), "Hub down",
                new Severity("SEV2", 2), Impact.of("slow"), "hub", Option.none(), Responder.of("ada", "Ada"));
        IncidentEvent with = new ResponseEvent.Declared(without.header(), "Hub down", new Severity("SEV2", 2),
                Impact.of("slow", 3), "hub", Option.some(Instant.parse("2026-04-01T07:00:00Z")), Responder.of("ada", "Ada"));

        // when
        String withoutPayload = JSON.encode(without);
        String withPayload = JSON.encode(with);
        Either<String, IncidentEvent> nulls = JSON.decode("Declared", EventJson.SCHEMA_VERSION, withPayload
                .replace("\"impactStartedAt\":\"2026-04-01T07:00:00Z\"", "\"impactStartedAt\":null")
                .replace("\"usersAffected\":3", "\"usersAffected\":null"));

        // then
        assertFalse(withoutPayload.contains("impactStartedAt"), withoutPayload);
        assertFalse(withoutPayload.contains("usersAffected"), withoutPayload);
        assertFalse(withoutPayload.contains("occurredAt"), withoutPayload);
        assertTrue(withPayload.contains("\"impactStartedAt\":\"2026-04-01T07:00:00Z\""), withPayload);
        assertTrue(withPayload.contains("\"usersAffected\":3"), withPayload);
        assertEquals(Either.right(without), nulls);
    }

    @Test
    void should_write_a_line_that_names_type_version_incident_and_sequence_before_the_payload() {
        // given
        IncidentEvent declared = EventSamples.richHistory().get(2);

        // when
        String line = JSON.toLine(declared);

        // then
        assertEquals("{\"type\":\"Declared\",\"schemaVersion\":3,\"incident\":\"INC-7\",\"sequence\":3,\"event\":"
                + JSON.encode(declared) + "}", line);
        assertEquals(Either.right(declared), JSON.fromLine(line + "\n"));
    }

    private static void assertRoundTrip(IncidentEvent event) {
        String type = JSON.type(event);
        String payload = JSON.encode(event);
        Either<String, IncidentEvent> read = JSON.decode(type, EventJson.SCHEMA_VERSION, payload);
        assertEquals(Either.right(event), read, payload);
        assertEquals(payload, JSON.encode(read.get()), "every field, not only those equals compares, is kept");
        String line = JSON.toLine(event);
        assertEquals(Either.right(event), JSON.fromLine(line), line);
        assertTrue(isOneSafeLine(payload) && isOneSafeLine(line), "one line of well-formed text: " + line);
    }

    private static boolean isOneSafeLine(String text) {
        return text.chars().noneMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029
                || Character.isSurrogate((char) c)) && StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    private static Set<Class<?>> classes(Seq<IncidentEvent> events) {
        Set<Class<?>> classes = new java.util.HashSet<>();
        events.forEach(event -> classes.add(event.getClass()));
        return classes;
    }

    private static Seq<IncidentEvent> events(Script script) {
        return script.play().flatMap(Played::outcome).flatMap(Decision::events);
    }

    private static final String PLACEHOLDER = "placeholder-text";

    private static Seq<Function<String, IncidentEvent>> textCarriers() {
        Instant at = Instant.parse("2026-04-01T08:00:00Z");
        return List.of(
                text -> new ResponseEvent.Mitigated(EventSamples.header(EventSamples.OTHERS, 1), text),
                text -> new CommunicationEvent.UpdatePosted(EventSamples.header(EventSamples.OTHERS, 2), UpdateKind.PROGRESS,
                        Audience.PUBLIC, text, Option.none()),
                text -> reported(new ReportSource.PagingAlert(text, LinkedHashSet.of(text, "hub"), Option.some(text))),
                text -> new ResponseEvent.Declared(EventSamples.header(EventSamples.OTHERS, 2), text,
                        new Severity("SEV2", 2), Impact.of(text), text, Option.none(), Responder.of("ada", text)),
                text -> new TriageEvent.Reported(EventSamples.header(EventSamples.OTHERS, 1),
                        ReportSource.supportTicket(text, ResponderId.of("rep")), text, Option.none()),
                text -> new TriageEvent.Assessed(EventSamples.header(EventSamples.OTHERS, 4),
                        dev.incidentkit.report.Assessment.builder().build(),
                        new Verdict(Verdict.Outcome.NEEDS_MORE_INFORMATION, List.of(text, text))),
                text -> new CommunicationEvent.ChatImported(EventSamples.header(EventSamples.OTHERS, 5),
                        new DataSource(text, at, at), List.of(ChatMessage.inChannel(text, text, ResponderId.of("rep"), at,
                                text)),
                        List.of(new NotImported(new ChatMessage(text, text, Option.some(text), ResponderId.of("rep"), at,
                                text, Option.some(text)), text))));
    }

    private static IncidentEvent reported(ReportSource source) {
        return new TriageEvent.Reported(EventSamples.header(EventSamples.OTHERS, 3), source, "summary", Option.none());
    }

    private static io.vavr.collection.Set<String> tags(IncidentEvent event) {
        return ((ReportSource.PagingAlert) ((TriageEvent.Reported) event).source()).tags();
    }
}
