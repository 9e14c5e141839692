package parley.producer.gdelt;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared data lives for tests: {@code $PARLEY_SHARED}, else {@code ../shared} next to the project (the
 * directory holding the {@code parley} launcher), as the launcher and the README say. Nothing else: no machine's path.
 */
final class SharedData {
    private SharedData() { }

    static Path dir() {
        String env = System.getenv("PARLEY_SHARED");
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath();
        Path project = Path.of("").toAbsolutePath(); // a module directory under Maven, the project itself in an IDE
        while (project != null && !Files.isRegularFile(project.resolve("parley"))) project = project.getParent();
        if (project == null) project = Path.of("..").toAbsolutePath().normalize();
        return project.resolveSibling("shared");
    }

    /** How a skipped test says where it looked. */
    static String where(Path p) {
        return p + " ($PARLEY_SHARED, else ../shared next to the project)";
    }
}
