package parley.app.metrics;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.producer.publish.KafkaEventPublisher;
import parley.streams.metrics.TaskCounter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A Prometheus endpoint ({@code GET /metrics}) for one parley process: JVM, the Streams app's metrics (records in,
 * commit latency…, as {@code kafka_stream_*}), parley's own Streams counters as {@code parley_dead_letter_total},
 * {@code parley_late_total}, {@code parley_duplicate_id_total} and {@code parley_accepted_total} (summed over tasks,
 * present from the first scrape), events published and rejected, result rows out and the sink's lag. Off unless
 * {@code metrics.port} ≥ 0; binds 127.0.0.1 by default.
 */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();
    private HttpServer server;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
    }

    /** Starts the endpoint when configured; returns null (and does nothing) when metrics.port is -1. */
    public static Metrics startIfConfigured(ParleyConfig c) throws IOException {
        int port = c.getInt("metrics.port");
        if (port < 0) return null;
        return new Metrics().serve(c.get("metrics.host"), port);
    }

    public Metrics serve(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/metrics", ex -> {
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return this;
    }

    public String url() {
        return server == null ? null : "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/metrics";
    }

    public Metrics streams(KafkaStreams streams) {
        KafkaStreamsMetrics m = new KafkaStreamsMetrics(streams);
        m.bindTo(registry);
        binders.add(m);
        // parley's per-task counters, summed at each scrape. The binder above also exports them, but only once it
        // notices them: it looks for new Kafka metrics once a minute, and the counters exist only after the tasks start.
        counter("parley.dead.letter", streams, TaskCounter.DEAD_LETTERS, "invalid events sent to the dead-letter topic");
        counter("parley.late", streams, TaskCounter.LATE, "events older than stream day - grace, sent to the late topic");
        counter("parley.duplicate.id", streams, TaskCounter.DUPLICATE_IDS, "reports whose id was already accepted (ignored)");
        counter("parley.accepted", streams, TaskCounter.ACCEPTED, "reports accepted and passed on to dedup");
        return this;
    }

    private void counter(String name, KafkaStreams streams, String operation, String description) {
        String total = operation + "-total";
        FunctionCounter.builder(name, streams, s -> taskSum(s, total)).description(description).register(registry);
    }

    /** The sum over tasks of one of parley's {@link TaskCounter} metrics (0 before any task runs). */
    static double taskSum(KafkaStreams streams, String metric) {
        double sum = 0;
        for (var e : streams.metrics().entrySet())
            if (e.getKey().group().equals(TaskCounter.GROUP) && e.getKey().name().equals(metric)
                    && e.getValue().metricValue() instanceof Number n) sum += n.doubleValue();
        return sum;
    }

    public Metrics dashboard(parley.consumer.cli.DashboardCommand.Running d) {
        Gauge.builder("parley_dashboard_stream_clients", d.server(), parley.consumer.web.DashboardServer::streamClients)
                .description("browsers connected to the live stream").register(registry);
        return this;
    }

    public Metrics consumer(ResultConsumer c) {
        Gauge.builder("parley_results_rows", c, ResultConsumer::rows).description("result rows written to the sinks").register(registry);
        Gauge.builder("parley_results_bad_rows", c, ResultConsumer::badRows).description("unreadable result records skipped").register(registry);
        Gauge.builder("parley_results_lag", c, ResultConsumer::lag).description("records behind the end of the result topics").register(registry);
        return this;
    }

    public Metrics producer(KafkaEventPublisher p) {
        Gauge.builder("parley_events_published", p, KafkaEventPublisher::published).description("events acknowledged by Kafka").register(registry);
        Gauge.builder("parley_reports_rejected", p, KafkaEventPublisher::rejected).description("reports or lines sent to the rejects topic").register(registry);
        return this;
    }

    public PrometheusMeterRegistry registry() { return registry; }

    @Override
    public void close() {
        if (server != null) server.stop(0);
        for (AutoCloseable b : binders) {
            try {
                b.close();
            } catch (Exception ignored) { }
        }
        registry.close();
    }
}
