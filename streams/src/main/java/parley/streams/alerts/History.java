package parley.streams.alerts;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One entity's recent window counts: the days with a count &gt; 0, ascending, each with its count. A day not listed
 * had count 0 (final rows arrive for every day with a count &gt; 0, in day order). 12 bytes a day.
 */
final class History {
    private int size;
    private int[] days;
    private long[] counts;

    private History(int size, int[] days, long[] counts) {
        this.size = size;
        this.days = days;
        this.counts = counts;
    }

    static History decode(byte[] b) {
        if (b == null) return new History(0, new int[8], new long[8]);
        ByteBuffer buf = ByteBuffer.wrap(b);
        int n = b.length / (Integer.BYTES + Long.BYTES);
        int[] days = new int[Math.max(8, n)];
        long[] counts = new long[days.length];
        for (int i = 0; i < n; i++) {
            days[i] = buf.getInt();
            counts[i] = buf.getLong();
        }
        return new History(n, days, counts);
    }

    /** Null when empty (the entity's entry is deleted). */
    byte[] encode() {
        if (size == 0) return null;
        ByteBuffer buf = ByteBuffer.allocate(size * (Integer.BYTES + Long.BYTES));
        for (int i = 0; i < size; i++) buf.putInt(days[i]).putLong(counts[i]);
        return buf.array();
    }

    /** Forgets the days before {@code firstKept}; true if there were any. */
    boolean dropBefore(int firstKept) {
        int from = 0;
        while (from < size && days[from] < firstKept) from++;
        if (from == 0) return false;
        System.arraycopy(days, from, days, 0, size - from);
        System.arraycopy(counts, from, counts, 0, size - from);
        size -= from;
        return true;
    }

    /** Appends a day after every day held. */
    void append(int day, long count) {
        if (size > 0 && day <= days[size - 1]) throw new IllegalStateException("day " + day + " not after " + days[size - 1]);
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        days[size] = day;
        counts[size] = count;
        size++;
    }

    /** Σ count over days in [from, to]. */
    long sum(int from, int to) {
        long s = 0;
        for (int i = 0; i < size; i++) if (days[i] >= from && days[i] <= to) s += counts[i];
        return s;
    }

    long at(int day) { return sum(day, day); }

    int lastDay() { return size == 0 ? Integer.MIN_VALUE : days[size - 1]; }
}
