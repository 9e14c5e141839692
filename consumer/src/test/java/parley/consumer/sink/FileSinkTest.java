package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.json.Json;
import parley.model.EngagementRow;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file sink as a table (issue #18 item 2): final rows appended once, in the order they became final, also across
 * a crash and the redelivery that follows it; a live file holding exactly the rows not final yet with their latest
 * values, replaced as a whole.
 */
class FileSinkTest {
    static final TopicPartition LIVE = new TopicPartition("live", 0);
    static final TopicPartition FIN = new TopicPartition("final", 0);
    static final LocalDate D0 = LocalDate.of(2024, 8, 1);
    static final Duration NEVER = Duration.ofDays(365); // checkpoints only when the test says (or on close)
    @TempDir Path dir;

    static EngagementRow row(String country, int day, long total, boolean fin) {
        Map<String, Long> k = new LinkedHashMap<>();
        k.put("VISIT", total); k.put("MEETING", 0L); k.put("CALL", 0L); k.put("STATEMENT", 0L);
        Map<String, Long> r = new LinkedHashMap<>();
        r.put("outbound", total); r.put("inbound", 0L); r.put("venue", 0L); r.put("subject", 0L);
        LocalDate end = D0.plusDays(day);
        return new EngagementRow(1, country, null, 7, end.minusDays(6), end, total, k, r, total, fin, Instant.EPOCH);
    }

    /** Rows as a consumer reads them: live and final rows on their own partitions, offsets counted per partition. */
    static final class Topics {
        final List<RowRecord> live = new ArrayList<>();
        final List<RowRecord> fin = new ArrayList<>();
        final List<RowRecord> order = new ArrayList<>(); // the order Streams wrote them

        RowRecord add(EngagementRow r) {
            List<RowRecord> to = r.isFinal() ? fin : live;
            RowRecord rec = new RowRecord(r.isFinal() ? FIN : LIVE, to.size(), r, Json.bytes(r));
            to.add(rec);
            order.add(rec);
            return rec;
        }
    }

    static Map<TopicPartition, Long> next(List<RowRecord> batch) {
        Map<TopicPartition, Long> n = new java.util.HashMap<>();
        for (RowRecord r : batch) n.merge(r.partition(), r.offset() + 1, Math::max);
        return n;
    }

    static List<String> lines(Path p) throws Exception { return Files.readAllLines(p); }

    static String json(EngagementRow r) { return Json.string(r); }

    @Test
    void finalRowsAreAppendedAndTheLiveFileHoldsTheRowsNotFinalWithTheirLatestValues() throws Exception {
        Path base = dir.resolve("results.jsonl");
        Topics t = new Topics();
        List<RowRecord> b1 = List.of(t.add(row("AZE", 0, 1, false)), t.add(row("RUS", 0, 2, false)), t.add(row("AZE", 1, 1, false)),
                t.add(row("AZE", 0, 3, false)));
        List<RowRecord> b2 = List.of(t.add(row("RUS", 1, 2, false)), t.add(row("AZE", 0, 3, true)), t.add(row("RUS", 0, 2, true)),
                t.add(row("AZE", 2, 5, false)), t.add(row("AZE", 1, 4, false)));
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, Duration.ZERO)) {
            s.write(b1, next(b1));
            assertThat(lines(FileSink.finalFile(base))).isEmpty();
            assertThat(lines(FileSink.liveFile(base))).containsExactly(json(row("AZE", 0, 3, false)), json(row("RUS", 0, 2, false)),
                    json(row("AZE", 1, 1, false)));
            s.write(b2, next(b2));
            assertThat(lines(FileSink.finalFile(base))).containsExactly(json(row("AZE", 0, 3, true)), json(row("RUS", 0, 2, true)));
            assertThat(lines(FileSink.liveFile(base))).containsExactly(json(row("AZE", 1, 4, false)), json(row("RUS", 1, 2, false)),
                    json(row("AZE", 2, 5, false)));
            assertThat(s.positions()).containsEntry(LIVE, 7L).containsEntry(FIN, 2L);
        }
        assertThat(base).doesNotExist(); // the configured name itself is not written
        assertThat(FileSink.finalFile(base).getFileName().toString()).isEqualTo("results.final.jsonl");
        assertThat(FileSink.liveFile(base).getFileName().toString()).isEqualTo("results.live.jsonl");
    }

    @Test
    void aLiveChangeReadAfterItsFinalRowIsNotTakenBackIn() throws Exception {
        Path base = dir.resolve("r.jsonl");
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, Duration.ZERO)) {
            // the final topic's partition was read ahead of the live one: AZE's last live change comes after its final row
            s.write(List.of(new RowRecord(FIN, 0, row("AZE", 0, 3, true)), new RowRecord(LIVE, 0, row("AZE", 1, 1, false))), Map.of(FIN, 1L, LIVE, 1L));
            s.write(List.of(new RowRecord(LIVE, 1, row("AZE", 0, 3, false)), new RowRecord(LIVE, 2, row("RUS", 0, 1, false))), Map.of(LIVE, 3L));
            assertThat(lines(FileSink.liveFile(base))).containsExactly(json(row("AZE", 1, 1, false)));
            assertThat(lines(FileSink.finalFile(base))).containsExactly(json(row("AZE", 0, 3, true)));
            assertThat(s.staleLiveRows()).isEqualTo(2);
        }
    }

    @Test
    void csvFilesHaveOneHeaderEachAndKeysWithQuotedCellsSurviveARestart() throws Exception {
        Path base = dir.resolve("results.csv");
        EngagementRow odd = row("A,\"B", 0, 1, false); // not a code Streams writes, but the CSV must stay a table
        try (FileSink s = new FileSink(base, FileSink.Format.CSV, Duration.ZERO)) {
            s.write(List.of(new RowRecord(LIVE, 0, odd), new RowRecord(LIVE, 1, row("=X", 0, 2, false))), Map.of(LIVE, 2L));
        }
        try (FileSink s = new FileSink(base, FileSink.Format.CSV, Duration.ZERO)) { // the live rows are read back
            assertThat(s.liveRows()).isEqualTo(2);
            s.write(List.of(new RowRecord(FIN, 0, row("A,\"B", 0, 4, true))), Map.of(FIN, 1L));
            s.write(List.of(new RowRecord(LIVE, 2, row("=X", 1, 7, false))), Map.of(LIVE, 3L));
        }
        List<String> fin = lines(FileSink.finalFile(base));
        List<String> live = lines(FileSink.liveFile(base));
        String header = String.join(",", FileSink.CSV_HEADER);
        assertThat(fin).containsExactly(header, FileSink.csv(row("A,\"B", 0, 4, true)));
        assertThat(fin.get(1)).startsWith("country,\"A,\"\"B\",,7,");
        // =X at day 0 is not final yet by its own row, but day 0 is a final day now: its final row is on its way
        assertThat(live).containsExactly(header, FileSink.csv(row("=X", 1, 7, false)));
        assertThat(live.get(1)).startsWith("country,'=X,,7,");
    }

    @Test
    void theLiveFileIsReplacedAsAWholeNeverRewrittenInPlace() throws Exception {
        Path base = dir.resolve("r.jsonl");
        Path liveFile = FileSink.liveFile(base);
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, NEVER)) {
            s.write(List.of(new RowRecord(LIVE, 0, row("AZE", 0, 1, false)), new RowRecord(LIVE, 1, row("RUS", 0, 1, false))), Map.of(LIVE, 2L));
            s.checkpointNow();
            Object before = Files.readAttributes(liveFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            try (InputStream reader = Files.newInputStream(liveFile)) { // a reader that opened the file before the next checkpoint
                s.write(List.of(new RowRecord(LIVE, 2, row("GEO", 0, 9, false))), Map.of(LIVE, 3L));
                assertThat(lines(liveFile)).as("not replaced before the checkpoint").hasSize(2);
                s.checkpointNow();
                assertThat(new String(reader.readAllBytes(), StandardCharsets.UTF_8))
                        .as("the reader still reads the whole version it opened").isEqualTo(json(row("AZE", 0, 1, false)) + "\n" + json(row("RUS", 0, 1, false)) + "\n");
            }
            assertThat(lines(liveFile)).hasSize(3).contains(json(row("GEO", 0, 9, false)));
            Object after = Files.readAttributes(liveFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (before != null) assertThat(after).as("a new file took the name").isNotEqualTo(before);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aCrashBetweenCheckpointsNeitherLosesNorDuplicatesAFinalRow() throws Exception {
        Random rnd = new Random(18);
        for (int round = 0; round < 15; round++) {
            Topics t = stream(rnd, 2 + rnd.nextInt(6));
            Path ref = dir.resolve("ref" + round + ".jsonl");
            Path crashed = dir.resolve("crashed" + round + ".jsonl");
            List<List<RowRecord>> batches = batches(rnd, t.order);
            try (FileSink s = new FileSink(ref, FileSink.Format.JSONL, NEVER)) {
                for (List<RowRecord> b : batches) s.write(b, next(b));
            }
            // the crashed sink: a checkpoint after some batches, killed (no close) some batches later, restarted, fed
            // from its stored positions as the consumer does, killed again, and so on
            int at = 0;
            int kills = 0;
            while (at < batches.size()) {
                FileSink s = new FileSink(crashed, FileSink.Format.JSONL, NEVER);
                Map<TopicPartition, Long> from = s.positions();
                List<RowRecord> rest = new ArrayList<>();
                for (RowRecord r : t.order) if (r.offset() >= from.getOrDefault(r.partition(), 0L)) rest.add(r);
                List<List<RowRecord>> again = batches(rnd, rest);
                int killAfter = kills == 0 ? rnd.nextInt(again.size()) : kills < 3 ? rnd.nextInt(again.size() + 1) : again.size();
                for (int i = 0; i < again.size(); i++) {
                    if (i == killAfter) break;
                    s.write(again.get(i), next(again.get(i)));
                    if (rnd.nextInt(3) == 0) s.checkpointNow();
                }
                if (killAfter < again.size()) {
                    kills++;
                    if (rnd.nextBoolean()) Files.writeString(FileSink.finalFile(crashed), "{\"torn", StandardOpenOption.APPEND);
                    // killed: no close, no last checkpoint; the file handle is simply left (the JVM is gone)
                } else {
                    s.close();
                    at = batches.size();
                }
            }
            assertThat(kills).isPositive();
            assertThat(lines(FileSink.finalFile(crashed))).as("final rows, round " + round).isEqualTo(lines(FileSink.finalFile(ref)));
            assertThat(lines(FileSink.liveFile(crashed))).as("live rows, round " + round).containsExactlyInAnyOrderElementsOf(lines(FileSink.liveFile(ref)));
            // and the reference itself: each final row of the stream once, in order; live = the latest value of each non-final key
            List<String> fin = t.fin.stream().map(r -> json(r.row())).toList();
            assertThat(lines(FileSink.finalFile(ref))).isEqualTo(fin);
            assertThat(lines(FileSink.liveFile(ref))).containsExactlyInAnyOrderElementsOf(expectedLive(t));
        }
    }

    @Test
    void aCrashAfterTheLiveFileWasReplacedButBeforeThePositionsWereRecordedAppliesTheSameRowsAgainHarmlessly() throws Exception {
        Random rnd = new Random(7);
        Topics t = stream(rnd, 6);
        Path ref = dir.resolve("ref.jsonl");
        try (FileSink s = new FileSink(ref, FileSink.Format.JSONL, NEVER)) {
            s.write(t.order, next(t.order));
        }
        Path base = dir.resolve("r.jsonl");
        Path pos = FileSink.finalFile(base).resolveSibling("r.final.jsonl.pos");
        int half = t.order.size() / 2;
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, NEVER)) {
            s.write(t.order.subList(0, half), next(t.order.subList(0, half)));
            s.checkpointNow();
            byte[] old = Files.readAllBytes(pos);
            s.write(t.order.subList(half, t.order.size()), next(t.order.subList(half, t.order.size())));
            s.checkpointNow();
            Files.write(pos, old); // as if killed between replacing the live file and recording the positions
        }
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, NEVER)) {
            List<RowRecord> rest = new ArrayList<>();
            for (RowRecord r : t.order) if (r.offset() >= s.positions().getOrDefault(r.partition(), 0L)) rest.add(r);
            assertThat(rest).hasSize(t.order.size() - half);
            s.write(rest, next(rest));
        }
        assertThat(lines(FileSink.finalFile(base))).isEqualTo(lines(FileSink.finalFile(ref)));
        assertThat(lines(FileSink.liveFile(base))).containsExactlyInAnyOrderElementsOf(lines(FileSink.liveFile(ref)));
    }

    @Test
    void finalRowsStreamsWritesAgainAreNotAppendedTwiceWithOnePartition() throws Exception {
        Random rnd = new Random(3);
        Topics t = stream(rnd, 3);
        Path base = dir.resolve("r.jsonl");
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, NEVER)) {
            s.partitionCounts(Map.of("live", 1, "final", 1));
            s.write(t.order, next(t.order));
        }
        List<String> fin = lines(FileSink.finalFile(base));
        List<String> live = lines(FileSink.liveFile(base));
        assertThat(fin).hasSize(t.fin.size());
        // an application reset: Streams writes every row again, after the first ones, on the same topics
        List<RowRecord> again = new ArrayList<>();
        long lo = t.live.size(), fo = t.fin.size();
        for (RowRecord r : t.order)
            again.add(new RowRecord(r.partition(), r.offset() + (r.partition().equals(LIVE) ? lo : fo), r.row(), r.json()));
        int cut = again.size() / 2;
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, NEVER)) { // a restart in between, too
            s.partitionCounts(Map.of("live", 1, "final", 1));
            s.write(again.subList(0, cut), next(again.subList(0, cut)));
        }
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, NEVER)) {
            s.partitionCounts(Map.of("live", 1, "final", 1));
            s.write(again.subList(cut, again.size()), next(again.subList(cut, again.size())));
            assertThat(s.repeatedFinalRows()).isPositive();
        }
        assertThat(lines(FileSink.finalFile(base))).isEqualTo(fin);
        assertThat(lines(FileSink.liveFile(base))).containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void theLatestFinalDayIsReadBackFromTheEndOfALargeFinalFile() throws Exception {
        Path base = dir.resolve("results.csv");
        List<RowRecord> day = new ArrayList<>();
        day.add(new RowRecord(FIN, 0, row("AAA", 4, 1, true)));
        for (int i = 0; i < 3000; i++) day.add(new RowRecord(FIN, i + 1, row(String.format("C%04d", i), 5, i, true))); // about 200 kB
        try (FileSink s = new FileSink(base, FileSink.Format.CSV, NEVER)) {
            s.write(day, next(day));
        }
        try (FileSink s = new FileSink(base, FileSink.Format.CSV, NEVER)) {
            s.partitionCounts(Map.of("live", 1, "final", 1));
            List<RowRecord> b = List.of(new RowRecord(FIN, 3001, row("C0000", 5, 0, true)), new RowRecord(FIN, 3002, row("C2999", 5, 2999, true)),
                    new RowRecord(FIN, 3003, row("AAA", 4, 1, true)), new RowRecord(FIN, 3004, row("NEW", 5, 7, true)));
            s.write(b, next(b));
            assertThat(s.repeatedFinalRows()).isEqualTo(3);
        }
        List<String> fin = lines(FileSink.finalFile(base));
        assertThat(fin).hasSize(1 + 3001 + 1);
        assertThat(fin.get(fin.size() - 1)).startsWith("country,NEW,");
    }

    @Test
    void withSeveralPartitionsAFinalRowOfAnEarlierDayIsAppended() throws Exception {
        Path base = dir.resolve("r.jsonl");
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL, Duration.ZERO)) {
            s.partitionCounts(Map.of("live", 2, "final", 2));
            TopicPartition fin1 = new TopicPartition("final", 1);
            s.write(List.of(new RowRecord(FIN, 0, row("AZE", 5, 1, true)), new RowRecord(fin1, 0, row("RUS", 3, 1, true))), Map.of(FIN, 1L, fin1, 1L));
            assertThat(s.repeatedFinalRows()).isZero();
        }
        assertThat(lines(FileSink.finalFile(base))).containsExactly(json(row("AZE", 5, 1, true)), json(row("RUS", 3, 1, true)));
    }

    @Test
    void aStartOverMovesTheFilesAsideAndForgetsThePositions() throws Exception {
        Path base = dir.resolve("results.csv");
        try (FileSink s = new FileSink(base, FileSink.Format.CSV, Duration.ZERO)) {
            s.useTopicIds(Map.of("final", "id1", "live", "id1"));
            s.write(List.of(new RowRecord(FIN, 0, row("AZE", 0, 1, true)), new RowRecord(LIVE, 0, row("AZE", 1, 1, false))), Map.of(FIN, 1L, LIVE, 1L));
        }
        try (FileSink s = new FileSink(base, FileSink.Format.CSV, Duration.ZERO)) {
            assertThat(s.positions()).containsEntry(FIN, 1L);
            s.useTopicIds(Map.of("final", "id2", "live", "id2"));
            s.startOver(List.of(FIN, LIVE));
            assertThat(s.positions()).isEmpty();
            assertThat(s.topicIds()).isEmpty();
            s.write(List.of(new RowRecord(FIN, 0, row("AZE", 0, 2, true))), Map.of(FIN, 1L));
        }
        String header = String.join(",", FileSink.CSV_HEADER);
        assertThat(lines(FileSink.finalFile(base))).containsExactly(header, FileSink.csv(row("AZE", 0, 2, true)));
        assertThat(lines(FileSink.liveFile(base))).containsExactly(header);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> aside = files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".before-")).sorted().toList();
            assertThat(aside).hasSize(2).allMatch(n -> n.endsWith(".csv"));
            assertThat(lines(dir.resolve(aside.stream().filter(n -> n.startsWith("results.final.")).findFirst().orElseThrow())))
                    .containsExactly(header, FileSink.csv(row("AZE", 0, 1, true)));
        }
    }

    @Test
    void aChangeLogFromAnEarlierParleyIsLeftAsItIs() throws Exception {
        Path base = dir.resolve("results.jsonl");
        Files.writeString(base, "old\n");
        Files.writeString(dir.resolve("results.jsonl.pos"), "{\"length\":4,\"positions\":{\"live|0\":1}}");
        try (FileSink s = new FileSink(base, FileSink.Format.JSONL)) {
            assertThat(s.positions()).as("not the old file's positions").isEmpty();
        }
        assertThat(Files.readString(base)).isEqualTo("old\n");
    }

    /**
     * A stream as Streams writes it (one partition): days advance; each day changes some rows of the days from
     * stream day − grace on (live, with repeats); when the stream day moves, the rows before the new day − grace are
     * written final, each once, by window end.
     */
    static Topics stream(Random rnd, int grace) {
        Topics t = new Topics();
        Map<String, EngagementRow> open = new TreeMap<>();
        List<String> codes = List.of("AZE", "RUS", "GEO", "ARM", "TUR");
        int day = 0;
        for (int step = 0; step < 60; step++) {
            if (rnd.nextInt(4) == 0) {
                int next = day + 1 + rnd.nextInt(grace + 3);
                for (int d = day + 1; d <= next; d++) // the new days' rows (the decay)
                    for (String c : codes) if (rnd.nextBoolean()) put(t, open, row(c, d, rnd.nextInt(20), false));
                List<EngagementRow> done = new ArrayList<>(); // final in window-end order, as Streams scans its rows by day
                for (var it = open.values().iterator(); it.hasNext(); ) {
                    EngagementRow r = it.next();
                    if (r.windowEnd().isBefore(D0.plusDays(next - grace))) {
                        done.add(new EngagementRow(r.schema(), r.country(), r.pair(), r.windowDays(), r.windowStart(), r.windowEnd(), r.total(),
                                r.byKind(), r.byRole(), r.mentions(), true, r.updatedAt()));
                        it.remove();
                    }
                }
                done.sort(java.util.Comparator.comparing(EngagementRow::windowEnd).thenComparing(EngagementRow::rowKey));
                done.forEach(t::add);
                day = next;
            }
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                int d = Math.max(0, day - rnd.nextInt(grace + 1));
                put(t, open, row(codes.get(rnd.nextInt(codes.size())), d, 1 + rnd.nextInt(30), false));
            }
        }
        return t;
    }

    private static void put(Topics t, Map<String, EngagementRow> open, EngagementRow r) {
        open.put(r.rowKey(), r);
        t.add(r);
    }

    /** The latest live value of each key that has no final row. */
    static List<String> expectedLive(Topics t) {
        Map<String, String> m = new LinkedHashMap<>();
        for (RowRecord r : t.live) m.put(r.row().rowKey(), json(r.row()));
        for (RowRecord r : t.fin) m.remove(r.row().rowKey());
        return new ArrayList<>(m.values());
    }

    /**
     * Batches as a consumer may poll them: the live and final partitions each in order, but not in step (one may be
     * read ahead of the other).
     */
    static List<List<RowRecord>> batches(Random rnd, List<RowRecord> recs) {
        List<RowRecord> live = recs.stream().filter(r -> r.partition().equals(LIVE)).toList();
        List<RowRecord> fin = recs.stream().filter(r -> r.partition().equals(FIN)).toList();
        List<List<RowRecord>> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < live.size() || j < fin.size()) {
            List<RowRecord> b = new ArrayList<>();
            int nl = Math.min(live.size() - i, rnd.nextInt(12));
            int nf = Math.min(fin.size() - j, rnd.nextInt(8));
            if (nl + nf == 0) continue;
            if (rnd.nextBoolean()) {
                b.addAll(fin.subList(j, j + nf));
                b.addAll(live.subList(i, i + nl));
            } else {
                b.addAll(live.subList(i, i + nl));
                b.addAll(fin.subList(j, j + nf));
            }
            i += nl;
            j += nf;
            out.add(b);
        }
        return out;
    }
}
