package parley.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import parley.config.ParleyConfig;
import parley.model.Topics;
import parley.streams.EngagementApp;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The limit, measured in the same run (issue #18 item 3): what moving the pipeline's records costs with nothing else.
 * The same events file and the same number of result rows (live and final, of the size the pipeline wrote) go through
 * topics created exactly like the pipeline's, by plain clients, all at once as in the pipeline:
 * <ol>
 *   <li>a producer with the event publisher's settings sends the events file to the events topic (as the pipeline's);</li>
 *   <li>a relay consumes the events topic and, for every batch it reads, sends the rows due so far
 *       ({@link #rowsDue}: rows in proportion to events read) to the live and final topics, with the producer settings
 *       Streams gives its own producer, minus the transactions (the place of the Streams thread);</li>
 *   <li>a sink consumer reads both result topics until it has every row (the place of the sink consumer).</li>
 * </ol>
 * No Streams state, no transactions, no database. The clock runs from the first event sent to the last row read.
 */
final class BareShape {
    record Result(String label, long events, long rowsLive, long rowsFinal, double rowBytesLive, double rowBytesFinal,
                  int rowsSampled, double eventsProducedS, double eventsRelayedS, double totalS) {
        long rows() { return rowsLive + rowsFinal; }
        double recordsMovedPerS() { return (events + rows()) / totalS; }
    }

    private BareShape() { }

    /** Rows the relay must have sent once it has read {@code eventsRead} of {@code events}: ⌊rows · read / events⌋. */
    static long rowsDue(long eventsRead, long events, long rows) {
        if (events <= 0 || eventsRead >= events) return rows;
        return Math.multiplyExact(rows, Math.max(0, eventsRead)) / events;
    }

    /** Whether the i-th row sent (0-based) of {@code rows} is a final row: finals spread evenly, {@code fin} in all. */
    static boolean isFinal(long i, long fin, long rows) {
        return rows > 0 && (i + 1) * fin / rows != i * fin / rows;
    }

    static Result run(ParleyConfig c, String label, EventFile.Summary input, RowSample live, RowSample fin, long rowsLive,
                      long rowsFinal, PrintStream out, Duration timeout, int progressEverySeconds) throws Exception {
        if (rowsLive > 0 && live.isEmpty() || rowsFinal > 0 && fin.isEmpty())
            throw new IllegalStateException("no sampled rows to send (live " + live.size() + ", final " + fin.size() + ")");
        parley.app.Topics.prepare(c, Duration.ofSeconds(60));
        Topics t = Topics.from(c);
        long n = input.records();
        long rows = rowsLive + rowsFinal;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong produced = new AtomicLong(), relayed = new AtomicLong(), rowsSent = new AtomicLong(), rowsRead = new AtomicLong();
        AtomicLong producedAt = new AtomicLong(), relayedAt = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();

        try (KafkaConsumer<byte[], byte[]> relayIn = consumer(c, "bench-bare-relay", List.of(t.events()));
             KafkaProducer<byte[], byte[]> relayOut = rowProducer(c, "bench-bare-rows");
             KafkaConsumer<byte[], byte[]> sink = consumer(c, "bench-bare-sink", List.of(t.live(), t.fin()))) {
            long t0 = System.nanoTime();
            Thread producer = thread("bench-bare-producer", failure, () -> {
                try (KafkaProducer<String, byte[]> p = BenchKafka.producer(c, "bench-bare-events")) {
                    EventFile.read(input.path(), (k, ts, v) -> {
                        if (stop.get()) throw new IllegalStateException("stopped");
                        p.send(new ProducerRecord<>(t.events(), null, ts, k, v), (md, ex) -> {
                            if (ex != null) failure.compareAndSet(null, ex);
                        });
                        produced.incrementAndGet();
                    });
                    p.flush();
                    producedAt.set(System.nanoTime());
                }
            });
            Thread relay = thread("bench-bare-relay", failure, () -> {
                while (relayed.get() < n && !stop.get()) {
                    ConsumerRecords<byte[], byte[]> batch = relayIn.poll(Duration.ofMillis(100));
                    if (batch.isEmpty()) continue;
                    long read = relayed.addAndGet(batch.count());
                    for (long due = rowsDue(read, n, rows), i = rowsSent.get(); i < due; i++) {
                        boolean isFinal = isFinal(i, rowsFinal, rows);
                        RowSample.Row r = (isFinal ? fin : live).cycle(i);
                        relayOut.send(new ProducerRecord<>(isFinal ? t.fin() : t.live(), null, r.timestamp(), r.key(), r.value()), (md, ex) -> {
                            if (ex != null) failure.compareAndSet(null, ex);
                        });
                        rowsSent.incrementAndGet();
                    }
                }
                relayOut.flush();
                relayedAt.set(System.nanoTime());
            });
            producer.start();
            relay.start();
            try {
                long deadline = t0 + timeout.toNanos();
                long nextProgress = t0 + TimeUnit.SECONDS.toNanos(progressEverySeconds);
                while (rowsRead.get() < rows || relayedAt.get() == 0) {
                    if (failure.get() != null) throw new IllegalStateException("bare shape failed: " + failure.get(), failure.get());
                    if (System.nanoTime() > deadline) throw new IllegalStateException("bare shape did not finish within " + timeout.toSeconds()
                            + " s: " + produced.get() + " events produced, " + relayed.get() + " relayed, " + rowsRead.get() + "/" + rows + " rows read");
                    rowsRead.addAndGet(sink.poll(Duration.ofMillis(100)).count());
                    long now = System.nanoTime();
                    if (now >= nextProgress) {
                        nextProgress = now + TimeUnit.SECONDS.toNanos(progressEverySeconds);
                        out.printf("  [bare %s] %5.1f s  produced %,d  relayed %,d  rows sent %,d  rows read %,d/%,d%n", label, (now - t0) / 1e9,
                                produced.get(), relayed.get(), rowsSent.get(), rowsRead.get(), rows);
                    }
                }
                long done = System.nanoTime();
                if (rowsRead.get() != rows) throw new IllegalStateException("bare shape read " + rowsRead.get() + " rows, sent " + rows);
                return new Result(label, n, rowsLive, rowsFinal, live.meanBytes(), fin.meanBytes(), live.size() + fin.size(),
                        (producedAt.get() - t0) / 1e9, (relayedAt.get() - t0) / 1e9, (done - t0) / 1e9);
            } finally {
                stop.set(true); // the clients close after this: the threads must be done with them
                producer.join(10_000);
                relay.join(10_000);
            }
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static Thread thread(String name, AtomicReference<Throwable> failure, Body body) {
        Thread th = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) { // an Error must not leave the clock loop waiting for a thread that died
                failure.compareAndSet(null, e);
            }
        }, name);
        th.setDaemon(true);
        return th;
    }

    /** A plain consumer on every partition of the topics, from the beginning, positioned before the clock starts. */
    private static KafkaConsumer<byte[], byte[]> consumer(ParleyConfig c, String clientId, List<String> topics) {
        Map<String, Object> props = new HashMap<>(c.kafka("consumer"));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        KafkaConsumer<byte[], byte[]> k = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> tps = new ArrayList<>();
        for (String topic : topics) k.partitionsFor(topic).forEach(p -> tps.add(new TopicPartition(topic, p.partition())));
        k.assign(tps);
        k.seekToBeginning(tps);
        tps.forEach(k::position); // resolves the offsets now, not on the clock
        return k;
    }

    /** The producer Streams would give its own tasks (256 KB batches, its linger, its interceptor), without a transaction. */
    static KafkaProducer<byte[], byte[]> rowProducer(ParleyConfig c, String clientId) {
        Map<String, Object> p = new HashMap<>(new StreamsConfig(EngagementApp.properties(c)).getProducerConfigs(clientId));
        p.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
