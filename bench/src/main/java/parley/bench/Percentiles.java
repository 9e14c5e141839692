package parley.bench;

import java.util.Arrays;

/** Exact percentiles of recorded values (nearest-rank: the smallest value with at least p % of values ≤ it). Thread-safe. */
public final class Percentiles {
    private long[] values = new long[1024];
    private int n;

    public synchronized void add(long v) {
        if (n == values.length) values = Arrays.copyOf(values, n * 2);
        values[n++] = v;
    }

    public synchronized int count() { return n; }

    /** Nearest-rank percentile, p in (0, 100]; NaN when empty. */
    public synchronized double percentile(double p) {
        if (p <= 0 || p > 100) throw new IllegalArgumentException("p must be in (0, 100], got " + p);
        if (n == 0) return Double.NaN;
        long[] s = Arrays.copyOf(values, n);
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return s[Math.max(0, rank - 1)];
    }

    public synchronized double max() {
        if (n == 0) return Double.NaN;
        long m = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) m = Math.max(m, values[i]);
        return m;
    }

    public synchronized double mean() {
        if (n == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < n; i++) s += values[i];
        return s / n;
    }
}
