package parley.streams.time;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import parley.streams.intake.Parsed;

/**
 * Event time (CONTRACT.md §3): a valid event's {@code date} at 00:00 UTC, never the wall clock. Streams deserializes
 * before it extracts, so this sees the {@link Parsed} value and does not parse again.
 *
 * <p>An invalid record gets the partition time, so it does not move stream time (§4). Any other value (our
 * internal topics, whose timestamps we set) keeps its record timestamp. Never negative: Streams would drop the
 * record.
 */
public final class EventTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Object value = record.value();
        if (value instanceof Parsed p) {
            if (p.valid()) return Days.timestamp(p.event().date());
            return Math.max(0L, partitionTime);
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(0L, partitionTime);
    }
}
