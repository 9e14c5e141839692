package parley.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.producer.cli.FilesCommand;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.publish.KafkaEventPublisher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 3 on the embedded broker: a line whose record timestamp the broker would refuse (dated ahead of the
 * wall clock, though valid by the contract's published + 1 rule) is rejected up front with its reason and its
 * original line; the lines around it are published and acknowledged; the per-file result and the run's summary count
 * only what Kafka acknowledged, and the summary reconciles (files = with events + no event + rejected).
 */
@ExtendWith(BrokerExtension.class)
class ProducerAccountingIT {
    @TempDir Path work;

    @Test
    void aLineTheBrokerWouldRefuseIsRejectedAndTheOthersArePublished() throws Exception {
        String ns = "acct" + System.nanoTime();
        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), ns, work, 1).build();
        Topics.prepare(c, Duration.ofSeconds(60));
        // this events topic refuses timestamps more than five years old (a cluster setting parley does not choose)
        try (Admin admin = KafkaSetup.admin(c)) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, c.get("topic.events"));
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(new ConfigEntry(
                    "message.timestamp.before.max.ms", String.valueOf(Duration.ofDays(5 * 365).toMillis())), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String recent = today.minusDays(3).toString();
        String old = BadInputCorpus.event("acct-old", "2015-03-01", "2015-03-01", "FRA", "DEU");
        // published today + 1 (allowed: time zones ahead of UTC), dated the day after: valid, and its day is at least
        // 24 h ahead, which the broker refuses (1 h): published all the same, stamped with the clock
        String ahead = BadInputCorpus.event("acct-ahead", today.plusDays(2).toString(), today.plusDays(1).toString(), "FRA", "DEU");
        Path in = Files.createDirectories(work.resolve("in"));
        Path jsonl = Files.writeString(in.resolve("a.jsonl"), BadInputCorpus.event("acct-1", recent, recent, "FRA", "DEU") + "\n"
                + old + "\n" + BadInputCorpus.event("acct-3", recent, recent, "FRA", "DEU") + "\n" + ahead + "\n");
        Path article = Files.writeString(in.resolve("b.txt"), BadInputCorpus.article(BadInputCorpus.VISIT));
        Path quiet = Files.writeString(in.resolve("c.txt"), BadInputCorpus.article("The weather was fine all week."));
        Path empty = Files.write(in.resolve("d.txt"), new byte[0]);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FilesCommand.Summary s;
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            s = FilesCommand.publish(List.of(jsonl, article, quiet, empty), new Ingest(Extractors.standard(), pub, null, "auto"),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            pub.flush(); // nothing failed unaccounted for
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("a.jsonl: 3 event(s) published, 1 line(s) rejected (published line(s) 1,3-4; rejected line(s) 2)");

        List<ConsumerRecord<byte[], byte[]>> events = Kit.readAll(c, c.get("topic.events"));
        List<ConsumerRecord<byte[], byte[]>> rejects = Kit.readAll(c, c.get("topic.rejects"));
        List<String> sources = new ArrayList<>();
        for (var r : events) sources.add(Json.MAPPER.readTree(r.value()).path("source").path("id").asText());
        assertThat(sources).contains("acct-1", "acct-3", "acct-ahead").doesNotContain("acct-old");
        for (var r : events) assertThat(r.timestamp()).as("no timestamp ahead of the clock").isLessThanOrEqualTo(System.currentTimeMillis());
        // the summary counts exactly what is on the topic, and reconciles file by file
        assertThat(s.events).isEqualTo(events.size());
        assertThat(s.files).isEqualTo(4);
        assertThat(s.withEvents).isEqualTo(2);
        assertThat(s.noEvent).isEqualTo(1);
        assertThat(s.rejected).isEqualTo(1);
        assertThat(s.rejectedLines).isEqualTo(1);
        assertThat(s.reconciles()).isTrue();
        assertThat(s.exitCode()).as("inputs were rejected").isEqualTo(1);
        // every rejected input has a record with its reason; the line's record carries the original line
        assertThat(rejects).hasSize(s.rejected + s.rejectedLines);
        JsonNode lineReject = null;
        for (var r : rejects) if (Kit.str(r.key()).equals("a.jsonl:2")) lineReject = Json.MAPPER.readTree(r.value());
        assertThat(lineReject).as("reject of a.jsonl:2").isNotNull();
        assertThat(lineReject.path("reason").asText()).isEqualTo("too-old");
        assertThat(lineReject.path("detail").asText()).contains("before now").contains("message.timestamp.before.max.ms");
        assertThat(lineReject.path("original").asText()).isEqualTo(old);
    }

    @Test
    void anExtractedEventTheStreamsValidatorRefusesIsRejectedNotDeadLettered() throws Exception {
        String ns = "acct2" + System.nanoTime();
        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), ns, work, 1).build();
        Topics.prepare(c, Duration.ofSeconds(60));
        // a stand-in extractor: one good event and one with a code the contract does not know
        LocalDate d = LocalDate.of(2024, 3, 1);
        parley.producer.extract.Extractor ex = a -> List.of(call("x-good", "DEU", d), call("x-bad", "QQQ", d));
        Ingest.Result r;
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            r = new Ingest(ex, pub, null, "auto").file(Files.writeString(work.resolve("x.txt"), BadInputCorpus.article("Text.")));
        }
        assertThat(r.events()).isEqualTo(1);
        assertThat(r.rejects()).isEqualTo(1);
        assertThat(Kit.readAll(c, c.get("topic.events"))).hasSize(1);
        List<ConsumerRecord<byte[], byte[]>> rejects = Kit.readAll(c, c.get("topic.rejects"));
        assertThat(rejects).hasSize(1);
        JsonNode j = Json.MAPPER.readTree(rejects.get(0).value());
        assertThat(j.path("reason").asText()).isEqualTo("invalid event");
        assertThat(j.path("detail").asText()).contains("QQQ");
    }

    private static parley.model.Event call(String source, String counterpart, LocalDate d) {
        return new parley.model.Event(1, null, null, parley.model.Kind.CALL, d, parley.model.DatePrecision.DAY, new parley.model.Party("A", "FRA", null),
                new parley.model.Party("B", counterpart, null), null, List.of(), new parley.model.Source(source, null, null, d, null), "a call", 0.9,
                null, null).withKeys();
    }
}
