package parley.app.broker;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka (KRaft, broker + controller in one process) from the Maven artifacts, bound to
 * 127.0.0.1, with replication factors of 1 so that transactions (exactly-once) work on one node.
 * The data directory survives restarts (same cluster id); delete it to start empty.
 */
public final class EmbeddedBroker implements AutoCloseable {
    /** The log cleaner's on-heap dedupe buffer: a quarter of Kafka's default. */
    static final long EMBEDDED_CLEANER_BUFFER_BYTES = 32L << 20;
    /**
     * Share of a compacted log that must be uncleaned before the cleaner takes it up: 0.5 by default. A pass covers only
     * the keys the small buffer holds yet copies the whole log before them, so on the live rows of a replay (tens of
     * millions of keys, nearly all distinct) passes at 0.5 kept one of the two cores busy while freeing about 1 % of
     * the log. At 0.9 the cleaned part must grow tenfold between passes, so a log is copied a few times, not once per
     * buffer-full of keys; the cost is up to ten times the compacted size on disk between passes.
     */
    static final double EMBEDDED_CLEANER_MIN_RATIO = 0.9;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Path dataDir;
    private final String host;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /** Ports of 0 pick free ones. */
    public EmbeddedBroker(Path dataDir, String host, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.host = host;
        this.port = port == 0 ? freePort(host) : port;
        this.controllerPort = controllerPort == 0 ? freePort(host) : controllerPort;
    }

    public String bootstrapServers() { return host + ":" + port; }

    public Path dataDir() { return dataDir; }

    public synchronized EmbeddedBroker start() throws IOException {
        if (server != null) return this;
        Files.createDirectories(dataDir);
        Properties p = properties();
        Path props = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(props)) {
            p.store(out, "written by parley; edit the parley config instead");
        }
        format(props);
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        s.startup();
        server = s;
        LOG.info("Kafka broker up at {} (data {})", bootstrapServers(), dataDir);
        return this;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("metadata.log.dir", dataDir.resolve("metadata").toString());
        // one node: every internal topic with one replica, or transactions and groups cannot start
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        // event-time timestamps are old on replay: never reject or delete by timestamp on the broker side
        p.put("log.message.timestamp.before.max.ms", String.valueOf(Long.MAX_VALUE));
        p.put("log.retention.ms", "-1");
        // the log cleaner's dedupe buffer is allocated on the Java heap, which this broker shares with Streams and the
        // consumer: 128 MB by default (sized for a dedicated broker), 32 MB here (about 1.4M keys per cleaning pass)
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(EMBEDDED_CLEANER_BUFFER_BYTES));
        p.put("log.cleaner.min.cleanable.ratio", String.valueOf(EMBEDDED_CLEANER_MIN_RATIO));
        p.put("unstable.api.versions.enable", "false");
        p.put("unstable.feature.versions.enable", "false");
        return p;
    }

    /** Same as `kafka-storage.sh format --ignore-formatted`, with a cluster id kept in the data dir. */
    private void format(Path props) throws IOException {
        Path idFile = dataDir.resolve("cluster.id");
        String clusterId;
        if (Files.exists(idFile)) clusterId = Files.readString(idFile).trim();
        else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(idFile, clusterId);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            rc = kafka.tools.StorageTool$.MODULE$.execute(
                    new String[]{"format", "-t", clusterId, "-c", props.toString(), "--ignore-formatted"}, ps);
        }
        if (rc != 0) throw new IOException("formatting the broker's storage in " + dataDir + " failed: " + buf.toString(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() {
        if (server == null) return;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
            LOG.info("Kafka broker at {} stopped", bootstrapServers());
        }
    }

    public static int freePort(String host) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + host, e);
        }
    }
}
