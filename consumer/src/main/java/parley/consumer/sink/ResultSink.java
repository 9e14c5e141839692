package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;

/**
 * A place results are written to. Each sink stores its own read positions atomically with its rows, so a restart
 * resumes exactly where that sink stopped: nothing is written twice and nothing is skipped.
 */
public interface ResultSink extends AutoCloseable {
    String name();

    /** The next offset this sink needs, per partition it has seen; absent = from the beginning. */
    Map<TopicPartition, Long> positions();

    /** Writes rows (already filtered to offsets ≥ positions()) and records the new positions, atomically. */
    void write(List<RowRecord> rows, Map<TopicPartition, Long> next);

    @Override
    void close();
}
