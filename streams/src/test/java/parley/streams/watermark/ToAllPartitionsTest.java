package parley.streams.watermark;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;
import parley.streams.dedup.Delta;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ToAllPartitionsTest {
    private final ToAllPartitions partitioner = new ToAllPartitions();

    @Test
    void aWatermarkGoesToEveryPartition() {
        assertThat(partitioner.partitions("t", "W:2", new Watermark(2, 19_000), 4)).contains(Set.of(0, 1, 2, 3));
        assertThat(partitioner.partitions("t", "W:0", new Watermark(0, 19_000), 1)).contains(Set.of(0));
    }

    @Test
    void anythingElseGoesWhereKafkasDefaultPartitionerPutsItsKey() {
        // the producer keys events by event_key with the default partitioner; tests and the deltas topic rely on the same
        for (int i = 0; i < 2000; i++) {
            String key = "C:" + i + "|CALL|FRA|DEU|2024-01-" + (1 + i % 28);
            for (int n : new int[]{1, 2, 4, 7}) {
                int expected = BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), n);
                assertThat(ToAllPartitions.byKey(key, n)).isEqualTo(expected);
                assertThat(partitioner.partitions("t", key, Delta.mention(19_000), n)).contains(Set.of(expected));
            }
        }
    }
}
