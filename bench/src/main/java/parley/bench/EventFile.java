package parley.bench;

import parley.json.Json;
import parley.model.Event;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;

/**
 * Pre-serialized records on disk (key, timestamp, value), so that neither generation nor JSON writing is inside
 * a timed phase and 1M events need no heap: the raw and pipeline phases stream the same bytes from this file.
 * Record key = event_key, timestamp = event day 00:00 UTC, value = event JSON, exactly as KafkaEventPublisher sends.
 */
public final class EventFile {
    public record Summary(Path path, long records, long keyBytes, long valueBytes, EventGenerator.Stats stats) {
        public double meanRecordBytes() { return records == 0 ? 0 : (keyBytes + valueBytes) / (double) records; }
    }

    public interface RecordSink {
        void accept(String key, long timestamp, byte[] value) throws Exception;
    }

    private EventFile() { }

    public static long timestamp(Event e) { return e.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(); }

    /** Writes {@code n} generated events (seed {@code seed}) to {@code file}; reuses an existing complete file. */
    public static Summary generate(Path file, long seed, long n, int spanDays) throws IOException {
        Path meta = file.resolveSibling(file.getFileName() + ".meta");
        if (Files.exists(file) && Files.exists(meta)) {
            String[] m = Files.readString(meta).trim().split(",");
            if (m.length == 9 && Long.parseLong(m[0]) == seed && Long.parseLong(m[1]) == n && Integer.parseInt(m[8]) == spanDays)
                return new Summary(file, n, Long.parseLong(m[2]), Long.parseLong(m[3]),
                        new EventGenerator.Stats(Long.parseLong(m[4]), Long.parseLong(m[5]), Long.parseLong(m[6]), Long.parseLong(m[7])));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        EventGenerator g = new EventGenerator(seed, n, spanDays);
        long kb = 0, vb = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
            while (g.hasNext()) {
                long[] sizes = writeRecord(out, g.next());
                kb += sizes[0];
                vb += sizes[1];
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        EventGenerator.Stats s = g.stats();
        Files.writeString(meta, seed + "," + n + "," + kb + "," + vb + "," + s.fresh() + "," + s.duplicateReports() + ","
                + s.redeliveries() + "," + s.disordered() + "," + spanDays);
        return new Summary(file, n, kb, vb, s);
    }

    /** One record: key length, key, event-time timestamp, value length, value. Returns {key bytes, value bytes}. */
    private static long[] writeRecord(DataOutputStream out, Event e) throws IOException {
        byte[] k = e.eventKey().getBytes(StandardCharsets.UTF_8);
        byte[] v = Json.bytes(e);
        out.writeInt(k.length);
        out.write(k);
        out.writeLong(timestamp(e));
        out.writeInt(v.length);
        out.write(v);
        return new long[]{k.length, v.length};
    }

    /** Writes events given in memory (e.g. a GDELT replay), in the order given. */
    public static Summary write(Path file, Iterable<Event> events) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        long n = 0, kb = 0, vb = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (Event e : events) {
                long[] sizes = writeRecord(out, e);
                n++;
                kb += sizes[0];
                vb += sizes[1];
            }
        }
        return new Summary(file, n, kb, vb, new EventGenerator.Stats(n, 0, 0, 0));
    }

    /** Streams every record of the file to {@code sink}; returns the count. */
    public static long read(Path file, RecordSink sink) throws Exception {
        long n = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            while (true) {
                int kl;
                try {
                    kl = in.readInt();
                } catch (EOFException eof) {
                    return n;
                }
                byte[] k = new byte[kl];
                in.readFully(k);
                long ts = in.readLong();
                byte[] v = new byte[in.readInt()];
                in.readFully(v);
                sink.accept(new String(k, StandardCharsets.UTF_8), ts, v);
                n++;
            }
        }
    }
}
