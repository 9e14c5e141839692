package parley.streams.engagement;

import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.Test;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;
import parley.streams.state.DayStores;
import parley.streams.time.StreamDay;
import parley.streams.watermark.UpstreamDays;
import parley.streams.watermark.Watermark;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several partitions the engagement stage's stream day is the minimum of the intake tasks' watermarks, so its
 * first stream day can be before the first day with counts (deltas that came ahead of it): that start must wait, not
 * fail, and the rows must appear once the stream day reaches the counts.
 */
class WatermarkStartTest {

    @Test
    void aFirstStreamDayBeforeTheFirstCountsWaitsForThem() {
        MockProcessorContext<String, Object> ctx = new MockProcessorContext<>();
        ctx.setCurrentSystemTimeMs(1_700_000_000_000L);
        store(DayStores.bytes(EngagementProcessor.DAILY, true), ctx);
        store(StreamDay.store(EngagementProcessor.STREAM_DAY, true), ctx);
        store(UpstreamDays.store(true), ctx);
        EngagementProcessor p = new EngagementProcessor(List.of(7), 2, 2);
        p.init(ctx);

        p.process(new Record<>("C:AZE", Delta.newEvent(20, Kind.VISIT, Role.INBOUND), 0L)); // ahead: counts only
        p.process(new Record<>("W:0", new Watermark(0, 15), 0L));
        p.process(new Record<>("W:1", new Watermark(1, 15), 0L)); // stream day 15, counts on day 20
        assertThat(p.openRows()).isEmpty();
        assertThat(ctx.forwarded()).isEmpty();

        p.process(new Record<>("W:0", new Watermark(0, 21), 0L));
        p.process(new Record<>("W:1", new Watermark(1, 21), 0L)); // stream day 21: rows for days 20 and 21
        assertThat(p.openRows()).hasSize(2);
        assertThat(ctx.forwarded()).hasSize(2);
    }

    private static <K, V> void store(StoreBuilder<KeyValueStore<K, V>> b, MockProcessorContext<String, Object> ctx) {
        KeyValueStore<K, V> s = b.withLoggingDisabled().withCachingDisabled().build();
        s.init(ctx.getStateStoreContext(), s);
        ctx.addStateStore(s);
    }
}
