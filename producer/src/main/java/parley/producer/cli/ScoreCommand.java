package parley.producer.cli;

import parley.producer.eval.EvalSet;
import parley.producer.eval.Floors;
import parley.producer.eval.ScoreJson;
import parley.producer.eval.ScoreText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Extraction quality: runs the extractor on each evaluation set of eval/floors.properties "
                + "(the dev set in ../shared, eval/own, eval/fresh, ...) and prints P/R/F1 per kind, the country-count F1 "
                + "and a last line F1=... P=... R=... (the same figures as ../shared/eval/score.py).",
                "With --gold and --docs it scores one set given by path instead."})
public class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SET", description = "Sets to score, by name in eval/floors.properties (default: all).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--verbose", description = "Per document: misses, false positives, tolerated dates, country-level differences.")
    boolean verbose;

    @Option(names = "--check", description = "Exit 1 when a set scores below its floor in eval/floors.properties.")
    boolean check;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "Score this gold file (with --docs) instead of the listed sets.")
    Path gold;

    @Option(names = "--docs", paramLabel = "DIR", description = "The documents of --gold (and their docs.tsv).")
    Path docs;

    @Option(names = "--docs-tsv", paramLabel = "FILE", description = "docs.tsv for --gold (default: DIR/docs.tsv or next to DIR).")
    Path docsTsv;

    @Option(names = "--min-f1", defaultValue = "0", paramLabel = "X", description = "With --gold: exit 1 when F1 < X.")
    double minF1;

    @Option(names = "--pred", paramLabel = "DIR", description = "Read predictions from DIR/DOC.jsonl instead of running the extractor.")
    Path pred;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the full report (every match, miss and false positive) as JSON; one set only.")
    Path json;

    @Option(names = "--date-tol", defaultValue = "1", paramLabel = "N", description = "Days of tolerance for DAY dates (default 1).")
    int dateTol;

    @Override
    public Integer call() throws IOException {
        EvalSet.Predictor predictor = pred != null ? EvalSet.fromDir(pred) : EvalSet.extractor();
        if (gold != null || docs != null) {
            if (gold == null || docs == null) throw new IllegalArgumentException("--gold and --docs go together");
            EvalSet.Run run = EvalSet.load(gold, docs, docsTsv).run(predictor, dateTol);
            ScoreText.printProblems(System.err, run);
            ScoreText.print(System.out, run, verbose);
            writeJson(run, minF1);
            return run.report().f1() >= minF1 ? 0 : 1;
        }
        Floors floors = Floors.read(Floors.projectRoot());
        List<Floors.Entry> chosen = new ArrayList<>();
        if (sets.isEmpty()) chosen.addAll(floors.entries());
        else for (String s : sets) chosen.add(floors.entry(s));
        if (json != null && chosen.size() != 1) throw new IllegalArgumentException("--json takes one set: name it");
        List<String> summary = new ArrayList<>();
        boolean below = false;
        for (Floors.Entry e : chosen) {
            System.out.println("== " + e.label());
            String absent = e.absent(floors);
            if (absent != null) {
                System.out.println("skipped: " + absent);
                summary.add(String.format(Locale.ROOT, "%-10s %6s %6s  skipped (%s)", e.name(), "-", floorText(e), absent));
                continue;
            }
            EvalSet.Run run = floors.load(e).run(predictor, dateTol);
            System.out.flush();
            ScoreText.printProblems(System.err, run);
            System.err.flush();
            ScoreText.print(System.out, run, verbose);
            writeJson(run, e.floor());
            double f1 = run.report().f1();
            boolean ok = f1 >= e.floor();
            below |= !ok;
            summary.add(String.format(Locale.ROOT, "%-10s %6s %6s  %s", e.name(), parley.producer.eval.Scorer.fixed3(f1),
                    floorText(e), ok ? "ok" : "BELOW THE FLOOR"));
        }
        if (chosen.size() > 1) {
            System.out.println("== summary (floors: " + Floors.FILE + ")");
            System.out.println(String.format(Locale.ROOT, "%-10s %6s %6s", "set", "F1", "floor"));
            summary.forEach(System.out::println);
        }
        return check && below ? 1 : 0;
    }

    private void writeJson(EvalSet.Run run, double min) throws IOException {
        if (json == null) return;
        EvalSet set = run.set();
        ScoreJson.write(json, ScoreJson.report(run, new ScoreJson.Config(set.gold().toString(), set.docsDir().toString(),
                set.docsTsv() == null ? null : set.docsTsv().toString(),
                pred == null ? "in-process: parley extract --published {published} {file}" : null,
                pred == null ? null : pred.toString(), dateTol, min)));
    }

    private static String floorText(Floors.Entry e) {
        return java.math.BigDecimal.valueOf(e.floor()).toPlainString();
    }
}
