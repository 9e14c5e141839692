package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import parley.model.EngagementRow;

/**
 * A result row with where it was read from, so sinks can record exactly how far they got. {@code json}, when not
 * null, is exactly what {@code Json.bytes(row)} writes (compact, one line), so a sink may copy it instead of
 * serializing the row again; null when that is not known.
 */
public record RowRecord(TopicPartition partition, long offset, EngagementRow row, byte[] json) {
    public RowRecord(TopicPartition partition, long offset, EngagementRow row) { this(partition, offset, row, null); }
}
