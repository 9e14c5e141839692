package parley.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.kafka.KafkaSetup;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Knows when a run's results are complete: the Streams application has committed every input it has (events and
 * its repartition topics) up to their ends, and the sink has read the result topics to their committed end.
 */
public final class Completion {
    private Completion() { }

    /** True when the consumer group {@code groupId} has committed all partitions of {@code topic} and its internals to their ends. */
    public static boolean streamsIdle(Admin admin, String groupId, String eventsTopic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        if (committed.keySet().stream().noneMatch(tp -> tp.topic().equals(eventsTopic))) return false;
        Map<TopicPartition, OffsetSpec> req = new HashMap<>();
        committed.keySet().forEach(tp -> req.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(req).all().get(10, TimeUnit.SECONDS);
        for (var e : committed.entrySet()) {
            if (e.getValue() == null) return false;
            if (e.getValue().offset() < end.get(e.getKey()).offset()) return false;
        }
        return true;
    }

    /** Waits until Streams is idle and the sink has no lag, twice in a row; false on timeout. */
    public static boolean await(ParleyConfig c, ResultConsumer sink, Duration timeout, BooleanSupplier alive) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stable = 0;
        try (Admin admin = KafkaSetup.admin(c)) {
            while (System.nanoTime() < deadline && alive.getAsBoolean()) {
                boolean done = streamsIdle(admin, c.get("application.id"), c.get("topic.events")) && sink.lag() == 0;
                stable = done ? stable + 1 : 0;
                if (stable >= 2) return true;
                Thread.sleep(700);
            }
        }
        return false;
    }
}
