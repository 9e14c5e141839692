package parley.producer.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.model.EventKeys;
import parley.producer.ingest.Ingest;
import parley.producer.publish.EventPublisher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a folder for new and changed reports (.txt, .md, .html, .jsonl) and publishes each file version once.
 * A scan at start picks up whatever arrived while the watcher was down; the OS watch service wakes it between scans
 * (with a periodic rescan as a fallback for file systems that do not notify). Files still being written (changed in
 * the last {@code settle}) wait for the next pass.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path dir;
    private final Ingest ingest;
    private final EventPublisher publisher;
    private final Ledger ledger;
    private final Duration settle;
    private final PrintStream out;
    private volatile boolean running = true;
    private volatile int unsettled;
    private WatchService watch;

    public FolderWatcher(Path dir, Ingest ingest, EventPublisher publisher, Ledger ledger, Duration settle, PrintStream out) {
        this.dir = dir;
        this.ingest = ingest;
        this.publisher = publisher;
        this.ledger = ledger;
        this.settle = settle;
        this.out = out;
    }

    /** One pass over the folder: publishes every unseen, settled file version. Returns how many files were read. */
    public int scan() throws IOException {
        List<Path> files;
        try (Stream<Path> w = Files.walk(dir)) {
            files = w.filter(Files::isRegularFile).filter(Ingest::isReport).sorted().toList();
        }
        int read = 0, waiting = 0;
        for (Path f : files) {
            if (!running) break;
            try {
                if (Files.getLastModifiedTime(f).toInstant().isAfter(Instant.now().minus(settle))) {
                    waiting++;
                    continue;
                }
                // hashed as a stream: a huge file (Ingest rejects it above 20 MB) must not be read into memory first
                long size = Files.size(f);
                java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
                try (var in = new java.security.DigestInputStream(Files.newInputStream(f), md)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                String sha = HexFormat.of().formatHex(md.digest());
                String rel = dir.relativize(f).toString();
                if (ledger.seen(rel, sha)) continue;
                Ingest.Result r = ingest.file(f);
                publisher.flush(); // only what Kafka acknowledged is recorded as done
                ledger.record(new Ledger.Entry(rel, sha, size, r.status().name(), r.events(), Instant.now()));
                out.println("  " + parley.model.Text.escapeControls(r.line()));
                read++;
            } catch (java.nio.file.NoSuchFileException gone) {
                // removed between listing and reading: nothing to do
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        unsettled = waiting;
        return read;
    }

    /** Scans, then waits for changes until {@link #close()}; rescans every {@code rescan} as a fallback. */
    public void run(Duration rescan) throws IOException, InterruptedException {
        watch = FileSystems.getDefault().newWatchService();
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path d : w.filter(Files::isDirectory).toList())
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        }
        while (running) {
            scan();
            try {
                // files still being written get another look as soon as they settle
                var key = watch.poll(unsettled > 0 ? settle.toMillis() : rescan.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    Thread.sleep(settle.toMillis()); // let writers finish before the next pass
                }
            } catch (ClosedWatchServiceException e) {
                break;
            }
        }
    }

    public Ledger ledger() { return ledger; }

    @Override
    public void close() {
        running = false;
        try {
            if (watch != null) watch.close();
        } catch (IOException e) {
            LOG.warn("closing the watch service: {}", e.toString());
        }
    }

    /** Stable id for a folder, used to name its default ledger. */
    public static String ledgerName(Path dir) { return "watch-" + EventKeys.sha256(dir.toAbsolutePath().normalize().toString()).substring(0, 12) + ".jsonl"; }
}
