package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.EngagementRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SinkTest {
    static final TopicPartition TP = new TopicPartition("live", 0);
    @TempDir Path dir;

    static EngagementRow row(String country, long total, boolean fin) {
        Map<String, Long> k = new LinkedHashMap<>();
        k.put("VISIT", total); k.put("MEETING", 0L); k.put("CALL", 0L); k.put("STATEMENT", 0L);
        Map<String, Long> r = new LinkedHashMap<>();
        r.put("outbound", total); r.put("inbound", 0L); r.put("venue", 0L); r.put("subject", 0L);
        return new EngagementRow(1, country, null, 7, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 7), total, k, r, total, fin, Instant.EPOCH);
    }

    @Test
    void sqliteUpsertsOnTheContractKeyAndNeverChangesAFinalRow() throws Exception {
        try (JdbcSink s = JdbcSink.sqlite(dir.resolve("r.db"))) {
            s.write(List.of(new RowRecord(TP, 0, row("AZE", 1, false)), new RowRecord(TP, 1, row("AZE", 2, false))), Map.of(TP, 2L));
            s.write(List.of(new RowRecord(TP, 2, row("AZE", 2, true))), Map.of(TP, 3L));
            s.write(List.of(new RowRecord(TP, 3, row("AZE", 9, false))), Map.of(TP, 4L)); // a stray live row after final
            assertThat(count(s, "SELECT COUNT(*) FROM engagement")).isEqualTo(1);
            assertThat(count(s, "SELECT total FROM engagement WHERE entity='AZE'")).isEqualTo(2);
            assertThat(count(s, "SELECT final FROM engagement")).isEqualTo(1);
            assertThat(s.positions()).containsEntry(TP, 4L);
        }
        try (JdbcSink again = JdbcSink.sqlite(dir.resolve("r.db"))) {
            assertThat(again.positions()).containsEntry(TP, 4L); // survives a restart
        }
    }

    @Test
    void aBatchWithRepeatedKeysLeavesWhatRowByRowUpsertsLeave() throws Exception {
        java.util.Random rnd = new java.util.Random(5);
        List<RowRecord> recs = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++)
            recs.add(new RowRecord(TP, i, row(List.of("AZE", "RUS", "GEO", "ARM").get(rnd.nextInt(4)), rnd.nextInt(50), rnd.nextInt(10) == 0)));
        try (JdbcSink batched = JdbcSink.sqlite(dir.resolve("batched.db")); JdbcSink single = JdbcSink.sqlite(dir.resolve("single.db"))) {
            for (int from = 0; from < recs.size(); from += 500)
                batched.write(recs.subList(from, from + 500), Map.of(TP, (long) from + 500));
            for (RowRecord r : recs) single.write(List.of(r), Map.of(TP, r.offset() + 1));
            assertThat(JdbcSink.lastPerKey(recs.subList(0, 500))).hasSizeLessThan(10); // the batches did repeat keys
            assertThat(dump(batched)).isEqualTo(dump(single)).hasSize(4);
            assertThat(batched.positions()).isEqualTo(single.positions());
        }
    }

    @Test
    void aFileCreatedWithTheEntityFirstKeyKeepsWorking() throws Exception {
        Path f = dir.resolve("old.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE engagement (entity TEXT NOT NULL, entity_type TEXT NOT NULL, country TEXT, "
                    + "pair_a TEXT, pair_b TEXT, window_days INTEGER NOT NULL, window_start TEXT NOT NULL, window_end TEXT NOT NULL, "
                    + "total BIGINT NOT NULL, visits BIGINT NOT NULL, meetings BIGINT NOT NULL, calls BIGINT NOT NULL, statements BIGINT NOT NULL, "
                    + "outbound BIGINT, inbound BIGINT, venue BIGINT, subject BIGINT, mentions BIGINT NOT NULL, final INTEGER NOT NULL, "
                    + "updated_at TEXT, PRIMARY KEY (entity, window_days, window_end))");
        }
        try (JdbcSink s = JdbcSink.sqlite(f)) {
            s.write(List.of(new RowRecord(TP, 0, row("AZE", 1, false)), new RowRecord(TP, 1, row("RUS", 4, false))), Map.of(TP, 2L));
            s.write(List.of(new RowRecord(TP, 2, row("AZE", 2, true)), new RowRecord(TP, 3, row("AZE", 9, false))), Map.of(TP, 4L));
            assertThat(dump(s)).containsExactly("AZE 2 1 2 2 2", "RUS 4 0 4 4 4");
            assertThat(schema(s)).contains("PRIMARY KEY (entity, window_days, window_end)");
        }
        try (JdbcSink fresh = JdbcSink.sqlite(dir.resolve("new.db"))) {
            assertThat(schema(fresh)).contains("PRIMARY KEY (window_days, window_end, entity)");
        }
    }

    private static String schema(JdbcSink s) throws Exception {
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'engagement'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> dump(JdbcSink s) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT entity, total, final, visits, outbound, mentions FROM engagement ORDER BY entity")) {
            while (rs.next()) out.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getInt(3) + " " + rs.getLong(4) + " " + rs.getLong(5) + " " + rs.getLong(6));
        }
        return out;
    }

    @Test
    void fileSinkCutsBackToItsLastRecordedBatchOnRestart() throws Exception {
        Path f = dir.resolve("r.jsonl");
        Path fin = FileSink.finalFile(f);
        try (FileSink s = new FileSink(f, FileSink.Format.JSONL)) {
            s.write(List.of(new RowRecord(TP, 0, row("AZE", 1, true))), Map.of(TP, 1L));
        }
        Files.writeString(fin, "{\"half written", java.nio.file.StandardOpenOption.APPEND); // a crash mid-batch
        try (FileSink s = new FileSink(f, FileSink.Format.JSONL)) {
            assertThat(s.positions()).containsEntry(TP, 1L);
            s.write(List.of(new RowRecord(TP, 1, row("ARM", 3, true))), Map.of(TP, 2L));
        }
        List<String> lines = Files.readAllLines(fin);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"country\":\"AZE\"");
        assertThat(lines.get(1)).contains("\"country\":\"ARM\"").contains("\"by_kind\":{\"VISIT\":3,\"MEETING\":0,\"CALL\":0,\"STATEMENT\":0}");
    }

    @Test
    void csvHasAHeaderAndNeutralisesFormulas() throws Exception {
        Path f = dir.resolve("r.csv");
        try (FileSink s = new FileSink(f, FileSink.Format.CSV)) {
            s.write(List.of(new RowRecord(TP, 0, row("AZE", 1, true))), Map.of(TP, 1L));
        }
        List<String> lines = Files.readAllLines(FileSink.finalFile(f));
        assertThat(lines.get(0)).startsWith("entity_type,country,pair,window_days");
        assertThat(lines.get(1)).startsWith("country,AZE,,7,2024-08-01,2024-08-07,1,1,0,0,0,1,0,0,0,1,true");
        assertThat(FileSink.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FileSink.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FileSink.cell("+1")).isEqualTo("'+1");
        assertThat(FileSink.cell("-12")).isEqualTo("-12"); // a plain number stays a number
        assertThat(FileSink.cell("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void aDatabaseFromBeforeTopicIdsKeepsItsPositionsWithoutAnId() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sink_offsets (topic TEXT NOT NULL, part INTEGER NOT NULL, next_offset BIGINT NOT NULL, PRIMARY KEY (topic, part))");
            st.execute("INSERT INTO sink_offsets VALUES ('live', 0, 12)");
        }
        try (JdbcSink s = JdbcSink.sqlite(db)) {
            assertThat(s.positions()).containsEntry(TP, 12L);
            assertThat(s.topicIds()).isEmpty();
            s.useTopicIds(Map.of("live", "abc"));
            s.write(List.of(), Map.of(TP, 13L));
            assertThat(s.topicIds()).containsEntry(TP, "abc");
        }
        try (FileSink f = new FileSink(dir.resolve("r.jsonl"), FileSink.Format.JSONL)) {
            f.useTopicIds(Map.of("live", "abc"));
            f.write(List.of(), Map.of(TP, 2L));
        }
        try (FileSink f = new FileSink(dir.resolve("r.jsonl"), FileSink.Format.JSONL)) {
            assertThat(f.topicIds()).containsEntry(TP, "abc");
            assertThat(f.positions()).containsEntry(TP, 2L);
        }
    }

    static long count(JdbcSink s, String sql) throws Exception {
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
