package parley.consumer.sink;

import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.kafka.common.TopicPartition;
import parley.json.Json;
import parley.model.EngagementRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every result row as it arrives, appended to a JSON-lines or CSV file (a log: the latest line per key is the
 * current value). A sidecar {@code FILE.pos} records the file length and read positions after each batch; on
 * restart the file is cut back to that length, so a crash mid-batch neither duplicates nor loses lines.
 */
public final class FileSink implements ResultSink {
    public enum Format { JSONL, CSV }

    static final String[] CSV_HEADER = {"entity_type", "country", "pair", "window_days", "window_start", "window_end", "total",
            "visit", "meeting", "call", "statement", "outbound", "inbound", "venue", "subject", "mentions", "final", "updated_at"};

    private final Path file;
    private final Path pos;
    private final Format format;
    private final FileChannel channel;
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final Map<TopicPartition, String> positionIds = new HashMap<>();
    private volatile Map<String, String> topicIds = Map.of();

    public FileSink(Path file, Format format) {
        this.file = file.toAbsolutePath();
        this.pos = this.file.resolveSibling(this.file.getFileName() + ".pos");
        this.format = format;
        try {
            Files.createDirectories(this.file.getParent());
            long length = 0;
            if (Files.exists(pos)) {
                Map<String, Object> saved = Json.MAPPER.readValue(pos.toFile(), new TypeReference<Map<String, Object>>() { });
                length = ((Number) saved.get("length")).longValue();
                @SuppressWarnings("unchecked") Map<String, Number> p = (Map<String, Number>) saved.get("positions");
                p.forEach((k, v) -> {
                    int i = k.lastIndexOf('|');
                    positions.put(new TopicPartition(k.substring(0, i), Integer.parseInt(k.substring(i + 1))), v.longValue());
                });
                @SuppressWarnings("unchecked") Map<String, String> ids = (Map<String, String>) saved.get("topic_ids");
                if (ids != null) ids.forEach((k, v) -> {
                    int i = k.lastIndexOf('|');
                    if (v != null) positionIds.put(new TopicPartition(k.substring(0, i), Integer.parseInt(k.substring(i + 1))), v);
                });
            }
            channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(length); // drop whatever a crash left after the last recorded batch
            channel.position(length);
            if (length == 0 && format == Format.CSV) append(String.join(",", CSV_HEADER) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file sink " + file, e);
        }
    }

    @Override
    public String name() { return format.name().toLowerCase() + " " + file; }

    @Override
    public Map<TopicPartition, Long> positions() { return Map.copyOf(positions); }

    @Override
    public Map<TopicPartition, String> topicIds() { return Map.copyOf(positionIds); }

    @Override
    public void useTopicIds(Map<String, String> ids) { topicIds = Map.copyOf(ids); }

    @Override
    public void write(List<RowRecord> rows, Map<TopicPartition, Long> next) {
        try {
            append(format == Format.JSONL ? jsonl(rows) : csv(rows));
            channel.force(false);
            positions.putAll(next);
            Map<String, String> ids = topicIds;
            for (TopicPartition tp : next.keySet()) {
                String id = ids.get(tp.topic());
                if (id == null) positionIds.remove(tp);
                else positionIds.put(tp, id);
            }
            Map<String, Object> saved = new LinkedHashMap<>();
            saved.put("length", channel.position());
            Map<String, Long> p = new LinkedHashMap<>();
            positions.forEach((tp, o) -> p.put(tp.topic() + "|" + tp.partition(), o));
            saved.put("positions", p);
            Map<String, String> pi = new LinkedHashMap<>();
            positionIds.forEach((tp, id) -> pi.put(tp.topic() + "|" + tp.partition(), id));
            saved.put("topic_ids", pi);
            Path tmp = pos.resolveSibling(pos.getFileName() + ".tmp");
            Files.write(tmp, Json.bytes(saved));
            Files.move(tmp, pos, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file + " failed", e);
        }
    }

    /** One line per row: the record's own bytes when they are the row's JSON (RowRecord.json), else the row serialized. */
    private static byte[] jsonl(List<RowRecord> rows) {
        int size = 0;
        for (RowRecord r : rows) size += r.json() != null ? r.json().length + 1 : 256;
        Bytes out = new Bytes(size);
        for (RowRecord r : rows) {
            out.add(r.json() != null ? r.json() : Json.string(r.row()).getBytes(StandardCharsets.UTF_8));
            out.add((byte) '\n');
        }
        return out.toArray();
    }

    private byte[] csv(List<RowRecord> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 80);
        for (RowRecord r : rows) {
            csv(b, r.row());
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void append(String s) throws IOException { append(s.getBytes(StandardCharsets.UTF_8)); }

    private void append(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) channel.write(buf);
    }

    /** A growable byte array without ByteArrayOutputStream's synchronization. */
    private static final class Bytes {
        private byte[] a;
        private int n;

        Bytes(int size) { a = new byte[Math.max(size, 16)]; }

        void add(byte[] x) {
            if (n + x.length > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, n + x.length));
            System.arraycopy(x, 0, a, n, x.length);
            n += x.length;
        }

        void add(byte x) {
            if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[n++] = x;
        }

        byte[] toArray() { return n == a.length ? a : Arrays.copyOf(a, n); }
    }

    static String csv(EngagementRow r) {
        StringBuilder b = new StringBuilder(96);
        csv(b, r);
        return b.toString();
    }

    /** One CSV line (no line end) in CSV_HEADER's columns, each value as {@link #cell(String)} makes it. */
    static void csv(StringBuilder b, EngagementRow r) {
        b.append(r.isPair() ? "pair" : "country").append(',');
        if (r.country() != null) cell(b, r.country());
        b.append(',');
        if (r.isPair()) cell(b, String.join("|", r.pair()));
        b.append(',').append(r.windowDays()).append(','); // numbers: never quoted, a minus sign stays a number
        cell(b, String.valueOf(r.windowStart()));
        b.append(',');
        cell(b, String.valueOf(r.windowEnd()));
        b.append(',').append(r.total());
        n(b, r.byKind(), "VISIT");
        n(b, r.byKind(), "MEETING");
        n(b, r.byKind(), "CALL");
        n(b, r.byKind(), "STATEMENT");
        n(b, r.byRole(), "outbound");
        n(b, r.byRole(), "inbound");
        n(b, r.byRole(), "venue");
        n(b, r.byRole(), "subject");
        b.append(',').append(r.mentions()).append(',').append(r.isFinal()).append(',');
        if (r.updatedAt() != null) cell(b, r.updatedAt().toString());
    }

    /** ",count" (0 when the key is absent), or "," alone when the map is. */
    private static void n(StringBuilder b, Map<String, Long> m, String k) {
        b.append(',');
        if (m != null) b.append(m.getOrDefault(k, 0L)); // a null value prints "null", as String.valueOf did
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * A CSV cell, quoted when needed; a value a spreadsheet would run as a formula (starting with = + - @, tab or CR)
     * is prefixed with ' so it stays text.
     */
    public static String cell(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 3);
        cell(b, s);
        return b.toString();
    }

    private static void cell(StringBuilder b, String s) {
        boolean formula = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches();
        boolean quote = false;
        for (int k = 0; k < s.length() && !quote; k++) {
            char c = s.charAt(k);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            if (formula) b.append('\'');
            b.append(s);
            return;
        }
        b.append('"');
        if (formula) b.append('\'');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') b.append('"');
            b.append(c);
        }
        b.append('"');
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
