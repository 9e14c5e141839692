package parley.consumer;

import parley.model.EngagementRow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link EngagementRow} from the exact bytes {@code Json.bytes(row)} writes for it (the canonical form the
 * Streams side produces: compact, the contract's field order, printable-ASCII strings, whole-second UTC times), about
 * ten times faster than Jackson, which spends most of its time in {@code java.time} formatters.
 *
 * <p>Anything else returns {@code null}, and the caller reads the record with Jackson as before. So Jackson stays the
 * judge of what is readable or malformed; this reader only ever accepts input Jackson reads to an equal row, and for
 * which {@code Json.bytes} of that row gives back the same bytes. That second property is what lets the JSONL sink
 * write the accepted bytes unchanged (one line: no whitespace can be in them).
 */
final class CanonicalRowReader {
    private static final byte[] SCHEMA = "{\"schema\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COUNTRY = field("country");
    private static final byte[] PAIR = field("pair");
    private static final byte[] WINDOW_DAYS = field("window_days");
    private static final byte[] WINDOW_START = field("window_start");
    private static final byte[] WINDOW_END = field("window_end");
    private static final byte[] TOTAL = field("total");
    private static final byte[] BY_KIND = field("by_kind");
    private static final byte[] BY_ROLE = field("by_role");
    private static final byte[] MENTIONS = field("mentions");
    private static final byte[] FINAL = field("final");
    private static final byte[] UPDATED_AT = field("updated_at");
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    /** Map keys the rows always carry: shared instead of a new String per row. */
    private static final String[] KEYS = {"VISIT", "MEETING", "CALL", "STATEMENT", "outbound", "inbound", "venue", "subject"};
    private static final byte[][] KEY_BYTES = new byte[KEYS.length][];

    static {
        for (int k = 0; k < KEYS.length; k++) KEY_BYTES[k] = KEYS[k].getBytes(StandardCharsets.US_ASCII);
    }

    /** Not canonical: the caller falls back to Jackson. Preallocated, no stack trace: this is control flow. */
    private static final RuntimeException NOT_CANONICAL = new RuntimeException("not canonical", null, false, false) { };

    private final byte[] b;
    private int i;

    private CanonicalRowReader(byte[] b) { this.b = b; }

    /** The row, or null when {@code json} is not exactly what {@code Json.bytes} writes for a row. */
    static EngagementRow read(byte[] json) {
        if (json == null) return null;
        try {
            return new CanonicalRowReader(json).row();
        } catch (RuntimeException e) { // NOT_CANONICAL, or a date/time out of range, or an index past the end
            return null;
        }
    }

    private EngagementRow row() {
        need(SCHEMA);
        int schema = readInt();
        String country = at(COUNTRY) ? readString() : null;
        List<String> pair = at(PAIR) ? readStrings() : null;
        need(WINDOW_DAYS);
        int windowDays = readInt();
        LocalDate windowStart = at(WINDOW_START) ? readDate() : null;
        LocalDate windowEnd = at(WINDOW_END) ? readDate() : null;
        need(TOTAL);
        long total = readLong();
        Map<String, Long> byKind = at(BY_KIND) ? readCounts() : null;
        Map<String, Long> byRole = at(BY_ROLE) ? readCounts() : null;
        need(MENTIONS);
        long mentions = readLong();
        need(FINAL);
        boolean isFinal;
        if (at(TRUE)) isFinal = true;
        else if (at(FALSE)) isFinal = false;
        else throw NOT_CANONICAL;
        Instant updatedAt = at(UPDATED_AT) ? readInstant() : null;
        if (b[i++] != '}' || i != b.length) throw NOT_CANONICAL;
        return new EngagementRow(schema, country, pair, windowDays, windowStart, windowEnd, total, byKind, byRole,
                mentions, isFinal, updatedAt);
    }

    private static byte[] field(String name) { return (",\"" + name + "\":").getBytes(StandardCharsets.US_ASCII); }

    /** Consumes {@code s} if the input continues with it. */
    private boolean at(byte[] s) {
        if (i + s.length > b.length) return false;
        for (int k = 0; k < s.length; k++) if (b[i + k] != s[k]) return false;
        i += s.length;
        return true;
    }

    private void need(byte[] s) {
        if (!at(s)) throw NOT_CANONICAL;
    }

    private int readInt() {
        long v = readNumber(9);
        return (int) v;
    }

    private long readLong() { return readNumber(18); }

    /** A JSON integer as Jackson writes it: optional '-', no leading zero, no "-0"; at most maxDigits digits. */
    private long readNumber(int maxDigits) {
        boolean neg = b[i] == '-';
        if (neg) i++;
        int start = i;
        long v = 0;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') v = v * 10 + (b[i++] - '0');
        int digits = i - start;
        if (digits == 0 || digits > maxDigits || (b[start] == '0' && (digits > 1 || neg))) throw NOT_CANONICAL;
        return neg ? -v : v;
    }

    /** A string Jackson writes verbatim: printable ASCII, no quote or backslash (so no escapes). */
    private String readString() {
        int start = stringBody();
        return new String(b, start, i - start - 1, StandardCharsets.ISO_8859_1);
    }

    /** Checks a string at i and moves past its closing quote; returns where its content starts. */
    private int stringBody() {
        if (b[i++] != '"') throw NOT_CANONICAL;
        int start = i;
        while (true) {
            byte c = b[i++];
            if (c == '"') return start;
            if (c < 0x20 || c > 0x7e || c == '\\') throw NOT_CANONICAL;
        }
    }

    private List<String> readStrings() {
        if (b[i++] != '[') throw NOT_CANONICAL;
        List<String> out = new ArrayList<>(2);
        if (b[i] == ']') {
            i++;
            return out;
        }
        while (true) {
            out.add(readString());
            byte c = b[i++];
            if (c == ']') return out;
            if (c != ',') throw NOT_CANONICAL;
        }
    }

    private Map<String, Long> readCounts() {
        if (b[i++] != '{') throw NOT_CANONICAL;
        Map<String, Long> out = new LinkedHashMap<>();
        if (b[i] == '}') {
            i++;
            return out;
        }
        while (true) {
            int start = stringBody();
            String key = key(start, i - start - 1);
            if (b[i++] != ':') throw NOT_CANONICAL;
            if (out.put(key, readLong()) != null) throw NOT_CANONICAL; // a repeated key would not come back the same
            byte c = b[i++];
            if (c == '}') return out;
            if (c != ',') throw NOT_CANONICAL;
        }
    }

    private String key(int start, int len) {
        outer:
        for (int k = 0; k < KEY_BYTES.length; k++) {
            byte[] kb = KEY_BYTES[k];
            if (kb.length != len) continue;
            for (int j = 0; j < len; j++) if (b[start + j] != kb[j]) continue outer;
            return KEYS[k];
        }
        return new String(b, start, len, StandardCharsets.ISO_8859_1);
    }

    /** "yyyy-MM-dd" (what LocalDate writes for years 0–9999); an impossible date throws, and Jackson decides. */
    private LocalDate readDate() {
        if (b[i++] != '"') throw NOT_CANONICAL;
        LocalDate d = date();
        if (b[i++] != '"') throw NOT_CANONICAL;
        return d;
    }

    private LocalDate date() {
        int y = digits(4);
        sep('-');
        int m = digits(2);
        sep('-');
        return LocalDate.of(y, m, digits(2));
    }

    /** "yyyy-MM-ddTHH:mm:ssZ": ISO_INSTANT of a whole second (Streams truncates updated_at to seconds). */
    private Instant readInstant() {
        if (b[i++] != '"') throw NOT_CANONICAL;
        LocalDate d = date();
        sep('T');
        int h = digits(2);
        sep(':');
        int m = digits(2);
        sep(':');
        int s = digits(2);
        sep('Z');
        if (b[i++] != '"' || h > 23 || m > 59 || s > 59) throw NOT_CANONICAL;
        return Instant.ofEpochSecond(d.toEpochDay() * 86_400L + h * 3_600L + m * 60L + s);
    }

    private int digits(int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            byte c = b[i++];
            if (c < '0' || c > '9') throw NOT_CANONICAL;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private void sep(char c) {
        if (b[i++] != c) throw NOT_CANONICAL;
    }
}
