package parley.streams.time;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import parley.streams.state.DayStores;

/**
 * The per-task stream day (CONTRACT.md §3: the latest event day seen), kept in a changelogged store so a restart
 * or a task move keeps it. Each stage keeps its own: with one input partition they are all equal. Create one per
 * {@code Processor#init}: it keeps the value it read, and it is asked for on every record.
 */
public final class StreamDay {
    private static final String KEY = "stream_day";
    private final KeyValueStore<String, Integer> store;
    /** The store's value, read once: a processor creates its StreamDay in init, after the store is restored. */
    private Integer day;
    private boolean read;

    public StreamDay(KeyValueStore<String, Integer> store) { this.store = store; }

    public static StoreBuilder<KeyValueStore<String, Integer>> store(String name, boolean inMemory) {
        return DayStores.of(name, Serdes.String(), Serdes.Integer(), inMemory);
    }

    /** The epoch day, or null before the first event. */
    public Integer get() {
        if (!read) {
            day = store.get(KEY);
            read = true;
        }
        return day;
    }

    /** What a stage does when the stream day moves: from the day before (null: none yet) to the new one. */
    @FunctionalInterface
    public interface Move { void moved(Integer from, int to); }

    /**
     * The stream day after a record of {@code epochDay}: the later of the two (or the first day). When it moves,
     * it is stored first and then {@code onMove} runs, before the record is handled, as with one task.
     */
    public int follow(int epochDay, Move onMove) {
        Integer before = get();
        if (before != null && epochDay <= before) return before;
        set(epochDay);
        onMove.moved(before, epochDay);
        return epochDay;
    }

    public void set(int epochDay) {
        store.put(KEY, epochDay);
        day = epochDay;
        read = true;
    }
}
