package parley.consumer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.consumer.web.AlertBoard;
import parley.consumer.web.AlertFeed;
import parley.consumer.web.DashboardFeed;
import parley.consumer.web.DashboardServer;
import parley.consumer.web.DashboardState;
import parley.kafka.KafkaSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serve the live dashboard on http://127.0.0.1:8080/ (by default), until Ctrl-C.",
                "Rankings, charts, pairs, latest events, drill-down to evidence; updates pushed to browsers with",
                "server-sent events. API: docs/dashboard-api.md."})
public class DashboardCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--port", description = "Port (default dashboard.port = 8080; 0 = any free port).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        ParleyConfig c = common.config();
        if (port != null) c = c.with("dashboard.port", String.valueOf(port), "cli --port");
        if (common.printConfig) c.print(System.out);
        KafkaSetup.awaitCluster(c);
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        Running r = start(c);
        AutoCloseable metrics = metrics(c, r);
        System.out.println("parley dashboard: " + r.server().uri() + " (Ctrl-C stops)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            r.close();
            ConsumerCommand.closeQuietly(metrics);
        }, "dashboard-shutdown"));
        r.thread().join();
        return 0;
    }

    /** The Prometheus endpoint when {@code metrics.port} is set; supplied by the app module's subclass (see ConsumerCommand). */
    protected AutoCloseable metrics(ParleyConfig c, Running r) throws java.io.IOException {
        if (c.getInt("metrics.port") >= 0) throw new parley.config.ConfigException("metrics.port is set, but this build has no metrics endpoint");
        return null;
    }

    /** A started dashboard: server, its Kafka feed and the feed's thread. */
    public record Running(DashboardServer server, DashboardFeed feed, Thread thread, AlertFeed alerts) implements AutoCloseable {
        @Override
        public void close() {
            alerts.close();
            feed.close();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.close();
        }
    }

    public static Running start(ParleyConfig c) throws java.io.IOException {
        DashboardState state = new DashboardState(DashboardState.Options.defaults());
        AlertBoard board = new AlertBoard(1000);
        DashboardServer server = new DashboardServer(c, state).alerts(board).start();
        DashboardFeed feed = new DashboardFeed(c, state);
        Thread t = new Thread(feed, "dashboard-feed");
        t.setDaemon(true);
        t.start();
        return new Running(server, feed, t, new AlertFeed(c, board).start());
    }
}
