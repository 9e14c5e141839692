package parley.streams.engagement;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;
import parley.streams.state.DayStores;
import parley.streams.time.StreamDay;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows store has no changelog, so a task that starts again on its old state (a restart, a crash: the RocksDB
 * store keeps whatever it last held) must clear it and rebuild it from the daily counts. Here a second processor is
 * initialised on the first one's stores, with junk added to the rows store, as after a crash mid-commit.
 */
class RowRebuildInitTest {
    private static final List<Integer> WINDOWS = List.of(7, 30, 90);
    private static final int GRACE = 7;

    @Test
    void initOnOldStateClearsTheRowsStoreAndRebuildsExactlyWhatProcessingBuilt() {
        MockProcessorContext<String, Object> ctx = new MockProcessorContext<>();
        ctx.setCurrentSystemTimeMs(1_700_000_000_000L);
        KeyValueStore<Bytes, byte[]> daily = store(DayStores.bytes(EngagementProcessor.DAILY, true), ctx);
        KeyValueStore<Bytes, byte[]> rows = store(DayStores.derived(EngagementProcessor.ROWS, true), ctx);
        KeyValueStore<String, Integer> day = store(StreamDay.store(EngagementProcessor.STREAM_DAY, true), ctx);

        EngagementProcessor first = new EngagementProcessor(WINDOWS, GRACE);
        first.init(ctx);
        Random rnd = new Random(3);
        int d = 19_000;
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (int i = 0; i < 8_000; i++) {
            if (rnd.nextInt(20) == 0) d++;
            int eventDay = d - rnd.nextInt(GRACE + 1); // within grace: counted
            String a = code(rnd.nextInt(500)), b = code(rnd.nextInt(500));
            String entity = rnd.nextBoolean() || a.equals(b) ? Delta.country(a) : Delta.pair(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
            // as the dedup stage sends them: a mention only for an entity and day that already has its event
            boolean mention = rnd.nextInt(4) == 0 && counted.contains(entity + "@" + eventDay);
            Delta delta = mention ? Delta.mention(eventDay)
                    : Delta.newEvent(eventDay, Kind.values()[rnd.nextInt(4)], Role.values()[rnd.nextInt(4)]);
            counted.add(entity + "@" + eventDay);
            first.process(new Record<>(entity, delta, 0L));
            if (i % 1000 == 0) ctx.resetForwards();
        }
        first.close();
        Map<Bytes, Counts> built = snapshot(rows);
        // more than one clearing chunk (10,000 keys)
        assertThat(built).hasSizeGreaterThan(10_000);

        // junk a crash could leave: a row that should not exist, and a wrong value for one that should
        rows.put(EngagementProcessor.rowKey(d - 3, 7, "C:ZZZ"), Counts.zero().encode());
        Bytes some = built.keySet().iterator().next();
        rows.put(some, Counts.zero().encode());
        assertThat(snapshot(rows)).isNotEqualTo(built);

        EngagementProcessor second = new EngagementProcessor(WINDOWS, GRACE);
        second.init(ctx);
        assertThat(day.get("stream_day")).isEqualTo(d);
        assertThat(daily.approximateNumEntries()).isPositive();
        Map<Bytes, Counts> rebuilt = snapshot(rows);
        assertThat(rebuilt.size()).isEqualTo(built.size());
        assertThat(rebuilt).isEqualTo(built);
    }

    private static String code(int i) { return "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + 'X'; }

    private static <K, V> KeyValueStore<K, V> store(org.apache.kafka.streams.state.StoreBuilder<KeyValueStore<K, V>> b,
                                                    MockProcessorContext<String, Object> ctx) {
        KeyValueStore<K, V> s = b.withLoggingDisabled().withCachingDisabled().build();
        s.init(ctx.getStateStoreContext(), s);
        ctx.addStateStore(s);
        return s;
    }

    private static Map<Bytes, Counts> snapshot(KeyValueStore<Bytes, byte[]> rows) {
        Map<Bytes, Counts> m = new TreeMap<>();
        try (var it = rows.all()) {
            it.forEachRemaining(kv -> m.put(kv.key, Counts.decode(kv.value)));
        }
        return m;
    }

}
