package parley.streams.intake;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Keeps a record that carries bad or late input within the size a broker accepts. A record just under the broker's
 * limit, copied to the dead-letter topic with error headers, is over it, and a production failure inside an
 * exactly-once transaction stops the task on every retry: the application would be stuck on one record (issue #15).
 * So what Streams writes about an input record is cut to fit, never dropped: the value keeps its head and a SHA-256
 * of the whole, the headers say how large the original was, and the error headers give its topic, partition and
 * offset, where the whole record still is (the events topic is kept forever).
 */
public final class RecordBudget {
    /** Set when the value was cut: the original value's size in bytes. */
    public static final String HEADER_TRUNCATED = "parley.truncated.bytes";
    /** Set when the value was cut: the SHA-256 (hex) of the original value. */
    public static final String HEADER_SHA256 = "parley.original.sha256";
    /** Set when the key was cut: the original key's length in characters. */
    public static final String HEADER_KEY_TRUNCATED = "parley.truncated.key.chars";
    /** Set when the input's own headers were too large to carry along: how many were left out. */
    public static final String HEADER_HEADERS_DROPPED = "parley.dropped.headers";

    static final int MAX_KEY_CHARS = 1024;
    static final int MAX_CARRIED_HEADER_BYTES = 16 * 1024;
    static final int MAX_MESSAGE_CHARS = 2048;
    /** Kafka's own framing around key, value and headers (batch header, varints, attributes), with room to spare. */
    static final int FRAMING_BYTES = 1024;
    /** Room for the truncation headers this class may still add after {@link #room} was computed. */
    private static final int OWN_HEADER_BYTES = 160;

    private final int maxRecordBytes;

    public RecordBudget(int maxRecordBytes) { this.maxRecordBytes = maxRecordBytes; }

    /** The input's headers to carry along, or none (and a count of them) when they alone would take too much. */
    public static Headers carried(Headers original) {
        int bytes = 0, n = 0;
        for (Header h : original) {
            bytes += size(h);
            n++;
        }
        if (bytes <= MAX_CARRIED_HEADER_BYTES) return new RecordHeaders(original.toArray());
        Headers out = new RecordHeaders();
        out.add(HEADER_HEADERS_DROPPED, String.valueOf(n).getBytes(UTF_8));
        return out;
    }

    /** An error message short enough for a header. */
    public static String message(String reason) {
        return reason.length() <= MAX_MESSAGE_CHARS ? reason : cut(reason, MAX_MESSAGE_CHARS) + "…";
    }

    /** The key, cut to {@value #MAX_KEY_CHARS} characters (noted in {@code out}) when longer. */
    public static String key(String key, Headers out) {
        if (key == null || key.length() <= MAX_KEY_CHARS) return key;
        out.add(HEADER_KEY_TRUNCATED, String.valueOf(key.length()).getBytes(UTF_8));
        return cut(key, MAX_KEY_CHARS);
    }

    /** Bytes left for the value of a record with this key and these headers. */
    public int room(String key, Headers headers) {
        int used = FRAMING_BYTES + OWN_HEADER_BYTES + (key == null ? 0 : key.getBytes(UTF_8).length);
        for (Header h : headers) used += size(h);
        return Math.max(0, maxRecordBytes - used);
    }

    /** The value as it is when it fits in {@code room}, else its first {@code room} bytes, noted in {@code out}. */
    public static byte[] value(byte[] raw, int room, Headers out) {
        if (raw == null || raw.length <= room) return raw;
        out.add(HEADER_TRUNCATED, String.valueOf(raw.length).getBytes(UTF_8));
        out.add(HEADER_SHA256, sha256(raw).getBytes(UTF_8));
        return Arrays.copyOf(raw, room);
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** At most {@code max} characters, never ending in half a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static int size(Header h) {
        return h.key().getBytes(UTF_8).length + (h.value() == null ? 0 : h.value().length) + 8;
    }
}
