package parley.app.broker;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a real single-node Kafka broker (KRaft) on 127.0.0.1 until Ctrl-C.",
                "Data stays in --data-dir (default work/broker) across restarts; delete it to start empty."})
public class BrokerCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker data (default ${work.dir}/broker).")
    Path dataDir;

    @Option(names = "--port", description = "Client port (default 9092; 0 = any free port).")
    Integer port;

    @Option(names = "--controller-port", description = "KRaft controller port (default 9093; 0 = any free port).")
    Integer controllerPort;

    @Option(names = "--host", description = "Address to bind (default 127.0.0.1; anything else exposes the broker).")
    String host;

    @Option(names = "--no-topics", description = "Do not create parley's topics at start.")
    boolean noTopics;

    @Override
    public Integer call() throws Exception {
        ParleyConfig c = common.config();
        if (port != null) c = c.with("broker.port", String.valueOf(port), "cli --port");
        if (controllerPort != null) c = c.with("broker.controller.port", String.valueOf(controllerPort), "cli --controller-port");
        if (common.printConfig) c.print(System.out);
        Path dir = dataDir != null ? dataDir : c.path("broker.data.dir");
        EmbeddedBroker broker = new EmbeddedBroker(dir, host != null ? host : c.get("broker.host"),
                port != null ? port : c.getInt("broker.port"),
                controllerPort != null ? controllerPort : c.getInt("broker.controller.port"));
        System.out.println("parley broker: starting Kafka " + org.apache.kafka.common.utils.AppInfoParser.getVersion()
                + " (KRaft, one node), data in " + broker.dataDir());
        long t0 = System.nanoTime();
        broker.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("parley broker: stopping...");
            broker.close();
            stopped.countDown();
        }, "broker-shutdown"));
        ParleyConfig bc = c.with("bootstrap.servers", broker.bootstrapServers());
        KafkaSetup.awaitCluster(bc, Duration.ofSeconds(60));
        if (!noTopics) KafkaSetup.ensureTopics(bc, Duration.ofSeconds(60));
        System.out.printf("parley broker: ready at %s in %.1f s. Other commands use it by default%s. Ctrl-C stops it.%n",
                broker.bootstrapServers(), (System.nanoTime() - t0) / 1e9,
                broker.bootstrapServers().equals(c.bootstrapServers()) ? "" : " with --bootstrap-servers " + broker.bootstrapServers());
        stopped.await();
        return 0;
    }
}
