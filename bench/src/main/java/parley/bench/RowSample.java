package parley.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import parley.config.ParleyConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Result rows as a pipeline run wrote them (key, value, timestamp bytes), read back from its live or final topic at
 * evenly spread offsets, so the baseline can send rows of the same size and content. Committed records only.
 */
final class RowSample {
    record Row(byte[] key, byte[] value, long timestamp) {
        int bytes() { return (key == null ? 0 : key.length) + (value == null ? 0 : value.length); }
    }

    /** Slices per partition the sample is spread over. */
    static final int SLICES = 10;

    private final List<Row> rows;

    RowSample(List<Row> rows) { this.rows = List.copyOf(rows); }

    List<Row> rows() { return rows; }

    int size() { return rows.size(); }

    boolean isEmpty() { return rows.isEmpty(); }

    /** Mean key + value bytes of the sampled rows (0 when empty). */
    double meanBytes() { return rows.isEmpty() ? 0 : rows.stream().mapToLong(Row::bytes).sum() / (double) rows.size(); }

    /** The row for the i-th record sent: the sample in a cycle. */
    Row cycle(long i) { return rows.get((int) (i % rows.size())); }

    /** Up to {@code max} rows of {@code topic}, taken in {@link #SLICES} runs starting at evenly spread offsets. */
    static RowSample take(ParleyConfig c, String topic, int max) {
        Map<String, Object> props = new HashMap<>(c.kafka("consumer"));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-row-sample");
        List<Row> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            int perSlice = Math.max(1, max / (SLICES * tps.size()));
            for (TopicPartition tp : tps) {
                long b = begin.get(tp), e = end.get(tp);
                if (e <= b) continue;
                consumer.assign(List.of(tp));
                for (int s = 0; s < SLICES; s++) {
                    consumer.seek(tp, b + (e - b) * s / SLICES);
                    int got = 0;
                    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    while (got < perSlice && consumer.position(tp) < e && System.nanoTime() < deadline) {
                        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                            if (got++ >= perSlice) break;
                            out.add(new Row(r.key(), r.value(), r.timestamp()));
                        }
                    }
                }
            }
        }
        return new RowSample(out);
    }
}
