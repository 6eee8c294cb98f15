package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.ProjectFiles;
import dev.incidentkit.process.Authority;
import io.vavr.collection.HashSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's table of commands is generated from the {@link Rulebook} and {@link Authority#standard()}: the
 * statuses a command is taken in and who may issue it are written once, in code. When the table and the
 * book differ this test fails; run it with {@code -Dreadme.update=true} to write the table anew.
 */
class RulebookReadmeTest {

    private static final String START = "<!-- rulebook: generated from Rulebook and Authority.standard();"
            + " RulebookReadmeTest -Dreadme.update=true writes it -->\n";
    private static final String END = "<!-- /rulebook -->";

    @Test
    void readme_shows_the_rulebook() throws IOException {
        Path readme = ProjectFiles.root().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int from = text.indexOf(START);
        int to = text.indexOf(END);
        assertTrue(from >= 0 && to > from, "README.md has no generated rulebook table between its markers");
        String shown = text.substring(from + START.length(), to);
        String generated = table();
        if (Boolean.getBoolean("readme.update") && !shown.equals(generated)) {
            Files.writeString(readme, text.substring(0, from + START.length()) + generated + text.substring(to),
                    StandardCharsets.UTF_8);
            shown = generated;
        }
        assertEquals(generated, shown, "README's table of commands differs from the rulebook; run this test with"
                + " -Dreadme.update=true");
    }

    @Test
    void every_command_type_has_a_rule() {
        assertEquals(HashSet.ofAll(IncidentCommand.recordTypes()),
                HashSet.ofAll(Rulebook.rules().map(Rulebook.Rule::command)));
    }

    private static String table() {
        Authority authority = Authority.standard();
        StringBuilder out = new StringBuilder("| command | taken in | who may, by default | what it records |\n"
                + "|---|---|---|---|\n");
        for (Rulebook.Rule rule : Rulebook.rules()) {
            out.append("| `").append(rule.command().getSimpleName()).append('`')
                    .append(rule.variant().isEmpty() ? "" : " (" + rule.variant() + ")")
                    .append(" | ").append(rule.allowedIn().isEmpty() ? "(no incident yet)"
                            : rule.allowedIn().mkString(", "))
                    .append(rule.alsoUndeclared().isEmpty() ? ""
                            : "; also " + rule.alsoUndeclared().mkString(", ") + " if never declared, where the process"
                                    + " resolves undeclared incidents")
                    .append(rule.needsDeclaration() ? "; declared incidents only" : "")
                    .append(" | ").append(authority.permissionFor(rule.kind()).describe())
                    .append(" | ").append(rule.records()).append(" |\n");
        }
        return out.toString();
    }
}
