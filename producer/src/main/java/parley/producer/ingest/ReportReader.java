package parley.producer.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import parley.model.EventCodec;
import parley.producer.extract.HtmlText;
import parley.model.InvalidEventException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one article file into a {@link Report}: decodes it ({@link TextDecoder}), takes its metadata from a front
 * matter block ({@code ---} lines of {@code key: value} at the top, or plain {@code Published: 2024-08-07} header
 * lines), a sidecar {@code FILE.meta} with the same lines, or HTML meta tags; HTML is reduced to its main text.
 */
public final class ReportReader {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** Thrown for a report that cannot be used; the message is the reject reason. */
    public static final class Unreadable extends Exception {
        public Unreadable(String m) { super(m, null, false, false); }
    }

    private ReportReader() { }

    public static Report read(Path file, boolean forceHtml) throws Unreadable {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) throw new Unreadable("file too large: " + size + " bytes (limit " + MAX_FILE_BYTES + ")");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + e.getMessage());
        }
        String name = file.getFileName().toString();
        boolean html = forceHtml || name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$");
        Map<String, String> sidecar = new LinkedHashMap<>();
        Path meta = file.resolveSibling(name + ".meta");
        if (Files.isRegularFile(meta)) {
            try {
                headerLines(Files.readString(meta), sidecar);
            } catch (IOException e) {
                throw new Unreadable("cannot read sidecar " + meta.getFileName() + ": " + e.getMessage());
            }
        }
        return parse(name, bytes, html, sidecar);
    }

    public static Report parse(String name, byte[] bytes, boolean html, Map<String, String> sidecar) throws Unreadable {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (!d.ok()) throw new Unreadable(d.error());
        String text = d.text();
        Map<String, String> meta = new LinkedHashMap<>(sidecar);
        if (!html && text.stripLeading().startsWith("<") && text.toLowerCase(Locale.ROOT).contains("<html")) html = true;
        if (html) {
            Document doc = Jsoup.parse(text);
            htmlMeta(doc, meta);
            text = HtmlText.mainText(text);
        } else {
            text = frontMatter(text, meta);
        }
        if (text.isBlank()) throw new Unreadable(html ? "HTML page without article text" : "no text");
        LocalDate published = null;
        String p = meta.get("published") != null ? meta.get("published") : meta.get("date");
        if (p != null) published = day(p);
        String id = meta.getOrDefault("id", meta.getOrDefault("url", name));
        return new Report(id, meta.get("title"), meta.get("url"), published, text, html);
    }

    /** "2024-08-07", "2024-08-07T10:00:00+02:00" → the UTC day. */
    static LocalDate day(String s) throws Unreadable {
        s = s.trim();
        try {
            if (s.length() > 10) return OffsetDateTime.parse(s).atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
            return EventCodec.parseDay(s);
        } catch (InvalidEventException | RuntimeException e) {
            throw new Unreadable("publication date is not a day (YYYY-MM-DD): \"" + s + "\"");
        }
    }

    private static String frontMatter(String text, Map<String, String> meta) {
        String t = text.replace("\r\n", "\n");
        if (t.startsWith("---\n")) {
            int end = t.indexOf("\n---", 4);
            if (end > 0) {
                headerLines(t.substring(4, end), meta);
                int next = t.indexOf('\n', end + 4);
                return next < 0 ? "" : t.substring(next + 1);
            }
        }
        // plain header lines ("Published: 2024-08-07") before the first blank line, only if all are key: value
        int blank = t.indexOf("\n\n");
        if (blank > 0 && blank < 600) {
            Map<String, String> h = new LinkedHashMap<>();
            headerLines(t.substring(0, blank), h);
            long lines = t.substring(0, blank).lines().count();
            if (h.size() == lines && (h.containsKey("published") || h.containsKey("date"))) {
                meta.putAll(h);
                return t.substring(blank + 2);
            }
        }
        return t;
    }

    private static void headerLines(String block, Map<String, String> out) {
        for (String line : block.split("\n")) {
            int i = line.indexOf(':');
            if (i <= 0) continue;
            String k = line.substring(0, i).trim().toLowerCase(Locale.ROOT);
            if (!k.matches("[a-z_]{2,20}")) continue;
            out.put(k, line.substring(i + 1).trim());
        }
    }

    private static void htmlMeta(Document doc, Map<String, String> meta) {
        String[][] keys = {{"published", "meta[property=article:published_time]"}, {"published", "meta[name=date]"},
                {"published", "meta[itemprop=datePublished]"}, {"title", "meta[property=og:title]"},
                {"url", "meta[property=og:url]"}, {"url", "link[rel=canonical]"}};
        for (String[] k : keys) {
            if (meta.containsKey(k[0])) continue;
            Element e = doc.selectFirst(k[1]);
            if (e == null) continue;
            String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
            if (!v.isBlank()) meta.put(k[0], v);
        }
        if (!meta.containsKey("published")) {
            Element t = doc.selectFirst("time[datetime]");
            if (t != null) meta.put("published", t.attr("datetime"));
        }
        if (!meta.containsKey("title") && !doc.title().isBlank()) meta.put("title", doc.title());
    }
}
