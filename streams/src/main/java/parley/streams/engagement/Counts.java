package parley.streams.engagement;

import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;

import java.nio.ByteBuffer;

/**
 * Additive engagement counts: events by kind, by role (countries only) and mentions. Used both for one day of an
 * entity and for a whole window (a window's counts are the sum of its days': every event has one day, one kind,
 * one role per country, and every report id belongs to one event).
 */
public final class Counts {
    private static final int KINDS = 0;
    private static final int ROLES = Kind.values().length;
    private static final int MENTIONS = ROLES + Role.values().length;
    private static final int SIZE = MENTIONS + 1;

    private final long[] v;

    private Counts(long[] v) { this.v = v; }

    public static Counts zero() { return new Counts(new long[SIZE]); }

    public Counts copy() { return new Counts(v.clone()); }

    public void add(Delta d) {
        if (d.kind() != null) v[KINDS + d.kind().ordinal()]++;
        if (d.role() != null) v[ROLES + d.role().ordinal()]++;
        v[MENTIONS]++;
    }

    /** this + other, as a new value. */
    public Counts plus(Counts other) {
        long[] r = v.clone();
        for (int i = 0; i < SIZE; i++) r[i] += other.v[i];
        return new Counts(r);
    }

    /** this − other, as a new value. */
    public Counts minus(Counts other) {
        long[] r = v.clone();
        for (int i = 0; i < SIZE; i++) r[i] -= other.v[i];
        return new Counts(r);
    }

    /** Distinct events: each has exactly one kind. */
    public long total() {
        long t = 0;
        for (int i = 0; i < ROLES; i++) t += v[KINDS + i];
        return t;
    }

    public long mentions() { return v[MENTIONS]; }

    public long kind(Kind k) { return v[KINDS + k.ordinal()]; }

    public long role(Role r) { return v[ROLES + r.ordinal()]; }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE * Long.BYTES);
        for (long x : v) b.putLong(x);
        return b.array();
    }

    public static Counts decode(byte[] bytes) {
        if (bytes == null) return zero();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] v = new long[SIZE];
        for (int i = 0; i < SIZE; i++) v[i] = b.getLong();
        return new Counts(v);
    }

    @Override
    public boolean equals(Object o) { return o instanceof Counts c && java.util.Arrays.equals(v, c.v); }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(v); }

    @Override
    public String toString() { return java.util.Arrays.toString(v); }
}
