package parley.producer.gdelt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.ExtractorInfo;
import parley.model.InvalidEventException;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns GDELT event files into contract events (CONTRACT.md §1). The full mapping is in docs/gdelt-mapping.md;
 * in short:
 *
 * <table>
 *   <caption>CAMEO EventCode to kind</caption>
 *   <tr><th>EventCode</th><th>kind</th><th>actor / counterpart</th></tr>
 *   <tr><td>042 make a visit</td><td>VISIT</td><td>Actor1 (traveller) / Actor2</td></tr>
 *   <tr><td>043 host a visit</td><td>VISIT</td><td>Actor2 (traveller) / Actor1 (host): swapped, so "A visited B"
 *       and "B hosted A" get one event_key</td></tr>
 *   <tr><td>040 consult, 044 meet at a third location, 046 negotiate</td><td>MEETING</td><td>Actor1 / Actor2</td></tr>
 *   <tr><td>041 discuss by telephone</td><td>CALL</td><td>Actor1 / Actor2</td></tr>
 *   <tr><td>010–019 public statement</td><td>STATEMENT</td><td>Actor1 (speaker); Actor2's country → about[]</td></tr>
 *   <tr><td>anything else (incl. 045 mediate)</td><td colspan="2">skipped, {@code cameo-not-mapped}</td></tr>
 * </table>
 *
 * <p>Actor countries: see {@link ActorCodes} (ISO alpha-3, KSV→XKX, known groups NAT/EEC/UNO/SCE/CIS →
 * NATO/EU/UN/OSCE/CIS; CAMEO regions are skipped). Geo: {@code ActionGeo_CountryCode} is FIPS 10-4, converted with
 * {@link FipsCodes}. VISIT host = the geo country when it differs from the traveller, else the counterpart's country;
 * no distinct host → skipped. Date = SQLDATE (strict YYYYMMDD, precision DAY). {@code source.published} = the day of
 * DATEADDED (2.0: YYYYMMDDHHMMSS; 1.0: YYYYMMDD, which in a GDELT 1.0 daily file is the file's date); when a 1.0 row
 * lacks DATEADDED, the date at the start of the file name. source.id = {@code gdelt:<GlobalEventID>}, source.url =
 * SOURCEURL. NumMentions/NumSources/NumArticles go to {@code extra.gdelt}.
 *
 * <p>Layouts are detected per file and row: a first line starting with the column name {@code GLOBALEVENTID} is a
 * header (its delimiter, tab or comma, is the file's); columns are then found by name, rows one field wider than the
 * header carry a leading R row number (dropped), and {@code NA} reads as empty. Without a header, the first line's
 * delimiter is the file's and each row's layout follows from its field count: 61 = 2.0 export, 58 = 1.0 daily,
 * 57 = 1.0 back-file; any other count is {@code malformed-row}.
 *
 * <p>Nothing throws on bad input: every row is counted as mapped or skipped by reason ({@link Skip}), a file that
 * cannot be read to its end gets an error in its {@link GdeltStats.FileStats}. Exceptions from the sink propagate.
 * Zip files are read entry by entry in memory (never extracted), with limits on the entry count, on each entry's
 * and the total uncompressed size and on the compression ratio; entries with absolute or {@code ..} names are refused.
 * Each entry is inflated once to check its size limits and CRC-32 before any of its rows reaches the sink, then read.
 *
 * <p>Not thread-safe: use one adapter per thread.
 */
public final class GdeltAdapter {
    public static final String NAME = "gdelt";
    public static final String VERSION = "1.0.0";
    /** Version of the mapping tables (CAMEO → kind, actor codes, FIPS table). */
    public static final String KB_VERSION = "2026-11-23";
    public static final ExtractorInfo EXTRACTOR = new ExtractorInfo(NAME, VERSION, KB_VERSION);

    /** Limits against hostile input. */
    public record Limits(int maxZipEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, int maxLineChars) {
        /** 64 entries, 2 GiB per entry, 8 GiB per zip, ratio 100 (GDELT text compresses about 5–10×), 1 Mi chars/line. */
        public static final Limits DEFAULT = new Limits(64, 2L << 30, 8L << 30, 100, 1 << 20);
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> CAMEO_LABELS = Map.ofEntries(
            Map.entry("010", "make statement"), Map.entry("011", "decline comment"),
            Map.entry("012", "make pessimistic comment"), Map.entry("013", "make optimistic comment"),
            Map.entry("014", "consider policy option"), Map.entry("015", "acknowledge or claim responsibility"),
            Map.entry("016", "deny responsibility"), Map.entry("017", "engage in symbolic act"),
            Map.entry("018", "make empathetic comment"), Map.entry("019", "express accord"),
            Map.entry("040", "consult"), Map.entry("041", "discuss by telephone"), Map.entry("042", "make a visit"),
            Map.entry("043", "host a visit"), Map.entry("044", "meet at a third location"),
            Map.entry("046", "engage in negotiation"));

    private final Limits limits;
    private final FipsCodes fips;
    // one-entry caches: most rows of a file share SQLDATE and DATEADDED
    private int lastDayKey = -1;
    private LocalDate lastDay;

    public GdeltAdapter() { this(Limits.DEFAULT); }

    public GdeltAdapter(Limits limits) {
        this.limits = limits;
        this.fips = FipsCodes.standard();
    }

    /** Told about every skipped row, e.g. to send data errors (malformed-row, bad-date, …) to the rejects topic. */
    @FunctionalInterface
    public interface SkipListener {
        /**
         * @param file          the file (or {@code a.zip!entry}) as in {@link GdeltStats.FileStats#file()}
         * @param line          1-based line number in that file
         * @param globalEventId the row's GlobalEventID as written ("" when the layout is unknown)
         * @param reason        a {@link Skip} constant
         */
        void skipped(String file, long line, String globalEventId, String reason);
    }

    private static final SkipListener NO_LISTENER = (f, l, id, r) -> { };

    private SkipListener listener = NO_LISTENER;
    private RowReader currentReader;
    private Layout currentLayout;

    /**
     * Reads one file (.csv/.tsv/.txt or .zip) or every such file directly in a directory (sorted by name, not
     * recursive) and hands each event to {@code sink}, in file order.
     */
    public GdeltStats read(Path fileOrDir, Consumer<Event> sink) { return read(fileOrDir, sink, NO_LISTENER); }

    /** As {@link #read(Path, Consumer)}, telling {@code onSkip} about each skipped row. */
    public GdeltStats read(Path fileOrDir, Consumer<Event> sink, SkipListener onSkip) {
        this.listener = onSkip == null ? NO_LISTENER : onSkip;
        try {
            return readAll(fileOrDir, sink);
        } finally {
            this.listener = NO_LISTENER;
            this.currentReader = null;
            this.currentLayout = null;
        }
    }

    private GdeltStats readAll(Path fileOrDir, Consumer<Event> sink) {
        GdeltStats stats = new GdeltStats();
        long t0 = System.nanoTime();
        if (Files.isDirectory(fileOrDir)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(fileOrDir)) {
                s.sorted(Comparator.comparing(p -> p.getFileName().toString())).forEach(p -> {
                    if (Files.isRegularFile(p) && readable(p)) files.add(p);
                    else stats.ignored.add(p.toString());
                });
            } catch (IOException e) {
                stats.newFile(fileOrDir.toString()).error = "cannot list directory: " + e;
            }
            for (Path p : files) readFile(p, sink, stats);
        } else {
            readFile(fileOrDir, sink, stats);
        }
        stats.nanos = System.nanoTime() - t0;
        return stats;
    }

    private static boolean readable(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt") || n.endsWith(".zip");
    }

    private void readFile(Path p, Consumer<Event> sink, GdeltStats stats) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            readZip(p, name, sink, stats);
            return;
        }
        GdeltStats.FileStats fs = stats.newFile(p.toString());
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(p)) {
            readText(in, name, fileDate(name), fs, sink);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SinkException se) throw se.unwrap();
            fs.error = describe(e);
        }
        fs.nanos = System.nanoTime() - t0;
    }

    private void readZip(Path p, String name, Consumer<Event> sink, GdeltStats stats) {
        try (ZipFile zf = new ZipFile(p.toFile(), StandardCharsets.UTF_8)) {
            if (zf.size() > limits.maxZipEntries()) {
                stats.newFile(p.toString()).error = "zip refused: " + zf.size() + " entries > limit " + limits.maxZipEntries();
                return;
            }
            List<? extends ZipEntry> entries = zf.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            long[] total = {0};
            for (ZipEntry e : entries) {
                GdeltStats.FileStats fs = stats.newFile(p + "!" + e.getName());
                if (!safeEntryName(e.getName())) {
                    fs.error = "zip entry refused: unsafe name";
                    continue;
                }
                long t0 = System.nanoTime();
                // first pass: the whole entry is inflated (within the limits) and its CRC-32 checked before a single
                // row is published, so a corrupt or truncated entry, or a bomb, publishes nothing
                try (InputStream in = new Bounded(zf.getInputStream(e), e.getCompressedSize(), total)) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    byte[] buf = new byte[64 << 10];
                    for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
                    if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
                        fs.error = String.format("zip entry refused: CRC-32 mismatch (stored %08x, computed %08x): the archive is corrupt", e.getCrc(), crc.getValue());
                        fs.nanos = System.nanoTime() - t0;
                        continue;
                    }
                } catch (IOException | RuntimeException ex) {
                    fs.error = ex instanceof ZipLimitException ? ex.getMessage() : "zip entry refused: " + describe(ex);
                    fs.nanos = System.nanoTime() - t0;
                    if (ex instanceof ZipLimitException) return; // a bomb: stop reading this zip altogether
                    continue;
                }
                try (InputStream in = new Bounded(zf.getInputStream(e), e.getCompressedSize(), new long[1])) {
                    String entryName = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                    LocalDate d = fileDate(entryName);
                    readText(in, entryName, d != null ? d : fileDate(name), fs, sink);
                } catch (IOException | RuntimeException ex) {
                    if (ex instanceof SinkException se) throw se.unwrap();
                    fs.error = describe(ex);
                    if (ex instanceof ZipLimitException) return; // a bomb: stop reading this zip altogether
                } finally {
                    fs.nanos = System.nanoTime() - t0;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SinkException se) throw se.unwrap();
            stats.newFile(p.toString()).error = describe(e);
        }
    }

    /** Entry names are only read, never used as paths, but refuse the classic traversal shapes anyway. */
    static boolean safeEntryName(String n) {
        if (n.isEmpty() || n.startsWith("/") || n.startsWith("\\") || n.contains("\\") || n.contains("\0")) return false;
        if (n.length() > 1 && n.charAt(1) == ':') return false;
        for (String part : n.split("/")) if (part.equals("..")) return false;
        return true;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e instanceof ZipLimitException ? m : e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** The date at the start of a file name ({@code 20130401.export.CSV}, {@code 20180101000000.export.CSV}), or null. */
    static LocalDate fileDate(String name) {
        if (name.length() < 8) return null;
        for (int i = 0; i < 8; i++) if (name.charAt(i) < '0' || name.charAt(i) > '9') return null;
        return strictDay(Integer.parseInt(name.substring(0, 8)));
    }

    // ---- text ------------------------------------------------------------------------------------------------

    /** Reads one text stream (a file or a zip entry). Package-private for tests. */
    void readText(InputStream raw, String name, LocalDate fileDate, GdeltStats.FileStats fs, Consumer<Event> sink) throws IOException {
        Reader r = new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        PushbackReader pb = new PushbackReader(r, 1);
        int first = pb.read();
        if (first >= 0 && first != '\uFEFF') pb.unread(first);
        RowReader rr = new RowReader(pb, limits.maxLineChars());
        RowReader.Row row = rr.row;
        currentReader = rr;
        currentLayout = null;

        char delim = 0;
        Layout header = null;
        Layout headerShifted = null;
        String headerError = null;
        while (rr.nextRaw()) {
            if (rr.rawBlank()) continue;
            if (delim == 0) { // the first line decides the delimiter and whether there is a header
                delim = rr.rawContains('\t') || !rr.rawContains(',') ? '\t' : ',';
                rr.split(delim);
                row.naIsEmpty = delim == ',';
                if (row.str(0).equalsIgnoreCase("GLOBALEVENTID")) {
                    String[] names = new String[Math.min(row.n, RowReader.MAX_FIELDS)];
                    for (int i = 0; i < names.length; i++) names[i] = row.str(i);
                    String label = (delim == ',' ? "csv" : "tsv") + "-header-" + row.n;
                    try {
                        header = Layout.fromHeader(names, names.length, label);
                        headerShifted = header.shifted(1, "+rownum");
                    } catch (IllegalArgumentException e) {
                        headerError = e.getMessage();
                        fs.error = "unusable header: " + headerError;
                    }
                    continue;
                }
            } else {
                rr.split(delim);
            }
            fs.read++;
            if (row.tooLong || row.broken) {
                skip(fs, Skip.MALFORMED_ROW);
                continue;
            }
            Layout l;
            if (header != null) l = row.n == header.width ? header : row.n == headerShifted.width ? headerShifted : null;
            else if (headerError != null) l = null;
            else l = Layout.byWidth(row.n);
            if (l == null) {
                skip(fs, Skip.MALFORMED_ROW);
                continue;
            }
            fs.layouts.merge(l.label, 1L, Long::sum);
            currentLayout = l;
            mapRow(row, l, name, fileDate, fs, sink);
            currentLayout = null;
        }
    }

    // ---- one row ---------------------------------------------------------------------------------------------

    private static final int NONE = 0, VISIT = 1, VISIT_HOSTED = 2, MEETING = 3, CALL = 4, STATEMENT = 5;

    /** The kind code of a 3-digit CAMEO EventCode, without allocating. */
    private static int cameoKind(RowReader.Row row, int col) {
        long span = row.span(col);
        if ((int) span != 3) return NONE;
        int a = (int) (span >>> 32);
        char[] c = row.chars;
        if (c[a] != '0') return NONE;
        char d1 = c[a + 1], d2 = c[a + 2];
        if (d1 == '1') return d2 >= '0' && d2 <= '9' ? STATEMENT : NONE;
        if (d1 != '4') return NONE;
        return switch (d2) {
            case '0', '4', '6' -> MEETING;
            case '1' -> CALL;
            case '2' -> VISIT;
            case '3' -> VISIT_HOSTED;
            default -> NONE;
        };
    }

    private void mapRow(RowReader.Row row, Layout l, String file, LocalDate fileDate, GdeltStats.FileStats fs, Consumer<Event> sink) {
        int k = cameoKind(row, l.eventCode);
        if (k == NONE) {
            skip(fs, Skip.CAMEO_NOT_MAPPED);
            return;
        }
        long id = row.digits(l.id);
        if (id < 0) {
            skip(fs, Skip.MALFORMED_ROW);
            return;
        }
        LocalDate date = day(row, l.sqlDate, false);
        LocalDate published = day(row, l.dateAdded, true);
        if (published == null) published = fileDate;
        if (date == null || published == null || date.getYear() < 1900) {
            skip(fs, Skip.BAD_DATE);
            return;
        }
        if (date.isAfter(published.plusDays(1))) {
            skip(fs, Skip.FUTURE_DATE);
            return;
        }

        boolean hosted = k == VISIT_HOSTED; // 043: Actor1 hosts Actor2, so Actor2 is the traveller
        int aCountry = hosted ? l.a2Country : l.a1Country, aGroup = hosted ? l.a2Group : l.a1Group, aName = hosted ? l.a2Name : l.a1Name;
        int oCountry = hosted ? l.a1Country : l.a2Country, oGroup = hosted ? l.a1Group : l.a2Group, oName = hosted ? l.a1Name : l.a2Name;
        String aRaw = row.str(aCountry);
        String actorCode = ActorCodes.resolve(aRaw, row.str(aGroup));
        if (actorCode == null) {
            skip(fs, ActorCodes.whyNot(aRaw));
            return;
        }
        String oRaw = row.str(oCountry);
        String otherCode = ActorCodes.resolve(oRaw, row.str(oGroup));
        String geo = null;
        long g = row.span(l.geoCountry);
        if ((int) g == 2) geo = fips.iso3(row.chars, (int) (g >>> 32));

        Kind kind;
        Party actor = new Party(row.strOrNull(aName), actorCode, null);
        Party counterpart = null;
        Place place = null;
        List<String> about = List.of();
        switch (k) {
            case VISIT, VISIT_HOSTED -> {
                kind = Kind.VISIT;
                String host;
                if (geo != null && !geo.equals(actorCode)) {
                    host = geo;
                    place = new Place(row.strOrNull(l.geoName), geo);
                } else if (otherCode != null && !otherCode.equals(actorCode)) {
                    host = otherCode;
                } else {
                    skip(fs, actorCode.equals(geo) || actorCode.equals(otherCode) ? Skip.SAME_COUNTRY : Skip.NO_HOST);
                    return;
                }
                if (otherCode != null && !otherCode.equals(actorCode)) counterpart = new Party(row.strOrNull(oName), otherCode, null);
                assert host != null;
            }
            case MEETING, CALL -> {
                kind = k == CALL ? Kind.CALL : Kind.MEETING;
                if (otherCode == null) {
                    String why = ActorCodes.whyNot(oRaw);
                    skip(fs, why.equals(Skip.NO_ACTOR_COUNTRY) ? Skip.NO_COUNTERPART_COUNTRY
                            : why.equals(Skip.REGION_CODE) ? Skip.COUNTERPART_REGION_CODE : Skip.COUNTERPART_UNKNOWN_CODE);
                    return;
                }
                if (otherCode.equals(actorCode)) {
                    skip(fs, Skip.SAME_COUNTRY);
                    return;
                }
                counterpart = new Party(row.strOrNull(oName), otherCode, null);
                if (kind == Kind.MEETING && geo != null) place = new Place(row.strOrNull(l.geoName), geo);
            }
            default -> {
                kind = Kind.STATEMENT;
                if (otherCode != null && !otherCode.equals(actorCode)) about = List.of(otherCode);
                if (geo != null) place = new Place(row.strOrNull(l.geoName), geo);
            }
        }

        String eventCode = row.str(l.eventCode);
        String url = l.sourceUrl < 0 ? null : row.strOrNull(l.sourceUrl);
        Source source = new Source("gdelt:" + id, null, url, published, file);
        ObjectNode gd = JSON.objectNode();
        gd.put("global_event_id", id);
        gd.put("event_code", eventCode);
        putCount(gd, "num_mentions", row.digits(l.numMentions));
        putCount(gd, "num_sources", row.digits(l.numSources));
        putCount(gd, "num_articles", row.digits(l.numArticles));
        long root = row.digits(l.isRoot);
        if (root == 0 || root == 1) gd.put("is_root_event", root == 1);
        String a1 = row.str(l.a1Code), a2 = row.str(l.a2Code);
        if (!a1.isEmpty()) gd.put("actor1_code", a1);
        if (!a2.isEmpty()) gd.put("actor2_code", a2);
        gd.put("layout", l.label);
        String evidence = "GDELT " + eventCode + " (" + CAMEO_LABELS.get(eventCode) + "): Actor1 " + side(row, l.a1Name, l.a1Country)
                + "; Actor2 " + side(row, l.a2Name, l.a2Country) + "; ActionGeo " + side(row, l.geoName, l.geoCountry);

        Event e = new Event(Event.SCHEMA, null, null, kind, date, DatePrecision.DAY, actor, counterpart, place, about,
                source, evidence, null, EXTRACTOR, Map.<String, JsonNode>of("gdelt", gd)).withKeys();
        Event checked;
        try {
            checked = EventCodec.parse(EventCodec.write(e));
        } catch (InvalidEventException | RuntimeException ex) {
            skip(fs, Skip.INVALID_EVENT);
            return;
        }
        fs.mapped++;
        fs.mappedByKind.merge(kind, 1L, Long::sum);
        try {
            sink.accept(checked);
        } catch (RuntimeException ex) {
            throw new SinkException(ex);
        }
    }

    private void skip(GdeltStats.FileStats fs, String reason) {
        fs.skip(reason);
        if (listener == NO_LISTENER) return;
        String id = currentLayout == null ? "" : currentReader.row.str(currentLayout.id);
        try {
            listener.skipped(fs.file(), currentReader.lineNo, id, reason);
        } catch (RuntimeException e) {
            throw new SinkException(e);
        }
    }

    private static String side(RowReader.Row row, int nameCol, int codeCol) {
        String n = row.str(nameCol), c = row.str(codeCol);
        if (n.isEmpty() && c.isEmpty()) return "-";
        return (n.isEmpty() ? "?" : n) + " [" + (c.isEmpty() ? "-" : c) + "]";
    }

    private static void putCount(ObjectNode n, String name, long v) { if (v >= 0) n.put(name, v); }

    /** A strict day from a YYYYMMDD field (or the first 8 digits of a 14-digit YYYYMMDDHHMMSS one), or null. */
    private LocalDate day(RowReader.Row row, int col, boolean allowTime) {
        long span = row.span(col);
        int len = (int) span;
        if (len != 8 && !(allowTime && len == 14)) return null;
        int a = (int) (span >>> 32);
        int v = 0;
        for (int i = 0; i < len; i++) {
            char c = row.chars[a + i];
            if (c < '0' || c > '9') return null;
            if (i < 8) v = v * 10 + (c - '0');
        }
        if (len == 14 && !validTime(row.chars, a + 8)) return null;
        if (v == lastDayKey) return lastDay;
        LocalDate d = strictDay(v);
        if (d != null) {
            lastDayKey = v;
            lastDay = d;
        }
        return d;
    }

    private static boolean validTime(char[] c, int a) {
        int hh = (c[a] - '0') * 10 + (c[a + 1] - '0'), mm = (c[a + 2] - '0') * 10 + (c[a + 3] - '0'), ss = (c[a + 4] - '0') * 10 + (c[a + 5] - '0');
        return hh < 24 && mm < 60 && ss < 60;
    }

    /** YYYYMMDD as a real calendar day (no roll-over: 20240230 is null), or null. */
    static LocalDate strictDay(int v) {
        int y = v / 10000, m = (v / 100) % 100, d = v % 100;
        if (y < 1 || m < 1 || m > 12 || d < 1) return null;
        int max = switch (m) {
            case 2 -> java.time.Year.isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d > max ? null : LocalDate.of(y, m, d);
    }

    // ---- zip limits ------------------------------------------------------------------------------------------

    static final class ZipLimitException extends IOException {
        ZipLimitException(String m) { super(m); }
    }

    /** Wraps a sink failure so the row loop can tell it from input errors; rethrown unwrapped to the caller. */
    private static final class SinkException extends RuntimeException {
        SinkException(RuntimeException cause) { super(cause); }

        RuntimeException unwrap() { return (RuntimeException) getCause(); }
    }

    /** Counts uncompressed bytes of one entry and fails past the per-entry, total and ratio limits. */
    private final class Bounded extends FilterInputStream {
        private final long compressed;
        private final long[] total;
        private long count;

        Bounded(InputStream in, long compressed, long[] total) {
            super(in);
            this.compressed = compressed;
            this.total = total;
        }

        private void add(long n) throws ZipLimitException {
            if (n <= 0) return;
            count += n;
            total[0] += n;
            if (count > limits.maxEntryBytes())
                throw new ZipLimitException("zip bomb refused: entry over " + limits.maxEntryBytes() + " bytes uncompressed");
            if (total[0] > limits.maxTotalBytes())
                throw new ZipLimitException("zip bomb refused: zip over " + limits.maxTotalBytes() + " bytes uncompressed");
            // the ratio is judged once past 1 MiB so tiny entries with high ratios (headers) pass
            if (count > (1 << 20) && count > limits.maxRatio() * Math.max(compressed, 1))
                throw new ZipLimitException("zip bomb refused: compression ratio over " + limits.maxRatio());
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            add(s);
            return s;
        }
    }
}
