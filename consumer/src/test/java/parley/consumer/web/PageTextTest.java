package parley.consumer.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: the page showed bidi and control characters in names and evidence raw ("U+202E gnp.exe" displayed as
 * "exe.png"). The page's {@code visible()} (every text the page inserts goes through it) is run here with Node.js,
 * taken verbatim from app.js; DashboardBrowserTest covers the page as a whole in Chromium.
 */
class PageTextTest {
    @Test
    void bidiAndControlCharactersAreShownEscaped(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path node = List.of(Path.of("/usr/bin/node"), Path.of("/usr/local/bin/node"), Path.of("/usr/bin/nodejs")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (node == null) {
            String why = "Node.js not found (apt-get install nodejs): the page's text escaping is checked only by DashboardBrowserTest";
            System.err.println("SKIPPED PageTextTest: " + why);
            Assumptions.abort(why);
        }
        String js;
        try (InputStream in = PageTextTest.class.getClassLoader().getResourceAsStream("parley/web/app.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int from = js.indexOf("  const UNSAFE");
        int to = js.indexOf("  function el(", from);
        assertThat(from).as("app.js defines UNSAFE and visible()").isPositive();
        String script = js.substring(from, to) + """
                const cases = ["\\u202Egnp.exe", "a\\u2066b\\u2069c\\u200Fd", "bell\\u0007 esc\\u001B[31m", "line\\nbreak\\ttab", "Баку plain"];
                process.stdout.write(JSON.stringify(cases.map(visible)));
                """;
        Path f = dir.resolve("visible.js");
        Files.writeString(f, script);
        Process p = new ProcessBuilder(node.toString(), f.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(parley.json.Json.MAPPER.readValue(out, String[].class)).containsExactly(
                "\\u202Egnp.exe", "a\\u2066b\\u2069c\\u200Fd", "bell\\u0007 esc\\u001B[31m", "line break tab", "Баку plain");
    }
}
