package parley.consumer.web;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.consumer.PollingThread;
import parley.json.Json;
import parley.model.Alert;
import parley.model.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Feeds an {@link AlertBoard} from the alerts topic: from the beginning, read_committed, no consumer group (as {@link DashboardFeed}). */
public final class AlertFeed implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final AlertBoard board;
    private final String topic;
    private final PollingThread loop;

    public AlertFeed(ParleyConfig c, AlertBoard board) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "parley-dashboard-alerts");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.loop = new PollingThread(consumer);
        this.board = board;
        this.topic = Topics.from(c).alerts();
    }

    /** Starts the feed on a daemon thread; close() stops it. */
    public AlertFeed start() {
        loop.start(this, "dashboard-alerts");
        return this;
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> parts = new ArrayList<>();
            for (PartitionInfo pi : consumer.partitionsFor(topic, Duration.ofSeconds(30))) parts.add(new TopicPartition(topic, pi.partition()));
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            while (loop.running()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) continue;
                    try {
                        board.add(Json.read(r.value(), Alert.class));
                    } catch (RuntimeException e) {
                        LOG.warn("dashboard: unreadable alert at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
                    }
                }
            }
        } catch (WakeupException e) {
            if (loop.running()) throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() { loop.stop(); }
}
