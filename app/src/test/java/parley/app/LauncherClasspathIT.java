package parley.app;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class path `./parley` runs with (target/classes plus target/lib, which Maven fills with the runtime
 * dependencies at package time) must hold everything the commands load. Tests run on the test class path, which
 * has test-scoped jars too, so a dependency scoped too narrowly passes every other test and fails for users:
 * this runs the launcher's class path in a fresh JVM.
 */
class LauncherClasspathIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();   // failsafe runs in app/

    @Test
    void scoreAndExtractRunOnTheLaunchersClassPath() throws Exception {
        Path article = Files.createTempFile("parley-article", ".txt");
        Files.writeString(article, "NAIROBI, March 4 - Kenyan President William Ruto met Ugandan President Yoweri "
                + "Museveni in Nairobi on Monday, his office said.\n");
        try {
            Run score = launch("score", "fresh");
            assertThat(score.exit).as(score.output).isZero();
            assertThat(score.output).contains("F1=");

            Run extract = launch("extract", "--published", "2025-03-04", article.toString());
            assertThat(extract.exit).as(extract.output).isZero();
            assertThat(extract.output).contains("\"kind\":").contains("\"country\":\"UGA\"").contains("\"country\":\"KEN\"");
        } finally {
            Files.deleteIfExists(article);
        }
    }

    private record Run(int exit, String output) { }

    private static Run launch(String... args) throws IOException, InterruptedException {
        Path target = PROJECT.resolve("app/target");
        String cp = target.resolve("classes") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", cp, "parley.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile()).redirectErrorStream(true);
        pb.environment().put("PARLEY_HOME", PROJECT.toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
