package parley.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static parley.producer.eval.Py.fixed;
import static parley.producer.eval.Py.left;
import static parley.producer.eval.Py.right;

/** The scorer's text report, line for line as score.py prints it. */
public final class ScoreText {
    private ScoreText() { }

    /** One event in a line: kind, countries, actor name, date and precision. */
    static String describe(JsonNode e) {
        String k = Scorer.kindOf(e), a = Scorer.code(e.get("actor")), other;
        if (k.equals("VISIT")) other = str(Scorer.host(e));
        else if (Scorer.PAIR_KINDS.contains(k)) other = str(Scorer.code(e.get("counterpart")));
        else other = String.join(",", Scorer.aboutItems(e.get("about"), false));
        JsonNode prec = e.get("date_precision");
        return Py.rstrip(k + " " + str(a) + "->" + other + " [" + Scorer.nameOf(e.get("actor")) + "] " + Py.str(e.get("date"))
                + " " + (Py.truthy(prec) ? Py.str(prec) : ""));
    }

    private static String str(String s) { return s == null ? "None" : s; }

    private static String evidence(JsonNode e) {
        JsonNode ev = e.get("evidence");
        return Py.head(ev == null ? "" : Py.str(ev), 90);
    }

    private static String keys(List<Scorer.CountryKey> ks) {
        return ks.stream().map(Scorer.CountryKey::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Problems and warnings (score.py's stderr lines). */
    public static void printProblems(PrintStream err, EvalSet.Run run) {
        run.set().warnings().forEach(err::println);
        run.problems().forEach((doc, p) -> err.println(doc + ": " + p));
    }

    /** The per-document detail (--verbose), then the tables and the final F1 line. */
    public static void print(PrintStream out, EvalSet.Run run, boolean verbose) {
        Scorer.Report rep = run.report();
        EvalSet set = run.set();
        if (verbose) {
            for (String doc : set.docs()) {
                Scorer.DocScore r = rep.docs().get(doc);
                List<JsonNode> gs = set.goldByDoc().getOrDefault(doc, List.of()), ps = run.predByDoc().get(doc);
                String problem = run.problems().get(doc);
                out.println(doc + ": core gold " + r.nCore() + " (+" + r.nNoncore() + " non-core), pred " + r.nPred()
                        + ", matched " + r.tpPairs().size() + ", neutral " + r.neutral().size() + ", spurious "
                        + r.spurious().size() + (problem != null ? "  [" + problem + "]" : ""));
                for (int gi : r.missed()) out.println("   missed   " + describe(gs.get(gi)) + " :: " + evidence(gs.get(gi)));
                for (int pi : r.spurious()) out.println("   spurious " + describe(ps.get(pi)) + " :: " + evidence(ps.get(pi)));
                for (Scorer.Pair x : r.pairs()) {
                    JsonNode g = gs.get(x.gold());
                    if (!x.exact() && Scorer.day(g.get("date")) != null && Scorer.precision(g).equals("DAY"))
                        out.println("   +-" + run.dateTol() + "d    gold " + Py.str(g.get("date")) + " pred "
                                + Py.str(ps.get(x.pred()).get("date")) + ": " + describe(g));
                }
                if (!r.goldOnly().isEmpty() || !r.predOnly().isEmpty())
                    out.println("   country-level: gold-only " + keys(r.goldOnly()) + " pred-only " + keys(r.predOnly()));
            }
        }
        out.println(left("kind", 10) + " " + right("gold", 5) + " " + right("pred", 5) + " " + right("tp", 4) + " "
                + right("P", 6) + " " + right("R", 6) + " " + right("F1", 6));
        for (Map.Entry<String, Scorer.Line> e : rep.perKind().entrySet()) out.println(row(e.getKey(), e.getValue()));
        Scorer.Line o = rep.overall(), c = rep.countryLevel();
        out.println(row("all", o) + "   (+" + rep.neutral() + " neutral predictions matched non-core gold)");
        out.println("country-level counts: F1=" + fixed(c.prf().f1(), 3) + " P=" + fixed(c.prf().p(), 3) + " R="
                + fixed(c.prf().r(), 3) + " (gold " + c.gold() + ", predicted " + c.pred() + ", agreeing " + c.tp() + ")");
        double de = rep.matchedDatedCore() != 0 ? (double) rep.matchedExactDate() / rep.matchedDatedCore() : 0.0;
        out.println("diagnostics: loose matches (any kind, +-3 days) " + rep.loose() + "/" + o.gold()
                + "; exact dates among matched dated core events " + fixed(de, 2) + "; documents with extractor problems "
                + run.problems().size() + "/" + set.docs().size());
        out.println(finalLine(rep));
    }

    /** The last line: {@code F1=0.xxx P=0.xxx R=0.xxx}. */
    public static String finalLine(Scorer.Report rep) {
        Scorer.Prf p = rep.overall().prf();
        return "F1=" + fixed(p.f1(), 3) + " P=" + fixed(p.p(), 3) + " R=" + fixed(p.r(), 3);
    }

    private static String row(String k, Scorer.Line m) {
        return left(k, 10) + " " + right(Integer.toString(m.gold()), 5) + " " + right(Integer.toString(m.pred()), 5) + " "
                + right(Integer.toString(m.tp()), 4) + " " + right(fixed(m.prf().p(), 3), 6) + " "
                + right(fixed(m.prf().r(), 3), 6) + " " + right(fixed(m.prf().f1(), 3), 6);
    }
}
