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
 * The open rows have no store and no changelog, so a task that starts again (a restart, a crash, a task revived after
 * an aborted transaction) rebuilds them from the daily counts. Along the way the rebuild must equal what processing
 * built incrementally, and a second processor initialised on the first one's stores must start from exactly the
 * first one's rows.
 */
class RowRebuildInitTest {
    private static final List<Integer> WINDOWS = List.of(7, 30, 90);
    private static final int GRACE = 7;

    @Test
    void initOnOldStateRebuildsExactlyWhatProcessingBuilt() {
        MockProcessorContext<String, Object> ctx = new MockProcessorContext<>();
        ctx.setCurrentSystemTimeMs(1_700_000_000_000L);
        KeyValueStore<Bytes, byte[]> daily = store(DayStores.bytes(EngagementProcessor.DAILY, true), ctx);
        KeyValueStore<String, Integer> day = store(StreamDay.store(EngagementProcessor.STREAM_DAY, true), ctx);

        EngagementProcessor first = new EngagementProcessor(WINDOWS, GRACE);
        first.init(ctx);
        Random rnd = new Random(3);
        int d = 19_000;
        int checks = 0;
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
            if (i % 500 == 499) { // without a commit hook the daily store is written at once: rebuild from it now
                Integer s = day.get("stream_day");
                assertThat(RowRebuild.rows(DayTable.load(daily), s, WINDOWS, GRACE).snapshot())
                        .as("rebuild at record " + i).isEqualTo(first.openRows());
                checks++;
            }
        }
        first.close();
        assertThat(checks).isEqualTo(16);
        Map<Bytes, Counts> built = first.openRows();
        assertThat(built).hasSizeGreaterThan(10_000);

        EngagementProcessor second = new EngagementProcessor(WINDOWS, GRACE);
        second.init(ctx);
        assertThat(day.get("stream_day")).isEqualTo(d);
        assertThat(daily.approximateNumEntries()).isPositive();
        assertThat(second.openRows()).isEqualTo(built);
    }

    private static String code(int i) { return "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + 'X'; }

    private static <K, V> KeyValueStore<K, V> store(org.apache.kafka.streams.state.StoreBuilder<KeyValueStore<K, V>> b,
                                                    MockProcessorContext<String, Object> ctx) {
        KeyValueStore<K, V> s = b.withLoggingDisabled().withCachingDisabled().build();
        s.init(ctx.getStateStoreContext(), s);
        ctx.addStateStore(s);
        return s;
    }
}
