package parley.consumer.sink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.consumer.CanonicalRowReaderTest;
import parley.json.Json;
import parley.model.EngagementRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The file formats stay byte for byte what they were before the sink was made faster. */
class FileSinkFormatTest {
    @TempDir Path dir;

    @Test
    void csvLinesAreExactlyThePreviousImplementations() {
        Random rnd = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            EngagementRow r = i % 2 == 0 ? CanonicalRowReaderTest.oddRow(rnd) : CanonicalRowReaderTest.streamsRow(rnd);
            assertThat(FileSink.csv(r)).isEqualTo(previousCsv(r));
        }
        for (String s : List.of("", "a", "=1+2", "-12", "-1.5", "-", "-x", "+", "@", "\tx", "\rx", "a,b", "a\"b", "=a,b", "x\ny", "-1,5"))
            assertThat(FileSink.cell(s)).as(s).isEqualTo(previousCell(s));
    }

    @Test
    void jsonlCopiesCanonicalBytesAndGivesTheSameFileAsSerializing() throws Exception {
        Random rnd = new Random(6);
        List<RowRecord> copied = new ArrayList<>();
        List<RowRecord> serialized = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            EngagementRow r = CanonicalRowReaderTest.streamsRow(rnd);
            copied.add(new RowRecord(SinkTest.TP, i, r, Json.bytes(r)));
            serialized.add(new RowRecord(SinkTest.TP, i, r));
        }
        try (FileSink a = new FileSink(dir.resolve("a.jsonl"), FileSink.Format.JSONL);
             FileSink b = new FileSink(dir.resolve("b.jsonl"), FileSink.Format.JSONL)) {
            a.write(copied.subList(0, 1000), Map.of(SinkTest.TP, 1000L));
            a.write(copied.subList(1000, 2000), Map.of(SinkTest.TP, 2000L));
            b.write(serialized.subList(0, 1000), Map.of(SinkTest.TP, 1000L));
            b.write(serialized.subList(1000, 2000), Map.of(SinkTest.TP, 2000L));
        }
        for (Path p : List.of(FileSink.finalFile(dir.resolve("a.jsonl")), FileSink.liveFile(dir.resolve("a.jsonl"))))
            assertThat(Files.readAllBytes(p)).as(p.toString()).isEqualTo(Files.readAllBytes(dir.resolve(p.getFileName().toString().replaceFirst("^a", "b"))));
        long finals = copied.stream().filter(r -> r.row().isFinal()).count();
        assertThat(finals).isBetween(900L, 1100L);
        assertThat(Files.readAllLines(FileSink.finalFile(dir.resolve("a.jsonl")))).hasSize((int) finals).allSatisfy(l -> Json.read(l, EngagementRow.class));
    }

    /** FileSink.csv and cell as they were (commit 7df49eb), the reference for the rewrite. */
    static String previousCsv(EngagementRow r) {
        String[] v = {r.isPair() ? "pair" : "country", r.country() == null ? "" : r.country(),
                r.isPair() ? String.join("|", r.pair()) : "", String.valueOf(r.windowDays()), String.valueOf(r.windowStart()),
                String.valueOf(r.windowEnd()), String.valueOf(r.total()),
                n(r.byKind(), "VISIT"), n(r.byKind(), "MEETING"), n(r.byKind(), "CALL"), n(r.byKind(), "STATEMENT"),
                n(r.byRole(), "outbound"), n(r.byRole(), "inbound"), n(r.byRole(), "venue"), n(r.byRole(), "subject"),
                String.valueOf(r.mentions()), String.valueOf(r.isFinal()), r.updatedAt() == null ? "" : r.updatedAt().toString()};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) b.append(',');
            b.append(previousCell(v[i]));
        }
        return b.toString();
    }

    private static String n(Map<String, Long> m, String k) { return m == null ? "" : String.valueOf(m.getOrDefault(k, 0L)); }

    static String previousCell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
