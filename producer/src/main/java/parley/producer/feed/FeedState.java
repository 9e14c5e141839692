package parley.producer.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The poller's durable state in one directory:
 * <ul>
 *   <li>{@code seen.tsv}: one line per handled item, {@code <source id> TAB <UTC day> TAB <link>}, appended and
 *       forced to disk after the item's events were flushed; a torn last line is ignored on load;</li>
 *   <li>{@code feeds.tsv}: per feed its ETag and Last-Modified validators, rewritten atomically (temp + rename);</li>
 *   <li>{@code .lock}: held while a poller uses the directory, so two pollers cannot share it.</li>
 * </ul>
 * The seen file only grows (~100 bytes an item, ≈ 4 MB a year for 100 items a day).
 */
final class FeedState implements AutoCloseable {
    record Validators(String etag, String lastModified) {
        static final Validators NONE = new Validators(null, null);
    }

    private final Path dir;
    private final Path seenFile;
    private final Path feedsFile;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Validators> validators = new TreeMap<>();
    private final FileChannel seenOut;
    private final FileChannel lockChannel;
    private final FileLock lock;

    FeedState(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            lockChannel.close();
            throw new IOException("feed state directory " + dir + " is in use by another poller");
        }
        lock = l;
        seenFile = dir.resolve("seen.tsv");
        feedsFile = dir.resolve("feeds.tsv");
        if (Files.exists(seenFile)) {
            try (BufferedReader r = Files.newBufferedReader(seenFile, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    String id = tab < 0 ? line : line.substring(0, tab);
                    if (tab > 0 && id.length() == 32 && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                        seen.add(id);
                }
            }
        }
        if (Files.exists(feedsFile)) {
            for (String line : Files.readAllLines(feedsFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) validators.put(f[0], new Validators(emptyToNull(f[1]), emptyToNull(f[2])));
            }
        }
        seenOut = FileChannel.open(seenFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        // a torn last line from a crash: start our appends on a fresh line
        if (seenOut.size() > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            try (FileChannel r = FileChannel.open(seenFile, StandardOpenOption.READ)) {
                r.read(last, r.size() - 1);
            }
            if (last.get(0) != '\n') write("\n");
        }
    }

    boolean isSeen(String sourceId) { return seen.contains(sourceId); }

    int seenCount() { return seen.size(); }

    record SeenItem(String sourceId, String day, String link) { }

    /** Records items as handled, durably (appended and forced before returning). */
    void markSeen(Collection<SeenItem> items) throws IOException {
        if (items.isEmpty()) return;
        StringBuilder b = new StringBuilder();
        for (SeenItem i : items) {
            if (!seen.add(i.sourceId())) continue;
            b.append(i.sourceId()).append('\t').append(i.day()).append('\t').append(clean(i.link())).append('\n');
        }
        write(b.toString());
    }

    private void write(String s) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) seenOut.write(buf);
        seenOut.force(false);
    }

    Validators validators(String feed) { return validators.getOrDefault(feed, Validators.NONE); }

    /** Stores a feed's validators (atomic rewrite of feeds.tsv). */
    void saveValidators(String feed, Validators v) throws IOException {
        if (v.equals(validators(feed))) return;
        validators.put(clean(feed), new Validators(v.etag() == null ? null : clean(v.etag()), v.lastModified() == null ? null : clean(v.lastModified())));
        StringBuilder b = new StringBuilder();
        validators.forEach((k, x) -> b.append(k).append('\t').append(nz(x.etag())).append('\t').append(nz(x.lastModified())).append('\n'));
        Path tmp = dir.resolve("feeds.tsv.tmp");
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) c.write(buf);
            c.force(true);
        }
        try {
            Files.move(tmp, feedsFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, feedsFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String clean(String s) { return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String emptyToNull(String s) { return s.isEmpty() ? null : s; }

    @Override
    public void close() throws IOException {
        try {
            seenOut.close();
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }
}
