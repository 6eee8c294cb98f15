package dev.incidentkit.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.notify.ChannelFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every template in every format and locale it is shipped in, against a reviewed file under
 * {@code src/test/resources/golden}. To accept a deliberate change, run with {@code -Dgolden.update=true},
 * read the diff of the golden files, and commit them.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> every_template_in_every_format_matches_its_golden_file() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        List<DynamicTest> tests = new ArrayList<>();
        for (String locale : List.of("en", "de")) {
            for (String key : catalogue.keys()) {
                for (ChannelFormat format : catalogue.formats(key)) {
                    String name = locale + "/" + key + "." + BuiltInTemplates.extension(format);
                    if (GoldenFilesTest.class.getClassLoader().getResource(BuiltInTemplates.ROOT + "/" + name) == null) {
                        continue; // falls back to English, which has its own golden file
                    }
                    tests.add(DynamicTest.dynamicTest(name, () -> check(catalogue, name, key, format, locale)));
                }
            }
        }
        assertTrue(tests.size() >= 40, "templates x formats: " + tests.size());
        return tests.stream();
    }

    private static void check(TemplateCatalogue catalogue, String name, String key, ChannelFormat format,
            String locale) throws IOException {
        String rendered = catalogue.render(key, format, Locale.forLanguageTag(locale),
                Samples.asRendered(catalogue.schema(key).get(), Locale.forLanguageTag(locale))).get();
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), rendered, name);
    }
}
