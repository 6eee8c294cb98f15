package dev.incidentkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's own files are, for the tests that check README against the code. */
public final class ProjectFiles {

    private ProjectFiles() {}

    /** The project's root: the nearest folder at or above the working directory that holds README.md. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
