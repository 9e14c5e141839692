package parley.producer.gdelt;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads delimited lines into one reused {@link Row} without regular expressions or per-field allocation: a line is
 * located in a reused char buffer and split into (start, end) offsets. Tab-separated lines are split in place;
 * comma-separated lines (RFC 4180 quoting, {@code ""} escapes) are unquoted into a reused scratch buffer.
 * Lines longer than {@code maxLine} chars are skipped to their end and reported as {@link Row#tooLong}.
 * Quoted fields spanning lines are not supported (GDELT never has them): such a row is {@link Row#broken}.
 */
final class RowReader {
    static final int MAX_FIELDS = 72;

    private final Reader in;
    private final int maxLine;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private char[] scratch = new char[1024];
    final Row row = new Row();
    /** 1-based number of the current line. */
    long lineNo;

    RowReader(Reader in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** One split line. Field i is chars[start[i], end[i]); fields past MAX_FIELDS are counted, not stored. */
    static final class Row {
        char[] chars;
        final int[] start = new int[MAX_FIELDS];
        final int[] end = new int[MAX_FIELDS];
        int n;
        boolean tooLong;
        boolean broken;
        /** Comma re-exports from R write missing values as a bare NA: read them as empty. */
        boolean naIsEmpty;
        /** The raw line, for error messages only. */
        int lineStart;
        int lineEnd;

        private int s(int i) {
            int a = start[i], b = end[i];
            while (a < b && chars[a] <= ' ') a++;
            return a;
        }

        private int e(int i, int a) {
            int b = end[i];
            while (b > a && chars[b - 1] <= ' ') b--;
            return b;
        }

        private boolean isNa(int a, int b) { return naIsEmpty && b - a == 2 && chars[a] == 'N' && chars[a + 1] == 'A'; }

        /** Trimmed field text; "" for a missing index, an empty field or NA. */
        String str(int i) {
            if (i < 0 || i >= n || i >= MAX_FIELDS) return "";
            int a = s(i), b = e(i, a);
            if (a == b || isNa(a, b)) return "";
            return new String(chars, a, b - a);
        }

        /** Trimmed field text or null when empty. */
        String strOrNull(int i) {
            String s = str(i);
            return s.isEmpty() ? null : s;
        }

        /** The trimmed field as a 3-letter upper-case code packed into an int (for allocation-free lookups), or -1. */
        int code3(int i) {
            if (i < 0 || i >= n || i >= MAX_FIELDS) return -1;
            int a = s(i), b = e(i, a);
            if (b - a != 3) return -1;
            return (chars[a] << 16) ^ (chars[a + 1] << 8) ^ chars[a + 2];
        }

        /** The trimmed field as a non-negative decimal integer (up to 18 digits), or -1. */
        long digits(int i) {
            if (i < 0 || i >= n || i >= MAX_FIELDS) return -1;
            int a = s(i), b = e(i, a);
            if (a == b || b - a > 18) return -1;
            long v = 0;
            for (int k = a; k < b; k++) {
                char c = chars[k];
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }

        /** Start and length of the trimmed field, packed as start << 32 | length; length 0 when empty. */
        long span(int i) {
            if (i < 0 || i >= n || i >= MAX_FIELDS) return 0;
            int a = s(i), b = e(i, a);
            return ((long) a << 32) | (b - a);
        }
    }

    /** Next raw line into the buffer; returns false at end of input. Sets row.tooLong for an over-long line. */
    private boolean nextLine() throws IOException {
        row.tooLong = false;
        int scan = pos;
        while (true) {
            for (int i = scan; i < limit; i++) {
                if (buf[i] == '\n') {
                    row.lineStart = pos;
                    row.lineEnd = (i > pos && buf[i - 1] == '\r') ? i - 1 : i;
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    row.lineStart = pos;
                    row.lineEnd = (buf[limit - 1] == '\r') ? limit - 1 : limit;
                    pos = limit;
                    return true;
                }
                return false;
            }
            // No newline in [pos, limit): make room and read more.
            int have = limit - pos;
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, have);
                pos = 0;
                limit = have;
            }
            if (limit == buf.length) {
                if (buf.length < maxLine) {
                    char[] bigger = new char[Math.min(buf.length * 2, Math.max(maxLine, buf.length))];
                    System.arraycopy(buf, 0, bigger, 0, limit);
                    buf = bigger;
                } else {
                    skipRestOfLine();
                    row.tooLong = true;
                    row.lineStart = row.lineEnd = 0;
                    return true;
                }
            }
            scan = limit;
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) eof = true;
            else limit += r;
        }
    }

    private void skipRestOfLine() throws IOException {
        pos = limit = 0;
        while (true) {
            int r = in.read(buf, 0, buf.length);
            if (r < 0) {
                eof = true;
                return;
            }
            for (int i = 0; i < r; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    limit = r;
                    return;
                }
            }
        }
    }

    /** Reads and splits the next line; false at end of input. Blank lines are returned with n == 0. */
    boolean next(char delimiter) throws IOException {
        if (!nextRaw()) return false;
        split(delimiter);
        return true;
    }

    /** Reads the next line without splitting it (see {@link #split}); false at end of input. */
    boolean nextRaw() throws IOException {
        if (!nextLine()) return false;
        lineNo++;
        row.broken = false;
        row.n = 0;
        row.chars = buf;
        return true;
    }

    /** Splits the current line on {@code delimiter} (tab: in place; other: with RFC 4180 quotes). */
    void split(char delimiter) {
        row.n = 0;
        if (row.tooLong) return;
        int a = row.lineStart, b = row.lineEnd;
        if (a == b) return;
        if (delimiter == '\t') splitPlain(a, b);
        else splitQuoted(a, b, delimiter);
    }

    /** Whether the current raw line contains {@code c}. */
    boolean rawContains(char c) {
        for (int i = row.lineStart; i < row.lineEnd; i++) if (buf[i] == c) return true;
        return false;
    }

    /** Whether the current raw line is blank (empty or whitespace only). */
    boolean rawBlank() {
        if (row.tooLong) return false;
        for (int i = row.lineStart; i < row.lineEnd; i++) if (buf[i] > ' ') return false;
        return true;
    }

    private void splitPlain(int a, int b) {
        Row r = row;
        r.chars = buf;
        int n = 0, fs = a;
        for (int i = a; i < b; i++) {
            if (buf[i] == '\t') {
                if (n < MAX_FIELDS) { r.start[n] = fs; r.end[n] = i; }
                n++;
                fs = i + 1;
            }
        }
        if (n < MAX_FIELDS) { r.start[n] = fs; r.end[n] = b; }
        r.n = n + 1;
    }

    private void splitQuoted(int a, int b, char delim) {
        Row r = row;
        if (scratch.length < b - a) scratch = new char[Math.max(b - a, scratch.length * 2)];
        char[] out = scratch;
        r.chars = out;
        int n = 0, o = 0, i = a;
        while (true) {
            int fs = o;
            if (i < b && buf[i] == '"') {
                i++;
                boolean closed = false;
                while (i < b) {
                    char c = buf[i++];
                    if (c == '"') {
                        if (i < b && buf[i] == '"') { out[o++] = '"'; i++; }
                        else { closed = true; break; }
                    } else out[o++] = c;
                }
                if (!closed) r.broken = true;
                while (i < b && buf[i] != delim) out[o++] = buf[i++]; // text after a closing quote: keep, leniently
            } else {
                while (i < b && buf[i] != delim) out[o++] = buf[i++];
            }
            if (n < MAX_FIELDS) { r.start[n] = fs; r.end[n] = o; }
            n++;
            if (i >= b) break;
            i++; // the delimiter
            if (i == b) { // trailing delimiter: one more empty field
                if (n < MAX_FIELDS) { r.start[n] = o; r.end[n] = o; }
                n++;
                break;
            }
        }
        r.n = n;
    }
}
