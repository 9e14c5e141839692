package parley.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The full report as JSON (score.py's --json): figures, config, problems and per document every match, miss and false positive. */
public final class ScoreJson {
    private ScoreJson() { }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** What the run was asked to do, echoed in "config" (null fields are written as null). */
    public record Config(String gold, String docs, String docsTsv, String cmd, String pred, int dateTol, double minF1) { }

    public static ObjectNode report(EvalSet.Run run, Config config) {
        Scorer.Report rep = run.report();
        ObjectNode out = F.objectNode();
        ObjectNode overall = line(rep.overall());
        overall.put("neutral", rep.neutral());
        ObjectNode o = out.putObject("overall");
        for (String k : List.of("gold", "pred", "tp", "neutral", "P", "R", "F1")) o.set(k, overall.get(k));
        ObjectNode perKind = out.putObject("per_kind");
        rep.perKind().forEach((k, l) -> perKind.set(k, line(l)));
        out.set("country_level", line(rep.countryLevel()));
        ObjectNode d = out.putObject("diagnostics");
        d.put("loose_matches_any_kind_3days", rep.loose());
        d.put("matched_dated_core", rep.matchedDatedCore());
        d.put("matched_exact_date", rep.matchedExactDate());
        ObjectNode docs = out.putObject("docs");
        for (String doc : run.set().docs()) docs.set(doc, doc(run, doc));
        ObjectNode c = out.putObject("config");
        c.put("gold", config.gold());
        c.put("docs", config.docs());
        c.put("docs_tsv", config.docsTsv());
        c.put("cmd", config.cmd());
        c.put("pred", config.pred());
        c.put("date_tol", config.dateTol());
        c.putNull("timeout");                                      // in-process: no per-document timeout
        c.put("min_f1", config.minF1());
        ObjectNode problems = out.putObject("problems");
        run.problems().forEach(problems::put);
        return out;
    }

    private static ObjectNode line(Scorer.Line l) {
        ObjectNode o = F.objectNode();
        o.put("gold", l.gold());
        o.put("pred", l.pred());
        o.put("tp", l.tp());
        o.put("P", l.prf().p());
        o.put("R", l.prf().r());
        o.put("F1", l.prf().f1());
        return o;
    }

    private static ObjectNode doc(EvalSet.Run run, String doc) {
        Scorer.DocScore r = run.report().docs().get(doc);
        List<JsonNode> gs = run.set().goldByDoc().getOrDefault(doc, List.of()), ps = run.predByDoc().get(doc);
        ObjectNode o = F.objectNode();
        o.put("published", run.set().published().get(doc));
        o.put("problem", run.problems().get(doc));
        o.put("core_gold", r.nCore());
        o.put("noncore_gold", r.nNoncore());
        o.put("predicted", r.nPred());
        o.put("tp", r.tpPairs().size());
        o.put("neutral", r.neutral().size());
        o.put("false_positives", r.spurious().size());
        ArrayNode matches = o.putArray("matches");
        for (Scorer.Pair x : r.pairs()) {
            ObjectNode m = matches.addObject();
            m.put("core", Scorer.isCore(gs.get(x.gold())));
            m.put("exact_date", x.exact());
            m.set("gold", gs.get(x.gold()));
            m.set("pred", ps.get(x.pred()));
        }
        ArrayNode missed = o.putArray("missed");
        r.missed().forEach(i -> missed.add(gs.get(i)));
        ArrayNode spurious = o.putArray("spurious");
        r.spurious().forEach(i -> spurious.add(ps.get(i)));
        ObjectNode c = o.putObject("country_level");
        c.put("tp", r.countryTp());
        c.put("gold", r.countryGold());
        c.put("pred", r.countryPred());
        c.set("gold_only", keys(r.goldOnly()));
        c.set("pred_only", keys(r.predOnly()));
        return o;
    }

    private static ArrayNode keys(List<Scorer.CountryKey> ks) {
        ArrayNode a = F.arrayNode();
        for (Scorer.CountryKey k : ks) a.addArray().add(k.kind()).add(k.actor()).add(k.other());
        return a;
    }

    /** Writes the report, pretty-printed, with a final newline. */
    public static void write(Path file, ObjectNode report) throws IOException {
        Files.writeString(file, EvalSet.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
    }
}
