package parley.streams.state;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Which keys of a day-keyed store may exist, in memory: per day, a set of 64-bit hashes of the keys. "No" is
 * certain, so a store without a record cache needs no read for a key it never held (most keys: new report ids, new
 * events); "maybe" is checked against the store, so a hash collision costs one read, never a wrong answer.
 * Days are dropped with the store's days.
 */
public final class KeyFilter {
    private final TreeMap<Integer, LongSet> days = new TreeMap<>();

    public boolean mightContain(int day, String key) {
        LongSet s = days.get(day);
        return s != null && s.contains(hash(key));
    }

    public void add(int day, String key) { days.computeIfAbsent(day, d -> new LongSet()).add(hash(key)); }

    public void removeBefore(int day) { days.headMap(day, false).clear(); }


    /** FNV-1a over the UTF-8 bytes, then a final mix (murmur3's fmix64) so that the low bits spread. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** An open-addressing set of longs (0 stands for itself through a flag): 8 bytes a key at a load of ½ to ¼. */
    static final class LongSet {
        private long[] table = new long[16];
        private int size;
        private boolean hasZero;

        boolean contains(long x) {
            if (x == 0) return hasZero;
            int mask = table.length - 1;
            for (int i = (int) x & mask; ; i = (i + 1) & mask) {
                if (table[i] == x) return true;
                if (table[i] == 0) return false;
            }
        }

        void add(long x) {
            if (x == 0) {
                hasZero = true;
                return;
            }
            if (2 * (size + 1) > table.length) grow();
            if (insert(table, x)) size++;
        }

        private static boolean insert(long[] t, long x) {
            int mask = t.length - 1;
            for (int i = (int) x & mask; ; i = (i + 1) & mask) {
                if (t[i] == x) return false;
                if (t[i] == 0) {
                    t[i] = x;
                    return true;
                }
            }
        }

        private void grow() {
            long[] t = new long[table.length * 2];
            for (long x : table) if (x != 0) insert(t, x);
            table = t;
        }
    }
}
