package parley.streams.time;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import parley.streams.dedup.Delta;
import parley.streams.intake.Parsed;
import parley.streams.watermark.Watermark;

/**
 * Event time (CONTRACT.md §3): a valid event's {@code date} at 00:00 UTC, never the wall clock. Streams deserializes
 * before it extracts, so this sees the {@link Parsed} value and does not parse again.
 *
 * <p>An invalid record gets the partition time, so it does not move stream time (§4). On the deltas topic a delta or a
 * watermark gets its day, read from the value: the re-keying topics use LogAppendTime (retention from arrival), so
 * their record timestamps are the broker's clock, and Streams would otherwise order and time them by arrival. Any
 * other value keeps its record timestamp. Never negative: Streams would drop the record.
 */
public final class EventTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Object value = record.value();
        if (value instanceof Parsed p) {
            if (p.valid()) return Days.timestamp(p.event().date());
            return Math.max(0L, partitionTime);
        }
        if (value instanceof Delta d) return Days.timestamp(d.day());
        if (value instanceof Watermark w) return Days.timestamp(w.day());
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(0L, partitionTime);
    }
}
