package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import parley.model.EngagementRow;

/** A result row with where it was read from, so sinks can record exactly how far they got. */
public record RowRecord(TopicPartition partition, long offset, EngagementRow row) { }
