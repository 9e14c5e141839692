package parley.streams.engagement;

import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;

import java.nio.ByteBuffer;

/**
 * Additive engagement counts: events by kind, by role (countries only) and mentions. Used both for one day of an
 * entity and for a whole window (a window's counts are the sum of its days': every event has one day, one kind,
 * one role per country, and every report id belongs to one event).
 *
 * <p>Fields, not an array: the engagement stage keeps hundreds of thousands of these on the heap (56 bytes each
 * instead of 104 with a {@code long[]}). Ints hold any window's counts (2.1 billion events); the stored form keeps
 * longs, as before.
 */
public final class Counts {
    private static final int SIZE = Kind.values().length + Role.values().length + 1;

    // by kind: VISIT, MEETING, CALL, STATEMENT; by role: OUTBOUND, INBOUND, VENUE, SUBJECT; mentions
    private int visit, meeting, call, statement;
    private int outbound, inbound, venue, subject;
    private int mentions;
    /** Waiting for the commit in the engagement stage's list of changes (not part of the value). */
    private boolean pending;

    private Counts() { }

    public static Counts zero() { return new Counts(); }

    public Counts copy() { return zero().combine(this, 1); }

    public void add(Delta d) {
        if (d.kind() != null) switch (d.kind()) {
            case VISIT -> visit++;
            case MEETING -> meeting++;
            case CALL -> call++;
            case STATEMENT -> statement++;
        }
        if (d.role() != null) switch (d.role()) {
            case OUTBOUND -> outbound++;
            case INBOUND -> inbound++;
            case VENUE -> venue++;
            case SUBJECT -> subject++;
        }
        mentions++;
    }

    /** this + other, as a new value. */
    public Counts plus(Counts other) { return copy().combine(other, 1); }

    /** this − other, as a new value. */
    public Counts minus(Counts other) { return copy().combine(other, -1); }

    /** this += sign · other. */
    private Counts combine(Counts o, int sign) {
        visit += sign * o.visit;
        meeting += sign * o.meeting;
        call += sign * o.call;
        statement += sign * o.statement;
        outbound += sign * o.outbound;
        inbound += sign * o.inbound;
        venue += sign * o.venue;
        subject += sign * o.subject;
        mentions += sign * o.mentions;
        return this;
    }

    /** Marks these counts as waiting for the commit; true if they were not already. */
    boolean markPending() {
        if (pending) return false;
        pending = true;
        return true;
    }

    void clearPending() { pending = false; }

    /** Distinct events: each has exactly one kind. */
    public long total() { return (long) visit + meeting + call + statement; }

    public long mentions() { return mentions; }

    public long kind(Kind k) {
        return switch (k) {
            case VISIT -> visit;
            case MEETING -> meeting;
            case CALL -> call;
            case STATEMENT -> statement;
        };
    }

    public long role(Role r) {
        return switch (r) {
            case OUTBOUND -> outbound;
            case INBOUND -> inbound;
            case VENUE -> venue;
            case SUBJECT -> subject;
        };
    }

    private int[] values() { return new int[]{visit, meeting, call, statement, outbound, inbound, venue, subject, mentions}; }

    /** Nine big-endian longs: kinds, roles, mentions. */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE * Long.BYTES);
        for (int x : values()) b.putLong(x);
        return b.array();
    }

    public static Counts decode(byte[] bytes) {
        Counts c = zero();
        if (bytes == null) return c;
        ByteBuffer b = ByteBuffer.wrap(bytes);
        c.visit = next(b);
        c.meeting = next(b);
        c.call = next(b);
        c.statement = next(b);
        c.outbound = next(b);
        c.inbound = next(b);
        c.venue = next(b);
        c.subject = next(b);
        c.mentions = next(b);
        return c;
    }

    private static int next(ByteBuffer b) { return Math.toIntExact(b.getLong()); }

    @Override
    public boolean equals(Object o) { return o instanceof Counts c && java.util.Arrays.equals(values(), c.values()); }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(values()); }

    @Override
    public String toString() { return java.util.Arrays.toString(values()); }
}
