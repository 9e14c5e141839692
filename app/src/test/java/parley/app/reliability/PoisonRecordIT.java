package parley.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;
import parley.streams.EngagementApp;
import parley.streams.intake.RecordBudget;
import parley.streams.intake.ValidateProcessor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #15, the two poison pills, on the real embedded broker (whose {@code log.message.timestamp.after.max.ms} is
 * Kafka's default, one hour): a record from the future, and records near 1 MiB whose dead-letter or late copy would
 * not fit. Each is followed by a valid event that must be counted; Streams must stay RUNNING, also across a restart
 * that reads the same records again.
 */
@ExtendWith(BrokerExtension.class)
class PoisonRecordIT {
    private static final int NEAR_ONE_MIB = 1_048_400;
    @TempDir Path work;

    @Test
    void poisonRecordsAreDeadLetteredAndTheNextValidEventIsCounted() throws Exception {
        String ns = "poison" + System.nanoTime();
        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), ns, work, 1).build();
        Topics.prepare(c, Duration.ofSeconds(60));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<String, Object> pp = new HashMap<>(c.kafka("producer"));
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer())) {
            // the premise: this broker refuses a timestamp two days ahead, as the did
            long twoDaysAhead = System.currentTimeMillis() + Duration.ofDays(2).toMillis();
            assertThatThrownBy(() -> p.send(new ProducerRecord<>(c.get("topic.events"), 0, twoDaysAhead, null, new byte[]{'x'})).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InvalidTimestampException.class);

            send(p, c, "a", json(visit("2024-03-01", "2024-03-02", "ITA", "ESP", "a")));
            // 1. from the future: written by "any producer" with the wall-clock timestamp
            send(p, c, "future-2999", json(visit("2999-01-01", "2999-01-01", "NOR", "FIN", "f1")));
            send(p, c, "future-9999", json(visit("9999-12-31", "9999-12-31", "NOR", "FIN", "f2")));
            // 2. an invalid record near 1 MiB: its dead letter with error headers would be over the limit
            byte[] junk = ("{\"junk\":\"" + "x".repeat(NEAR_ONE_MIB - 11) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(junk.length).isEqualTo(NEAR_ONE_MIB);
            send(p, c, "huge-invalid", junk);
            // … and a valid late event of that size: its late record would be over the limit
            ObjectNode lateTree = EventCodec.tree(visit("2024-01-10", "2024-01-11", "TUR", "AZE", "big-late"));
            // two bytes a character: the string stays under the codec's 1,000,000-character limit, the event is valid
            int pad = (NEAR_ONE_MIB - Json.bytes(lateTree).length + "evidence".length()) / 2;
            lateTree.put("evidence", "é".repeat(pad));
            byte[] bigLate = Json.bytes(lateTree);
            assertThat(bigLate.length).isBetween(NEAR_ONE_MIB - 20, NEAR_ONE_MIB + 20);
            send(p, c, "big-late", bigLate);
            // the valid event after them
            send(p, c, "b", json(visit("2024-03-02", "2024-03-02", "PRT", "BRA", "b")));
            // a valid event published tomorrow (CONTRACT §1 allows processing day + 1): its rows are stamped with a day
            // the broker would refuse, unless parley keeps its timestamps in range
            String tomorrow = today.plusDays(1).toString();
            send(p, c, "tomorrow", json(visit(tomorrow, tomorrow, "GRC", "CYP", "t")));
        }

        try (EngagementApp app = new EngagementApp(c)) {
            app.start();
            Kit.await("RUNNING", Duration.ofSeconds(60), () -> app.state() == KafkaStreams.State.RUNNING);
            Kit.awaitStreamsIdle(c, Duration.ofSeconds(120));
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertOutcome(c, today);
        }

        // a restart reads from the committed offsets: nothing is read twice into the outputs, and it stays up
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer())) {
            send(p, c, "future-again", json(visit("2999-01-01", "2999-01-01", "NOR", "FIN", "f3")));
        }
        try (EngagementApp app = new EngagementApp(c)) {
            app.start();
            Kit.await("RUNNING after restart", Duration.ofSeconds(60), () -> app.state() == KafkaStreams.State.RUNNING);
            Kit.awaitStreamsIdle(c, Duration.ofSeconds(120));
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            List<ConsumerRecord<byte[], byte[]>> dlq = Kit.readAll(c, c.get("topic.dlq"));
            assertThat(dlq).extracting(r -> Kit.str(r.key())).containsExactly("future-2999", "future-9999", "huge-invalid", "future-again");
            assertOutcome(c, today);
        }
    }

    private static void assertOutcome(ParleyConfig c, LocalDate today) throws Exception {
        int limit = c.getInt("max.record.bytes");
        List<ConsumerRecord<byte[], byte[]>> dlq = Kit.readAll(c, c.get("topic.dlq"));
        assertThat(dlq.size()).as("dead letters").isIn(3, 4);
        assertThat(dlq.subList(0, 3)).extracting(r -> Kit.str(r.key())).containsExactly("future-2999", "future-9999", "huge-invalid");
        for (var d : dlq.subList(0, 2))
            assertThat(Kit.header(d, ValidateProcessor.HEADER_MESSAGE)).contains("source.published", "a record from the future");
        var huge = dlq.get(2);
        assertThat(huge.serializedValueSize()).isLessThanOrEqualTo(limit);
        assertThat(Kit.header(huge, RecordBudget.HEADER_TRUNCATED)).isEqualTo(String.valueOf(NEAR_ONE_MIB));
        assertThat(Kit.header(huge, ValidateProcessor.HEADER_OFFSET)).isEqualTo("3");

        List<ConsumerRecord<byte[], byte[]>> late = Kit.readAll(c, c.get("topic.late"));
        assertThat(late).hasSize(1);
        JsonNode l = Json.MAPPER.readTree(late.get(0).value());
        assertThat(l.path("event").path("source").path("id").asText()).isEqualTo("big-late");
        assertThat(l.path("event_truncated").path("original_bytes").asInt()).isGreaterThan(NEAR_ONE_MIB - 20);

        Map<String, JsonNode> rows = Kit.latestRows(c, c.get("topic.live"));
        assertThat(rows.get("PRT|7|2024-03-02").path("total").asInt()).as("the valid event after the poison").isEqualTo(1);
        assertThat(rows.get("ITA|7|2024-03-01").path("total").asInt()).isEqualTo(1);
        assertThat(rows).as("tomorrow's event counted").containsKey("GRC|7|" + today.plusDays(1));
        assertThat(rows.keySet()).noneMatch(k -> k.startsWith("NOR|") || k.startsWith("TUR|"));
    }

    private static void send(KafkaProducer<byte[], byte[]> p, ParleyConfig c, String key, byte[] value) throws Exception {
        p.send(new ProducerRecord<>(c.get("topic.events"), 0, null, key.getBytes(StandardCharsets.UTF_8), value)).get();
    }

    private static byte[] json(Event e) { return Json.bytes(e); }

    private static Event visit(String date, String published, String actor, String host, String source) {
        LocalDate d = LocalDate.parse(date);
        return new Event(Event.SCHEMA, "tbd", "tbd", Kind.VISIT, d, DatePrecision.DAY, new Party("Minister " + actor, actor, "Minister"),
                null, new Place("Capital", host), List.of(), new Source(source, "t", null, LocalDate.parse(published), null),
                "evidence", 0.9, null, null).withKeys();
    }
}
