package parley.app.reliability;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.Topics;
import parley.config.ParleyConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: `--set metrics.port=N` must give a Prometheus endpoint for streams, consumer and dashboard (it did
 * nothing for the last two), with parley's counters under the names the README gives, from the first scrape (they
 * used to appear only after the Micrometer binder's one-minute refresh, and as kafka_stream_parley_dead_letter_total).
 */
@ExtendWith(BrokerExtension.class)
class MetricsIT {
    private static final Pattern URL = Pattern.compile("metrics at (http://127\\.0\\.0\\.1:\\d+/metrics)");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void streamsConsumerAndDashboardServeMetricsAndParleyCountersFromTheFirstScrape(@TempDir Path dir) throws Exception {
        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), "metrics" + System.nanoTime(), dir, 1).build();
        Topics.prepare(c, Duration.ofSeconds(60));
        try (ChildJvm streams = ChildJvm.start("streams", dir, args(c, "streams"));
             ChildJvm consumer = ChildJvm.start("consumer", dir, args(c, "consumer"));
             ChildJvm dashboard = ChildJvm.start("dashboard", dir, args(c, "dashboard", "--port", "0"))) {
            String s = scrape(url(streams));
            assertThat(s).contains("parley_dead_letter_total 0.0", "parley_late_total 0.0", "parley_duplicate_id_total 0.0",
                    "parley_accepted_total 0.0", "jvm_memory_used_bytes");
            String co = scrape(url(consumer));
            assertThat(co).contains("parley_results_rows ", "parley_results_lag ", "jvm_memory_used_bytes");
            String da = scrape(url(dashboard));
            assertThat(da).contains("parley_dashboard_stream_clients ", "jvm_memory_used_bytes");

            // a record that is not an event: one dead letter, counted under the README's name
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", c.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                p.send(new ProducerRecord<>(c.get("topic.events"), "bad", "not an event".getBytes(StandardCharsets.UTF_8))).get();
            }
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            String last = "";
            while (System.nanoTime() < until && !(last = scrape(url(streams))).contains("parley_dead_letter_total 1.0")) Thread.sleep(500);
            assertThat(last).as(streams.output()).contains("parley_dead_letter_total 1.0");
        }
    }

    private static String[] args(ParleyConfig c, String command, String... more) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(Workload.flags(c));
        a.addAll(List.of("--set", "metrics.port=0", "--set", "sink.jsonl=", "--set", "sink.csv="));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** The endpoint's address, as the command prints it; fails with the child's output after 60 s. */
    private static String url(ChildJvm child) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            Matcher m = URL.matcher(child.output());
            if (m.find()) return m.group(1);
            if (!child.alive()) break;
            Thread.sleep(200);
        }
        throw new AssertionError(child.name + " printed no metrics address:\n" + child.output());
    }

    private String scrape(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
