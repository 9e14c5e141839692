package parley.app;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.streams.EngagementApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run the Kafka Streams application that computes engagement, until Ctrl-C.",
                "Validates events (dead letters), drops late ones, dedups reports of one event, and writes rolling",
                "per-country and per-pair engagement to the result topics.",
                "Start more instances with the same application.id to share the partitions."})
public class StreamsCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ParleyConfig c = common.config();
        c.print(System.out);
        KafkaSetup.awaitCluster(c);
        Topics.prepare(c, Duration.ofSeconds(60));
        EngagementApp app = new EngagementApp(c);
        CountDownLatch stopped = new CountDownLatch(1);
        app.streams().setStateListener((now, before) -> {
            System.out.println("parley streams: " + before + " → " + now);
            if (now == org.apache.kafka.streams.KafkaStreams.State.ERROR || now == org.apache.kafka.streams.KafkaStreams.State.NOT_RUNNING)
                stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { app.close(); stopped.countDown(); }, "streams-shutdown"));
        parley.app.metrics.Metrics metrics = parley.app.metrics.Metrics.startIfConfigured(c);
        if (metrics != null) {
            metrics.streams(app.streams());
            System.out.println("parley streams: metrics at " + metrics.url());
        }
        app.start();
        stopped.await();
        if (metrics != null) metrics.close();
        return app.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }
}
