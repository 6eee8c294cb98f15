package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.process.Presets;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.testkit.gen.CommandSequences;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The wire form of commands: every kind round-trips; what is not a command is refused with a sentence. */
class CommandJsonTest {

    private static final CommandJson JSON = CommandJson.standard();

    @Test
    void should_read_back_every_generated_command_of_every_kind() {
        Set<Class<?>> seen = ConcurrentHashMap.newKeySet();
        for (var process : java.util.List.of(dev.incidentkit.process.IncidentProcess.standard(), Presets.managedHub(),
                Presets.onCall(), Presets.commanderAndInvestigator())) {
            for (CommandSequences sequences : java.util.List.of(CommandSequences.of(process).mixed(),
                    CommandSequences.of(process).validOnly().maxCommands(80))) {
                qt().withFixedSeed(11).withExamples(80).forAll(sequences.commands()).checkAssert(commands -> {
                    for (IncidentCommand command : commands) {
                        String text = JSON.write(command);
                        assertEquals(Either.right(command), JSON.read(text), text);
                        assertTrue(!text.contains("\n"), "one line");
                        seen.add(command.getClass());
                    }
                });
            }
        }
        assertEquals(Set.copyOf(dev.incidentkit.incident.IncidentCommand.recordTypes().toJavaList()), seen,
                "every kind of command was generated and read back");
    }

    @Test
    void should_write_the_documented_shape() {
        IncidentCommand mitigate = new ResponseCommand.Mitigate(CommandHeader.of(CommandId.of("c7"),
                IncidentId.of("INC-7"), ResponderId.of("grace"), Instant.parse("2026-03-02T13:40:00Z")),
                "rolled back the proxy", Option.none());

        assertEquals("{\"type\":\"Mitigate\",\"command\":{\"header\":{\"commandId\":\"c7\",\"incidentId\":\"INC-7\","
                + "\"actor\":\"grace\",\"recordedAt\":\"2026-03-02T13:40:00Z\"},\"note\":\"rolled back the proxy\"}}",
                JSON.write(mitigate));
    }

    @Test
    void should_refuse_what_is_not_a_command_and_name_the_field() {
        String header = "{\"commandId\":\"c7\",\"incidentId\":\"INC-7\",\"actor\":\"grace\","
                + "\"recordedAt\":\"2026-03-02T13:40:00Z\"}";
        assertLeft("[]", "must be a JSON object");
        assertLeft("{\"type\":\"Mitigate\"", "not valid JSON");
        assertLeft("{\"type\":\"Launch\",\"command\":{}}", "no command has that type");
        assertLeft("{\"type\":7,\"command\":{}}", "\"type\" must be the command's type name");
        assertLeft("{\"type\":\"Mitigate\",\"command\":[]}", "\"command\" must be an object");
        assertLeft("{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + "}}", "note");
        assertLeft("{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":7}}", "note");
        assertLeft("{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":\"x\",\"extra\":1}}",
                "extra");
        assertLeft("{\"type\":\"Mitigate\",\"command\":{\"header\":" + header + ",\"note\":\"x\"},\"x\":1}",
                "field 'x' is unknown");
        assertLeft("{\"type\":\"Mitigate\",\"type\":\"Close\",\"command\":{}}", "Duplicate");
        assertLeft("{\"type\":\"Mitigate\",\"command\":{\"header\":" + header.replace("\"c7\"", "\"\"")
                + ",\"note\":\"x\"}}", "commandId");
    }

    private static void assertLeft(String json, String expected) {
        Either<String, IncidentCommand> read = JSON.read(json);
        assertTrue(read.isLeft(), "refused: " + json);
        assertTrue(read.getLeft().contains(expected), "expected \"" + expected + "\" in: " + read.getLeft());
    }
}
