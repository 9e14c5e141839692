package parley.app;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import parley.config.ParleyConfig;
import parley.consumer.web.DashboardFeed;
import parley.consumer.web.DashboardState;
import parley.consumer.web.Views;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.model.EngagementRow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16 (health): a dashboard started on a long history said "ok" while it was still reading it, showing
 * partial numbers as if they were complete. It says "catching_up" until the history present at its start is read,
 * and is never "ok" with less.
 */
@ExtendWith(BrokerExtension.class)
class DashboardCatchUpIT {
    static final String[] COUNTRIES = {"AZE", "RUS", "TUR", "ARM", "GEO", "IRN", "KAZ", "UZB", "CHN", "IND"};
    static final int DAYS = 300; // within the dashboard's 400 days of history per series
    static final int ROWS = COUNTRIES.length * DAYS;

    @Test
    void isCatchingUpUntilTheHistoryPresentAtStartIsInItsState() throws Exception {
        String ns = "catchup-" + System.nanoTime();
        ParleyConfig c = ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers())
                .set("topic.events", ns + ".events").set("topic.late", ns + ".late").set("topic.dlq", ns + ".dlq")
                .set("topic.rejects", ns + ".rejects").set("topic.live", ns + ".live").set("topic.final", ns + ".final").build();
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", c.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < DAYS; i++)
                for (String country : COUNTRIES) {
                    EngagementRow r = row(country, day.plusDays(i), i + 1);
                    p.send(new ProducerRecord<>(c.get("topic.live"), r.rowKey(), Json.bytes(r)));
                }
            // what the pipeline left out: the dashboard counts it (health), so counts lower than expected are explained
            for (int i = 0; i < 3; i++) p.send(new ProducerRecord<>(c.get("topic.late"), "late" + i, "{}".getBytes()));
            for (int i = 0; i < 2; i++) p.send(new ProducerRecord<>(c.get("topic.dlq"), "bad" + i, "not json".getBytes()));
            p.send(new ProducerRecord<>(c.get("topic.rejects"), "a.txt", "{\"reason\":\"no publication date\"}".getBytes()));
            p.flush();
        }
        DashboardState state = new DashboardState();
        DashboardFeed feed = new DashboardFeed(c, state);
        assertThat(state.health(0).status()).isEqualTo("catching_up");
        Thread t = new Thread(feed, "catch-up-feed");
        t.start();
        try {
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Views.Health h = state.health(0);
            while (!h.status().equals("ok") && System.nanoTime() < until) {
                Thread.sleep(5);
                h = state.health(0);
            }
            assertThat(h.status()).isEqualTo("ok");
            assertThat(h.rows()).as("rows in the state when it first said ok").isEqualTo(ROWS);
            assertThat(h.behind()).isZero();
            assertThat(h.lateEvents()).isEqualTo(3);
            assertThat(h.deadLetters()).isEqualTo(2);
            assertThat(h.rejects()).isEqualTo(1);
        } finally {
            feed.close();
            t.join(10_000);
        }
    }

    static EngagementRow row(String country, LocalDate end, long total) {
        Map<String, Long> k = new LinkedHashMap<>();
        k.put("VISIT", total); k.put("MEETING", 0L); k.put("CALL", 0L); k.put("STATEMENT", 0L);
        Map<String, Long> r = new LinkedHashMap<>();
        r.put("outbound", total); r.put("inbound", 0L); r.put("venue", 0L); r.put("subject", 0L);
        return new EngagementRow(1, country, null, 7, end.minusDays(6), end, total, k, r, total, false, Instant.EPOCH);
    }
}
