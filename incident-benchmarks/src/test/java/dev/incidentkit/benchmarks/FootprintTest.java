package dev.incidentkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory measurement runs and writes a well-formed section; its figures are not judged here. */
class FootprintTest {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    @Test
    void quickModeWritesATableOfPositiveFiguresAndAFit(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/footprint.md");

        Footprint.main(new String[] {out.toString(), "--quick"});

        String markdown = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("## Retained memory per incident\n"), markdown);
        assertTrue(markdown.contains("compressed oops o"), "names the JVM's compressed oops: " + markdown);
        assertTrue(markdown.contains(System.getProperty("java.vm.version")), "names the JVM: " + markdown);
        List<String> rows = markdown.lines().filter(l -> l.startsWith("| ")).collect(Collectors.toList());
        assertEquals(7, rows.size(), "header, four measurements and two fitted lines: " + markdown);
        assertEquals(List.of("0", "10", "100", "1,000"),
                rows.subList(1, 5).stream().map(r -> cells(r).get(0)).collect(Collectors.toList()));
        assertTrue(rows.get(5).startsWith("| fit: bytes per incident (intercept) |"), rows.get(5));
        assertTrue(rows.get(6).startsWith("| fit: bytes per entry (slope) |"), rows.get(6));
        for (String row : rows.subList(1, 7)) {
            List<String> cells = cells(row);
            assertEquals(5, cells.size(), row);
            for (String cell : cells.subList(row.startsWith("| fit") ? 2 : 1, 5)) {
                Matcher number = NUMBER.matcher(cell);
                assertTrue(number.matches(), "a number: " + cell + " in " + row);
                assertTrue(Double.parseDouble(cell.replace(",", "")) > 0, "positive: " + cell + " in " + row);
            }
        }
        assertTrue(markdown.lines().anyMatch(l -> l.equals("|---:|---:|---:|---:|---:|")), markdown);
    }

    @Test
    void refusesMissingOrUnknownArguments() {
        assertThrows(IllegalArgumentException.class, () -> Footprint.main(new String[0]));
        assertThrows(IllegalArgumentException.class, () -> Footprint.main(new String[] {"out.md", "--fast"}));
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return Pattern.compile("\\|").splitAsStream(inner).map(String::trim).collect(Collectors.toList());
    }
}
