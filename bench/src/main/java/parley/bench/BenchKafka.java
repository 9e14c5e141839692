package parley.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import parley.config.ParleyConfig;

import java.nio.file.Path;
import java.util.Map;

/** Clients and namespaced configurations for the benchmark phases. */
final class BenchKafka {
    private BenchKafka() { }

    /** A producer with exactly KafkaEventPublisher's settings (idempotent, acks=all, linger 10 ms, 64 KB batches, lz4). */
    static KafkaProducer<String, byte[]> producer(ParleyConfig c, String clientId) {
        Map<String, Object> p = parley.producer.publish.KafkaEventPublisher.producerSettings(c);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A configuration whose topics, application id, state and sinks are all private to {@code ns}, so each phase
     * starts empty on the shared broker and its state directory can be measured on its own.
     */
    static ParleyConfig namespaced(ParleyConfig base, Path benchDir, String ns) {
        Path dir = benchDir.resolve(ns).toAbsolutePath();
        ParleyConfig c = base;
        for (String t : new String[]{"events", "late", "dlq", "rejects", "live", "final"})
            c = c.with("topic." + t, "bench." + ns + "." + t, "bench");
        c = c.with("application.id", "bench-" + ns, "bench");
        c = c.with("sink.group.id", "bench-" + ns + "-sink", "bench");
        c = c.with("state.dir", dir.resolve("state").toString(), "bench");
        c = c.with("producer.rejects.file", dir.resolve("rejects.jsonl").toString(), "bench");
        for (String s : new String[]{"sink.sqlite", "sink.jsonl", "sink.csv"}) {
            String v = base.get(s);
            if (v.isBlank()) continue;
            String file = s.equals("sink.sqlite") ? "parley.db" : s.equals("sink.jsonl") ? "results.jsonl" : "results.csv";
            c = c.with(s, dir.resolve(file).toString(), "bench");
        }
        return c;
    }
}
