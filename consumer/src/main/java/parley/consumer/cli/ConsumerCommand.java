package parley.consumer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.Sinks;
import parley.consumer.alerts.AlertConsumer;
import parley.consumer.sink.ResultSink;
import parley.kafka.KafkaSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "consumer", mixinStandardHelpOptions = true,
        description = {"Write the result topics to SQLite, JSON lines, CSV and PostgreSQL, until Ctrl-C.",
                "Sinks: sink.sqlite, sink.jsonl, sink.csv, and --sink postgres://user:pass@host:5432/db.",
                "JSON lines and CSV go to two files beside the name: results.final.csv (final rows, appended once)",
                "and results.live.csv (the rows not final yet, replaced about once a second); see the README.",
                "Restarts and replays never duplicate rows."})
public class ConsumerCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--sink", paramLabel = "SPEC", description = "An extra sink: postgres://…, sqlite:FILE, jsonl:FILE, csv:FILE. Repeatable.")
    List<String> sinks = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ParleyConfig c = common.config();
        if (common.printConfig) c.print(System.out);
        // sinks first: a bad --sink or an unwritable file fails at once, not after the wait for the cluster
        List<ResultSink> open = Sinks.open(c, sinks);
        try {
            KafkaSetup.awaitCluster(c);
            KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            open.forEach(ResultSink::close);
            throw e;
        }
        ResultConsumer rc = new ResultConsumer(c, open);
        AutoCloseable metrics = metrics(c, rc);
        Thread t = new Thread(rc, "result-consumer");
        AlertConsumer alerts = AlertConsumer.start(c, open); // the alerts table of each SQL sink
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            alerts.close();
            rc.close();
            closeQuietly(metrics);
            try {
                t.join(10_000);
            } catch (InterruptedException ignored) { }
            open.forEach(ResultSink::close);
        }));
        System.out.println("parley consumer: writing results to " + open.stream().map(ResultSink::name).toList() + "; Ctrl-C stops.");
        t.start();
        long last = -1;
        while (t.isAlive()) {
            t.join(5000);
            if (rc.rows() != last) {
                System.out.printf("  %d rows written, lag %d%n", rc.rows(), rc.lag());
                last = rc.rows();
            }
        }
        closeQuietly(metrics);
        return rc.failure() == null ? 0 : 1;
    }

    /**
     * The Prometheus endpoint when {@code metrics.port} is set (it prints its address), else null. The endpoint lives
     * in the app module, whose command line runs this command through a subclass that supplies it; here, without it,
     * a configured port is an error rather than silently ignored.
     */
    protected AutoCloseable metrics(ParleyConfig c, ResultConsumer rc) throws java.io.IOException {
        if (c.getInt("metrics.port") >= 0) throw new parley.config.ConfigException("metrics.port is set, but this build has no metrics endpoint");
        return null;
    }

    static void closeQuietly(AutoCloseable a) {
        if (a == null) return;
        try {
            a.close();
        } catch (Exception ignored) { }
    }
}
