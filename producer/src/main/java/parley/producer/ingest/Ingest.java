package parley.producer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.json.Json;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.producer.extract.Article;
import parley.producer.extract.Extractor;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.Reject;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One report file in, its events out: JSON-lines files are pre-coded events (validated, id and event_key filled
 * when absent), anything else is an article (text or HTML) given to the extractor. Every file ends as events,
 * "no event found", or a reject with its reason, so counts reconcile.
 */
public final class Ingest {
    public enum Status { PUBLISHED, NO_EVENT, REJECTED }

    /** What became of one file. */
    public record Result(String source, Status status, int events, int rejects, String detail) {
        public String line() {
            return switch (status) {
                case PUBLISHED -> String.format("%s: %d event(s) published%s", source, events, rejects > 0 ? ", " + rejects + " line(s) rejected" : "");
                case NO_EVENT -> source + ": no event found" + (rejects > 0 ? ", " + rejects + " line(s) rejected" : "");
                case REJECTED -> source + ": rejected: " + detail;
            };
        }
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
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : extractor.extract(a)) if (ids.add(e.id())) publisher.publish(e);
        return ids.isEmpty() ? new Result(a.sourceId(), Status.NO_EVENT, 0, 0, null)
                : new Result(a.sourceId(), Status.PUBLISHED, ids.size(), 0, null);
    }

    private Result events(Path p) {
        String source = p.getFileName().toString();
        int ok = 0, bad = 0, lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (first && line.startsWith("\uFEFF")) line = line.substring(1);
                first = false;
                if (line.isBlank()) continue;
                try {
                    publisher.publish(parseLine(line));
                    ok++;
                } catch (InvalidEventException e) {
                    bad++;
                    publisher.reject(Reject.of(source + ":" + lineNo, "invalid event", e.getMessage()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            String why = e instanceof java.nio.charset.MalformedInputException || e.getCause() instanceof java.nio.charset.MalformedInputException
                    ? "not UTF-8 text at line " + (lineNo + 1) : e.getMessage();
            publisher.reject(Reject.of(source, "unreadable", why + (ok > 0 ? " (" + ok + " events before it were published)" : "")));
            return new Result(source, ok > 0 ? Status.PUBLISHED : Status.REJECTED, ok, bad + 1, why);
        }
        if (ok == 0 && bad == 0) return rejected(source, "empty", "no events in file");
        return new Result(source, ok > 0 ? Status.PUBLISHED : Status.NO_EVENT, ok, bad, null);
    }

    /** One pre-coded event: strict contract checks; id and event_key are computed when the line has none. */
    public static Event parseLine(String line) throws InvalidEventException {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new InvalidEventException("not JSON");
        }
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
