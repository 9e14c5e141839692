package parley.streams.watermark;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Partitions the deltas topic: a {@link Watermark} goes to every partition (each engagement task needs every intake
 * task's), anything else by its key, exactly as Kafka's default partitioner would (murmur2 of the key's UTF-8 bytes).
 */
public final class ToAllPartitions implements StreamPartitioner<String, Object> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
        if (value instanceof Watermark)
            return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
        return Optional.of(Set.of(byKey(key, numPartitions)));
    }

    /** Kafka's default partition of a String key. */
    public static int byKey(String key, int numPartitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }
}
