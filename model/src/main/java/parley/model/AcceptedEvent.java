package parley.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import parley.json.Json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event as the counts see it: the value of the accepted-events topic ({@code topic.accepted}, key
 * {@code event_key}), written by the Streams application's dedup stage once per accepted report.
 *
 * <p>The event's fields are those of its first accepted report (CONTRACT.md §1: it defines the event), with the
 * countries and roles and the pairs it counts for (§2). {@code report_ids} lists the accepted reports in the order they
 * were accepted (at most {@link #MAX_REPORT_IDS}, or {@link #MAX_REPORT_ID_CHARS} characters; {@code mentions} is
 * always the full number); {@code added} is the report this record added, absent on the first record of an event
 * (the first report is the event itself). Late reports, duplicate report ids and invalid records never appear here:
 * they are on the late topic, counted by Streams' {@code duplicate-id-total} metric, and on the dead-letter topic.
 *
 * <p>Texts (evidence, title, url, names) are cut to {@link #MAX_TEXT_CHARS} characters so that a record stays small
 * whatever the input (and within the record size limit).
 */
@JsonPropertyOrder({"event_key", "kind", "date", "date_precision", "actor", "counterpart", "place", "about", "countries",
        "pairs", "id", "evidence", "confidence", "source", "report_ids", "mentions", "added"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptedEvent(
        String eventKey,
        Kind kind,
        LocalDate date,
        DatePrecision datePrecision,
        Party actor,
        Party counterpart,
        Place place,
        List<String> about,
        Map<String, Role> countries,
        List<List<String>> pairs,
        String id,
        String evidence,
        Double confidence,
        Source source,
        List<String> reportIds,
        int mentions,
        Report added) {

    /** Report ids kept per event, and their total length; further reports still count in {@code mentions}. */
    public static final int MAX_REPORT_IDS = 1000;
    public static final int MAX_REPORT_ID_CHARS = 65_536;
    /** Longest evidence, title or url kept. */
    public static final int MAX_TEXT_CHARS = 2000;

    /** A report of the event: its id, evidence and source (texts cut like the event's). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String id, String evidence, Double confidence, Source source) {
        public static Report of(Event e) { return new Report(e.id(), cut(e.evidence()), e.confidence(), cut(e.source())); }
    }

    public AcceptedEvent {
        about = about == null ? List.of() : List.copyOf(about);
        countries = countries == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        reportIds = reportIds == null ? List.of() : List.copyOf(reportIds);
    }

    /** The record of an event's first accepted report. */
    public static AcceptedEvent first(Event e) {
        Involvement inv = Involvement.of(e);
        return new AcceptedEvent(e.eventKey(), e.kind(), e.date(), e.datePrecision(), cut(e.actor()), cut(e.counterpart()),
                cut(e.place()), e.about(), inv.countries(), inv.pairs(), e.id(), cut(e.evidence()), e.confidence(),
                cut(e.source()), List.of(e.id()), 1, null);
    }

    /** {@code Json.bytes(this)}, written without data binding (see {@link AcceptedEventWriter}). */
    public byte[] toJson() { return AcceptedEventWriter.bytes(this); }

    /** This event with one more accepted report: its id merged into {@code report_ids}, one more mention. */
    public AcceptedEvent plus(Event report) {
        List<String> ids = reportIds;
        int chars = report.id() == null ? 0 : report.id().length();
        for (String i : ids) chars += i.length();
        if (ids.size() < MAX_REPORT_IDS && chars <= MAX_REPORT_ID_CHARS) {
            ids = new ArrayList<>(reportIds);
            ids.add(report.id());
        }
        return new AcceptedEvent(eventKey, kind, date, datePrecision, actor, counterpart, place, about, countries,
                pairs, id, evidence, confidence, source, ids, mentions + 1, Report.of(report));
    }

    /**
     * {@code Json.bytes(Json.read(sofar).plus(report))} without reading the whole record: the fields before
     * {@code report_ids} are copied as they are (Jackson wrote them from this record type, so reading and writing them
     * again gives the same bytes), only the id list is read, and {@code mentions} and {@code added} are written anew.
     * A follow-up report of an event took two thirds of the dedup stage's time with the full read and write.
     * Top-level field names cannot occur inside string values (their quotes would be escaped), so the last
     * {@code ],"mentions":} ends the list and the last {@code ,"report_ids":[} before it starts it. Falls back to the
     * full read for a record of another shape.
     */
    public static byte[] plusJson(byte[] sofar, Event report) {
        // from the end: only "added" (one report) follows the list, while the whole event precedes it
        int end = lastIndexOf(sofar, MENTIONS, sofar.length);
        int ids = end < 0 ? -1 : lastIndexOf(sofar, REPORT_IDS, end);
        if (ids < 0) return Json.read(sofar, AcceptedEvent.class).plus(report).toJson();
        int mentionsAt = end + MENTIONS.length;
        int mentionsEnd = mentionsAt;
        while (mentionsEnd < sofar.length && sofar[mentionsEnd] >= '0' && sofar[mentionsEnd] <= '9') mentionsEnd++;
        int mentions = Integer.parseInt(new String(sofar, mentionsAt, mentionsEnd - mentionsAt, StandardCharsets.US_ASCII));
        int arrayStart = ids + REPORT_IDS.length - 1; // at '['
        int arrayEnd = end + 1;                       // after ']'
        long idsAndChars = idsAndChars(sofar, arrayStart, arrayEnd);
        int known = (int) (idsAndChars >>> 32);
        int chars = (int) idsAndChars + (report.id() == null ? 0 : report.id().length());
        boolean keepId = known < MAX_REPORT_IDS && chars <= MAX_REPORT_ID_CHARS;
        byte[] id = keepId ? AcceptedEventWriter.string(report.id()) : new byte[0];
        byte[] middle = ("],\"mentions\":" + (mentions + 1) + ",\"added\":").getBytes(StandardCharsets.US_ASCII);
        byte[] added = AcceptedEventWriter.bytes(Report.of(report));
        int comma = keepId && known > 0 ? 1 : 0;
        // written into one array of the exact size: no buffer growing and copying
        byte[] out = new byte[arrayEnd - 1 + comma + id.length + middle.length + added.length + 1];
        System.arraycopy(sofar, 0, out, 0, arrayEnd - 1); // up to the list's ']'
        int at = arrayEnd - 1;
        if (comma == 1) out[at++] = ',';
        System.arraycopy(id, 0, out, at, id.length);
        at += id.length;
        System.arraycopy(middle, 0, out, at, middle.length);
        at += middle.length;
        System.arraycopy(added, 0, out, at, added.length);
        out[at + added.length] = '}';
        return out;
    }

    /**
     * The number of ids in the JSON string array {@code b[from, to)} (high 32 bits) and their total length in UTF-16
     * chars (low 32 bits), as {@code String.length} counts them. Without escapes a string is its UTF-8 bytes: one char
     * per byte that does not continue a sequence, two for a four-byte sequence. With escapes, Jackson reads them.
     */
    private static long idsAndChars(byte[] b, int from, int to) {
        int quotes = 0, chars = 0;
        for (int i = from; i < to; i++) {
            byte x = b[i];
            if (x == '\\') {
                String[] ids = Json.read(Arrays.copyOfRange(b, from, to), String[].class);
                long n = 0;
                for (String id : ids) n += id.length();
                return ((long) ids.length << 32) | n;
            }
            if (x == '"') quotes++;
            else if ((quotes & 1) == 1 && (x & 0xC0) != 0x80) chars += (x & 0xF8) == 0xF0 ? 2 : 1;
        }
        return ((long) (quotes / 2) << 32) | chars;
    }

    private static final byte[] REPORT_IDS = ",\"report_ids\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MENTIONS = "],\"mentions\":".getBytes(StandardCharsets.US_ASCII);

    /** The last start of {@code x} in {@code b} that ends at or before {@code before}, or -1. */
    private static int lastIndexOf(byte[] b, byte[] x, int before) {
        outer:
        for (int i = before - x.length; i >= 0; i--) {
            for (int j = 0; j < x.length; j++) if (b[i + j] != x[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** The first report, as a {@link Report}. */
    public Report firstReport() { return new Report(id, evidence, confidence, source); }

    static String cut(String s) {
        if (s == null || s.length() <= MAX_TEXT_CHARS) return s;
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end) + "…";
    }

    static Party cut(Party p) { return p == null ? null : new Party(cut(p.name()), p.country(), cut(p.role())); }

    static Place cut(Place p) { return p == null ? null : new Place(cut(p.name()), p.country()); }

    static Source cut(Source s) {
        if (s == null) return null;
        return new Source(cut(s.id()), cut(s.title()), cut(s.url()), s.published(), cut(s.feed()));
    }
}
