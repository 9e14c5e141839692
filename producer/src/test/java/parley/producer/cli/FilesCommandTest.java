package parley.producer.cli;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FilesCommandTest {
    @TempDir Path dir;

    /** One STATEMENT per article that says "said". */
    final Extractor fake = a -> !a.text().contains("said") ? List.of()
            : List.of(new Event(1, null, null, Kind.STATEMENT, a.published(), DatePrecision.PUBLISHED, new Party("X", "FRA", null),
                    null, null, List.of(), new Source(a.sourceId(), null, null, a.published(), null), "x", 0.5, null, null).withKeys());

    @Test
    void withManyFilesEveryNoEventAndRejectedFileIsStillPrintedAndTheSummaryReconciles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String body = i % 3 == 0 ? "The minister said yes." : i % 3 == 1 ? "The weather was fine." : null;
            Path f = dir.resolve(String.format("r%03d.txt", i));
            if (body == null) Files.write(f, new byte[0]); // rejected: empty file
            else Files.writeString(f, "---\npublished: 2024-05-01\nid: src-" + i + "\n---\n" + body + "\n");
            files.add(f);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordingPublisher pub = new RecordingPublisher();
        FilesCommand.Summary s = FilesCommand.publish(files, new Ingest(fake, pub, null, "auto"), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        for (int i = 1; i < 120; i += 3) assertThat(printed).contains("src-" + i + ": no event found");
        for (int i = 2; i < 120; i += 3) assertThat(printed).contains(String.format("r%03d.txt: rejected: unreadable: empty file", i));
        assertThat(printed).doesNotContain("src-0: 1 event(s) published"); // published files are summed up in progress lines
        assertThat(printed).contains("100/120 files");
        // the reconciliation: every input file is counted once
        assertThat(s.files).isEqualTo(120);
        assertThat(s.withEvents).isEqualTo(40);
        assertThat(s.noEvent).isEqualTo(40);
        assertThat(s.rejected).isEqualTo(40);
        assertThat(s.events).isEqualTo(pub.events.size()).isEqualTo(40);
        assertThat(pub.rejects).hasSize(40);
        assertThat(s.reconciles()).isTrue();
        assertThat(s.exitCode()).isEqualTo(1);
    }
}
