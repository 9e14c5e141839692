package parley.producer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.json.Json;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.producer.extract.Article;
import parley.producer.extract.Extractor;
import parley.producer.publish.Deliveries;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.Reject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One report file in, its events out: JSON-lines files are pre-coded events (validated, id and event_key filled
 * when absent), anything else is an article (text or HTML) given to the extractor. Every file ends as events,
 * "no event found", or a reject with its reason, so counts reconcile.
 */
public final class Ingest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ingest.class);
    public enum Status { PUBLISHED, NO_EVENT, REJECTED }

    /** What became of one file. */
    public record Result(String source, Status status, int events, int rejects, String detail) {
        public String line() {
            return switch (status) {
                case PUBLISHED -> String.format("%s: %d event(s) published%s%s", source, events, rejects > 0 ? ", " + rejects + unit() + " rejected" : "",
                        detail != null ? " (" + detail + ")" : "");
                case NO_EVENT -> source + ": no event found" + (rejects > 0 ? ", " + rejects + unit() + " rejected" : "") + (detail != null ? " (" + detail + ")" : "");
                case REJECTED -> source + ": rejected: " + detail;
            };
        }

        /** What the rejects are: lines of a JSON-lines file, else events or parts of an article. */
        private String unit() { return detail != null && detail.contains("line(s)") ? " line(s)" : ""; }
    }

    private final Extractor extractor;
    private final EventPublisher publisher;
    private final LocalDate publishedOverride;
    private final String format;

    /** @param format auto, text, html or jsonl */
    public Ingest(Extractor extractor, EventPublisher publisher, LocalDate publishedOverride, String format) {
        this.extractor = extractor;
        this.publisher = publisher;
        this.publishedOverride = publishedOverride;
        this.format = format == null ? "auto" : format;
    }

    public static boolean isEventsFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    public static boolean isReport(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return isEventsFile(p) || n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    public Result file(Path p) {
        String source = p.getFileName().toString();
        if (format.equals("jsonl") || (format.equals("auto") && isEventsFile(p))) return events(p);
        try {
            Report r = ReportReader.read(p, format.equals("html"));
            LocalDate published = publishedOverride != null ? publishedOverride : r.published();
            if (published == null)
                return rejected(r.sourceId(), "no publication date",
                        "pass --published YYYY-MM-DD, add a 'published: YYYY-MM-DD' front-matter line, or a " + source + ".meta sidecar");
            return article(new Article(r.sourceId(), r.title(), r.url(), published, null, r.text()));
        } catch (ReportReader.Unreadable e) {
            return rejected(source, "unreadable", e.getMessage());
        }
    }

    /** An article already in memory (feeds, tests). */
    public Result article(Article a) {
        if (a.published() != null && a.published().isAfter(latestPublished()))
            return rejected(a.sourceId(), "publication date in the future",
                    "published " + a.published() + " is after today (UTC) + 1 day: its events would move the stream day ahead and make every later event late");
        String cut = null;
        if (a.text() != null && a.text().length() > Extractor.MAX_TEXT_CHARS) {
            cut = truncated(a.sourceId(), a.text().length());
            a = new Article(a.sourceId(), a.title(), a.url(), a.published(), a.feed(), cutText(a.text()));
        }
        Set<String> ids = new LinkedHashSet<>();
        Deliveries d = new Deliveries(publisher);
        for (Event e : extractor.extract(a)) if (ids.add(e.id())) d.send(a.sourceId(), e);
        List<Deliveries.Settled> settled = d.settle();
        int acked = Deliveries.count(settled, Deliveries.State.ACKED);
        int rejects = settled.size() - acked + (cut != null ? 1 : 0);
        String detail = cut;
        if (settled.size() > acked) {
            String why = settled.stream().filter(x -> x.state() != Deliveries.State.ACKED).map(x -> x.delivery().event().id() + " "
                    + (x.state() == Deliveries.State.FAILED ? "send failed: " + x.error() : "rejected by the publisher")).findFirst().orElse("");
            detail = (detail == null ? "" : detail + "; ") + (settled.size() - acked) + " of " + settled.size() + " event(s) not published (" + why + ")";
        }
        if (acked == 0 && settled.isEmpty()) LOG.info("no event found in {}", parley.model.Text.escapeControls(a.sourceId()));
        return new Result(a.sourceId(), acked > 0 ? Status.PUBLISHED : Status.NO_EVENT, acked, rejects, detail);
    }

    /** Records that only the first {@link Extractor#MAX_TEXT_CHARS} characters of an article are read (a WARN and a reject record). */
    private String truncated(String sourceId, int length) {
        String msg = "text cut: only the first " + Extractor.MAX_TEXT_CHARS + " of " + length + " characters were read";
        LOG.warn("{}: {}", parley.model.Text.escapeControls(sourceId), msg);
        publisher.reject(Reject.of(sourceId, "truncated", msg + " (the extractor's limit); the rest of the article was not searched for events"));
        return msg;
    }

    private static String cutText(String t) {
        int keep = Extractor.MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(t.charAt(keep - 1))) keep--;
        return t.substring(0, keep);
    }

    /**
     * A JSON-lines file of pre-coded events. The file is read as bytes (at most {@link ReportReader#MAX_FILE_BYTES})
     * and each line is decoded on its own as strict UTF-8 (RFC 8259), so a bad line is rejected with its exact line
     * number and the lines around it are still published; nothing is mangled by a lenient decoder and no line is
     * skipped silently. UTF-16 files (BOM or zero-byte pattern) are decoded as a whole by {@link TextDecoder}.
     * The result says exactly which lines were published and which were rejected.
     */
    private Result events(Path p) {
        String source = p.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(p);
            if (size > ReportReader.MAX_FILE_BYTES)
                return rejected(source, "unreadable", "file too large: " + size + " bytes (limit " + ReportReader.MAX_FILE_BYTES + ")");
            bytes = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return rejected(source, "unreadable", "cannot read: " + e.getMessage());
        }
        // line breaks as BufferedReader knows them (\n, \r\n or a lone \r): a raw CR cannot occur inside JSON text
        java.util.List<String> lines = null;
        java.util.List<int[]> spans = null;
        if (utf16(bytes) != null) {
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            if (!d.ok()) return rejected(source, "unreadable", d.error());
            lines = java.util.Arrays.asList(d.text().split("\\r\\n|\\r|\\n", -1));
        } else {
            spans = new java.util.ArrayList<>();
            int from = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != '\n' && bytes[i] != '\r') continue;
                spans.add(new int[]{from, i});
                if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') i++;
                from = i + 1;
            }
            spans.add(new int[]{from, bytes.length});
        }
        java.util.TreeSet<Integer> bad = new java.util.TreeSet<>();
        Deliveries deliveries = new Deliveries(publisher);
        int n = lines != null ? lines.size() : spans.size();
        for (int lineNo = 1; lineNo <= n; lineNo++) {
            String line;
            if (lines != null) line = lines.get(lineNo - 1);
            else {
                int[] sp = spans.get(lineNo - 1);
                int from = sp[0];
                if (lineNo == 1 && sp[1] - from >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) from = 3;
                line = strictUtf8(bytes, from, sp[1] - from);
                if (line == null) {
                    bad.add(lineNo);
                    publisher.reject(Reject.of(source + ":" + lineNo, "unreadable", "line " + lineNo + " is not valid UTF-8 text",
                            lenient(bytes, from, sp[1] - from)));
                    continue;
                }
            }
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            try {
                Event e = parseLine(line); // EventCodec: also refuses a source.published after the processing day + 1
                deliveries.send(source + ":" + lineNo, e, lineNo, line);
            } catch (InvalidEventException e) {
                bad.add(lineNo);
                publisher.reject(Reject.of(source + ":" + lineNo, "invalid event", e.getMessage(), line));
            }
        }
        // only what Kafka acknowledged counts as published; a failed send is a reject of its line (Deliveries)
        Lines published = new Lines();
        for (Deliveries.Settled x : deliveries.settle()) {
            int lineNo = (Integer) x.delivery().tag();
            if (x.state() == Deliveries.State.ACKED) published.add(lineNo);
            else bad.add(lineNo);
        }
        if (published.count == 0 && bad.isEmpty()) return rejected(source, "empty", "no events in file");
        Lines badLines = new Lines();
        bad.forEach(badLines::add);
        String detail = (published.count > 0 ? "published line(s) " + published : "no line published")
                + (badLines.count > 0 ? "; rejected line(s) " + badLines : "");
        return new Result(source, published.count > 0 ? Status.PUBLISHED : Status.NO_EVENT, published.count, badLines.count, detail);
    }

    /**
     * The latest publication day the producer accepts: today (UTC) + 1 day, for time zones ahead of UTC. The codec
     * bounds an event's date by its source.published; this bounds source.published by the clock, so a report dated
     * years ahead cannot move the Streams app's stream day (CONTRACT.md §3) and make every later event late. Only
     * the producer checks it: replays and the Streams app stay independent of the wall clock.
     */
    public static LocalDate latestPublished() { return EventCodec.processingDay().plusDays(1); }

    /** Line numbers as compact ranges: "1-3,5,9-12". */
    static final class Lines {
        private final StringBuilder b = new StringBuilder();
        private int first = -1, last = -1, count;

        void add(int n) {
            count++;
            if (last >= 0 && n == last + 1) { last = n; return; }
            flush();
            first = last = n;
        }

        private void flush() {
            if (first < 0) return;
            if (b.length() > 0) b.append(',');
            b.append(first);
            if (last > first) b.append('-').append(last);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(b);
            if (first >= 0) {
                if (out.length() > 0) out.append(',');
                out.append(first);
                if (last > first) out.append('-').append(last);
            }
            return out.toString();
        }
    }

    /** A line that is not valid UTF-8, for the reject record: invalid bytes shown as U+FFFD. */
    private static String lenient(byte[] b, int off, int len) { return new String(b, off, len, StandardCharsets.UTF_8); }

    private static String strictUtf8(byte[] b, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, off, len)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** "UTF-16…" when the bytes carry a UTF-16 BOM or look like UTF-16 without one, else null. */
    private static String utf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) return "UTF-16";
        TextDecoder.Decoded d = TextDecoder.decode(b);
        return d.charset() != null && d.charset().startsWith("UTF-16") ? d.charset() : null;
    }

    /** One pre-coded event: strict contract checks; id and event_key are computed when the line has none. */
    public static Event parseLine(String line) throws InvalidEventException {
        // the same strict reader the Streams app uses: duplicate keys and absurd nesting are invalid here too,
        // so the producer never "repairs" a record (last duplicate wins) that the contract calls invalid
        JsonNode tree = EventCodec.readTree(line.getBytes(StandardCharsets.UTF_8));
        if (tree instanceof ObjectNode o && (missing(o, "id") || missing(o, "event_key"))) {
            boolean hasId = !missing(o, "id");
            if (!hasId) o.put("id", "pending");
            if (missing(o, "event_key")) o.put("event_key", "pending");
            Event e = EventCodec.parse(o);
            Event keyed = e.withKeys();
            return hasId ? withId(keyed, e.id()) : keyed;
        }
        return EventCodec.parse(tree);
    }

    private static Event withId(Event e, String id) {
        return new Event(e.schema(), id, e.eventKey(), e.kind(), e.date(), e.datePrecision(), e.actor(), e.counterpart(),
                e.place(), e.about(), e.source(), e.evidence(), e.confidence(), e.extractor(), e.extra());
    }

    private static boolean missing(JsonNode o, String f) { return o.get(f) == null || o.get(f).isNull(); }

    private Result rejected(String source, String reason, String detail) {
        publisher.reject(Reject.of(source, reason, detail));
        return new Result(source, Status.REJECTED, 0, 1, reason + ": " + detail);
    }
}
