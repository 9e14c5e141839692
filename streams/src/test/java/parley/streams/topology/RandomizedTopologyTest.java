package parley.streams.topology;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.streams.EventGenerator;
import parley.streams.ReferenceModel;
import parley.streams.StreamsSettings;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;
import parley.streams.engagement.Counts;
import parley.streams.engagement.DayTable;
import parley.streams.engagement.EngagementProcessor;
import parley.streams.engagement.RowRebuild;
import parley.streams.time.DayKeys;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The topology against {@link ReferenceModel} on generated input: same rows, same finals, same late and dead letters. */
class RandomizedTopologyTest {

    @Test
    void defaultWindowsMatchTheReference() {
        // in-memory stores keep this one fast; the production RocksDB stores run in the test below and in
        // EngagementTopologyTest (same byte-ordered keys and range scans either way)
        run(StreamsSettings.defaults().withInMemoryStores(true), 20240801L, 2500, 75);
    }

    @Test
    void shortWindowsAndGraceMatchTheReferenceOnRocksDb() {
        // windows shorter than grace exercise the "first 0 row created by a late event" path
        run(StreamsSettings.defaults().withWindows(List.of(1, 3, 10)).withGrace(4), 7L, 2000, 90);
    }

    @Test
    void rekeyedTopologyMatchesTheReference() {
        // the several-partitions shape (re-keying topics between the stages) on one partition gives the same rows
        run(StreamsSettings.defaults().withInMemoryStores(true).withRekey(true), 99L, 1500, 60);
    }

    private void run(StreamsSettings settings, long seed, int count, int span) {
        List<Event> events = new EventGenerator(seed).spanDays(span).disorder(0.2, settings.graceDays())
                .followUps(0.2).repeats(0.02).late(0.01, settings.graceDays()).generate(count);
        Random rnd = new Random(seed);
        List<Map.Entry<String, byte[]>> records = new ArrayList<>();
        for (Event e : events) {
            records.add(Map.entry(e.id(), EventGenerator.bytes(e)));
            if (rnd.nextDouble() < 0.01) {   // corrupt a copy: a bad code, or broken JSON
                String json = new String(EventGenerator.bytes(e), StandardCharsets.UTF_8);
                String bad = rnd.nextBoolean() ? json.replaceFirst("\"country\":\"[A-Z]+\"", "\"country\":\"XXX\"") : json.substring(0, json.length() / 2);
                records.add(Map.entry("bad-" + records.size(), bad.getBytes(StandardCharsets.UTF_8)));
            }
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        ReferenceModel.Result expected = ReferenceModel.compute(records, settings.windows(), settings.graceDays());
        // the generated input must exercise what it is meant to
        assertThat(expected.lateIds()).isNotEmpty();
        assertThat(expected.invalidKeys()).isNotEmpty();
        assertThat(expected.duplicateIds()).isPositive();
        assertThat(expected.acceptedReports()).isGreaterThan(expected.events());
        assertThat(expected.finals()).isNotEmpty();

        Map<String, EngagementRow> latest = new HashMap<>();
        liveCount[0] = 0;
        Map<String, EngagementRow> finals = new HashMap<>();
        List<String> lateKeys = new ArrayList<>();
        List<String> deadKeys = new ArrayList<>();
        long c1 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int rebuildChecks = 0;
        try (Harness h = new Harness(settings)) {
            int i = 0;
            for (var r : records) {
                h.sendRaw(r.getKey(), r.getValue());
                if (++i % 200 == 0) {
                    drain(h, latest, finals);
                    rebuildChecks += assertRowsRebuildFromDays(h, latest);
                    h.dropChangelogs();
                }
            }
            drain(h, latest, finals);
            h.late.readRecordsToList().forEach(r -> lateKeys.add(r.key()));
            h.dlq.readRecordsToList().forEach(r -> deadKeys.add(r.key()));
        }
        System.out.printf("randomized: %d records, %d rows, %d finals, %d live records, %.1f s wall, cpu reference %.1f s, topology %.1f s%n",
                records.size(), expected.rows().size(), expected.finals().size(), liveCount[0], (System.nanoTime() - t0) / 1e9,
                (c1 - c0) / 1e9, (mx.getCurrentThreadCpuTime() - c1) / 1e9);
        assertThat(rebuildChecks).as("rebuild checks with open rows").isGreaterThan(3);
        assertThat(deadKeys).containsExactlyElementsOf(expected.invalidKeys());
        assertThat(lateKeys).containsExactlyElementsOf(expected.lateIds());
        assertThat(differences(latest, expected.rows(), false)).as("live rows vs reference").isEmpty();
        assertThat(differences(finals, expected.finals(), true)).as("final rows vs reference").isEmpty();
        assertThat(latest).hasSize(expected.rows().size());
    }

    /** Missing, extra and different rows, at most 20 (AssertJ's any-order comparisons are quadratic). */
    private static List<String> differences(Map<String, EngagementRow> actual, Map<String, EngagementRow> expected, boolean isFinal) {
        List<String> out = new ArrayList<>();
        for (var e : expected.entrySet()) {
            EngagementRow a = actual.get(e.getKey());
            if (a == null) out.add("missing " + e.getValue());
            else if (!ReferenceModel.comparable(a, isFinal).equals(e.getValue())) out.add("differs: " + a + " expected " + e.getValue());
        }
        for (String k : actual.keySet()) if (!expected.containsKey(k)) out.add("unexpected " + actual.get(k));
        return out.subList(0, Math.min(20, out.size()));
    }

    /**
     * The open rows have no store and no changelog: a restarted task rebuilds them from the daily store and the
     * stream day. Checks, at this point of the run, that the rebuild gives exactly the rows the processor built
     * incrementally, as the live topic shows them: the latest live value of every row not yet final (the test driver
     * commits after each record, so every change has been forwarded). Returns 1 if there were open rows (so the check
     * was not vacuous), else 0.
     */
    private static int assertRowsRebuildFromDays(Harness h, Map<String, EngagementRow> latest) {
        KeyValueStore<Bytes, byte[]> daily = h.driver.getKeyValueStore(EngagementProcessor.DAILY);
        KeyValueStore<String, Integer> day = h.driver.getKeyValueStore(EngagementProcessor.STREAM_DAY);
        Integer s = day.get("stream_day");
        if (s == null) return 0;
        Map<Bytes, Counts> rebuilt = RowRebuild.rows(DayTable.load(daily), s, h.settings.windows(), h.settings.graceDays()).snapshot();
        Map<Bytes, EngagementRow> open = new TreeMap<>();
        for (EngagementRow r : latest.values()) {
            int end = Math.toIntExact(r.windowEnd().toEpochDay());
            if (end < s - h.settings.graceDays()) continue;
            String entity = r.country() != null ? Delta.country(r.country()) : Delta.pair(String.join("|", r.pair()));
            open.put(DayKeys.key(end, r.windowDays() + "|" + entity), r);
        }
        List<String> diff = new ArrayList<>();
        for (var e : open.entrySet())
            if (!sameCounts(e.getValue(), rebuilt.get(e.getKey()))) diff.add(e.getValue() + ": rebuilt " + rebuilt.get(e.getKey()));
        for (var k : rebuilt.keySet()) if (!open.containsKey(k)) diff.add(DayKeys.suffix(k) + " at " + DayKeys.day(k) + ": only rebuilt " + rebuilt.get(k));
        assertThat(diff.subList(0, Math.min(10, diff.size()))).as("rows rebuilt from daily counts at stream day " + s + " vs live rows").isEmpty();
        return open.isEmpty() ? 0 : 1;
    }

    private static boolean sameCounts(EngagementRow r, Counts c) {
        if (c == null || r.total() != c.total() || r.mentions() != c.mentions()) return false;
        for (Kind k : Kind.values()) if (r.byKind().getOrDefault(k.name(), 0L) != c.kind(k)) return false;
        if (r.byRole() != null) for (Role x : Role.values()) if (r.byRole().getOrDefault(x.json(), 0L) != c.role(x)) return false;
        return true;
    }

    private static final long[] liveCount = {0};

    private static void drain(Harness h, Map<String, EngagementRow> latest, Map<String, EngagementRow> finals) {
        for (TestRecord<String, EngagementRow> r : h.live.readRecordsToList()) {
            assertThat(r.value().isFinal()).isFalse();
            latest.put(r.key(), r.value());
            liveCount[0]++;
        }
        for (TestRecord<String, EngagementRow> r : h.fin.readRecordsToList()) {
            assertThat(r.value().isFinal()).isTrue();
            assertThat(finals.put(r.key(), r.value())).as("final once: " + r.key()).isNull();
        }
    }
}
