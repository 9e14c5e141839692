package parley.consumer.alerts;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.consumer.PollingThread;
import parley.consumer.StoredPositions;
import parley.json.Json;
import parley.consumer.sink.JdbcSink;
import parley.consumer.sink.ResultSink;
import parley.model.Alert;
import parley.model.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads the alerts topic (read_committed) into the {@code alerts} table of every SQL sink, beside the result rows.
 * Like the result consumer, each table resumes from its own stored positions, so restarts and replays never
 * duplicate an alert; positions stored for another topic of the same name (a start over) are not trusted
 * ({@link StoredPositions}). Its own consumer group ({@code sink.group.id}{@value #GROUP_SUFFIX}), its own thread:
 * the rows' path is unchanged.
 */
public final class AlertConsumer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
    public static final String GROUP_SUFFIX = "-alerts";

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<AlertSink> sinks;
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private final String topic;
    private final AtomicLong alerts = new AtomicLong();
    private volatile long lag = -1;
    private volatile Throwable failure;
    private final PollingThread loop;
    private final ParleyConfig config;
    /**
     * Per table, the next offset it needs per partition: its stored positions as far as they belong to the topic as
     * it is now (checked on assignment, {@link StoredPositions#checked}), then what it wrote.
     */
    private final Map<AlertSink, Map<TopicPartition, Long>> have = new ConcurrentHashMap<>();

    public AlertConsumer(ParleyConfig c, List<AlertSink> sinks) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, c.get("sink.group.id") + GROUP_SUFFIX);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "parley-alert-sink");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.loop = new PollingThread(consumer);
        this.sinks = List.copyOf(sinks);
        this.topic = Topics.from(c).alerts();
        this.config = c;
    }

    /** The alert tables of the SQL sinks among {@code sinks} (JSONL and CSV sinks hold rows only). */
    public static List<AlertSink> tablesOf(List<ResultSink> sinks) {
        List<AlertSink> out = new ArrayList<>();
        for (ResultSink s : sinks) if (s instanceof JdbcSink j) out.add(new AlertSink(j));
        return out;
    }

    public void addListener(Consumer<Alert> l) { listeners.add(l); }

    /** Starts an alert consumer on its own thread for the SQL sinks among {@code sinks}; close() stops it. */
    public static AlertConsumer start(ParleyConfig c, List<ResultSink> sinks) {
        AlertConsumer ac = new AlertConsumer(c, tablesOf(sinks));
        ac.loop.start(ac, "alert-consumer");
        return ac;
    }

    /**
     * Waits until the alerts topic is read to its committed end (lag 0 twice, 300 ms apart); false on timeout. Call it
     * after the Streams application is idle: alerts are committed with the final rows they come from.
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stable = 0;
        while (System.nanoTime() < deadline && failure == null) {
            stable = lag == 0 ? stable + 1 : 0;
            if (stable >= 2) return true;
            Thread.sleep(300);
        }
        return false;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> parts) { }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> parts) {
                    StoredPositions.resume(config, consumer, "alert consumer", parts, sinks, have);
                }
            });
            while (loop.running()) {
                var recs = consumer.poll(Duration.ofMillis(200));
                if (!recs.isEmpty()) handle(recs);
                updateLag();
            }
        } catch (WakeupException e) {
            if (loop.running()) throw e;
        } catch (Throwable t) {
            failure = t;
            LOG.error("alert consumer stopped: {}", t.toString(), t);
            throw t;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Parses a batch and writes to each table what it has not stored yet. Package-visible for tests. */
    void handle(Iterable<ConsumerRecord<String, byte[]>> recs) {
        List<Map.Entry<Long, Alert>> batch = new ArrayList<>();
        List<TopicPartition> parts = new ArrayList<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : recs) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            next.put(tp, r.offset() + 1);
            if (r.value() == null) continue;
            try {
                batch.add(Map.entry(r.offset(), Json.read(r.value(), Alert.class)));
                parts.add(tp);
            } catch (RuntimeException e) {
                LOG.warn("skipping unreadable alert at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
            }
        }
        for (AlertSink s : sinks) {
            Map<TopicPartition, Long> from = have.computeIfAbsent(s, k -> new ConcurrentHashMap<>(k.positions()));
            List<Alert> fresh = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++)
                if (batch.get(i).getKey() >= from.getOrDefault(parts.get(i), 0L)) fresh.add(batch.get(i).getValue());
            s.write(fresh, next);
            from.putAll(next);
        }
        for (var a : batch) for (Consumer<Alert> l : listeners) l.accept(a.getValue());
        alerts.addAndGet(batch.size());
    }

    private void updateLag() {
        var assigned = consumer.assignment();
        if (assigned.isEmpty()) return;
        long l = 0;
        for (TopicPartition tp : assigned) {
            OptionalLong behind = consumer.currentLag(tp);
            if (behind.isEmpty()) {
                try {
                    long end = consumer.endOffsets(List.of(tp), Duration.ofSeconds(5)).getOrDefault(tp, 0L);
                    l += Math.max(0, end - consumer.position(tp, Duration.ofSeconds(5)));
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    lag = -1;
                    return;
                }
            } else {
                l += Math.max(0, behind.getAsLong());
            }
        }
        lag = l;
    }

    /** Records behind the committed end of the alerts topic; -1 before partitions are assigned. */
    public long lag() { return lag; }

    public long alerts() { return alerts.get(); }

    public Throwable failure() { return failure; }

    @Override
    public void close() { loop.stop(); }
}
