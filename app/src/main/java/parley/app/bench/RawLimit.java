package parley.app.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The broker's own limit with the same records: a plain producer (KafkaEventPublisher's settings) sends the events
 * file to a fresh topic with as many partitions as parley's events topic, then a plain consumer (assign +
 * seekToBeginning, no group join, bytes only) reads them back. Records moved per second = (produced + consumed) /
 * (produce time + consume time), the same unit as the pipeline's (events in + rows out) / time.
 */
final class RawLimit {
    record Result(long records, long bytes, double produceS, double consumeS) {
        double producePerS() { return records / produceS; }
        double consumePerS() { return records / consumeS; }
        double produceMBps() { return bytes / produceS / 1e6; }
        double consumeMBps() { return bytes / consumeS / 1e6; }
        double recordsMovedPerS() { return 2.0 * records / (produceS + consumeS); }
    }

    private RawLimit() { }

    /** Untimed: the same code paths once (up to 20k records) so the JIT and the broker's log are warm before the clock runs. */
    private static void warmUp(ParleyConfig c, String topic, EventFile.Summary input, int partitions) throws Exception {
        try (Admin admin = KafkaSetup.admin(c)) {
            KafkaSetup.ensureTopics(admin, List.of(new NewTopic(topic, partitions, (short) c.getInt("topic.replication.factor"))), Duration.ofSeconds(60));
        }
        long[] sent = {0};
        try (KafkaProducer<String, byte[]> p = BenchKafka.producer(c, "bench-raw-warmup")) {
            try {
                EventFile.read(input.path(), (k, ts, v) -> {
                    if (sent[0]++ >= 20_000) throw new StopRead();
                    p.send(new ProducerRecord<>(topic, null, ts, k, v));
                });
            } catch (StopRead enough) { /* warm enough */ }
            p.flush();
        }
        try (Admin admin = KafkaSetup.admin(c)) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    private static final class StopRead extends RuntimeException {
        StopRead() { super(null, null, false, false); }
    }

    static Result run(ParleyConfig c, String topic, EventFile.Summary input, PrintStream out) throws Exception {
        int partitions = c.getInt("topic.partitions");
        try (Admin admin = KafkaSetup.admin(c)) {
            KafkaSetup.ensureTopics(admin, List.of(new NewTopic(topic, partitions, (short) c.getInt("topic.replication.factor"))
                    .configs(Map.of("retention.ms", "-1"))), Duration.ofSeconds(60));
        }
        warmUp(c, topic + ".warmup", input, partitions);
        long n = input.records();
        long bytes = input.keyBytes() + input.valueBytes();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> p = BenchKafka.producer(c, "bench-raw-producer")) {
            EventFile.read(input.path(), (k, ts, v) -> p.send(new ProducerRecord<>(topic, null, ts, k, v), (md, ex) -> {
                if (ex != null) failure.compareAndSet(null, ex);
            }));
            p.flush();
        }
        long t1 = System.nanoTime();
        if (failure.get() != null) throw new IllegalStateException("raw produce failed: " + failure.get(), failure.get());
        out.printf("  raw produce: %,d records in %.2f s%n", n, (t1 - t0) / 1e9);

        Map<String, Object> props = new HashMap<>(c.kafka("consumer"));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-raw-consumer");
        long seen = 0;
        long t2;
        long t3;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = consumer.partitionsFor(topic).stream().map(pi -> new TopicPartition(topic, pi.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            t2 = System.nanoTime();
            long deadline = t2 + Duration.ofMinutes(5).toNanos();
            long checksum = 0;
            while (seen < n && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    checksum += r.value().length;
                }
            }
            t3 = System.nanoTime();
            if (seen < n) throw new IllegalStateException("raw consume read " + seen + " of " + n + " records");
            if (checksum != input.valueBytes()) throw new IllegalStateException("raw consume: value bytes " + checksum + " ≠ " + input.valueBytes());
        }
        out.printf("  raw consume: %,d records in %.2f s%n", seen, (t3 - t2) / 1e9);
        return new Result(n, bytes, (t1 - t0) / 1e9, (t3 - t2) / 1e9);
    }
}
