package parley.producer.gdelt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Event;
import parley.producer.cli.GdeltCommand;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.Reject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 5: `producer gdelt` turns every archive it cannot read whole (bad CRC, corrupt, zip bomb, zip slip)
 * into a reject record with its reason and exits 1; a send Kafka refuses is a reject too; counts reconcile.
 */
class GdeltPublishTest {
    @TempDir Path dir;

    /** Acknowledges every event except GlobalEventID 5, whose send fails as a broker refusal would. */
    static final class Pub implements EventPublisher {
        final List<Event> acked = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();

        @Override
        public CompletableFuture<Boolean> send(Event e) {
            if (e.source().id().equals("gdelt:5")) return CompletableFuture.failedFuture(new IllegalStateException("refused"));
            acked.add(e);
            return CompletableFuture.completedFuture(true);
        }

        @Override public void publish(Event e) { throw new AssertionError("gdelt must track its sends"); }
        @Override public void reject(Reject r) { rejects.add(r); }
        @Override public void flush() { }
        @Override public void close() { }
    }

    private static String row(String id) { return GdeltRows.visit(GdeltRows.v2()).id(id).tsv() + "\n"; }

    private Path zip(String name, String entry, byte[] data) throws IOException {
        Path z = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(data);
        }
        return z;
    }

    @Test
    void unreadableArchivesAreRejectedWithTheirReasonAndTheRunExitsNonZero() throws IOException {
        Path good = Files.writeString(dir.resolve("20240807.export.CSV"), row("4") + row("5") + "broken\trow\n");
        Path badCrc = GdeltAdapterTest.zipWithBadCrc(Files.createDirectories(dir.resolve("crc")));
        Path slip = zip("slip.zip", "../../evil.CSV", row("6").getBytes(StandardCharsets.UTF_8));
        byte[] bomb = new byte[16 << 20];
        Path boom = zip("bomb.zip", "bomb.CSV", bomb);
        Path corrupt = Files.write(dir.resolve("corrupt.zip"), "PK\u0003\u0004 this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1));

        Pub pub = new Pub();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GdeltCommand.Totals t = GdeltCommand.publish(List.of(good, badCrc, slip, boom, corrupt), pub, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(pub.acked).extracting(e -> e.source().id()).containsExactly("gdelt:4", "gdelt:3"); // not 1, 2 (bad CRC), 6 (slip)
        assertThat(pub.rejects).extracting(Reject::reason).containsExactly(
                "gdelt malformed-row", "send-failed", "gdelt unreadable", "gdelt unreadable", "gdelt unreadable", "gdelt unreadable");
        assertThat(pub.rejects.get(0).source()).isEqualTo(good + ":3");
        assertThat(pub.rejects.get(1).source()).isEqualTo("gdelt:5");
        assertThat(pub.rejects.get(2).source()).endsWith("!a.CSV");
        assertThat(pub.rejects.get(2).detail()).contains("CRC-32 mismatch");
        assertThat(pub.rejects.get(3).detail()).contains("unsafe name");
        assertThat(pub.rejects.get(4).detail()).contains("zip bomb refused");
        assertThat(pub.rejects.get(5).source()).isEqualTo(corrupt.toString());
        assertThat(t.filesRejected).isEqualTo(4);
        assertThat(t.rowsRejected).isEqualTo(1);
        assertThat(t.sendFailed).isEqualTo(1);
        assertThat(t.acknowledged).isEqualTo(2);
        assertThat(t.mapped).isEqualTo(3);
        assertThat(t.reconciles()).isTrue();
        assertThat(t.exitCode()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 event(s) acknowledged").contains("4 file(s) rejected");

        // a clean run exits 0
        Pub clean = new Pub();
        GdeltCommand.Totals ok = GdeltCommand.publish(List.of(Files.writeString(dir.resolve("20240808.export.CSV"), row("7"))), clean,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(ok.exitCode()).isZero();
        assertThat(clean.rejects).isEmpty();
        assertThat(ok.acknowledged).isEqualTo(1);
    }
}
