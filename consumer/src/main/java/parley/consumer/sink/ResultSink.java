package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import parley.consumer.StoredPositions;

import java.util.List;
import java.util.Map;

/**
 * A place results are written to. Each sink stores its own read positions atomically with its rows, so a restart
 * resumes exactly where that sink stopped: nothing is written twice and nothing is skipped.
 */
public interface ResultSink extends AutoCloseable, StoredPositions.Table {
    String name();

    /** The next offset this sink needs, per partition it has seen; absent = from the beginning. */
    Map<TopicPartition, Long> positions();

    /**
     * The identity (Kafka topic id) of the topic each stored position was read from; a partition absent here has no
     * identity recorded (positions stored before parley kept them). A topic name alone is not enough: after a start
     * over (a new broker, or the topic deleted and created again) the same name has new offsets, and positions from
     * the old topic would skip rows of the new one.
     */
    Map<TopicPartition, String> topicIds();

    /** The identities (topic name → topic id) of the topics being read: positions written from now on are stored with them. */
    void useTopicIds(Map<String, String> ids);

    /** Writes rows (already filtered to offsets ≥ positions()) and records the new positions, atomically. */
    void write(List<RowRecord> rows, Map<TopicPartition, Long> next);

    /** The number of partitions of each topic being read (topic name → count; empty when unknown), on each assignment. */
    default void partitionCounts(Map<String, Integer> counts) { }

    /**
     * The consumer is idle (a poll brought nothing): a sink that holds some work back (the file sink replaces its
     * file of live rows at most about once a second) does it now if it is due.
     */
    default void flush() { }

    @Override
    void close();
}
