package parley.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: tests fell back to one machine's absolute path for the shared data. Paths come from {@code ../shared}
 * next to the project or {@code $PARLEY_SHARED}, nothing else: no source, test or script names an absolute home,
 * workspace or shared-data directory.
 */
class NoMachinePathsTest {
    private static final Pattern MACHINE_PATH = Pattern.compile("(?:/work/shared)|\"/work/|\"/home/|\"/Users/|\"/root/|[A-Z]:\\\\\\\\Users");

    @Test
    void noSourceOrScriptNamesAMachinesAbsolutePath() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        while (project != null && !Files.isRegularFile(project.resolve("parley"))) project = project.getParent();
        assertThat(project).as("the project directory (holding the parley launcher) above " + Path.of("").toAbsolutePath()).isNotNull();
        List<String> hits = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(project.resolve("parley"), project.resolve(".ci/run")));
        try (Stream<Path> w = Files.walk(project)) {
            w.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().matches(".*/src/.*\\.(java|xml|properties|py|sh)$") || p.toString().matches(".*/scripts/.*"))
                    .filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            if (f.endsWith("NoMachinePathsTest.java")) continue;
            List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++)
                if (MACHINE_PATH.matcher(lines.get(i)).find()) hits.add(project.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(hits).as("absolute machine paths (use $PARLEY_SHARED or ../shared next to the project)").isEmpty();
    }
}
