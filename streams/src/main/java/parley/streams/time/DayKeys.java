package parley.streams.time;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Store keys that start with a sortable day, so whole days can be scanned and purged by range. */
public final class DayKeys {
    private DayKeys() { }

    public static Bytes key(int day, String suffix) {
        byte[] s = suffix.getBytes(UTF_8);
        return Bytes.wrap(Days.putSortable(ByteBuffer.allocate(Days.SORTABLE_BYTES + s.length), day).put(s).array());
    }

    public static int day(Bytes key) { return Days.getSortable(ByteBuffer.wrap(key.get())); }

    public static String suffix(Bytes key) {
        byte[] k = key.get();
        return new String(k, Days.SORTABLE_BYTES, k.length - Days.SORTABLE_BYTES, UTF_8);
    }

    /**
     * Deletes every key of a day in [from, to). Keys are collected first: no writes while an iterator is open. Each
     * key is deleted with {@link #forget}.
     */
    public static int deleteDays(KeyValueStore<Bytes, byte[]> store, int from, int to) {
        if (to <= from) return 0;
        List<Bytes> keys = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.range(Bytes.wrap(Days.prefix(from)), Bytes.wrap(Days.prefix(to)))) {
            while (it.hasNext()) {
                Bytes k = it.next().key;
                if (day(k) < to) keys.add(k);
            }
        }
        for (Bytes k : keys) forget(store, k);
        return keys.size();
    }

    /**
     * Deletes a key without reading its value: {@code put(key, null)} is a delete for a key-value store (its null
     * value serializes to null bytes), while {@code delete} returns the old value, which behind Streams' record cache
     * means a cache lookup and, on a miss, a RocksDB read that then fills the cache with the value being deleted.
     */
    public static void forget(KeyValueStore<Bytes, byte[]> store, Bytes key) { store.put(key, null); }
}
