package parley.streams.time;

import java.nio.ByteBuffer;
import java.time.LocalDate;

/**
 * Event days as ints (days since 1970-01-01, negative before), their record timestamps, and a byte encoding that
 * sorts like the day so stores can range-scan and purge by day.
 */
public final class Days {
    public static final long MILLIS_PER_DAY = 86_400_000L;
    /** Bytes of {@link #putSortable}. */
    public static final int SORTABLE_BYTES = 4;

    private Days() { }

    public static int of(LocalDate day) { return Math.toIntExact(day.toEpochDay()); }

    public static LocalDate date(int epochDay) { return LocalDate.ofEpochDay(epochDay); }

    /**
     * The record timestamp of a day: 00:00 UTC. Kafka rejects negative timestamps, so days before 1970 (valid
     * events may date back to 1900) are clamped to 0; nothing here derives logic from record timestamps.
     */
    public static long timestamp(int epochDay) { return Math.max(0L, epochDay * MILLIS_PER_DAY); }

    public static long timestamp(LocalDate day) { return timestamp(of(day)); }

    /** Big-endian with the sign bit flipped: unsigned byte order == day order, also for negative days. */
    public static ByteBuffer putSortable(ByteBuffer b, int epochDay) { return b.putInt(epochDay ^ Integer.MIN_VALUE); }

    public static int getSortable(ByteBuffer b) { return b.getInt() ^ Integer.MIN_VALUE; }

    /** The 4-byte key prefix of a day, to bound a range scan. */
    public static byte[] prefix(int epochDay) {
        return putSortable(ByteBuffer.allocate(SORTABLE_BYTES), epochDay).array();
    }
}
