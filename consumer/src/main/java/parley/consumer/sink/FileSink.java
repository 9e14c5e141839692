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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public void write(List<RowRecord> rows, Map<TopicPartition, Long> next) {
        StringBuilder b = new StringBuilder(rows.size() * 200);
        for (RowRecord r : rows) b.append(format == Format.JSONL ? Json.string(r.row()) : csv(r.row())).append('\n');
        try {
            append(b.toString());
            channel.force(false);
            positions.putAll(next);
            Map<String, Object> saved = new LinkedHashMap<>();
            saved.put("length", channel.position());
            Map<String, Long> p = new LinkedHashMap<>();
            positions.forEach((tp, o) -> p.put(tp.topic() + "|" + tp.partition(), o));
            saved.put("positions", p);
            Path tmp = pos.resolveSibling(pos.getFileName() + ".tmp");
            Files.write(tmp, Json.bytes(saved));
            Files.move(tmp, pos, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file + " failed", e);
        }
    }

    private void append(String s) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) channel.write(buf);
    }

    static String csv(EngagementRow r) {
        String[] v = {r.isPair() ? "pair" : "country", r.country() == null ? "" : r.country(),
                r.isPair() ? String.join("|", r.pair()) : "", String.valueOf(r.windowDays()), String.valueOf(r.windowStart()),
                String.valueOf(r.windowEnd()), String.valueOf(r.total()),
                n(r.byKind(), "VISIT"), n(r.byKind(), "MEETING"), n(r.byKind(), "CALL"), n(r.byKind(), "STATEMENT"),
                n(r.byRole(), "outbound"), n(r.byRole(), "inbound"), n(r.byRole(), "venue"), n(r.byRole(), "subject"),
                String.valueOf(r.mentions()), String.valueOf(r.isFinal()), r.updatedAt() == null ? "" : r.updatedAt().toString()};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) b.append(',');
            b.append(cell(v[i]));
        }
        return b.toString();
    }

    private static String n(Map<String, Long> m, String k) { return m == null ? "" : String.valueOf(m.getOrDefault(k, 0L)); }

    /**
     * A CSV cell, quoted when needed; a value a spreadsheet would run as a formula (starting with = + - @, tab or CR)
     * is prefixed with ' so it stays text.
     */
    public static String cell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
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
