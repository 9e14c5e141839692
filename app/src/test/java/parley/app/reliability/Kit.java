package parley.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import parley.app.Completion;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;
import parley.streams.metrics.TaskCounter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** Small helpers shared by the reliability tests: a namespaced config, reading a topic to its end, waits, metrics. */
final class Kit {
    private Kit() { }

    /** A config whose topics, application id, state and sinks are all private to {@code ns}. */
    static ParleyConfig.Builder config(String bootstrap, String ns, Path work, int partitions) {
        return ParleyConfig.builder().set("bootstrap.servers", bootstrap).set("work.dir", work.toString())
                .set("topic.events", ns + ".events").set("topic.rejects", ns + ".rejects").set("topic.late", ns + ".late")
                .set("topic.dlq", ns + ".dlq").set("topic.live", ns + ".live").set("topic.final", ns + ".final")
                .set("topic.partitions", String.valueOf(partitions)).set("application.id", ns + "-app")
                .set("sink.group.id", ns + "-sink").set("state.dir", work.resolve("state").toString())
                .set("producer.rejects.file", work.resolve("rejects.jsonl").toString())
                .set("commit.interval.ms", "200");
    }

    /** Every committed record of a topic, from the start to its current end, in partition then offset order. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(ParleyConfig c, String topic) throws Exception {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> cons = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = cons.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            cons.assign(tps);
            cons.seekToBeginning(tps);
            Map<TopicPartition, Long> end = cons.endOffsets(tps, Duration.ofSeconds(10));
            long deadline = System.currentTimeMillis() + 60_000;
            while (tps.stream().anyMatch(tp -> cons.position(tp) < end.get(tp))) {
                if (System.currentTimeMillis() > deadline) throw new AssertionError("reading " + topic + " timed out");
                cons.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        out.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()));
        return out;
    }

    static String str(byte[] b) { return b == null ? null : new String(b, StandardCharsets.UTF_8); }

    /** Result rows by key (entity|window|end), the latest value per key, as JSON trees. */
    static Map<String, JsonNode> latestRows(ParleyConfig c, String topic) throws Exception {
        Map<String, JsonNode> m = new TreeMap<>();
        for (var r : readAll(c, topic)) if (r.value() != null) m.put(str(r.key()), Json.MAPPER.readTree(r.value()));
        return m;
    }

    static void await(String what, Duration timeout, BooleanSupplier cond) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            Thread.sleep(250);
        }
    }

    /** True when the Streams app {@code appId} has committed its input and both repartition topics to their ends. */
    static boolean streamsIdle(ParleyConfig c) {
        List<String> inputs = new ArrayList<>(List.of(c.get("topic.events")));
        inputs.addAll(EngagementApp.repartitionTopics(StreamsSettings.from(c)));
        try (Admin admin = KafkaSetup.admin(c)) {
            return Completion.streamsIdle(admin, c.get("application.id"), inputs);
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits until the Streams app has been idle (everything committed) on two checks a second apart. */
    static void awaitStreamsIdle(ParleyConfig c, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stable = 0;
        while (stable < 2) {
            if (System.nanoTime() > deadline) throw new AssertionError("Streams app " + c.get("application.id") + " not idle after " + timeout);
            stable = streamsIdle(c) ? stable + 1 : 0;
            Thread.sleep(stable > 0 ? 1000 : 300);
        }
    }

    /** Sum over tasks of one of parley's Streams counters ({@link TaskCounter}), e.g. "dead-letter-total". */
    static double parleyMetric(EngagementApp app, String name) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : app.streams().metrics().entrySet())
            if (e.getKey().group().equals(TaskCounter.GROUP) && e.getKey().name().equals(name))
                sum += ((Number) e.getValue().metricValue()).doubleValue();
        return sum;
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
