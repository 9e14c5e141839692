package parley.consumer.web;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the dashboard starts reading the accepted-events topic, so that start-up reads a bounded range however long
 * the topic's history: from about {@code lookbackDays} before the latest event day on the topic.
 *
 * <p>The broker's time index cannot answer this: the topic is written in transactions, and each commit marker carries
 * the wall clock while the records carry their event day, so {@code offsetsForTimes} and the max-timestamp lookup
 * answer with the markers. Instead the start is found by reading single records (a binary search over offsets,
 * about log2(records) fetches per partition). It relies on the order the Streams application writes the topic in:
 * within a partition the latest event day written so far only grows, and a record is never more than
 * {@code disorderDays} older than it. So a record older than (bound − disorderDays) has only records older than the
 * bound before it: starting after it skips nothing the windows need.
 */
final class AcceptedStart {
    static final long MILLIS_PER_DAY = 86_400_000L;
    /** Offsets read at the end of a partition to find its latest event day (each transaction adds one marker). */
    static final int TAIL = 1000;

    private final Consumer<?, ?> consumer;
    private final Duration timeout;

    AcceptedStart(Consumer<?, ?> consumer, Duration timeout) {
        this.consumer = consumer;
        this.timeout = timeout;
    }

    /** 00:00 UTC of the day {@code days} before the day of {@code timestamp}; -1 when nothing is known. */
    static long bound(long timestamp, int days) {
        if (timestamp < 0) return -1;
        long day = Math.floorDiv(timestamp, MILLIS_PER_DAY) - days;
        return Math.max(0L, day * MILLIS_PER_DAY);
    }

    /**
     * The offset to start each partition at. Uses the consumer's assignment for the search and leaves it assigned to
     * {@code parts} (positions unspecified: seek to the answer).
     */
    Map<TopicPartition, Long> offsets(List<TopicPartition> parts, int lookbackDays, int disorderDays) {
        Map<TopicPartition, Long> out = new HashMap<>();
        if (parts.isEmpty()) return out;
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(parts, timeout);
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts, timeout);
        consumer.assign(parts);
        consumer.pause(parts);
        long latest = -1;
        for (TopicPartition tp : parts) latest = Math.max(latest, latestTimestamp(tp, begins.get(tp), ends.get(tp)));
        long bound = bound(latest, lookbackDays + disorderDays);
        for (TopicPartition tp : parts) out.put(tp, bound < 0 ? begins.get(tp) : search(tp, begins.get(tp), ends.get(tp), bound));
        consumer.resume(parts);
        return out;
    }

    /** The greatest record timestamp among the last {@link #TAIL} offsets (-1 for none). */
    long latestTimestamp(TopicPartition tp, long begin, long end) {
        long latest = -1;
        consumer.resume(List.of(tp));
        try {
            consumer.seek(tp, Math.max(begin, end - TAIL));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(tp, timeout) < end && System.nanoTime() < deadline)
                for (ConsumerRecord<?, ?> r : consumer.poll(Duration.ofMillis(100)).records(tp))
                    if (r.offset() < end) latest = Math.max(latest, r.timestamp());
        } finally {
            consumer.pause(List.of(tp));
        }
        return latest;
    }

    /** The first offset after the last record found older than {@code bound} (binary search, see the class comment). */
    long search(TopicPartition tp, long begin, long end, long bound) {
        long lo = begin, hi = end;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            ConsumerRecord<?, ?> r = recordAt(tp, mid, end);
            if (r != null && r.timestamp() < bound) lo = r.offset() + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first committed record at or after {@code offset} and before {@code end}, or null. */
    private ConsumerRecord<?, ?> recordAt(TopicPartition tp, long offset, long end) {
        consumer.resume(List.of(tp));
        try {
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(tp, timeout) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<?, ?> r : consumer.poll(Duration.ofMillis(100)).records(tp))
                    return r.offset() < end ? r : null;
            }
            return null;
        } finally {
            consumer.pause(List.of(tp));
        }
    }
}
