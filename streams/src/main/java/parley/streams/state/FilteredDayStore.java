package parley.streams.state;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import parley.streams.time.DayKeys;

/**
 * A day-keyed store ({@link DayKeys}) without a record cache, with a {@link KeyFilter} in front that knows which
 * keys it may hold: a key never written costs no store read. The two are changed together here, so that no caller
 * writes or drops a day in one and not the other. For stores whose keys are written once or rarely (report ids,
 * events): a record cache would only add a sorted-map put per record.
 */
public final class FilteredDayStore {
    private final KeyValueStore<Bytes, byte[]> store;
    private final KeyFilter filter = new KeyFilter();

    /** Call from {@code Processor#init}, after the store is restored: the filter learns every key it holds. */
    public FilteredDayStore(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            while (it.hasNext()) {
                Bytes k = it.next().key;
                filter.add(DayKeys.day(k), DayKeys.suffix(k));
            }
        }
    }

    /** The value of {@code key} on {@code day}, or null; reads the store only when the filter says "maybe". */
    public byte[] get(int day, String key) {
        return filter.mightContain(day, key) ? store.get(DayKeys.key(day, key)) : null;
    }

    public void put(int day, String key, byte[] value) {
        store.put(DayKeys.key(day, key), value);
        filter.add(day, key);
    }

    /** Drops the store's days in [from, to) and the filter's days before {@code to}. */
    public void dropDays(int from, int to) {
        DayKeys.deleteDays(store, from, to);
        filter.removeBefore(to);
    }
}
