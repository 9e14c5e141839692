package parley.consumer.sink;

import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.model.EngagementRow;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The result table as two files beside the configured name (README, "Result files"); for {@code results.csv}:
 * <ul>
 *   <li>{@code results.final.csv}: every final row once, appended in the order rows became final (they never change,
 *       so the file is never rewritten);</li>
 *   <li>{@code results.live.csv}: the current value of every row that is not final yet, and nothing else: replaced
 *       as a whole (a temporary file renamed over it) at each checkpoint, so a reader sees one complete version. Its
 *       size is bounded by the rows not yet final, not by history.</li>
 * </ul>
 * The current table is the final rows plus the live rows. A row leaves the live file when its final row arrives; the
 * live rows are those after the latest final day ({@code window_end} &gt; the latest {@code window_end} of a final
 * row), so a live change that a consumer reads after the row's final one (the two topics are read side by side) is
 * not taken back in. A key can be in both files only between a final row's append and the next checkpoint: the final
 * row wins.
 *
 * <p>The live rows' lines are not kept on the heap: those unchanged since the last checkpoint are read from the live
 * file, the changes since from {@code results.live.csv.journal} (appended, emptied at each checkpoint, deleted on
 * close); the heap holds each row's key and place, about 150 bytes a row.
 *
 * <p>A checkpoint makes the final file durable, replaces the live file, then records in {@code results.final.csv.pos}
 * the final file's length, the latest final day and the read positions (with the topic ids). It runs at most every
 * second and at most a tenth of the time (so a large live file is not rewritten on every batch of a backfill), when
 * the consumer is idle ({@link #flush}) and on close. After a crash (kill -9) the final file is cut back to the
 * recorded length, the live rows are read back from the live file, and reading resumes at the recorded positions: the
 * rows since the checkpoint are applied again, which leaves what applying them once left, so no final row is lost or
 * written twice. After a start over (the topics are not those the positions were read from: a new broker, a topic
 * deleted and created again) the earlier files are moved aside and both are written afresh from the topics.
 */
public final class FileSink implements ResultSink {
    private static final Logger LOG = LoggerFactory.getLogger(FileSink.class);

    public enum Format { JSONL, CSV }

    static final String[] CSV_HEADER = {"entity_type", "country", "pair", "window_days", "window_start", "window_end", "total",
            "visit", "meeting", "call", "statement", "outbound", "inbound", "venue", "subject", "mentions", "final", "updated_at"};
    private static final byte[] CSV_HEADER_LINE = (String.join(",", CSV_HEADER) + "\n").getBytes(StandardCharsets.UTF_8);
    /** A checkpoint at most this often... */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    /** ... and at most 1/COST_SHARE of the time: the next one waits COST_SHARE times as long as the last one took. */
    static final int COST_SHARE = 10;
    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final int UNKNOWN_DAY = Integer.MAX_VALUE; // a live row without a window end: never pruned

    /**
     * A live row: its window end (epoch day) and where its line (no line end) is: at {@code at} in the live file when
     * {@code at} &ge; 0, else at {@code -at - 1} in the journal of changes since the last checkpoint. The lines stay
     * on disk (in the page cache, mostly): a row costs the heap about 150 bytes, not its line's 100-250 more.
     */
    private record Live(int end, long at, int length) { }

    private final Path base;
    private final Path finalFile;
    private final Path liveFile;
    private final Path pos;
    private final Path journalFile;
    private final Format format;
    private final long minIntervalNanos;
    private FileChannel channel;
    /** The live file of the last checkpoint, for reading the lines of live rows that did not change since. */
    private FileChannel snapshot;
    /** The lines of live changes since the last checkpoint, appended; emptied at each checkpoint. */
    private FileChannel journal;
    private long journalEnd;
    private final LinkedHashMap<String, Live> live = new LinkedHashMap<>();
    /** The latest window end (epoch day) of a final row applied; NO_DAY before the first. */
    private int finalDay = NO_DAY;
    /** The keys of the final rows of that day. */
    private final Set<String> finalDayKeys = new HashSet<>();
    /** The final topic has one partition: its rows come in window-end order (one Streams task writes them). */
    private volatile boolean onePartition;
    private long repeatedFinalRows;
    private boolean prune;
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final Map<TopicPartition, String> positionIds = new HashMap<>();
    private volatile Map<String, String> topicIds = Map.of();
    private boolean dirty;
    private long checkpointAt;
    private long checkpointCost;
    private long staleLiveRows;

    /** {@code file} is the configured name (sink.csv, sink.jsonl): the files are {@link #finalFile} and {@link #liveFile} of it. */
    public FileSink(Path file, Format format) { this(file, format, MIN_INTERVAL); }

    /** With another least interval between checkpoints (tests: zero makes one at every batch, whatever they cost). */
    FileSink(Path file, Format format, Duration minInterval) {
        this.base = file.toAbsolutePath();
        this.finalFile = finalFile(base);
        this.liveFile = liveFile(base);
        this.pos = finalFile.resolveSibling(finalFile.getFileName() + ".pos");
        this.journalFile = liveFile.resolveSibling(liveFile.getFileName() + ".journal");
        this.format = format;
        this.minIntervalNanos = minInterval.toNanos();
        this.checkpointAt = System.nanoTime() - minIntervalNanos;
        try {
            Files.createDirectories(base.getParent());
            if (Files.exists(base) && !Files.exists(pos))
                LOG.info("{} is a change log written by an earlier parley (every live change appended); results now go to {} "
                        + "(final rows) and {} (rows not final yet), see the README; {} is left as it is", base, finalFile, liveFile, base);
            open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the file sink " + file, e);
        }
    }

    /** The file of final rows for the configured name: {@code results.csv} → {@code results.final.csv}. */
    public static Path finalFile(Path file) { return sibling(file, "final"); }

    /** The file of rows not final yet for the configured name: {@code results.csv} → {@code results.live.csv}. */
    public static Path liveFile(Path file) { return sibling(file, "live"); }

    private static Path sibling(Path file, String part) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + "." + part + ext);
    }

    /** Restores the last checkpoint, or starts both files when there is none (or it does not fit the files). */
    private void open() throws IOException {
        long length = 0;
        boolean restored = false;
        if (Files.exists(pos)) {
            Map<String, Object> saved = Json.MAPPER.readValue(pos.toFile(), new TypeReference<Map<String, Object>>() { });
            length = ((Number) saved.get("length")).longValue();
            long size = Files.exists(finalFile) ? Files.size(finalFile) : -1;
            if (size < length || !Files.exists(liveFile)) {
                LOG.warn("{}: {} does not match its checkpoint {} ({}): both files start over from the topics", name(),
                        size < length ? finalFile : liveFile, pos, size < length ? "shorter than the " + length + " bytes recorded" : "missing");
                moveAside();
            } else {
                Object day = saved.get("final_day");
                finalDay = day == null ? NO_DAY : (int) LocalDate.parse(day.toString()).toEpochDay();
                @SuppressWarnings("unchecked") Map<String, Number> p = (Map<String, Number>) saved.get("positions");
                p.forEach((k, v) -> positions.put(partition(k), v.longValue()));
                @SuppressWarnings("unchecked") Map<String, String> ids = (Map<String, String>) saved.get("topic_ids");
                if (ids != null) ids.forEach((k, v) -> { if (v != null) positionIds.put(partition(k), v); });
                readLive();
                snapshot = FileChannel.open(liveFile, StandardOpenOption.READ);
                readFinalDay(length);
                restored = true;
            }
        }
        if (!restored) length = 0;
        journal = FileChannel.open(journalFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); // the live rows are those of the checkpoint's live file
        journalEnd = 0;
        channel = FileChannel.open(finalFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(length); // drop whatever a crash left after the last checkpoint
        channel.position(length);
        if (length == 0 && format == Format.CSV) append(CSV_HEADER_LINE);
        if (!restored) checkpoint(); // both files and the checkpoint exist from now on
    }

    private static TopicPartition partition(String k) {
        int i = k.lastIndexOf('|');
        return new TopicPartition(k.substring(0, i), Integer.parseInt(k.substring(i + 1)));
    }

    /** The live rows of the last checkpoint, from the live file. */
    private void readLive() throws IOException {
        byte[] all = Files.readAllBytes(liveFile); // small: the rows not final yet
        int start = 0;
        boolean header = format == Format.CSV;
        for (int i = 0; i < all.length; i++) {
            if (all[i] != '\n') continue;
            int at = start;
            int length = i - start;
            start = i + 1;
            if (header) {
                header = false;
                continue;
            }
            if (length == 0) continue;
            if (format == Format.JSONL) {
                EngagementRow r = Json.MAPPER.readValue(all, at, length, EngagementRow.class);
                live.put(r.rowKey(), new Live(day(r), at, length));
            } else {
                String[] cells = csvKeyCells(new String(all, at, length, StandardCharsets.UTF_8));
                int end;
                try {
                    end = (int) LocalDate.parse(cells[1]).toEpochDay();
                } catch (RuntimeException e) {
                    end = UNKNOWN_DAY;
                }
                live.put(cells[0], new Live(end, at, length));
            }
        }
    }

    /** The keys of the final rows of the latest final day: the file's last lines, read from its end. */
    private void readFinalDay(long length) throws IOException {
        if (finalDay == NO_DAY) return;
        try (FileChannel ch = FileChannel.open(finalFile, StandardOpenOption.READ)) {
            long at = length;
            byte[] rest = new byte[0]; // the start of the line the last chunk began in
            while (at > 0) {
                int n = (int) Math.min(1 << 16, at);
                at -= n;
                ByteBuffer buf = ByteBuffer.allocate(n + rest.length);
                buf.limit(n);
                while (buf.hasRemaining()) if (ch.read(buf, at + buf.position()) < 0) throw new IOException("short read of " + finalFile);
                buf.limit(buf.capacity());
                buf.put(rest);
                byte[] a = buf.array();
                int lineEnd = a.length;
                for (int i = a.length - 1; i >= -1; i--) {
                    if (i >= 0 && a[i] != '\n') continue;
                    if (i < 0 && at > 0) break; // the line goes on in the chunk before
                    if (lineEnd > i + 1) {
                        String line = new String(a, i + 1, lineEnd - i - 1, StandardCharsets.UTF_8);
                        if (format == Format.CSV && line.equals(String.join(",", CSV_HEADER))) return;
                        String key;
                        int end;
                        if (format == Format.JSONL) {
                            EngagementRow r = Json.MAPPER.readValue(line, EngagementRow.class);
                            key = r.rowKey();
                            end = day(r);
                        } else {
                            String[] cells = csvKeyCells(line);
                            key = cells[0];
                            try {
                                end = (int) LocalDate.parse(cells[1]).toEpochDay();
                            } catch (RuntimeException e) {
                                end = UNKNOWN_DAY;
                            }
                        }
                        if (end == finalDay) finalDayKeys.add(key);
                        else if (end != UNKNOWN_DAY && end < finalDay) return; // before the day: the day's rows are all read
                    }
                    lineEnd = i;
                }
                rest = Arrays.copyOf(a, Math.max(lineEnd, 0));
            }
        }
    }

    private static int day(EngagementRow r) { return r.windowEnd() == null ? UNKNOWN_DAY : (int) r.windowEnd().toEpochDay(); }

    @Override
    public String name() { return format.name().toLowerCase() + " " + finalFile + " + " + liveFile.getFileName(); }

    @Override
    public Map<TopicPartition, Long> positions() { return Map.copyOf(positions); }

    @Override
    public Map<TopicPartition, String> topicIds() { return Map.copyOf(positionIds); }

    @Override
    public void useTopicIds(Map<String, String> ids) { topicIds = Map.copyOf(ids); }

    /**
     * With one partition, final rows come in window-end order, so a final row before the latest final day, or of that
     * day and already written, is one written again by Streams (an application reset, or at_least_once after a crash):
     * it is not appended twice. With several partitions, Streams tasks that lag others write earlier days later, so
     * every final row is appended.
     */
    @Override
    public void partitionCounts(Map<String, Integer> counts) {
        onePartition = !counts.isEmpty() && counts.values().stream().allMatch(n -> n == 1);
    }

    /**
     * Some stored positions do not belong to the topics being read (a start over): they would be read again from
     * the start, and an append-only file would get their final rows twice. The files are moved aside and written
     * afresh from the topics, as a fresh sink would.
     */
    @Override
    public void startOver(Collection<TopicPartition> distrusted) {
        LOG.warn("{}: the positions stored for {} are not those of the topics being read (a start over): the files start over too",
                name(), distrusted);
        try {
            channel.close();
            moveAside();
            open();
        } catch (IOException e) {
            throw new UncheckedIOException("starting " + finalFile + " over failed", e);
        }
    }

    /** Moves the final and live files aside (kept, with the time in their names) and forgets their state. */
    private void moveAside() throws IOException {
        closeLive();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        long empty = format == Format.CSV ? CSV_HEADER_LINE.length : 0;
        for (Path f : List.of(finalFile, liveFile)) {
            if (!Files.exists(f)) continue;
            if (Files.size(f) <= empty) { // no rows: nothing to keep
                Files.delete(f);
                continue;
            }
            Path aside = sibling(f, "before-" + stamp);
            for (int i = 2; Files.exists(aside); i++) aside = sibling(f, "before-" + stamp + "-" + i);
            Files.move(f, aside);
            LOG.warn("{}: {} kept as {}", name(), f, aside);
        }
        Files.deleteIfExists(pos);
        live.clear();
        finalDay = NO_DAY;
        finalDayKeys.clear();
        prune = false;
        positions.clear();
        positionIds.clear();
    }

    @Override
    public void write(List<RowRecord> rows, Map<TopicPartition, Long> next) {
        try {
            Bytes finals = new Bytes(256);
            Bytes changes = new Bytes(256);
            long journalAt = journalEnd;
            for (RowRecord r : rows) apply(r, finals, changes);
            append(finals.toArray());
            ByteBuffer buf = ByteBuffer.wrap(changes.array(), 0, changes.size());
            while (buf.hasRemaining()) journalAt += journal.write(buf, journalAt);
            positions.putAll(next);
            Map<String, String> ids = topicIds;
            for (TopicPartition tp : next.keySet()) {
                String id = ids.get(tp.topic());
                if (id == null) positionIds.remove(tp);
                else positionIds.put(tp, id);
            }
            dirty = true;
            if (due()) checkpoint();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + finalFile + " failed", e);
        }
    }

    /** A final row: appended (to {@code finals}), out of the live rows. A live row: the new value of its key, unless it is at or before the latest final day. */
    private void apply(RowRecord r, Bytes finals, Bytes changes) {
        EngagementRow row = r.row();
        int end = day(row);
        if (!row.isFinal() && end != UNKNOWN_DAY && end <= finalDay) {
            staleLiveRows++; // its final row is written, or committed and on its way (all rows of a day become final together)
            return;
        }
        String key;
        byte[] line;
        if (format == Format.CSV) {
            String s = csv(row);
            key = csvKeyCells(s)[0];
            line = s.getBytes(StandardCharsets.UTF_8);
        } else {
            key = row.rowKey();
            line = r.json() != null ? r.json() : Json.string(row).getBytes(StandardCharsets.UTF_8);
        }
        if (row.isFinal()) {
            if (onePartition && end != UNKNOWN_DAY && finalDay != NO_DAY && (end < finalDay || end == finalDay && finalDayKeys.contains(key))) {
                if (repeatedFinalRows++ == 0)
                    LOG.warn("{}: final rows already written arrive again ({} at {}: Streams wrote them again, after an application "
                            + "reset or, under at_least_once, a crash); they are not appended twice", name(), row.rowKey(), r.partition());
                return;
            }
            // its live row goes at the next checkpoint, with every live row up to the final day (one hash removal per
            // final row was a tenth of a sink's thread)
            if (end == UNKNOWN_DAY) live.remove(key);
            finals.add(line);
            finals.add((byte) '\n');
            if (end != UNKNOWN_DAY && end > finalDay) {
                finalDay = end;
                finalDayKeys.clear();
                prune = true;
            }
            if (end != UNKNOWN_DAY && end == finalDay) finalDayKeys.add(key);
        } else {
            live.put(key, new Live(end, -journalEnd - 1, line.length));
            changes.add(line);
            journalEnd += line.length;
        }
    }

    /**
     * The key of a CSV line (the raw text of its entity_type, country, pair, window_days and window_end cells, quotes
     * kept: the same for a line just written and one read back) and the raw window_end cell.
     */
    static String[] csvKeyCells(String line) {
        int[] ends = new int[6];
        int cell = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length() && cell < 6; i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) ends[cell++] = i;
        }
        while (cell < 6) ends[cell++] = line.length(); // a short line: missing cells are empty
        String endCell = line.substring(Math.min(ends[4] + 1, line.length()), ends[5]);
        return new String[]{line.substring(0, ends[3]) + "," + endCell, endCell};
    }

    private boolean due() {
        if (minIntervalNanos == 0) return true; // tests: at every batch
        long since = System.nanoTime() - checkpointAt;
        return since >= minIntervalNanos && since >= COST_SHARE * checkpointCost;
    }

    /** Called when the consumer is idle: a checkpoint, if anything changed since the last and one is due. */
    @Override
    public void flush() {
        if (dirty && due()) {
            try {
                checkpoint();
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + liveFile + " failed", e);
            }
        }
    }

    /** The final file made durable, the live file replaced, then the state that matches both recorded. */
    private void checkpoint() throws IOException {
        long t0 = System.nanoTime();
        channel.force(false);
        if (prune) {
            int day = finalDay;
            live.values().removeIf(l -> l.end() <= day);
            prune = false;
        }
        Path tmp = liveFile.resolveSibling(liveFile.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            long at = 0;
            if (format == Format.CSV) {
                out.write(CSV_HEADER_LINE);
                at = CSV_HEADER_LINE.length;
            }
            byte[] line = new byte[512];
            for (Map.Entry<String, Live> e : live.entrySet()) {
                Live l = e.getValue();
                if (line.length < l.length()) line = new byte[Math.max(l.length(), line.length * 2)];
                ByteBuffer buf = ByteBuffer.wrap(line, 0, l.length());
                FileChannel from = l.at() >= 0 ? snapshot : journal;
                long fromAt = l.at() >= 0 ? l.at() : -l.at() - 1;
                while (buf.hasRemaining())
                    if (from.read(buf, fromAt + buf.position()) < 0) throw new IOException("a live row's line is missing from " + (l.at() >= 0 ? liveFile : journalFile));
                out.write(line, 0, l.length());
                out.write('\n');
                e.setValue(new Live(l.end(), at, l.length()));
                at += l.length() + 1;
            }
            out.flush();
            ch.force(false);
        }
        Files.move(tmp, liveFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (snapshot != null) snapshot.close();
        snapshot = FileChannel.open(liveFile, StandardOpenOption.READ);
        journal.truncate(0);
        journalEnd = 0;
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("length", channel.position());
        saved.put("final_day", finalDay == NO_DAY ? null : LocalDate.ofEpochDay(finalDay).toString());
        saved.put("live_rows", live.size());
        Map<String, Long> p = new LinkedHashMap<>();
        positions.forEach((tp, o) -> p.put(tp.topic() + "|" + tp.partition(), o));
        saved.put("positions", p);
        Map<String, String> pi = new LinkedHashMap<>();
        positionIds.forEach((tp, id) -> pi.put(tp.topic() + "|" + tp.partition(), id));
        saved.put("topic_ids", pi);
        Path ptmp = pos.resolveSibling(pos.getFileName() + ".tmp");
        Files.write(ptmp, Json.bytes(saved));
        Files.move(ptmp, pos, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
        checkpointAt = System.nanoTime();
        checkpointCost = checkpointAt - t0;
    }

    /** A checkpoint now, due or not (tests). */
    void checkpointNow() {
        try {
            checkpoint();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows not final yet, as held now (the live file has them as of the last checkpoint). */
    int liveRows() { return live.size(); }

    /** Final rows not appended because they were already (one partition only). */
    long repeatedFinalRows() { return repeatedFinalRows; }

    /** Live changes dropped because their row's day was already final. */
    long staleLiveRows() { return staleLiveRows; }

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

        byte[] array() { return a; }

        int size() { return n; }
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

    /** A last checkpoint, so the live file holds every change read. */
    @Override
    public void close() {
        try {
            if (dirty && channel.isOpen()) checkpoint();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + liveFile + " failed", e);
        } finally {
            try {
                channel.close();
                closeLive();
                Files.deleteIfExists(journalFile); // empty after the last checkpoint
            } catch (IOException e) {
                LOG.warn("{}: closing failed: {}", name(), e.toString());
            }
        }
    }

    private void closeLive() throws IOException {
        if (snapshot != null) snapshot.close();
        snapshot = null;
        if (journal != null) journal.close();
    }
}
