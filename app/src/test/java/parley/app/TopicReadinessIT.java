package parley.app;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Source;
import parley.producer.publish.KafkaEventPublisher;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KAFKA-15591: right after topic creation an idempotent producer can lose its first batch. Publishing at once after
 * {@link KafkaSetup#ensureTopics} must deliver every record, on fresh topics with several partitions, several times.
 */
@ExtendWith(BrokerExtension.class)
class TopicReadinessIT {
    @Test
    void noRecordIsLostWhenProducingRightAfterTopicCreation() throws Exception {
        for (int round = 0; round < 3; round++) {
            String ns = "ready" + round + "-" + System.nanoTime();
            ParleyConfig c = ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers())
                    .set("topic.events", ns + ".events").set("topic.rejects", ns + ".rejects").set("topic.late", ns + ".late")
                    .set("topic.dlq", ns + ".dlq").set("topic.live", ns + ".live").set("topic.final", ns + ".final")
                    .set("topic.partitions", "4").set("producer.rejects.file", "").build();
            KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
            int n = 3000;
            Set<String> sent = new HashSet<>();
            try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
                for (int i = 0; i < n; i++) {
                    Event e = new Event(1, null, null, Kind.CALL, LocalDate.of(2024, 1, 1).plusDays(i % 300), DatePrecision.DAY,
                            new Party("a" + i, "FRA", null), new Party("b", "DEU", null), null, List.of(),
                            new Source("s" + i, null, null, LocalDate.of(2025, 1, 1), null), null, null, null, null).withKeys();
                    sent.add(e.id());
                    pub.publish(e);
                }
                pub.flush();
            }
            assertThat(readAll(c, ns + ".events", 4, n)).isEqualTo(sent);
        }
    }

    @Test
    void aPartitionCountOtherThanConfiguredIsRefusedBeforeStreamsStarts() throws Exception {
        // The topology chains its stages in one task only for one partition; on more it must re-key, so the setting
        // has to match the topic.
        String ns = "mismatch-" + System.nanoTime();
        ParleyConfig.Builder b = namespaced(ns);
        Topics.prepare(b.set("topic.partitions", "2").build(), Duration.ofSeconds(60));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Topics.prepare(b.set("topic.partitions", "1").build(), Duration.ofSeconds(60)))
                .isInstanceOf(parley.config.ConfigException.class)
                .hasMessageContaining(ns + ".events has 2 partitions but topic.partitions is 1")
                .hasMessageContaining("--set topic.partitions=2");

        // the other way round: refused before any re-keying topic is created with the wrong count
        String ns1 = "mismatch1-" + System.nanoTime();
        ParleyConfig.Builder one = namespaced(ns1);
        Topics.prepare(one.set("topic.partitions", "1").build(), Duration.ofSeconds(60));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Topics.prepare(one.set("topic.partitions", "3").build(), Duration.ofSeconds(60)))
                .isInstanceOf(parley.config.ConfigException.class)
                .hasMessageContaining(ns1 + ".events has 1 partitions but topic.partitions is 3");
        try (var admin = KafkaSetup.admin(one.build())) {
            assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith(ns1 + "-"));
        }
    }

    @Test
    void resultTopicsAreKeptAsTheyAreWritten() throws Exception {
        // live rows change: compacted to the latest value per key; a final row is written once: kept whole, as the
        // cleaner would copy it pass after pass and drop nothing. The embedded broker cleans a log once 90 % is dirty.
        String ns = "configs-" + System.nanoTime();
        ParleyConfig c = namespaced(ns).set("topic.alerts", ns + ".alerts").build();
        Topics.prepare(c, Duration.ofSeconds(60));
        try (var admin = KafkaSetup.admin(c)) {
            Map<String, org.apache.kafka.clients.admin.Config> configs = new HashMap<>();
            for (String t : List.of(ns + ".live", ns + ".final", ns + ".alerts"))
                configs.put(t, admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, t))).all().get()
                        .values().iterator().next());
            assertThat(configs.get(ns + ".live").get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(ns + ".alerts").get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(ns + ".final").get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(configs.get(ns + ".final").get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(ns + ".final").get("retention.bytes").value()).isEqualTo("-1");
            assertThat(Double.parseDouble(configs.get(ns + ".live").get("min.cleanable.dirty.ratio").value())).isEqualTo(0.9);
        }
    }

    /** A configuration whose topics and application id all start with {@code ns}. */
    private static ParleyConfig.Builder namespaced(String ns) throws Exception {
        return ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers())
                .set("topic.events", ns + ".events").set("topic.rejects", ns + ".rejects").set("topic.late", ns + ".late")
                .set("topic.dlq", ns + ".dlq").set("topic.live", ns + ".live").set("topic.final", ns + ".final")
                .set("application.id", ns);
    }

    /** The report id of an event record (records are keyed by event_key, which reports of one event share). */
    private static String reportId(byte[] value) {
        return parley.json.Json.read(value, parley.model.Event.class).id();
    }

    static Set<String> readAll(ParleyConfig c, String topic, int partitions, int expected) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, byte[]> cons = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = java.util.stream.IntStream.range(0, partitions).mapToObj(i -> new TopicPartition(topic, i)).toList();
            cons.assign(tps);
            cons.seekToBeginning(tps);
            long deadline = System.currentTimeMillis() + 30_000;
            while (keys.size() < expected && System.currentTimeMillis() < deadline)
                cons.poll(Duration.ofMillis(200)).forEach(r -> keys.add(reportId(r.value())));
            // one more poll: a duplicate or stray record would show up here
            cons.poll(Duration.ofMillis(500)).forEach(r -> keys.add(reportId(r.value())));
        }
        return keys;
    }
}
