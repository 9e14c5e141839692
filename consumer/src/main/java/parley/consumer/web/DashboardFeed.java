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
import parley.consumer.PollingThread;
import parley.json.Json;
import parley.model.EngagementRow;
import parley.kafka.KafkaSetup;
import parley.model.AcceptedEvent;
import parley.model.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the dashboard from Kafka, with read_committed and without a consumer group (every dashboard sees everything):
 * the accepted-events topic (for drill-down: the events exactly as the Streams application counted them) from
 * {@link KafkaSetup#acceptedLookbackDays} before its latest event day ({@link AcceptedStart}; a few days more), so
 * start-up time does not grow with history; the live and final result topics, and the late, dead-letter and rejects
 * topics (only counted), from the beginning.
 */
public final class DashboardFeed implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardFeed.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final DashboardState state;
    private final Topics topics;
    private final PollingThread loop;
    private final int lookbackDays;
    private final int disorderDays;
    private volatile Map<TopicPartition, Long> acceptedStart = Map.of();

    public DashboardFeed(ParleyConfig c, DashboardState state) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "parley-dashboard");
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.loop = new PollingThread(consumer); // the caller runs this feed on its own thread
        this.state = state;
        this.topics = Topics.from(c);
        this.lookbackDays = KafkaSetup.acceptedLookbackDays(c);
        this.disorderDays = KafkaSetup.acceptedDisorderDays(c);
        state.behind(-1); // catching up until run() knows how much history there is and has read it
    }

    @Override
    public void run() {
        try {
            Duration timeout = Duration.ofSeconds(30);
            // results, and the records the pipeline did not count (only counted here): from the beginning
            List<TopicPartition> fromStart = new ArrayList<>();
            for (String t : List.of(topics.live(), topics.fin(), topics.late(), topics.deadLetters(), topics.rejects()))
                fromStart.addAll(partitions(t, timeout));
            // the events behind the counts: only the range the windows need
            List<TopicPartition> accepted = partitions(topics.accepted(), timeout);
            List<TopicPartition> parts = new ArrayList<>(fromStart);
            parts.addAll(accepted);
            Map<TopicPartition, Long> start = new AcceptedStart(consumer, timeout).offsets(accepted, lookbackDays, disorderDays);
            consumer.assign(parts);
            consumer.seekToBeginning(fromStart);
            start.forEach(consumer::seek);
            acceptedStart = Map.copyOf(start);
            LOG.info("dashboard: reading {} from offsets {}", topics.accepted(), start);
            // the history present now: until the feed has read it, the dashboard says it is catching up
            Map<TopicPartition, Long> target = new HashMap<>(consumer.endOffsets(parts, Duration.ofSeconds(30)));
            state.behind(behind(target));
            while (loop.running()) {
                ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> r : polled) {
                    if (r.topic().equals(topics.late())) { state.onLateEvent(); continue; }
                    if (r.topic().equals(topics.deadLetters())) { state.onDeadLetter(); continue; }
                    if (r.topic().equals(topics.rejects())) { state.onReject(); continue; }
                    if (r.value() == null) continue;
                    if (r.topic().equals(topics.accepted())) {
                        AcceptedEvent e = read(r, AcceptedEvent.class, "accepted event");
                        if (e != null) state.onAccepted(e);
                    } else {
                        EngagementRow row = read(r, EngagementRow.class, "result");
                        if (row != null) state.onRow(row);
                    }
                }
                if (!target.isEmpty()) state.behind(behind(target)); // after the batch is in the state
            }
        } catch (WakeupException e) {
            if (loop.running()) throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The offsets the accepted-events topic was first read from, per partition (empty until {@link #run} has started). */
    public Map<TopicPartition, Long> acceptedStart() { return acceptedStart; }

    private List<TopicPartition> partitions(String topic, Duration timeout) {
        List<TopicPartition> out = new ArrayList<>();
        for (PartitionInfo pi : consumer.partitionsFor(topic, timeout)) out.add(new TopicPartition(topic, pi.partition()));
        return out;
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

    /** The record's value as {@code type}, or null (logged with its position) when it does not parse. */
    private static <T> T read(ConsumerRecord<String, byte[]> r, Class<T> type, String what) {
        try {
            return Json.MAPPER.readValue(r.value(), type);
        } catch (Exception e) {
            LOG.warn("dashboard: unreadable {} at {}-{}@{}: {}", what, r.topic(), r.partition(), r.offset(), e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        loop.stop();
    }
}
