package parley.app.containers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;
import parley.app.Completion;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.model.DatePrecision;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;
import parley.producer.publish.KafkaEventPublisher;
import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline against the official Apache Kafka image (the broker docker-compose.yml runs), not the embedded one:
 * parley's publisher → {@link EngagementApp} with exactly-once on three partitions → the live result topic.
 */
@ExtendWith(DockerAvailable.class)
class KafkaContainerIT {
    /** Same image as docker-compose.yml; -Dparley.it.kafka.image=… to try another. */
    static final String IMAGE = System.getProperty("parley.it.kafka.image", "apache/kafka:4.3.1");

    static KafkaContainer kafka;

    @BeforeAll
    static void start() {
        // KafkaContainer already sets one replica for offsets and transactions; these complete what
        // docker-compose.yml sets, so the test broker behaves like the compose one.
        kafka = new KafkaContainer(DockerImageName.parse(IMAGE))
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_LOG_MESSAGE_TIMESTAMP_BEFORE_MAX_MS", String.valueOf(Long.MAX_VALUE))
                .withStartupTimeout(Duration.ofMinutes(3));
        kafka.start();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) kafka.stop();
    }

    @Test
    void publishedReportsBecomeEngagementRowsCountedOnce(@TempDir Path work) throws Exception {
        ParleyConfig c = ParleyConfig.builder()
                .set("bootstrap.servers", kafka.getBootstrapServers())
                .set("work.dir", work.toString())
                .set("application.id", "parley-it-" + System.nanoTime())
                .set("topic.partitions", "3")
                .set("producer.rejects.file", "")
                .build();
        KafkaSetup.awaitCluster(c, Duration.ofSeconds(60));
        Topics.prepare(c, Duration.ofSeconds(60));

        Event a = visit("2024-08-06", "RUS", "AZE", "report-a");
        Event b = visit("2024-08-06", "RUS", "AZE", "report-b");   // a second report of the same visit
        Event call = call("2024-08-05", "AZE", "TUR", "report-c");
        assertThat(a.eventKey()).isEqualTo(b.eventKey());
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            for (Event e : List.of(a, b, call, a)) pub.publish(e);     // and report a once more: same id, ignored
            // rows appear once every one of the 3 partitions has an event: calls elsewhere on the same day
            java.util.Set<Integer> covered = new java.util.HashSet<>();
            for (Event e : List.of(a, call)) covered.add(parley.streams.watermark.ToAllPartitions.byKey(e.eventKey(), 3));
            String[] others = {"FRA", "DEU", "ITA", "ESP", "POL", "NLD"};
            for (int i = 0; i < others.length && covered.size() < 3; i++)
                for (int j = i + 1; j < others.length && covered.size() < 3; j++) {
                    Event e = call("2024-08-06", others[i], others[j], "report-" + others[i] + others[j]);
                    if (covered.add(parley.streams.watermark.ToAllPartitions.byKey(e.eventKey(), 3))) pub.publish(e);
                }
            pub.flush();
        }

        try (EngagementApp app = new EngagementApp(c)) {
            app.start();
            List<String> inputs = new ArrayList<>(List.of(c.get("topic.events")));
            inputs.addAll(EngagementApp.repartitionTopics(StreamsSettings.from(c)));
            // done when every input partition (events and both re-keying topics) is committed to its end, twice in a row
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            int idle = 0;
            try (Admin admin = KafkaSetup.admin(c)) {
                while (idle < 2 && System.nanoTime() < deadline) {
                    assertThat(app.state()).isNotIn(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);
                    boolean done = app.state() == KafkaStreams.State.RUNNING && Completion.streamsIdle(admin, c.get("application.id"), inputs);
                    idle = done ? idle + 1 : 0;
                    Thread.sleep(700);
                }
            }
            assertThat(idle).as("Streams processed every input within 2 minutes").isEqualTo(2);
            Map<String, EngagementRow> latest = latestRows(c);
            EngagementRow aze = latest.get("AZE|7|2024-08-06");
            assertThat(aze).as("row AZE|7|2024-08-06 in " + latest.keySet()).isNotNull();
            assertThat(aze.total()).isEqualTo(2);                       // the visit once, the call once
            assertThat(aze.byKind()).containsEntry("VISIT", 1L).containsEntry("CALL", 1L);
            assertThat(aze.mentions()).isEqualTo(3);                    // reports a, b and c; the repeated a is not one
            assertThat(aze.isFinal()).isFalse();
            EngagementRow rus = latest.get("RUS|30|2024-08-06");
            assertThat(rus.total()).isEqualTo(1);
            assertThat(rus.mentions()).isEqualTo(2);
            assertThat(latest.get("AZE|7|2024-08-05").total()).isEqualTo(1); // only the call was on or before 08-05
        }
    }

    /** The live topic read to its end (read_committed), the last row per key. */
    private static Map<String, EngagementRow> latestRows(ParleyConfig c) {
        Map<String, Object> p = new HashMap<>(c.kafka("consumer"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, EngagementRow> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> cons = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = cons.partitionsFor(c.get("topic.live")).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            cons.assign(tps);
            cons.seekToBeginning(tps);
            Map<TopicPartition, Long> end = cons.endOffsets(tps);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (tps.stream().anyMatch(tp -> cons.position(tp) < end.get(tp)) && System.nanoTime() < deadline)
                cons.poll(Duration.ofMillis(200)).forEach(r -> latest.put(r.key(), Json.read(r.value(), EngagementRow.class)));
        }
        return latest;
    }

    private static Event visit(String date, String actor, String host, String source) {
        return event(Kind.VISIT, date, actor, null, new Place("Capital", host), source);
    }

    private static Event call(String date, String a, String b, String source) {
        return event(Kind.CALL, date, a, b, null, source);
    }

    private static Event event(Kind kind, String date, String actor, String counterpart, Place place, String source) {
        LocalDate d = LocalDate.parse(date);
        return new Event(Event.SCHEMA, "tbd", "tbd", kind, d, DatePrecision.DAY, new Party("Minister " + actor, actor, "Minister"),
                counterpart == null ? null : new Party("Minister " + counterpart, counterpart, "Minister"), place, List.of(),
                new Source(source, "title " + source, "https://example.org/" + source, d, "test"), "evidence", 0.9, null, null)
                .withKeys();
    }
}
