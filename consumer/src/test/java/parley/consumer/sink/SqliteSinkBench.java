package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import parley.model.EngagementRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Throwaway measuring tool, not a test (surefire runs only *Test classes): feeds {@link JdbcSink#sqlite} batches of
 * 5000 rows in the order the pipeline produces them (window_end order, ~20k entities, windows 7/30/90, each key
 * live one or more times, then final two days later) and prints rows/s, the table size and a digest of the whole
 * table (equal digests: equal contents). Variants alternate in one JVM, each on a fresh file:
 * {@code java -cp … parley.consumer.sink.SqliteSinkBench ROWS ROUNDS variant,variant …}; a variant is "base" (the
 * current code) or {@code key=value} system properties joined by '+': {@code bench.preold=1} creates the table with
 * the old entity-first key before the sink opens the file, {@code bench.ckpt=N} sets wal_autocheckpoint.
 * {@code -Dbench.dir=…} (default /tmp/sinkbench-wt) holds the files. Timing is not asserted anywhere.
 */
public final class SqliteSinkBench {
    static final TopicPartition LIVE = new TopicPartition("live", 0), FINAL = new TopicPartition("final", 0);
    static final int BATCH = 5000;

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String[] variants = args.length > 2 ? args[2].split(",") : new String[]{"base"};
        Path dir = Path.of(System.getProperty("bench.dir", "/tmp/sinkbench-wt"));
        Files.createDirectories(dir);
        for (int round = 0; round < rounds; round++) {
            for (String v : variants) {
                Map<String, String> props = new LinkedHashMap<>();
                if (!v.equals("base")) for (String kv : v.split("\\+")) { String[] p = kv.split("=", 2); props.put(p[0], p[1]); }
                props.forEach(System::setProperty);
                Path f = dir.resolve("bench-" + v.replaceAll("[^A-Za-z0-9]", "_") + ".db");
                for (String suffix : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(f + suffix));
                try {
                    run(v, round, f, rows);
                } finally {
                    props.keySet().forEach(System::clearProperty);
                }
                for (String suffix : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(f + suffix));
            }
        }
    }

    static void run(String variant, int round, Path f, long rows) throws Exception {
        Gen g = new Gen(42);
        long written = 0, nanos = 0, lastThirdNanos = 0, lastThirdRows = 0;
        long offLive = 0, offFinal = 0, segNanos = 0, segRows = 0;
        StringBuilder segs = new StringBuilder();
        try (JdbcSink s = "1".equals(System.getProperty("bench.preold")) ? preOld(f) : JdbcSink.sqlite(f)) {
            if (System.getProperty("bench.ckpt") != null) // the pool holds one connection, so this sticks
                try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement()) { st.execute("PRAGMA wal_autocheckpoint=" + System.getProperty("bench.ckpt")); }
            while (written < rows) {
                List<RowRecord> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    EngagementRow r = g.next();
                    batch.add(r.isFinal() ? new RowRecord(FINAL, offFinal++, r) : new RowRecord(LIVE, offLive++, r));
                }
                Map<TopicPartition, Long> next = Map.of(LIVE, offLive, FINAL, offFinal);
                long t0 = System.nanoTime();
                s.write(batch, next);
                long dt = System.nanoTime() - t0;
                nanos += dt;
                written += BATCH;
                if (written > rows * 2 / 3) { lastThirdNanos += dt; lastThirdRows += BATCH; }
                segNanos += dt; segRows += BATCH;
                if (segRows * 6 >= rows) { segs.append(String.format(" %.0fk", segRows / (segNanos / 1e9) / 1000)); segNanos = 0; segRows = 0; }
            }
            long n = SinkTest.count(s, "SELECT COUNT(*) FROM engagement");
            long fin = SinkTest.count(s, "SELECT COUNT(*) FROM engagement WHERE final = 1");
            long sum = digest(s);
            try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement()) { st.execute("PRAGMA wal_checkpoint(TRUNCATE)"); }
            System.out.printf("%-40s round %d: %,d rows in %.1f s = %,.0f rows/s; last third %,.0f rows/s; table %,d rows (%,d final, check %d), file %,d MB, days %d; by sixth:%s%n",
                    variant, round, written, nanos / 1e9, written / (nanos / 1e9), lastThirdRows / (lastThirdNanos / 1e9), n, fin, sum,
                    Files.size(f) >> 20, g.day, segs);
        }
    }

    /** A hash of the whole table in key order: equal across variants means equal contents. */
    static long digest(JdbcSink s) throws Exception {
        long h = 0;
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + "entity, entity_type, country, pair_a, pair_b, window_days, window_start, window_end, "
                     + "total, visits, meetings, calls, statements, outbound, inbound, venue, subject, mentions, final, updated_at"
                     + " FROM engagement ORDER BY entity, window_days, window_end")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) for (int i = 1; i <= n; i++) h = h * 31 + java.util.Objects.hashCode(rs.getObject(i));
        }
        return h;
    }

    /** A database file created with the schema as it was before (rowid table), then opened by the current code. */
    static JdbcSink preOld(Path f) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS engagement (entity TEXT NOT NULL, entity_type TEXT NOT NULL, country TEXT, "
                    + "pair_a TEXT, pair_b TEXT, window_days INTEGER NOT NULL, window_start TEXT NOT NULL, window_end TEXT NOT NULL, "
                    + "total BIGINT NOT NULL, visits BIGINT NOT NULL, meetings BIGINT NOT NULL, calls BIGINT NOT NULL, statements BIGINT NOT NULL, "
                    + "outbound BIGINT, inbound BIGINT, venue BIGINT, subject BIGINT, mentions BIGINT NOT NULL, final INTEGER NOT NULL, "
                    + "updated_at TEXT, PRIMARY KEY (entity, window_days, window_end))");
        }
        return JdbcSink.sqlite(f);
    }

    /** Rows in pipeline order: per stream day, the finals of two days back (store order), then the day's live rows. */
    static final class Gen {
        static final int[] WINDOWS = {7, 30, 90};
        final Random rnd;
        final String[] country;
        final List<List<String>> pairs = new ArrayList<>();
        final int entities;
        final int[] lastEvent;
        final double[] weight;
        final List<EngagementRow> queue = new ArrayList<>();
        final List<List<int[]>> activeByDay = new ArrayList<>();
        int pos = 0, day = 0;
        long sec = 0, emitted = 0;
        final LocalDate epoch = LocalDate.of(2023, 1, 1);

        Gen(long seed) {
            rnd = new Random(seed);
            country = new String[200];
            for (int i = 0; i < country.length; i++) country[i] = "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + (char) ('A' + (i * 7) % 26);
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (pairs.size() < 19_800) {
                int a = rnd.nextInt(200), b = rnd.nextInt(200);
                if (a == b) continue;
                String x = country[Math.min(a, b)], y = country[Math.max(a, b)];
                if (seen.add(x + y)) pairs.add(List.of(x, y));
            }
            entities = 200 + pairs.size();
            lastEvent = new int[entities];
            java.util.Arrays.fill(lastEvent, -1000);
            weight = new double[entities];
            for (int e = 0; e < entities; e++) weight[e] = e < 200 ? 20 : 1.0 / (1 + rnd.nextInt(20));
        }

        EngagementRow next() {
            while (pos >= queue.size()) fillDay();
            emitted++;
            if (emitted % 5000 == 0) sec++;
            return queue.get(pos++);
        }

        void fillDay() {
            queue.clear();
            pos = 0;
            for (int e = 0; e < entities; e++) if (rnd.nextDouble() < weight[e] * 0.07) lastEvent[e] = day;
            List<int[]> active = new ArrayList<>();
            for (int e = 0; e < entities; e++) for (int w : WINDOWS) if (lastEvent[e] > day - w) active.add(new int[]{e, w});
            activeByDay.add(active);
            if (day >= 2) for (int[] k : activeByDay.get(day - 2)) queue.add(row(k[0], k[1], day - 2, true));
            if (day >= 2) activeByDay.set(day - 2, null);
            List<EngagementRow> live = new ArrayList<>();
            for (int[] k : active) {
                live.add(row(k[0], k[1], day, false));
                if (rnd.nextInt(5) == 0) live.add(row(k[0], k[1], day, false));
            }
            Collections.shuffle(live, rnd);
            queue.addAll(live);
            day++;
        }

        EngagementRow row(int e, int w, int d, boolean fin) {
            long total = 1 + rnd.nextInt(40);
            Map<String, Long> k = new LinkedHashMap<>();
            k.put("VISIT", total / 2); k.put("MEETING", total / 4); k.put("CALL", 0L); k.put("STATEMENT", total - total / 2 - total / 4);
            Map<String, Long> r = null;
            if (e < 200) {
                r = new LinkedHashMap<>();
                r.put("outbound", total); r.put("inbound", 1L); r.put("venue", 0L); r.put("subject", 2L);
            }
            LocalDate end = epoch.plusDays(d);
            return new EngagementRow(1, e < 200 ? country[e] : null, e < 200 ? null : pairs.get(e - 200), w, end.minusDays(w - 1), end,
                    total, k, r, total + 3, fin, Instant.ofEpochSecond(1_700_000_000L + sec));
        }
    }
}
