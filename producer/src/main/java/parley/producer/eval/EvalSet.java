package parley.producer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import parley.json.Json;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.producer.cli.ExtractCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An evaluation set as score.py reads it: gold JSONL, the documents folder and its docs.tsv (publication dates, and
 * documents without gold events, which are scored too).
 */
public record EvalSet(Path gold, Path docsDir, Path docsTsv, Map<String, List<JsonNode>> goldByDoc,
                      Map<String, String> published, SortedSet<String> docs, List<String> warnings) {

    /** JSON as Python's json module reads it: NaN/Infinity accepted, trailing data refused, last duplicate key wins. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Reads a set. docs.tsv is {@code explicitTsv} when given, else DOCS/docs.tsv, else docs.tsv next to DOCS.
     *
     * @throws IOException when the gold or docs.tsv cannot be read; IllegalArgumentException on a bad gold line
     */
    public static EvalSet load(Path gold, Path docsDir, Path explicitTsv) throws IOException {
        Map<String, List<JsonNode>> goldByDoc = new TreeMap<>();
        Map<String, String> published = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Py.fileLines(Files.readString(gold, StandardCharsets.UTF_8))) {
            lineNo++;
            if (Py.strip(line).isEmpty()) continue;
            JsonNode g;
            try {
                g = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(gold + ":" + lineNo + ": not JSON: " + e.getOriginalMessage());
            }
            JsonNode doc = g == null || !g.isObject() ? null : g.get("doc");
            if (doc == null || !doc.isTextual())
                throw new IllegalArgumentException(gold + ":" + lineNo + ": a gold event needs a \"doc\" string");
            goldByDoc.computeIfAbsent(doc.textValue(), d -> new ArrayList<>()).add(g);
            JsonNode pub = g.get("published");
            published.putIfAbsent(doc.textValue(), pub != null && pub.isTextual() ? pub.textValue() : null);
        }
        Path tsv = findDocsTsv(docsDir, explicitTsv);
        SortedSet<String> docs = new TreeSet<>(goldByDoc.keySet());
        List<String> warnings = new ArrayList<>();
        if (tsv != null) {
            Map<String, String> listed = readDocsTsv(tsv);
            listed.forEach((d, pub) -> {
                String had = published.get(d);
                if (pub != null && had != null && !had.equals(pub))
                    warnings.add("warning: " + d + ": published " + pub + " in " + tsv + " but " + had + " in gold; using " + pub);
                if (pub != null) published.put(d, pub);
            });
            docs.addAll(listed.keySet());
        }
        return new EvalSet(gold, docsDir, tsv, Collections.unmodifiableMap(goldByDoc), Collections.unmodifiableMap(published),
                Collections.unmodifiableSortedSet(docs), List.copyOf(warnings));
    }

    static Path findDocsTsv(Path docsDir, Path explicit) {
        List<Path> cands = new ArrayList<>();
        if (explicit != null) cands.add(explicit);
        else {
            cands.add(docsDir.resolve("docs.tsv"));
            Path parent = docsDir.toAbsolutePath().normalize().getParent();
            if (parent != null) cands.add(parent.resolve("docs.tsv"));
        }
        for (Path c : cands) if (Files.isRegularFile(c)) return c;
        return null;
    }

    /** docs.tsv as Python's csv.DictReader reads it (tab-separated, "-quoting): file (or doc) → published (or null). */
    static Map<String, String> readDocsTsv(Path path) throws IOException {
        List<List<String>> rows = Tsv.parse(Files.readString(path, StandardCharsets.UTF_8));
        Map<String, String> out = new LinkedHashMap<>();
        if (rows.isEmpty()) return out;
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.isEmpty()) continue;                               // DictReader skips blank lines
            Map<String, String> d = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) d.put(header.get(i), i < row.size() ? row.get(i) : null);
            String name = d.get("file");
            if (name == null || name.isEmpty()) name = d.get("doc");
            name = Py.strip(name == null ? "" : name);
            String pub = Py.strip(d.get("published") == null ? "" : d.get("published"));
            if (!name.isEmpty()) out.put(name, pub.isEmpty() ? null : pub);
        }
        return out;
    }

    /** DOCS/doc, else DOCS/docs/doc, else DOCS/doc (to be reported as unreadable). */
    public Path docPath(String doc) {
        Path a = docsDir.resolve(doc), b = docsDir.resolve("docs").resolve(doc);
        if (Files.isRegularFile(a)) return a;
        if (Files.isRegularFile(b)) return b;
        return a;
    }

    /** One document's predictions and, when something went wrong, what (the document then counts as zero predictions). */
    public record Prediction(List<JsonNode> events, String problem) { }

    /** Where predictions come from. */
    public interface Predictor {
        Prediction predict(EvalSet set, String doc);
    }

    /** parley's extractor, in-process, exactly as `parley extract --published P FILE` prints its events. */
    public static Predictor extractor() {
        return (set, doc) -> {
            Path file = set.docPath(doc);
            String pub = set.published().get(doc);
            LocalDate day;
            try {
                day = EventCodec.parseDay(pub == null ? "" : pub);
            } catch (InvalidEventException e) {
                return new Prediction(List.of(), "no usable publication date: " + e.getMessage());
            }
            if (!Files.isReadable(file)) return new Prediction(List.of(), "cannot read " + file);
            try {
                List<String> problems = new ArrayList<>();
                List<JsonNode> out = new ArrayList<>();
                for (String line : ExtractCommand.lines(file, day, problems)) out.add(JSON.readTree(line));
                return new Prediction(out, problems.isEmpty() ? null : String.join("; ", problems));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Predictions read from DIR/DOC.jsonl or DIR/DOC-without-extension.jsonl (score.py --pred). */
    public static Predictor fromDir(Path dir) {
        return (set, doc) -> {
            int dot = doc.lastIndexOf('.');
            String stem = dot > 0 && doc.substring(0, dot).chars().anyMatch(c -> c != '.') ? doc.substring(0, dot) : doc;
            for (Path c : List.of(dir.resolve(doc + ".jsonl"), dir.resolve(stem + ".jsonl"))) {
                if (!Files.isRegularFile(c)) continue;
                try {
                    return parseEvents(Files.readString(c, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Prediction(List.of(), "no prediction file");
        };
    }

    /** JSON objects, one per line, from an extractor's output; other lines are ignored, bad JSON lines reported. */
    static Prediction parseEvents(String text) {
        List<JsonNode> evs = new ArrayList<>();
        int bad = 0;
        for (String line : Py.splitLines(text)) {
            line = Py.strip(line);
            if (line.isEmpty() || !line.startsWith("{")) continue;         // log lines etc. are ignored
            try {
                JsonNode o = JSON.readTree(line);
                if (o != null && o.isObject()) evs.add(o);
                else bad++;
            } catch (JsonProcessingException e) {
                bad++;
            }
        }
        return new Prediction(evs, bad > 0 ? bad + " unparseable JSON line(s) skipped" : null);
    }

    /** Predictions for every document, and the problems by document. */
    public record Run(EvalSet set, Map<String, List<JsonNode>> predByDoc, Map<String, String> problems, Scorer.Report report,
                      int dateTol) { }

    public Run run(Predictor predictor, int dateTol) {
        Map<String, List<JsonNode>> pred = new TreeMap<>();
        Map<String, String> problems = new TreeMap<>();
        for (String doc : docs) {
            Prediction p = predictor.predict(this, doc);
            pred.put(doc, p.events());
            if (p.problem() != null) problems.put(doc, p.problem());
        }
        return new Run(this, pred, problems, Scorer.score(goldByDoc, pred, dateTol), dateTol);
    }
}
