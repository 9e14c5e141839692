package parley.consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.consumer.sink.ResultSink;
import parley.consumer.sink.RowRecord;
import parley.model.EngagementRow;
import parley.model.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads the live and final result topics (read_committed: only what Streams committed) and hands each batch to
 * every sink and listener. Each sink resumes from its own stored positions, so sinks never double-write. With
 * several sinks, each writes the batch on its own thread (they share nothing but the parsed rows), and the next
 * poll waits for all of them.
 */
public final class ResultConsumer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResultConsumer.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ResultSink> sinks;
    private final List<Consumer<EngagementRow>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> topics;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong badRows = new AtomicLong();
    private volatile long lag = -1;
    private long lagAskedAt = System.nanoTime() - 1_000_000_000L;
    private volatile Throwable failure;
    private final ExecutorService writers;
    private final ParleyConfig config;
    /** Per sink, the next offset it needs per partition, checked against the topics being read (see {@link #checked}). */
    private final Map<ResultSink, Map<TopicPartition, Long>> have = new java.util.concurrent.ConcurrentHashMap<>();

    public ResultConsumer(ParleyConfig c, List<ResultSink> sinks) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, c.get("sink.group.id"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "parley-sink");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.sinks = List.copyOf(sinks);
        this.writers = this.sinks.size() < 2 ? null : Executors.newFixedThreadPool(this.sinks.size(), r -> {
            Thread t = new Thread(r, "parley-sink-writer");
            t.setDaemon(true);
            return t;
        });
        Topics t = Topics.from(c);
        this.topics = List.of(t.live(), t.fin());
        this.config = c;
    }

    public void addListener(Consumer<EngagementRow> l) { listeners.add(l); }

    @Override
    public void run() {
        try {
            consumer.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> parts) { }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> parts) {
                    Map<String, Integer> counts = partitionCounts();
                    for (ResultSink s : sinks) s.partitionCounts(counts);
                    StoredPositions.resume(config, consumer, "result consumer", parts, sinks, have);
                }
            });
            while (running.get()) {
                ConsumerRecords<String, byte[]> recs = consumer.poll(Duration.ofMillis(200));
                if (!recs.isEmpty()) commit(handle(recs));
                else for (ResultSink s : sinks) s.flush(); // idle: held-back work (the file sinks' live rows) is written
                updateLag();
            }
        } catch (WakeupException e) {
            if (running.get()) throw e;
        } catch (Throwable t) {
            failure = t;
            LOG.error("result consumer stopped: {}", t.toString(), t);
            throw t;
        } finally {
            if (writers != null) writers.shutdown();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The number of partitions of each result topic; empty when the broker does not say (logged). */
    private Map<String, Integer> partitionCounts() {
        Map<String, Integer> counts = new HashMap<>();
        try {
            for (String t : topics) {
                var info = consumer.partitionsFor(t, Duration.ofSeconds(30));
                if (info == null || info.isEmpty()) return Map.of();
                counts.put(t, info.size());
            }
            return counts;
        } catch (org.apache.kafka.common.KafkaException e) {
            LOG.warn("result consumer: cannot learn the partitions of {} ({})", topics, e.getMessage());
            return Map.of();
        }
    }

    /**
     * Parses one polled batch, hands it to every sink (each filtered to what that sink has not stored yet) and to
     * the listeners. Returns the next offset per partition seen. Package-visible so tests can drive it without a broker.
     */
    Map<TopicPartition, Long> handle(Iterable<ConsumerRecord<String, byte[]>> recs) {
        List<RowRecord> batch = new ArrayList<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : recs) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            next.put(tp, r.offset() + 1);
            if (r.value() == null) continue;
            EngagementRow row = CanonicalRowReader.read(r.value());
            if (row != null) { // the common case: the bytes are exactly Json.bytes(row), so sinks may copy them
                batch.add(new RowRecord(tp, r.offset(), row, r.value()));
                continue;
            }
            try { // anything else: Jackson decides, as before
                batch.add(new RowRecord(tp, r.offset(), Json.MAPPER.readValue(r.value(), EngagementRow.class)));
            } catch (Exception e) {
                badRows.incrementAndGet();
                LOG.warn("skipping unreadable result at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
            }
        }
        if (writers == null) {
            for (ResultSink s : sinks) writeFresh(s, batch, next);
        } else {
            List<Future<?>> running = new ArrayList<>();
            for (ResultSink s : sinks) running.add(writers.submit(() -> writeFresh(s, batch, next)));
            awaitAll(running);
        }
        for (RowRecord r : batch) for (Consumer<EngagementRow> l : listeners) l.accept(r.row());
        rows.addAndGet(batch.size());
        return next;
    }

    private void writeFresh(ResultSink s, List<RowRecord> batch, Map<TopicPartition, Long> next) {
        Map<TopicPartition, Long> from = have.computeIfAbsent(s, k -> new java.util.concurrent.ConcurrentHashMap<>(k.positions()));
        s.write(allFresh(batch, from) ? batch : batch.stream().filter(x -> x.offset() >= from.getOrDefault(x.partition(), 0L)).toList(), next);
        from.putAll(next);
    }

    /**
     * Whether no record of the batch is before the sink's position (the usual case: only after a restart does a
     * sink have rows the group has not committed). Offsets rise within a partition, so the first record of each run
     * of one partition decides: one lookup per partition, not one per row and sink.
     */
    private static boolean allFresh(List<RowRecord> batch, Map<TopicPartition, Long> from) {
        TopicPartition run = null;
        for (RowRecord r : batch) {
            if (r.partition().equals(run)) continue;
            run = r.partition();
            if (r.offset() < from.getOrDefault(run, 0L)) return false;
        }
        return true;
    }

    /** The sink's stored positions for these partitions that may be trusted: see {@link StoredPositions#checked}. Package-visible for tests. */
    static Map<TopicPartition, Long> checked(ResultSink s, Collection<TopicPartition> parts, Map<String, String> ids,
                                             Map<TopicPartition, Long> end) {
        return StoredPositions.checked(s, parts, ids, end);
    }

    /** Waits for every sink's write; the first failure (after all have finished) is thrown as the sink threw it. */
    private static void awaitAll(List<Future<?>> running) {
        RuntimeException first = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (first == null) first = new IllegalStateException("interrupted while the sinks were writing", e);
            }
        }
        if (first != null) throw first;
    }

    private void commit(Map<TopicPartition, Long> next) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((tp, o) -> commit.put(tp, new OffsetAndMetadata(o)));
        consumer.commitAsync(commit, null); // informative (lag tools); the sinks' own positions are authoritative
    }

    /**
     * Lag is informative. It comes from what the fetches already told the client ({@code currentLag}: the last stable
     * offset under read_committed, no broker round trip). Only when that is not known yet for a partition are the end
     * offsets asked for, at most once a second. While the broker is unreachable that lookup times out, and that must
     * not stop the consumer (it used to: a broker restart of more than 5 s ended the sink thread). The lag is then
     * unknown (-1) until the broker answers again; polling resumes by itself.
     */
    private void updateLag() {
        var assigned = consumer.assignment();
        if (assigned.isEmpty()) return;
        long l = 0;
        boolean known = true;
        for (TopicPartition tp : assigned) {
            OptionalLong behind = consumer.currentLag(tp);
            if (behind.isEmpty()) {
                known = false;
                break;
            }
            l += Math.max(0, behind.getAsLong());
        }
        if (known) {
            lag = l;
            return;
        }
        long now = System.nanoTime();
        if (now - lagAskedAt < 1_000_000_000L) return;
        lagAskedAt = now;
        try {
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, Duration.ofSeconds(5));
            l = 0;
            for (TopicPartition tp : assigned) l += Math.max(0, end.getOrDefault(tp, 0L) - consumer.position(tp, Duration.ofSeconds(5)));
            lag = l;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            lag = -1;
            LOG.warn("result consumer: cannot reach the broker for the lag ({}); still polling", e.getMessage());
        }
    }

    /** Records behind the committed end of the result topics; -1 before partitions are assigned. */
    public long lag() { return lag; }

    public long rows() { return rows.get(); }

    public long badRows() { return badRows.get(); }

    public Throwable failure() { return failure; }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
