package parley.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted events against gold events: the Java port of {@code shared/eval/score.py} (same matching, same
 * accounting, same figures). Events are JSON objects as the project prints them (CONTRACT.md §1).
 *
 * <p>Per document and kind, gold and predictions are matched by an optimal maximum-weight bipartite matching that
 * maximises, in this order, matched core gold events, matched predictions, exact-date matches and a small name
 * tie-break. Compatibility: VISIT by actor and host country (place, else counterpart); MEETING/CALL by the unordered
 * country pair; STATEMENT by actor country and speaker name ({@link Speakers}); dates equal within ±tol days, or in
 * the same month/year for MONTH/YEAR precision; a null gold date accepts any date. A prediction matched to a
 * {@code core: false} gold event is neutral; unmatched predictions are false positives.
 */
public final class Scorer {
    private Scorer() { }

    public static final List<String> KINDS = List.of("VISIT", "MEETING", "CALL", "STATEMENT");
    static final Set<String> PAIR_KINDS = Set.of("MEETING", "CALL");
    /** Matching weights, lexicographic (core, matched, exact date, tie-break 0..9). */
    static final long W_CORE = 10_000_000_000_000L, W_MATCH = 1_000_000_000L, W_EXACT = 100_000L;

    // ------------------------------------------------------------------------------------------ field helpers

    /** Country/org code of an {name, country} object, upper-cased, or null. */
    static String code(JsonNode x) {
        if (x == null || !x.isObject()) return null;
        JsonNode c = x.get("country");
        if (c == null || !c.isTextual() || Py.strip(c.textValue()).isEmpty()) return null;
        return Py.strip(c.textValue()).toUpperCase(Locale.ROOT);
    }

    static String nameOf(JsonNode x) {
        if (x == null || !x.isObject()) return "";
        JsonNode n = x.get("name");
        return n != null && n.isTextual() ? n.textValue() : "";
    }

    static String kindOf(JsonNode e) {
        JsonNode k = e.get("kind");
        return k != null && k.isTextual() ? Py.strip(k.textValue()).toUpperCase(Locale.ROOT) : "?";
    }

    /** Only an explicit {@code "core": false} makes an event non-core. */
    static boolean isCore(JsonNode g) {
        JsonNode c = g.get("core");
        return !(c != null && c.isBoolean() && !c.booleanValue());
    }

    private static final Pattern DAY = Pattern.compile("^(\\p{Nd}{4})(?:-(\\p{Nd}{1,2})(?:-(\\p{Nd}{1,2}))?)?");

    /** YYYY-MM-DD (or YYYY-MM, YYYY, or a longer ISO timestamp) → date, else null. */
    static LocalDate day(JsonNode s) {
        if (s == null || !s.isTextual()) return null;
        Matcher m = DAY.matcher(Py.strip(s.textValue()));
        if (!m.lookingAt()) return null;
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (y < 1) return null;                                          // Python's date has no year 0
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** MONTH or YEAR; anything else (DAY, PUBLISHED, null, junk) is DAY. */
    static String precision(JsonNode g) {
        JsonNode p = g.get("date_precision");
        String v = p != null && p.isTextual() ? Py.strip(p.textValue()).toUpperCase(Locale.ROOT) : null;
        return "MONTH".equals(v) || "YEAR".equals(v) ? v : "DAY";
    }

    /** Host country of a VISIT: the place's country, else the counterpart's. */
    static String host(JsonNode e) {
        String h = code(e.get("place"));
        return h != null ? h : code(e.get("counterpart"));
    }

    static Set<String> pair(JsonNode e) {
        Set<String> s = new HashSet<>();
        s.add(code(e.get("actor")));
        s.add(code(e.get("counterpart")));
        return s;
    }

    // ------------------------------------------------------------------------------------------ dates

    /**
     * null if incompatible, else TRUE for an exact match, FALSE for a tolerated one (a DAY date off by 1..tol days,
     * or a dated prediction for an undated gold event).
     */
    static Boolean dateMatch(JsonNode g, JsonNode p, int tol) {
        LocalDate gd = day(g.get("date")), pd = day(p.get("date"));
        if (gd == null) return pd == null;
        if (pd == null) return null;
        String prec = precision(g);
        if (prec.equals("YEAR")) return gd.getYear() == pd.getYear() ? Boolean.TRUE : null;
        if (prec.equals("MONTH"))
            return gd.getYear() == pd.getYear() && gd.getMonthValue() == pd.getMonthValue() ? Boolean.TRUE : null;
        long diff = Math.abs(ChronoUnit.DAYS.between(pd, gd));
        if (diff == 0) return true;
        return diff <= tol ? Boolean.FALSE : null;
    }

    // ------------------------------------------------------------------------------------------ compatibility

    /** null if p cannot match g; else TRUE (exact date) / FALSE (date within tolerance). */
    static Boolean compatible(JsonNode g, JsonNode p, int tol, boolean checkKind) {
        String k = kindOf(g);
        if (checkKind && !k.equals(kindOf(p))) return null;
        if (PAIR_KINDS.contains(k)) {
            if (!pair(g).equals(pair(p))) return null;
        } else {
            if (!Objects.equals(code(g.get("actor")), code(p.get("actor")))) return null;
            if (k.equals("VISIT") && !Objects.equals(host(g), host(p))) return null;
            if (k.equals("STATEMENT") && !Speakers.speakerMatch(nameOf(g.get("actor")), nameOf(p.get("actor")))) return null;
        }
        return dateMatch(g, p, tol);
    }

    /** The strings of an "about" list as Python iterates `x or []` (a string iterates its characters). */
    static List<String> aboutItems(JsonNode about, boolean onlyStrings) {
        List<String> out = new ArrayList<>();
        if (!Py.truthy(about)) return out;
        if (about.isTextual()) {
            about.textValue().codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        } else if (about.isArray()) {
            for (JsonNode x : about) if (!onlyStrings || x.isTextual()) out.add(Py.str(x));
        } else if (about.isObject()) {
            about.fieldNames().forEachRemaining(out::add);
        } else {
            throw new IllegalArgumentException("about is not a list: " + about);
        }
        return out;
    }

    /** 0..9: name/place agreement, used only to choose among equally good matchings. */
    static int tiebreak(JsonNode g, JsonNode p) {
        int s = 0;
        String ga = nameOf(g.get("actor")), pa = nameOf(p.get("actor"));
        String gc = nameOf(g.get("counterpart")), pc = nameOf(p.get("counterpart"));
        if (PAIR_KINDS.contains(kindOf(g)) && !Objects.equals(code(g.get("actor")), code(p.get("actor")))) {
            String t = ga;                                               // pair given in the other order
            ga = gc;
            gc = t;
        }
        if (!ga.isEmpty() && !pa.isEmpty() && Speakers.personMatch(ga, pa)) s += 4;
        if (!gc.isEmpty() && !pc.isEmpty() && Speakers.personMatch(gc, pc)) s += 2;
        List<String> gpl = Speakers.tokens(nameOf(g.get("place"))), ppl = Speakers.tokens(nameOf(p.get("place")));
        if (!gpl.isEmpty() && gpl.equals(ppl)) s += 1;
        Set<String> abG = new HashSet<>(), abP = new HashSet<>();
        for (String x : aboutItems(g.get("about"), true)) abG.add(x.toUpperCase(Locale.ROOT));
        for (String x : aboutItems(p.get("about"), true)) abP.add(x.toUpperCase(Locale.ROOT));
        if (!abG.isEmpty() && abG.stream().anyMatch(abP::contains)) s += 2;
        return Math.min(s, 9);
    }

    // ------------------------------------------------------------------------------------------ matching

    /** One matched pair: gold index, prediction index, exact date. */
    public record Pair(int gold, int pred, boolean exact) { }

    /** Optimal matching of gold to predictions. */
    static List<Pair> match(List<JsonNode> gold, List<JsonNode> pred, int tol, boolean checkKind, boolean useCore) {
        if (gold.isEmpty() || pred.isEmpty()) return List.of();
        long[][] w = new long[gold.size()][pred.size()];
        Map<Long, Boolean> info = new HashMap<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            for (int pi = 0; pi < pred.size(); pi++) {
                JsonNode p = pred.get(pi);
                Boolean ok = compatible(g, p, tol, checkKind);
                if (ok == null) continue;
                w[gi][pi] = W_MATCH + (useCore && isCore(g) ? W_CORE : 0) + (ok ? W_EXACT : 0) + tiebreak(g, p);
                info.put((long) gi << 32 | pi, ok);
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int[] gp : Hungarian.maxWeight(w)) out.add(new Pair(gp[0], gp[1], info.get((long) gp[0] << 32 | gp[1])));
        return out;
    }

    static List<Pair> match(List<JsonNode> gold, List<JsonNode> pred, int tol) {
        return match(gold, pred, tol, true, true);
    }

    /** The first-fit matching score.py keeps for comparison: each gold event takes the first compatible prediction. */
    static List<int[]> greedyMatch(List<JsonNode> gold, List<JsonNode> pred, int tol) {
        Set<Integer> used = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < pred.size(); pi++) {
                if (!used.contains(pi) && compatible(gold.get(gi), pred.get(pi), tol, true) != null) {
                    used.add(pi);
                    pairs.add(new int[] {gi, pi});
                    break;
                }
            }
        }
        return pairs;
    }

    // ------------------------------------------------------------------------------------------ scoring

    /** (kind, actor country, other country) for the country-level count metric. */
    public record CountryKey(String kind, String actor, String other) {
        /** Python's str() of the key as a list, which also orders the verbose listing. */
        @Override public String toString() {
            return "[" + Py.repr(kind) + ", " + Py.repr(actor) + ", " + Py.repr(other) + "]";
        }
    }

    static CountryKey countryKey(JsonNode e) {
        String k = kindOf(e), a = code(e.get("actor"));
        if (k.equals("VISIT")) return new CountryKey(k, a, host(e));
        if (PAIR_KINDS.contains(k)) {
            String c = code(e.get("counterpart"));
            String x = a == null ? "" : a, y = c == null ? "" : c;
            if (x.compareTo(y) > 0) {
                String t = x;
                x = y;
                y = t;
            }
            return new CountryKey(k, x.isEmpty() ? null : x, y.isEmpty() ? null : y);
        }
        return new CountryKey(k, a, null);
    }

    /** A figure as the report prints it: three decimals, rounded as Python rounds. */
    public static String fixed3(double x) { return Py.fixed(x, 3); }

    /** Precision, recall, F1 (0 where undefined). */
    public record Prf(double p, double r, double f1) {
        static Prf of(int tp, int ngold, int npred) {
            double p = npred != 0 ? (double) tp / npred : 0.0;
            double r = ngold != 0 ? (double) tp / ngold : 0.0;
            double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            return new Prf(p, r, f);
        }
    }

    /** One document's result. Indices refer to that document's gold and prediction lists. */
    public record DocScore(List<Pair> pairs, List<Pair> tpPairs, List<Integer> neutral, List<Integer> missed,
                           List<Integer> spurious, Map<String, Integer> tp, Map<String, Integer> ngold,
                           Map<String, Integer> npred, int dated, int datedExact, int countryTp, int countryGold,
                           int countryPred, List<CountryKey> goldOnly, List<CountryKey> predOnly, int loose, int nCore,
                           int nNoncore, int nPred) { }

    private static void inc(Map<String, Integer> m, String k) { m.merge(k, 1, Integer::sum); }

    private static <K> Map<K, Integer> counter(List<K> keys) {
        Map<K, Integer> m = new LinkedHashMap<>();
        for (K k : keys) m.merge(k, 1, Integer::sum);
        return m;
    }

    /** Multiset a − b, elements listed as Python's Counter.elements() then sorted by str(). */
    private static List<CountryKey> minus(Map<CountryKey, Integer> a, Map<CountryKey, Integer> b) {
        List<CountryKey> out = new ArrayList<>();
        a.forEach((k, n) -> {
            for (int i = n - b.getOrDefault(k, 0); i > 0; i--) out.add(k);
        });
        out.sort((x, y) -> x.toString().compareTo(y.toString()));
        return out;
    }

    /** Score one document. */
    public static DocScore scoreDoc(List<JsonNode> gold, List<JsonNode> pred, int tol) {
        List<Pair> pairs = new ArrayList<>();
        Map<String, List<Integer>> byKindG = new TreeMap<>(), byKindP = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) byKindG.computeIfAbsent(kindOf(gold.get(i)), k -> new ArrayList<>()).add(i);
        for (int i = 0; i < pred.size(); i++) byKindP.computeIfAbsent(kindOf(pred.get(i)), k -> new ArrayList<>()).add(i);
        for (Map.Entry<String, List<Integer>> e : byKindG.entrySet()) {
            List<Integer> giList = e.getValue(), piList = byKindP.getOrDefault(e.getKey(), List.of());
            List<Pair> sub = match(giList.stream().map(gold::get).toList(), piList.stream().map(pred::get).toList(), tol);
            for (Pair s : sub) pairs.add(new Pair(giList.get(s.gold()), piList.get(s.pred()), s.exact()));
        }
        pairs.sort((a, b) -> a.gold() != b.gold() ? Integer.compare(a.gold(), b.gold()) : Integer.compare(a.pred(), b.pred()));
        List<Pair> tpPairs = pairs.stream().filter(x -> isCore(gold.get(x.gold()))).toList();
        List<Integer> neutral = pairs.stream().filter(x -> !isCore(gold.get(x.gold()))).map(Pair::pred).sorted().toList();
        Set<Integer> matchedP = new HashSet<>(), matchedCoreG = new HashSet<>();
        pairs.forEach(x -> matchedP.add(x.pred()));
        tpPairs.forEach(x -> matchedCoreG.add(x.gold()));
        List<Integer> coreIdx = new ArrayList<>(), missed = new ArrayList<>(), spurious = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) if (isCore(gold.get(i))) coreIdx.add(i);
        for (int i : coreIdx) if (!matchedCoreG.contains(i)) missed.add(i);
        for (int i = 0; i < pred.size(); i++) if (!matchedP.contains(i)) spurious.add(i);

        Map<String, Integer> tp = new TreeMap<>(), ng = new TreeMap<>(), np = new TreeMap<>();
        for (Pair x : tpPairs) inc(tp, kindOf(gold.get(x.gold())));
        for (int i : coreIdx) inc(ng, kindOf(gold.get(i)));
        Set<Integer> neutralSet = new TreeSet<>(neutral);
        List<JsonNode> counted = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            if (neutralSet.contains(i)) continue;
            String k = kindOf(pred.get(i));
            inc(np, KINDS.contains(k) ? k : "OTHER");
            counted.add(pred.get(i));
        }
        // dates among matched core events that have a date
        List<Pair> dated = tpPairs.stream().filter(x -> day(gold.get(x.gold()).get("date")) != null).toList();
        // country-level multiset comparison (non-neutral predictions vs core gold)
        Map<CountryKey, Integer> cg = counter(coreIdx.stream().map(i -> countryKey(gold.get(i))).toList());
        Map<CountryKey, Integer> cp = counter(counted.stream().map(Scorer::countryKey).toList());
        int ctp = 0;
        for (Map.Entry<CountryKey, Integer> e : cg.entrySet()) ctp += Math.min(e.getValue(), cp.getOrDefault(e.getKey(), 0));
        // loose diagnostic: any kind, ±3 days, core gold only
        int loose = match(coreIdx.stream().map(gold::get).toList(), pred, 3, false, true).size();
        return new DocScore(pairs, tpPairs, neutral, missed, spurious, tp, ng, np, dated.size(),
                (int) dated.stream().filter(Pair::exact).count(), ctp,
                cg.values().stream().mapToInt(Integer::intValue).sum(), cp.values().stream().mapToInt(Integer::intValue).sum(),
                minus(cg, cp), minus(cp, cg), loose, coreIdx.size(), gold.size() - coreIdx.size(), pred.size());
    }

    /** Counts and P/R/F1 of one kind (or of all). */
    public record Line(int gold, int pred, int tp, Prf prf) { }

    /** The whole report: per kind, overall, country level, diagnostics and every document's detail. */
    public record Report(Map<String, Line> perKind, Line overall, int neutral, Line countryLevel, int loose,
                         int matchedDatedCore, int matchedExactDate, Map<String, DocScore> docs) {
        public double f1() { return overall.prf().f1(); }
    }

    /** Score all documents (the union of both maps' keys, in sorted order). */
    public static Report score(Map<String, List<JsonNode>> goldByDoc, Map<String, List<JsonNode>> predByDoc, int tol) {
        Map<String, Integer> tp = new TreeMap<>(), ng = new TreeMap<>(), np = new TreeMap<>();
        Map<String, DocScore> docs = new TreeMap<>();
        int ctp = 0, cg = 0, cp = 0, dated = 0, datedExact = 0, loose = 0, neutral = 0;
        Set<String> all = new TreeSet<>(goldByDoc.keySet());
        all.addAll(predByDoc.keySet());
        for (String doc : all) {
            DocScore r = scoreDoc(goldByDoc.getOrDefault(doc, List.of()), predByDoc.getOrDefault(doc, List.of()), tol);
            docs.put(doc, r);
            r.tp().forEach((k, n) -> tp.merge(k, n, Integer::sum));
            r.ngold().forEach((k, n) -> ng.merge(k, n, Integer::sum));
            r.npred().forEach((k, n) -> np.merge(k, n, Integer::sum));
            ctp += r.countryTp();
            cg += r.countryGold();
            cp += r.countryPred();
            dated += r.dated();
            datedExact += r.datedExact();
            loose += r.loose();
            neutral += r.neutral().size();
        }
        Map<String, Line> perKind = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>(KINDS);
        kinds.add("OTHER");
        for (String k : kinds) {
            if (k.equals("OTHER") && np.getOrDefault(k, 0) == 0) continue;
            int t = tp.getOrDefault(k, 0), g = ng.getOrDefault(k, 0), p = np.getOrDefault(k, 0);
            perKind.put(k, new Line(g, p, t, Prf.of(t, g, p)));
        }
        int t = tp.values().stream().mapToInt(Integer::intValue).sum();
        int g = ng.values().stream().mapToInt(Integer::intValue).sum();
        int p = np.values().stream().mapToInt(Integer::intValue).sum();
        return new Report(perKind, new Line(g, p, t, Prf.of(t, g, p)), neutral, new Line(cg, cp, ctp, Prf.of(ctp, cg, cp)),
                loose, dated, datedExact, docs);
    }
}
