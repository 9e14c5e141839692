package parley.consumer.web;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.model.EngagementRow;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.model.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Feeds the dashboard from Kafka: the events topic (for drill-down) and the live and final result topics, each read
 * from the beginning with read_committed, without a consumer group (every dashboard sees everything).
 */
public final class DashboardFeed implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardFeed.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final DashboardState state;
    private final Topics topics;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public DashboardFeed(ParleyConfig c, DashboardState state) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "parley-dashboard");
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.state = state;
        this.topics = Topics.from(c);
        state.behind(-1); // catching up until run() knows how much history there is and has read it
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> parts = new ArrayList<>();
            // events for drill-down, results, and the records the pipeline did not count (only counted here)
            for (String t : List.of(topics.events(), topics.live(), topics.fin(), topics.late(), topics.deadLetters(), topics.rejects()))
                for (PartitionInfo pi : consumer.partitionsFor(t, Duration.ofSeconds(30))) parts.add(new TopicPartition(t, pi.partition()));
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            // the history present now: until the feed has read it, the dashboard says it is catching up
            Map<TopicPartition, Long> target = new HashMap<>(consumer.endOffsets(parts, Duration.ofSeconds(30)));
            state.behind(behind(target));
            while (running.get()) {
                ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> r : polled) {
                    if (r.topic().equals(topics.late())) { state.onLateEvent(); continue; }
                    if (r.topic().equals(topics.deadLetters())) { state.onDeadLetter(); continue; }
                    if (r.topic().equals(topics.rejects())) { state.onReject(); continue; }
                    if (r.value() == null) continue;
                    if (r.topic().equals(topics.events())) {
                        try {
                            state.onEvent(EventCodec.parse(r.value()));
                        } catch (InvalidEventException e) {
                            // invalid events are the Streams application's dead letters; the dashboard just skips them
                        }
                    } else {
                        try {
                            state.onRow(Json.MAPPER.readValue(r.value(), EngagementRow.class));
                        } catch (Exception e) {
                            LOG.warn("dashboard: unreadable result at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
                        }
                    }
                }
                if (!target.isEmpty()) state.behind(behind(target)); // after the batch is in the state
            }
        } catch (WakeupException e) {
            if (running.get()) throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Records between the positions and the start-up ends; partitions already there are dropped from {@code target}. */
    private long behind(Map<TopicPartition, Long> target) {
        long left = 0;
        for (var it = target.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            long d = e.getValue() - consumer.position(e.getKey(), Duration.ofSeconds(30));
            if (d <= 0) it.remove();
            else left += d;
        }
        return left;
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
