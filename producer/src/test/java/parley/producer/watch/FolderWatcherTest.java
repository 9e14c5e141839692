package parley.producer.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Source;
import parley.producer.extract.Extractor;
import parley.producer.ingest.Ingest;
import parley.producer.ingest.RecordingPublisher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FolderWatcherTest {
    @TempDir Path dir;
    @TempDir Path state;

    /** One event per article, named after its first word. */
    final Extractor fake = a -> List.of(new Event(1, null, null, Kind.STATEMENT, a.published(), DatePrecision.PUBLISHED,
            new Party(a.text().split(" ")[0], "KEN", null), null, null, List.of(),
            new Source(a.sourceId(), null, null, a.published(), null), a.text(), 0.5, null, null).withKeys());

    int scan(RecordingPublisher pub) throws Exception {
        try (Ledger l = new Ledger(state.resolve("ledger.jsonl"));
             FolderWatcher w = new FolderWatcher(dir, new Ingest(fake, pub, null, "auto"), pub, l, Duration.ZERO,
                     new PrintStream(new ByteArrayOutputStream()))) {
            return w.scan();
        }
    }

    static void write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, "published: 2024-03-0" + (1 + Math.abs(text.hashCode()) % 9) + "\n\n" + text);
    }

    @Test
    void publishesEachFileOnceAcrossRestartsAndPicksUpWhatArrivedMeanwhile() throws Exception {
        write(dir.resolve("a.txt"), "Ruto spoke");
        write(dir.resolve("sub/b.txt"), "Tinubu spoke");
        Files.writeString(dir.resolve("ignored.pdf"), "not a report");
        RecordingPublisher first = new RecordingPublisher();
        assertThat(scan(first)).isEqualTo(2);
        assertThat(first.events).hasSize(2);

        // "restart": a new watcher on the same ledger, with one file added while it was down and one changed
        write(dir.resolve("c.txt"), "Ramaphosa spoke");
        write(dir.resolve("a.txt"), "Ruto spoke again");
        RecordingPublisher second = new RecordingPublisher();
        assertThat(scan(second)).isEqualTo(2);
        assertThat(second.events).extracting(e -> e.actor().name()).containsExactlyInAnyOrder("Ramaphosa", "Ruto");

        RecordingPublisher third = new RecordingPublisher();
        assertThat(scan(third)).isZero();
        assertThat(third.events).isEmpty();
    }

    @Test
    void aTornLastLedgerLineMeansThatFileIsReadAgain() throws Exception {
        write(dir.resolve("a.txt"), "Ruto spoke");
        scan(new RecordingPublisher());
        String ledger = Files.readString(state.resolve("ledger.jsonl"));
        Files.writeString(state.resolve("ledger.jsonl"), ledger.substring(0, ledger.length() - 10)); // crash mid-write
        RecordingPublisher again = new RecordingPublisher();
        assertThat(scan(again)).isEqualTo(1);
        assertThat(again.events).hasSize(1);
    }

    @Test
    void everyFileEndsInTheLedgerAsEventsNoEventOrRejected() throws Exception {
        write(dir.resolve("a.txt"), "Ruto said yes.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("e.jsonl"), "not json\n");
        RecordingPublisher pub = new RecordingPublisher();
        assertThat(scan(pub)).isEqualTo(3);
        java.util.Map<String, String> status = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(state.resolve("ledger.jsonl"))) {
            Ledger.Entry e = parley.json.Json.read(line, Ledger.Entry.class);
            status.put(e.path(), e.status() + ":" + e.events());
        }
        // the reconciliation for watch: each file read is one ledger line, with events, no event or rejected
        assertThat(status).containsExactly(java.util.Map.entry("a.txt", "PUBLISHED:1"), java.util.Map.entry("e.jsonl", "NO_EVENT:0"),
                java.util.Map.entry("empty.txt", "REJECTED:0"));
        assertThat(pub.events).hasSize(1);
        assertThat(pub.rejects).extracting(r -> r.source()).containsExactlyInAnyOrder("empty.txt", "e.jsonl:1");
    }
}
