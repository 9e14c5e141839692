package parley.streams.topology;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.streams.EventGenerator;
import parley.streams.ReferenceModel;
import parley.streams.StreamsSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.streams.TestEvents.visit;

/**
 * {@code live.coalesce} (CONTRACT §2): the live topic carries each row changed in a commit once, with its latest
 * value, through the record cache of the {@code engagement-live-rows} store. The test driver commits (and flushes the
 * cache) after every input record, so one record is one commit here; an event that moves the stream day changes a
 * row twice in it (the day's decay, then the event), which is what gets coalesced.
 */
class LiveCoalescingTest {
    private static final StreamsSettings ON = StreamsSettings.defaults().withInMemoryStores(true);
    private static final StreamsSettings OFF = ON.withCoalesceLive(false);

    @Test
    void aRowChangedTwiceInOneCommitIsSentOnceWithItsLatestValue() {
        List<Event> in = List.of(visit("2024-08-01", "RUS", "AZE", "a"), visit("2024-08-02", "TUR", "AZE", "b"));
        try (Harness on = new Harness(ON); Harness off = new Harness(OFF)) {
            in.forEach(e -> { on.send(e); off.send(e); });
            // 08-02 moves the stream day: AZE's 7-day row for 08-02 is made from 08-01's (decay, total 1), then the
            // 08-02 event adds to it (total 2)
            assertThat(totals(off.liveRecords(), "AZE|7|2024-08-02")).containsExactly(1L, 2L);
            assertThat(totals(on.liveRecords(), "AZE|7|2024-08-02")).containsExactly(2L);
        }
    }

    /**
     * Generated input (disorder, second reports, late events) through the topology with and without coalescing: per
     * commit the same rows with the same latest values, each once; overall fewer live records; the same final rows,
     * in the same order; and each row's coalesced values are a subsequence of its uncoalesced ones.
     */
    @Test
    void perCommitTheSameRowsAndLatestValuesAsWithoutCoalescing() {
        List<Event> events = new EventGenerator(1807L).spanDays(60).disorder(0.2, ON.graceDays()).followUps(0.2)
                .late(0.01, ON.graceDays()).generate(800);
        long onCount = 0, offCount = 0;
        Map<String, List<EngagementRow>> onSeq = new HashMap<>(), offSeq = new HashMap<>();
        try (Harness on = new Harness(ON); Harness off = new Harness(OFF)) {
            for (Event e : events) {
                on.send(e);
                off.send(e);
                List<TestRecord<String, EngagementRow>> a = on.liveRecords(), b = off.liveRecords();
                assertThat(a).extracting(TestRecord::key).as("each row once per commit").doesNotHaveDuplicates();
                assertThat(latestByKey(a)).as("rows and latest values of the commit of " + e.id()).isEqualTo(latestByKey(b));
                onCount += a.size();
                offCount += b.size();
                a.forEach(r -> onSeq.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
                b.forEach(r -> offSeq.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
                on.dropChangelogs();
                off.dropChangelogs();
            }
            List<EngagementRow> finals = on.finals();
            assertThat(finals).isNotEmpty().isEqualTo(off.finals());
        }
        System.out.printf("live records: %d coalesced, %d uncoalesced%n", onCount, offCount);
        assertThat(onCount).isLessThan(offCount);
        assertThat(onSeq.keySet()).isEqualTo(offSeq.keySet());
        onSeq.forEach((k, seen) -> assertThat(isSubsequence(seen, offSeq.get(k))).as(k).isTrue());
    }

    /**
     * A record cache too small for one commit's rows flushes entries early, while a record is being processed: the
     * live rows still converge on the reference model's rows, and the final rows are exact.
     */
    @Test
    void aTinyRecordCacheFlushesEarlyAndStillConvergesOnTheReference() {
        List<Event> events = new EventGenerator(77L).spanDays(45).disorder(0.2, ON.graceDays()).followUps(0.2).generate(500);
        ReferenceModel.Result expected = ReferenceModel.computeEvents(events, ON.windows(), ON.graceDays());
        Properties tiny = new Properties();
        tiny.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 4096L);
        Map<String, EngagementRow> finals = new HashMap<>();
        Map<String, EngagementRow> latest;
        try (Harness h = new Harness(ON, tiny)) {
            for (Event e : events) {
                h.send(e);
                for (EngagementRow r : h.finals()) assertThat(finals.put(r.rowKey(), r)).as("final once").isNull();
                h.dropChangelogs();
            }
            latest = h.latestLive();
        }
        assertThat(expected.finals()).isNotEmpty();
        assertThat(latest.keySet()).isEqualTo(expected.rows().keySet());
        latest.forEach((k, r) -> assertThat(ReferenceModel.comparable(r, false)).as(k).isEqualTo(expected.rows().get(k)));
        assertThat(finals.keySet()).isEqualTo(expected.finals().keySet());
        finals.forEach((k, r) -> assertThat(ReferenceModel.comparable(r, true)).as(k).isEqualTo(expected.finals().get(k)));
    }

    private static List<Long> totals(List<TestRecord<String, EngagementRow>> recs, String key) {
        return recs.stream().filter(r -> r.key().equals(key)).map(r -> r.value().total()).toList();
    }

    private static Map<String, EngagementRow> latestByKey(List<TestRecord<String, EngagementRow>> recs) {
        Map<String, EngagementRow> out = new LinkedHashMap<>();
        recs.forEach(r -> out.put(r.key(), r.value()));
        return new HashMap<>(out);
    }

    private static boolean isSubsequence(List<EngagementRow> sub, List<EngagementRow> all) {
        int i = 0;
        for (EngagementRow r : all) if (i < sub.size() && sub.get(i).equals(r)) i++;
        return i == sub.size();
    }
}
