package parley.producer.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Java scorer gives score.py's figures on a hand-made fixture (test resources {@code fixture/}: three documents,
 * one without gold; tolerated, MONTH, YEAR and null dates, an unordered pair, institution and transliterated speakers,
 * a neutral prediction, an OTHER kind, a case where first-fit matching loses an event).
 *
 * <p>The expected figures, and {@code fixture/expected-score-py.txt}, were computed once by running the Python scorer:
 * {@code python3 ../shared/eval/score.py fixture/gold.jsonl fixture/docs --pred fixture/pred --verbose} (2>&1;
 * score.py of the shared folder as of 2026-12-06, Python 3.11), and for the other tolerances with {@code --date-tol 0}
 * and {@code --date-tol 2}.
 */
class ScorerEquivalenceTest {
    private static final double EPS = 1e-12;

    private static Path fixture() throws URISyntaxException {
        return Path.of(ScorerEquivalenceTest.class.getResource("fixture/gold.jsonl").toURI()).getParent();
    }

    private static EvalSet.Run run(int tol) throws Exception {
        Path f = fixture();
        return EvalSet.load(f.resolve("gold.jsonl"), f.resolve("docs"), null).run(EvalSet.fromDir(f.resolve("pred")), tol);
    }

    @Test
    void figuresEqualThePythonScorers() throws Exception {
        Scorer.Report r = run(1).report();
        // per kind: gold, pred, tp, P, R, F1 as score.py printed them
        Map<String, Scorer.Line> k = r.perKind();
        assertThat(k.keySet()).containsExactly("VISIT", "MEETING", "CALL", "STATEMENT", "OTHER");
        assertLine(k.get("VISIT"), 3, 4, 2, 0.500, 0.667, 0.571);
        assertLine(k.get("MEETING"), 2, 2, 2, 1.000, 1.000, 1.000);
        assertLine(k.get("CALL"), 1, 1, 1, 1.000, 1.000, 1.000);
        assertLine(k.get("STATEMENT"), 4, 6, 4, 0.667, 1.000, 0.800);
        assertLine(k.get("OTHER"), 0, 1, 0, 0.0, 0.0, 0.0);
        assertLine(r.overall(), 10, 14, 9, 0.643, 0.900, 0.750);
        assertThat(r.f1()).isCloseTo(0.75, within(EPS));
        assertThat(r.neutral()).isEqualTo(1);
        assertLine(r.countryLevel(), 10, 14, 9, 0.643, 0.900, 0.750);
        assertThat(r.loose()).isEqualTo(9);
        assertThat(r.matchedExactDate()).isEqualTo(5);
        assertThat(r.matchedDatedCore()).isEqualTo(8);                 // 5/8 printed as 0.62 (half-even, as Python)
        assertThat(ScoreText.finalLine(r)).isEqualTo("F1=0.750 P=0.643 R=0.900");
    }

    @Test
    void verboseReportIsScorePysTextLineForLine() throws Exception {
        EvalSet.Run run = run(1);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            ScoreText.printProblems(out, run);
            ScoreText.print(out, run, true);
        }
        String expected = Files.readString(fixture().resolve("expected-score-py.txt"), StandardCharsets.UTF_8);
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void dateToleranceChangesTheFiguresAsInPython() throws Exception {
        Scorer.Report strict = run(0).report();                        // --date-tol 0: F1=0.500 P=0.429 R=0.600
        assertThat(ScoreText.finalLine(strict)).isEqualTo("F1=0.500 P=0.429 R=0.600");
        assertLine(strict.perKind().get("STATEMENT"), 4, 6, 3, 0.500, 0.750, 0.600);
        assertThat(ScoreText.finalLine(run(2).report())).isEqualTo("F1=0.750 P=0.643 R=0.900");
    }

    /** Counts exactly; P, R, F1 as printed (three decimals). */
    private static void assertLine(Scorer.Line l, int gold, int pred, int tp, double p, double r, double f1) {
        assertThat(new int[] {l.gold(), l.pred(), l.tp()}).containsExactly(gold, pred, tp);
        assertThat(Scorer.fixed3(l.prf().p())).isEqualTo(Scorer.fixed3(p));
        assertThat(Scorer.fixed3(l.prf().r())).isEqualTo(Scorer.fixed3(r));
        assertThat(Scorer.fixed3(l.prf().f1())).isEqualTo(Scorer.fixed3(f1));
    }
}
