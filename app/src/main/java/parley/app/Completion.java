package parley.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.kafka.KafkaSetup;

import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /**
     * True when the consumer group {@code groupId} has committed every partition of every one of {@code inputs} up to
     * its end. A partition the group never committed counts from 0, so a topic that has data but was not read yet
     * keeps this false (the re-keying topics fill only after the first stage ran).
     */
    public static boolean streamsIdle(Admin admin, String groupId, Collection<String> inputs) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> req = new HashMap<>();
        admin.describeTopics(inputs).allTopicNames().get(10, TimeUnit.SECONDS).values()
                .forEach(td -> td.partitions().forEach(p -> req.put(new TopicPartition(td.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(req).all().get(10, TimeUnit.SECONDS);
        for (var e : end.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            if ((c == null ? 0 : c.offset()) < e.getValue().offset()) return false;
        }
        return true;
    }

    /** Waits until Streams is idle and the sink has no lag, twice in a row; false on timeout. */
    public static boolean await(ParleyConfig c, ResultConsumer sink, Duration timeout, BooleanSupplier alive) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stable = 0;
        List<String> inputs = new ArrayList<>(List.of(c.get("topic.events")));
        inputs.addAll(EngagementApp.repartitionTopics(StreamsSettings.from(c)));
        try (Admin admin = KafkaSetup.admin(c)) {
            while (System.nanoTime() < deadline && alive.getAsBoolean()) {
                boolean done = streamsIdle(admin, c.get("application.id"), inputs) && sink.lag() == 0;
                stable = done ? stable + 1 : 0;
                if (stable >= 2) return true;
                Thread.sleep(700);
            }
        }
        return false;
    }
}
