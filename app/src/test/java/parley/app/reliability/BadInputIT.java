package parley.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.publish.KafkaEventPublisher;
import parley.streams.EngagementApp;
import parley.streams.intake.ValidateProcessor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.app.reliability.BadInputCorpus.FileOutcome;
import static parley.app.reliability.BadInputCorpus.RawOutcome;

/**
 * Issue #7 item 1 and the stream-time hazard of item 2, end to end on the embedded broker: the bad-input corpus goes
 * through the real producer (Ingest + KafkaEventPublisher, the rule extractor) and, as raw records, straight onto the
 * events topic through the real Streams app. Every item is accounted for (events, no event, producer reject, dead
 * letter with its original bytes and source coordinates, late), the counts reconcile exactly, the dead-letter metric
 * matches the DLQ topic, and the Streams app stays RUNNING.
 */
@ExtendWith(BrokerExtension.class)
class BadInputIT {
    @TempDir Path work;

    @Test
    void everyBadItemIsAccountedForAndCountsReconcile() throws Exception {
        String ns = "bad" + System.nanoTime();
        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), ns, work, 1).build();
        Topics.prepare(c, Duration.ofSeconds(60));

        // ---- 1. the file corpus through the real producer --------------------------------------------------------
        Path in = Files.createDirectories(work.resolve("in"));
        List<BadInputCorpus.FileItem> items = BadInputCorpus.files();
        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        Map<String, Ingest.Result> results = new LinkedHashMap<>();
        int maxRecord;
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            Ingest ingest = new Ingest(Extractors.standard(), pub, null, "auto");
            for (BadInputCorpus.FileItem it : items) {
                Path f = it.write(in);
                try {
                    results.put(it.fileName(), ingest.file(f));
                } finally {
                    if (Files.size(f) > 1_000_000) Files.delete(f); // the 20 MB files are not kept
                }
            }
            pub.flush(); // throws if any send failed: nothing may be lost in a producer error
            maxRecord = pub.maxRecordBytes();
        }
        List<String> wrong = new ArrayList<>();
        for (BadInputCorpus.FileItem it : items) {
            Ingest.Result r = results.get(it.fileName());
            boolean ok = switch (it.expected()) {
                case EVENTS -> r.status() == Ingest.Status.PUBLISHED && r.events() >= 1 && r.rejects() == 0;
                case NO_EVENT -> r.status() == Ingest.Status.NO_EVENT && r.events() == 0;
                case REJECTED -> r.status() == Ingest.Status.REJECTED && r.events() == 0 && r.rejects() == 1;
                case PARTIAL -> r.status() == Ingest.Status.PUBLISHED && r.events() >= 1 && r.rejects() >= 1;
            };
            if (it.reason() != null && !r.line().contains(it.reason())) ok = false;
            if (!ok) wrong.add(it.kind() + " [" + it.fileName() + "]: expected " + it.expected() + " / '" + it.reason() + "', got " + r.line());
        }
        assertThat(wrong).as("files whose outcome is not the expected one").isEmpty();

        List<ConsumerRecord<byte[], byte[]>> produced = Kit.readAll(c, c.get("topic.events"));
        List<ConsumerRecord<byte[], byte[]>> rejects = Kit.readAll(c, c.get("topic.rejects"));
        int events = results.values().stream().mapToInt(Ingest.Result::events).sum();
        int rejected = results.values().stream().mapToInt(Ingest.Result::rejects).sum();
        assertThat(produced).as("events on the topic = events the summaries report").hasSize(events);
        assertThat(rejects).as("rejects on the topic = rejects the summaries report").hasSize(rejected);
        assertThat(Files.readAllLines(work.resolve("rejects.jsonl"))).as("rejects file").hasSize(rejected);
        // the rejected line numbers are exactly the ones listed (expected ranges written by hand in the corpus)
        for (BadInputCorpus.FileItem it : items) {
            if (it.reason() == null || !it.reason().contains("rejected line(s) ")) continue;
            String ranges = it.reason().substring(it.reason().indexOf("rejected line(s) ") + 17);
            TreeSet<String> want = expand(ranges).stream().map(n -> it.fileName() + ":" + n).collect(Collectors.toCollection(TreeSet::new));
            TreeSet<String> got = rejects.stream().map(r -> Kit.str(r.key())).filter(k -> k.startsWith(it.fileName() + ":"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(got).as("reject keys of " + it.fileName()).isEqualTo(want);
        }
        // whole-file rejects carry the file (or its source id) as key and a reason
        long fileRejects = items.stream().filter(i -> i.expected() == FileOutcome.REJECTED).count();
        assertThat(rejects.stream().filter(r -> !Kit.str(r.key()).matches(".*:\\d+$")).count()).isEqualTo(fileRejects);
        for (var r : rejects) assertThat(Json.MAPPER.readTree(r.value()).path("reason").asText()).isNotBlank();

        // oversized: cut by the documented rule (evidence prefix + marker), within the limit, no split surrogate pair
        List<JsonNode> producedJson = new ArrayList<>();
        for (var r : produced) producedJson.add(Json.MAPPER.readTree(r.value()));
        JsonNode big = producedJson.stream().filter(j -> j.path("source").path("id").asText().equals("corpus-big")).findFirst().orElseThrow();
        String ev = big.path("evidence").asText();
        assertThat(ev).endsWith(KafkaEventPublisher.TRUNCATED);
        String kept = ev.substring(0, ev.length() - KafkaEventPublisher.TRUNCATED.length());
        assertThat("xé😀 ".repeat(180_000)).startsWith(kept);
        assertThat(kept.length()).isGreaterThan(100_000);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        for (var r : produced) assertThat(r.value().length + r.key().length).isLessThanOrEqualTo(maxRecord);
        // windows-1252 decoded, not mangled
        String cp = producedJson.stream().filter(j -> j.path("source").path("id").asText().equals("cp1252.txt")).map(JsonNode::toString)
                .collect(Collectors.joining());
        assertThat(cp).contains("Bekelé").doesNotContain("\uFFFD").doesNotContain("Ã");
        // escaped control/bidi characters and extra fields survive as data (accepted and kept)
        assertThat(producedJson.stream().anyMatch(j -> j.path("evidence").asText().contains("\u202Eevil"))).isTrue();
        assertThat(producedJson.stream().anyMatch(j -> j.has("x_future"))).isTrue();

        // ---- 2. raw records straight onto the events topic -------------------------------------------------------
        List<BadInputCorpus.RawItem> raw = BadInputCorpus.raw();
        Map<String, Object> pp = new HashMap<>(c.kafka("producer"));
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        List<Long> offsets = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (var it : raw) {
                Future<RecordMetadata> f = p.send(new ProducerRecord<>(c.get("topic.events"), 0, null, it.key().getBytes(StandardCharsets.UTF_8), it.value()));
                offsets.add(f.get().offset()); // one at a time: the order is the test's premise
            }
        }
        int total = produced.size() + raw.size();

        // ---- 3. the real Streams app ------------------------------------------------------------------------------
        try (EngagementApp app = new EngagementApp(c)) {
            app.start();
            Kit.await("RUNNING", Duration.ofSeconds(60), () -> app.state() == KafkaStreams.State.RUNNING);
            Kit.awaitStreamsIdle(c, Duration.ofSeconds(90));
            assertThat(app.state()).as("the Streams app survives the corpus").isEqualTo(KafkaStreams.State.RUNNING);

            List<ConsumerRecord<byte[], byte[]>> dlq = Kit.readAll(c, c.get("topic.dlq"));
            List<ConsumerRecord<byte[], byte[]>> late = Kit.readAll(c, c.get("topic.late"));
            double dlqMetric = Kit.parleyMetric(app, "dead-letter-total");
            double lateMetric = Kit.parleyMetric(app, "late-total");
            double dupMetric = Kit.parleyMetric(app, "duplicate-id-total");
            long accepted = (long) Kit.parleyMetric(app, "accepted-total");

            // every raw item where it must be, the dead letters with original bytes and source coordinates
            Map<String, ConsumerRecord<byte[], byte[]>> dlqByKey = new HashMap<>();
            for (var r : dlq) dlqByKey.put(Kit.str(r.key()), r);
            List<String> misplaced = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                var it = raw.get(i);
                boolean inDlq = dlqByKey.containsKey(it.key()), inLate = late.stream().anyMatch(r -> Kit.str(r.key()).equals(it.key()));
                RawOutcome got = inDlq ? RawOutcome.DLQ : inLate ? RawOutcome.LATE : null;
                if ((it.expected() == RawOutcome.DLQ || it.expected() == RawOutcome.LATE) != (got != null) || got != null && got != it.expected())
                    misplaced.add(it.kind() + ": expected " + it.expected() + ", got " + (got == null ? "accepted/duplicate" : got));
                if (inDlq && it.expected() == RawOutcome.DLQ) {
                    var d = dlqByKey.get(it.key());
                    assertThat(d.value()).as("original bytes of " + it.kind()).isEqualTo(it.value());
                    assertThat(Kit.header(d, ValidateProcessor.HEADER_TOPIC)).isEqualTo(c.get("topic.events"));
                    assertThat(Kit.header(d, ValidateProcessor.HEADER_PARTITION)).isEqualTo("0");
                    assertThat(Kit.header(d, ValidateProcessor.HEADER_OFFSET)).as("offset of " + it.kind()).isEqualTo(String.valueOf(offsets.get(i)));
                    assertThat(Kit.header(d, ValidateProcessor.HEADER_MESSAGE)).as("error of " + it.kind()).isNotBlank();
                    assertThat(Kit.header(d, ValidateProcessor.HEADER_EXCEPTION)).isNotBlank();
                }
            }
            assertThat(misplaced).isEmpty();
            long expDlq = raw.stream().filter(r -> r.expected() == RawOutcome.DLQ).count();
            long expLate = raw.stream().filter(r -> r.expected() == RawOutcome.LATE).count();
            long expDup = raw.stream().filter(r -> r.expected() == RawOutcome.DUPLICATE).count();
            assertThat(dlq).hasSize((int) expDlq);
            assertThat(late).hasSize((int) expLate);
            // no producer event was dead-lettered: what the producer publishes the Streams app reads
            assertThat(dlq.stream().map(r -> Kit.str(r.key())).filter(k -> k != null && !k.startsWith("raw-")).toList()).isEmpty();
            // the reconciliation: every record on the events topic is accepted, a repeat, a dead letter or late
            assertThat(accepted + (long) dupMetric + dlq.size() + late.size()).as("accepted + duplicates + DLQ + late").isEqualTo(total);
            assertThat(accepted).isEqualTo(produced.size() + raw.stream().filter(r -> r.expected() == RawOutcome.ACCEPTED).count());
            assertThat(dupMetric).isEqualTo((double) expDup);
            // item 8: the dead-letter metric counts exactly the DLQ topic
            assertThat(dlqMetric).as("dead-letter-total metric").isEqualTo((double) dlq.size());
            assertThat(lateMetric).isEqualTo((double) late.size());

            // the hazard: after far-future and ancient dates, B (2024-03-02) still counts; A counts once despite its repeat
            Map<String, JsonNode> rows = Kit.latestRows(c, c.get("topic.live"));
            assertThat(rows.get("PRT|7|2024-03-02")).as("B counted").isNotNull();
            assertThat(rows.get("PRT|7|2024-03-02").path("total").asLong()).isEqualTo(1);
            assertThat(rows.get("ITA|7|2024-03-02").path("total").asLong()).as("A once").isEqualTo(1);
            assertThat(rows.keySet().stream().filter(k -> k.startsWith("POL|")).toList()).as("late event not counted").isEmpty();
            for (String cc : List.of("NOR", "FIN", "AUT", "IRL")) assertThat(rows).as(cc + " accepted").containsKey(cc + "|7|2024-03-02");
            assertThat(rows.keySet().stream().filter(k -> k.compareTo("2999") > 0 && k.contains("|2999-")).toList()).isEmpty();
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    static List<Integer> expand(String ranges) {
        List<Integer> out = new ArrayList<>();
        for (String part : ranges.split(",")) {
            String[] ab = part.trim().split("-");
            int a = Integer.parseInt(ab[0].trim()), b = ab.length > 1 ? Integer.parseInt(ab[1].trim()) : a;
            for (int i = a; i <= b; i++) out.add(i);
        }
        return out;
    }

    static String show(byte[] b) { return b == null ? "null" : Arrays.toString(b); }
}
