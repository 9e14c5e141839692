package parley.streams.watermark;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import parley.streams.state.DayStores;

/**
 * The engagement task's view of the intake tasks: the latest {@link Watermark} day of each intake partition, kept
 * in a changelogged store so a restart or a task move keeps it. The minimum over all partitions is the day up to
 * which no more delta can come for a day before it − grace; null until every partition has reported.
 */
public final class UpstreamDays {
    public static final String STORE = "engagement-upstream-days";
    private final KeyValueStore<String, Integer> store;
    private final int partitions;

    public UpstreamDays(KeyValueStore<String, Integer> store, int partitions) {
        this.store = store;
        this.partitions = partitions;
    }

    public static StoreBuilder<KeyValueStore<String, Integer>> store(boolean inMemory) {
        return DayStores.of(STORE, Serdes.String(), Serdes.Integer(), inMemory);
    }

    /** Records a watermark (days only move forward: an older one, e.g. re-sent after a restart, changes nothing). */
    public void update(Watermark w) {
        if (w.partition() < 0 || w.partition() >= partitions) return;
        String key = String.valueOf(w.partition());
        Integer known = store.get(key);
        if (known == null || w.day() > known) store.put(key, w.day());
    }

    /** The smallest day over all intake partitions, or null while one has not reported yet. */
    public Integer minimum() {
        Integer min = null;
        for (int p = 0; p < partitions; p++) {
            Integer d = store.get(String.valueOf(p));
            if (d == null) return null;
            min = min == null ? d : Math.min(min, d);
        }
        return min;
    }
}
