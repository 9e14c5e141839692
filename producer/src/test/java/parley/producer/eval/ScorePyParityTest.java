package parley.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift guard: where Python 3 and {@code ../shared/eval/score.py} are present, both scorers read the same randomly
 * perturbed predictions (each set's gold with dates shifted or dropped, names, kinds and countries changed, events
 * dropped, duplicated and invented) and must print the same text, --verbose detail included, and the same --json
 * report. Skipped, with the reason, where either is missing: Python is never required.
 */
class ScorePyParityTest {
    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> javaAndPythonPrintTheSameReport() throws IOException {
        Floors floors = Floors.read(Floors.projectRoot());
        Path scorePy = floors.shared().resolve("eval/score.py");
        List<DynamicTest> tests = new ArrayList<>();
        for (Floors.Entry e : floors.entries()) {
            for (int seed = 1; seed <= 3; seed++) {
                int s = seed, tol = seed - 1;
                tests.add(DynamicTest.dynamicTest(e.name() + " seed " + s + " date-tol " + tol, () -> {
                    Assumptions.assumeTrue(Files.isRegularFile(scorePy), () -> "no " + scorePy + " to compare with");
                    Assumptions.assumeTrue(python() != null, "python3 is not on PATH");
                    String absent = e.absent(floors);
                    Assumptions.assumeTrue(absent == null, () -> e.name() + ": " + absent);
                    compare(scorePy, floors.load(e), s, tol);
                }));
            }
        }
        return tests.stream();
    }

    private void compare(Path scorePy, EvalSet set, int seed, int tol) throws Exception {
        Path pred = Files.createDirectories(tmp.resolve("pred-" + set.gold().getParent().getFileName() + "-" + seed));
        perturb(set, new Random(seed), pred);
        EvalSet.Run run = set.run(EvalSet.fromDir(pred), tol);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            ScoreText.printProblems(out, run);
            ScoreText.print(out, run, true);
        }
        Path json = tmp.resolve(pred.getFileName() + ".json");
        Process p = new ProcessBuilder(python(), scorePy.toString(), set.gold().toString(), set.docsDir().toString(),
                "--pred", pred.toString(), "--verbose", "--date-tol", Integer.toString(tol), "--json", json.toString())
                .redirectErrorStream(true).start();
        String py = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(py);
        // --json: the same report, every match, miss and false positive (config aside: paths and modes differ)
        ObjectNode expected = (ObjectNode) EvalSet.JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
        ObjectNode actual = ScoreJson.report(run, new ScoreJson.Config(null, null, null, null, null, tol, 0));
        expected.remove("config");
        actual.remove("config");
        assertThat(actual).isEqualTo(expected);
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path c = Path.of(dir, "python3");
            if (Files.isExecutable(c)) return c.toString();
        }
        return null;
    }

    private static final List<String> NAMES = List.of("Mr. Smith", "the Ministry", "MFA", "White House", "Govt", "officials",
            "Lee", "Amirabdollahian", "King Abdullah", "Naryskin", "Lajčák", "Erdoğan", "", "Press office", "Sheikh Tamim",
            "France", "NATO", "spokesman", "Ruto", "Foreign Ministry of Russia");

    /** Writes DIR/DOC.jsonl for every document: the gold, perturbed. */
    private static void perturb(EvalSet set, Random rnd, Path dir) throws IOException {
        List<String> codes = new ArrayList<>();
        set.goldByDoc().values().forEach(gs -> gs.forEach(g -> {
            String c = Scorer.code(g.get("actor"));
            if (c != null && !codes.contains(c)) codes.add(c);
        }));
        Collections.sort(codes);
        codes.add("");
        for (String doc : set.docs()) {
            List<JsonNode> out = new ArrayList<>();
            List<JsonNode> gold = set.goldByDoc().getOrDefault(doc, List.of());
            for (JsonNode g : gold) {
                if (rnd.nextInt(100) < 15) continue;
                ObjectNode p = g.deepCopy();
                p.remove(List.of("core", "evidence", "doc", "published"));
                int r = rnd.nextInt(100);
                JsonNode date = p.get("date");
                if (r < 15 && date != null && date.isTextual() && Scorer.day(date) != null)
                    p.put("date", Scorer.day(date).plusDays(List.of(-3, -2, -1, 1, 2, 3, 31, -31, 365).get(rnd.nextInt(9))).toString());
                else if (r < 20) p.putNull("date");
                else if (r < 25 && date != null && date.isTextual() && date.textValue().length() >= 7)
                    p.put("date", date.textValue().substring(0, 7));
                if (rnd.nextInt(100) < 15) actor(p).put("name", NAMES.get(rnd.nextInt(NAMES.size())));
                if (rnd.nextInt(100) < 10)
                    p.put("kind", List.of("VISIT", "MEETING", "CALL", "STATEMENT", "protest", " visit ").get(rnd.nextInt(6)));
                if (rnd.nextInt(100) < 10) {
                    String who = List.of("actor", "counterpart", "place").get(rnd.nextInt(3));
                    ObjectNode o = p.get(who) instanceof ObjectNode on ? on : p.putObject(who);
                    o.put("country", codes.get(rnd.nextInt(codes.size())));
                }
                if (rnd.nextInt(100) < 10 && p.get("counterpart") != null && p.get("counterpart").isObject()) {
                    JsonNode a = p.get("actor");
                    p.set("actor", p.get("counterpart"));
                    p.set("counterpart", a);
                }
                if (rnd.nextInt(100) < 10) p.put("date_precision", List.of("MONTH", "YEAR", "DAY", "junk").get(rnd.nextInt(4)));
                if (rnd.nextInt(100) < 10) p.putArray("about").add(codes.get(rnd.nextInt(codes.size())));
                out.add(p);
                if (rnd.nextInt(100) < 10) out.add(p.deepCopy());
            }
            for (int i = rnd.nextInt(3); i > 0 && !gold.isEmpty(); i--) {
                ObjectNode p = gold.get(rnd.nextInt(gold.size())).deepCopy();
                ObjectNode a = p.putObject("actor");
                a.put("name", NAMES.get(rnd.nextInt(NAMES.size())));
                a.put("country", codes.get(rnd.nextInt(codes.size())));
                out.add(p);
            }
            if (gold.isEmpty() && rnd.nextBoolean())
                out.add(EvalSet.JSON.readTree("{\"kind\":\"VISIT\",\"actor\":{\"country\":\"FRA\"},\"place\":{\"country\":\"DEU\"},\"date\":\""
                        + LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(300)) + "\"}"));
            Collections.shuffle(out, rnd);
            StringBuilder b = new StringBuilder();
            for (JsonNode p : out) b.append(EvalSet.JSON.writeValueAsString(p)).append('\n');
            if (rnd.nextInt(100) < 20) b.append("log line\n{not json\n[1,2]\n");
            Files.writeString(dir.resolve(doc + ".jsonl"), b.toString(), StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode actor(ObjectNode p) {
        return p.get("actor") instanceof ObjectNode a ? a : p.putObject("actor");
    }
}
