package parley.producer.watch;

import parley.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The durable record of which report files were read: one JSON line per file version (path + content hash),
 * appended and synced only after that file's events were acknowledged by Kafka. A restart reads it back, so a file
 * is never published twice, and a crash between publish and record at worst re-sends events whose ids the Streams
 * application already ignores.
 */
public final class Ledger implements AutoCloseable {
    /** One line of the ledger. */
    public record Entry(String path, String sha256, long size, String status, int events, Instant at) { }

    private final Path file;
    private final Map<String, String> done = new HashMap<>();
    private final FileChannel out;

    public Ledger(Path file) {
        this.file = file;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.isBlank()) continue;
                        try {
                            Entry e = Json.read(line, Entry.class);
                            done.put(e.path(), e.sha256());
                        } catch (UncheckedIOException torn) {
                            // a line cut by a crash: its file was not recorded, so it will be read again
                        }
                    }
                }
            }
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the watch ledger " + file, e);
        }
    }

    /** True when this exact content of this path was already read. */
    public synchronized boolean seen(String path, String sha256) { return sha256.equals(done.get(path)); }

    public synchronized void record(Entry e) {
        try {
            out.write(java.nio.ByteBuffer.wrap((Json.string(e) + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(false);
            done.put(e.path(), e.sha256());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the watch ledger " + file, ex);
        }
    }

    public synchronized int size() { return done.size(); }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
