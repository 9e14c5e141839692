package parley.app.demo;

import parley.app.Completion;
import parley.app.broker.EmbeddedBroker;
import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.consumer.Ranking;
import parley.consumer.ResultConsumer;
import parley.consumer.Sinks;
import parley.consumer.alerts.AlertConsumer;
import parley.consumer.alerts.AlertTable;
import parley.consumer.sink.FileSink;
import parley.consumer.sink.ResultSink;
import parley.kafka.KafkaSetup;
import parley.producer.cli.FilesCommand;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.publish.KafkaEventPublisher;
import parley.streams.EngagementApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on built-in sample input and print the per-country table.",
                "Starts a Kafka broker, the Streams app, the consumer and the dashboard in this process; needs nothing but",
                "Java (no Docker, no running Kafka). --serve keeps the dashboard up afterwards."})
public class DemoCommand implements Callable<Integer> {
    /** The sample input shipped in the jar (written for parley; no third-party text). */
    static final List<String> SAMPLE = List.of("events.jsonl", "reports/americas-brief.txt", "reports/pacific-roundup.txt",
            "reports/africa-week.txt");

    @Mixin CommonOptions common;

    @Option(names = "--keep", description = "Keep the previous demo's data instead of starting fresh.")
    boolean keep;

    @Option(names = "--serve", description = "Keep the broker, Streams and the dashboard running after the table, until Ctrl-C.")
    boolean serve;

    @Option(names = "--port", description = "Dashboard port (default: dashboard.port when you set it, else any free port).")
    Integer port;

    @Option(names = "--timeout", defaultValue = "180", description = "Seconds to wait for complete results (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private final List<AutoCloseable> running = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ParleyConfig base = common.config();
        Path work = Path.of(base.get("work.dir")).resolve("demo").toAbsolutePath();
        if (!keep) deleteTree(work);
        Files.createDirectories(work);
        // the demo's library log lives in its own folder, recreated with it (not in work/logs, growing across runs)
        Path logs = parley.app.log.LogDir.use(work.resolve("logs"));
        ParleyConfig c = base.with("work.dir", work.toString(), "demo");
        boolean external = common.bootstrapServers != null || System.getenv("PARLEY_BOOTSTRAP_SERVERS") != null;
        if (external) {
            // never disturb a real cluster's topics or application state: a demo namespace per run
            String ns = "parley.demo." + System.currentTimeMillis();
            for (String t : List.of("events", "late", "dlq", "rejects", "live", "final", "alerts")) c = c.with("topic." + t, ns + "." + t, "demo");
            c = c.with("application.id", ns.replace('.', '-'), "demo");
        }
        // The demo must not collide with a broker or dashboard already running on the standard ports, so it picks free
        // ports, but only for what nobody chose: a port set in a file, the environment or --set is used as given.
        if (port != null) c = c.with("dashboard.port", String.valueOf(port), "cli --port");
        for (String k : List.of("broker.port", "broker.controller.port", "dashboard.port"))
            if (c.isDefault(k)) c = c.with(k, "0", "demo: any free port");
        if (common.printConfig) c.print(System.out);
        Thread hook = new Thread(this::stopAll, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (!external) {
                System.out.println("demo: starting a Kafka broker (KRaft, one node, 127.0.0.1)...");
                EmbeddedBroker broker = new EmbeddedBroker(c.path("broker.data.dir"), c.get("broker.host"),
                        c.getInt("broker.port"), c.getInt("broker.controller.port")).start();
                running.add(broker);
                c = c.with("bootstrap.servers", broker.bootstrapServers(), "demo broker");
            }
            KafkaSetup.awaitCluster(c, Duration.ofSeconds(60));
            parley.app.Topics.prepare(c, Duration.ofSeconds(60));
            System.out.println("demo: Kafka at " + c.bootstrapServers() + "; topics ready");

            EngagementApp streams = new EngagementApp(c);
            running.add(0, streams);
            streams.start();
            System.out.println("demo: Streams application '" + c.get("application.id") + "' started (exactly-once, grace "
                    + c.graceDays() + " days, windows " + c.windows() + ")");

            List<ResultSink> sinks = Sinks.open(c, List.of());
            ResultConsumer consumer = new ResultConsumer(c, sinks);
            parley.app.metrics.Metrics metrics = parley.app.metrics.Metrics.startIfConfigured(c);
            if (metrics != null) {
                running.add(metrics);
                metrics.streams(streams.streams()).consumer(consumer);
                System.out.println("demo: metrics at " + metrics.url());
            }
            Thread ct = new Thread(consumer, "result-consumer");
            running.add(0, () -> { consumer.close(); ct.join(10_000); sinks.forEach(ResultSink::close); });
            ct.start();
            AlertConsumer alerts = AlertConsumer.start(c, sinks); // closed before the sinks it writes to
            running.add(0, alerts);

            parley.consumer.cli.DashboardCommand.Running dash = parley.consumer.cli.DashboardCommand.start(c);
            running.add(0, dash);
            System.out.println("demo: dashboard at " + dash.server().uri());

            Path input = copySample(work.resolve("input"));
            System.out.println("demo: publishing the sample input from " + input);
            FilesCommand.Summary s;
            try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
                s = FilesCommand.publish(FilesCommand.expand(List.of(input)), new Ingest(Extractors.standard(), pub, null, "auto"), System.out);
                pub.flush();
            }
            System.out.println("demo: " + s.line());
            System.out.println("demo: waiting for Streams and the sinks to finish...");
            if (!Completion.await(c, consumer, Duration.ofSeconds(timeoutSeconds), () -> consumer.failure() == null && streams.state().isRunningOrRebalancing())) {
                System.err.println("demo: results did not complete within " + timeoutSeconds + " s (streams " + streams.state()
                        + (consumer.failure() != null ? ", consumer failed: " + consumer.failure() : "") + ")");
                return 1;
            }
            Path db = Path.of(c.get("sink.sqlite"));
            if (!alerts.awaitCaughtUp(Duration.ofSeconds(30))) System.err.println("demo: the alerts were not all written within 30 s");
            System.out.println();
            System.out.print(Ranking.format(Ranking.read(db, c.windows().contains(30) ? 30 : c.windows().get(0), null, 25)));
            System.out.println();
            System.out.println("Alerts (docs/alerts.md; ./parley alerts --work-dir " + work.getParent() + "/demo):");
            System.out.print(AlertTable.format(AlertTable.read(db, null, null, 25)));
            System.out.println();
            System.out.printf("demo: done in %.1f s; %d result rows written.%n", (System.nanoTime() - t0) / 1e9, consumer.rows());
            System.out.println("Outputs:");
            System.out.println("  SQLite   " + db + "   (./parley top --window 7 --work-dir " + work.getParent() + "/demo)");
            for (String[] f : new String[][]{{"JSONL", "sink.jsonl"}, {"CSV", "sink.csv"}}) {
                if (c.get(f[1]).isBlank()) continue;
                Path file = Path.of(c.get(f[1]));
                System.out.printf("  %-8s %s (final rows) + %s (rows not final yet)%n", f[0], FileSink.finalFile(file), FileSink.liveFile(file).getFileName());
            }
            System.out.println("  rejects  " + c.get("producer.rejects.file"));
            System.out.println("  logs     " + logs.resolve("parley.log"));
            System.out.println("Columns: total = events involving the country in the window; visit/meet/call/stmt by kind;");
            System.out.println("  out/in/venue/subj by role (actor, counterpart or host, meeting place, spoken about);");
            System.out.println("  mentions = reports behind them; Δ prev = change vs the window just before, ending N days earlier");
            System.out.println("  (new = no events then). The README explains them.");
            if (serve) {
                System.out.println("demo: serving the dashboard at " + dash.server().uri() + " — Ctrl-C stops everything.");
                Thread.currentThread().join();
            } else {
                System.out.println("demo: the dashboard stopped with the demo; './parley demo --serve' keeps it (and the pipeline) running.");
            }
            return 0;
        } finally {
            stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) { /* already shutting down */ }
        }
    }

    private synchronized void stopAll() {
        for (AutoCloseable a : running) {
            try {
                a.close();
            } catch (Exception e) {
                System.err.println("demo: while stopping: " + e);
            }
        }
        running.clear();
    }

    static Path copySample(Path dir) throws IOException {
        for (String name : SAMPLE) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = DemoCommand.class.getResourceAsStream("/parley/demo/" + name)) {
                if (in == null) throw new IOException("sample input " + name + " missing from the build");
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> w = Files.walk(p)) {
            for (Path x : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
