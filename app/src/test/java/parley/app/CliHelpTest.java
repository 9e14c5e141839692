package parley.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: `./parley --help` cut six command summaries mid-sentence (picocli lists the first description line),
 * did not list `test` and `score`, and `./parley test --help` printed Maven's usage.
 */
class CliHelpTest {
    @Test
    void everyCommandIsListedWithAWholeSentence() {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.getSubcommands().keySet()).contains("demo", "broker", "streams", "producer", "consumer", "top", "dashboard",
                "replay", "extract", "bench", "test", "score");
        List<String> cut = new ArrayList<>();
        check(cli, "", cut);
        assertThat(cut).as("summaries (first description lines) that are not a whole sentence").isEmpty();
        assertThat(out.toString()).contains("  test ", "  score ");
    }

    private static void check(CommandLine c, String path, List<String> cut) {
        for (Map.Entry<String, CommandLine> e : c.getSubcommands().entrySet()) {
            String[] d = e.getValue().getCommandSpec().usageMessage().description();
            String first = d.length == 0 ? "" : d[0].trim();
            if (!first.endsWith(".")) cut.add(path + e.getKey() + ": " + first);
            check(e.getValue(), path + e.getKey() + " ", cut);
        }
    }

    @Test
    void theLaunchersTestHasItsOwnHelp() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        while (project != null && !Files.isRegularFile(project.resolve("parley"))) project = project.getParent();
        assertThat(project).isNotNull();
        // `score` is a Java command (picocli help, checked above); `test` is the launcher's own
        for (String cmd : List.of("test")) {
            Process p = new ProcessBuilder("bash", project.resolve("parley").toString(), cmd, "--help").redirectErrorStream(true).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).startsWith("Usage: ./parley " + cmd).doesNotContain("usage: mvn").doesNotContain("usage: score.py");
        }
    }
}
