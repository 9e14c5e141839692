package parley.streams.engagement;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import parley.streams.time.DayKeys;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Counts by day, then by key (an entity for daily counts, a {@link RowId} for a row), in memory: the engagement
 * stage's working state, read and written per delta without a store in between. Days are kept in order so a range
 * of days is scanned or dropped at once, as the day-first store keys allowed before.
 */
public final class DayTable<K> {
    private final TreeMap<Integer, Map<K, Counts>> days = new TreeMap<>();
    private long size;
    private static final int RECENT = 16; // a power of two
    private final int[] recentDays = new int[RECENT];
    @SuppressWarnings("unchecked")
    private final Map<K, Counts>[] recent = new Map[RECENT];

    /** Everything a day-keyed store of {@link Counts} holds. */
    public static DayTable<String> load(KeyValueStore<Bytes, byte[]> store) {
        DayTable<String> t = new DayTable<>();
        Map<String, String> entities = new HashMap<>(); // one String per entity, not one per day
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                String entity = entities.computeIfAbsent(DayKeys.suffix(kv.key), e -> e);
                t.put(DayKeys.day(kv.key), entity, Counts.decode(kv.value));
            }
        }
        return t;
    }

    public Counts get(int day, K key) {
        Map<K, Counts> m = dayMap(day);
        return m == null ? null : m.get(key);
    }

    public void put(int day, K key, Counts c) {
        Map<K, Counts> m = dayMap(day);
        if (m == null) {
            days.put(day, m = new HashMap<>());
            remember(day, m);
        }
        if (m.put(key, c) == null) size++;
    }

    /**
     * The map of a day, through a small direct-mapped cache in front of the tree: a delta looks up the same few days
     * once per window, and the tree walk was a tenth of the Streams thread in a dense profile.
     */
    private Map<K, Counts> dayMap(int day) {
        int slot = day & (RECENT - 1);
        if (recentDays[slot] == day && recent[slot] != null) return recent[slot];
        Map<K, Counts> m = days.get(day);
        if (m != null) remember(day, m);
        return m;
    }

    private void remember(int day, Map<K, Counts> m) {
        int slot = day & (RECENT - 1);
        recentDays[slot] = day;
        recent[slot] = m;
    }

    private void forgetRecent() { Arrays.fill(recent, null); }

    /** The entries of one day (live view; empty when none). */
    public Map<K, Counts> day(int day) { return days.getOrDefault(day, Map.of()); }

    /** The days in [from, to), in order (live view; empty when from ≥ to, as a store's range scan is). */
    public NavigableMap<Integer, Map<K, Counts>> days(int from, int to) {
        return from >= to ? java.util.Collections.emptyNavigableMap() : days.subMap(from, true, to, false);
    }

    /** Removes the days before {@code before} and returns them, in order. */
    public NavigableMap<Integer, Map<K, Counts>> removeBefore(int before) {
        NavigableMap<Integer, Map<K, Counts>> head = days.headMap(before, false);
        TreeMap<Integer, Map<K, Counts>> removed = new TreeMap<>(head);
        for (Map<K, Counts> m : removed.values()) size -= m.size();
        head.clear();
        forgetRecent();
        return removed;
    }

    public Integer firstDay() { return days.isEmpty() ? null : days.firstKey(); }

    public long size() { return size; }

    public void clear() {
        days.clear();
        size = 0;
        forgetRecent();
    }

    /** Every entry as a store key ({@link DayKeys#key} of the day and the key's text) and value, for tests. */
    public Map<Bytes, Counts> snapshot() {
        Map<Bytes, Counts> out = new TreeMap<>();
        days.forEach((day, m) -> m.forEach((k, c) -> out.put(DayKeys.key(day, k.toString()), c.copy())));
        return out;
    }
}
