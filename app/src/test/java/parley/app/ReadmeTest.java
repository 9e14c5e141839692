package parley.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #16: promises the README made that were not true, or that it did not make. */
class ReadmeTest {
    static Path project;
    static List<String> readme;

    @BeforeAll
    static void read() throws Exception {
        project = Path.of("").toAbsolutePath();
        while (project != null && !Files.isRegularFile(project.resolve("parley"))) project = project.getParent();
        assertThat(project).isNotNull();
        readme = Files.readAllLines(project.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** A table row's cells, split on | that is not escaped as \|; null when the line is not a table row. */
    static List<String> cells(String line) {
        String t = line.trim();
        if (!t.startsWith("|")) return null;
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '|') { cell.append("\\|"); i++; }
            else if (c == '|') { out.add(cell.toString().trim()); cell.setLength(0); }
            else cell.append(c);
        }
        if (!cell.toString().isBlank()) out.add("TEXT AFTER THE LAST |: " + cell.toString().trim());
        return out;
    }

    @Test
    void everyTableRowHasTheCellsOfItsHeaderAndNothingAfterIt() {
        List<String> broken = new ArrayList<>();
        int header = -1;
        boolean inCode = false;
        for (int i = 0; i < readme.size(); i++) {
            String l = readme.get(i);
            if (l.trim().startsWith("```")) inCode = !inCode;
            List<String> c = inCode ? null : cells(l);
            if (c == null) { header = -1; continue; }
            if (header < 0) { header = c.size(); continue; }
            if (c.size() != header) broken.add((i + 1) + ": " + c.size() + " cells, header has " + header + ": " + l);
            if (i + 1 < readme.size() && !readme.get(i + 1).isBlank() && cells(readme.get(i + 1)) == null)
                broken.add((i + 2) + ": text runs on right after a table row: " + readme.get(i + 1));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theDemoTableTheBuildAndTheOptionalToolsAreExplained() {
        String all = String.join("\n", readme);
        assertThat(all).doesNotContain("about a minute").contains("./parley demo --serve");
        for (String column : List.of("`total`", "`visit` `meet` `call` `stmt`", "`out` `in` `venue` `subj`", "`mentions`", "`Δ prev`"))
            assertThat(readme).as("a row explaining " + column).anySatisfy(l -> assertThat(l).startsWith("| " + column + " |"));
        assertThat(all).contains("`new`");
        for (String tool : List.of("PostgreSQL", "Chromium", "Python 3", "Docker"))
            assertThat(readme).as("the tests table says what " + tool + " enables").anySatisfy(l -> assertThat(l).startsWith("| " + tool));
        assertThat(readme).as("test is in the commands table").anySatisfy(l -> assertThat(l).startsWith("| `./parley test` |"));
    }
}
