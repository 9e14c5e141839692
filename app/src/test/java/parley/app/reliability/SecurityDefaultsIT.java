package parley.app.reliability;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.broker.EmbeddedBroker;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.web.DashboardServer;
import parley.consumer.web.DashboardState;
import parley.kafka.KafkaSetup;
import parley.producer.publish.KafkaEventPublisher;
import parley.streams.EngagementApp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 item 6: every server parley starts (the broker of {@code ./parley broker}, the dashboard) binds 127.0.0.1
 * unless told otherwise, and no password reaches the configuration print, an error message or a client's logged
 * configuration.
 */
@ExtendWith(BrokerExtension.class)
class SecurityDefaultsIT {
    @TempDir Path dir;

    /** A non-loopback address of this machine, if it has one: a server bound to 127.0.0.1 must refuse it. */
    static Optional<InetAddress> externalAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses()))
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress() && a instanceof java.net.Inet4Address) return Optional.of(a);
        }
        return Optional.empty();
    }

    static boolean accepts(InetAddress a, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(a, port), 2000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static void assertLoopbackOnly(int port) throws Exception {
        assertThat(accepts(InetAddress.getByName("127.0.0.1"), port)).as("answers on 127.0.0.1:" + port).isTrue();
        Optional<InetAddress> ext = externalAddress();
        ext.ifPresent(a -> assertThat(accepts(a, port)).as("must not answer on " + a + ":" + port).isFalse());
    }

    @Test
    void defaultsBindLoopback() {
        ParleyConfig d = ParleyConfig.defaults();
        assertThat(d.get("broker.host")).isEqualTo("127.0.0.1");
        assertThat(d.get("dashboard.host")).isEqualTo("127.0.0.1");
        assertThat(d.bootstrapServers()).startsWith("127.0.0.1:");
    }

    @Test
    void theBrokerCommandBindsLoopbackByDefault() throws Exception {
        int port = EmbeddedBroker.freePort("127.0.0.1"), controller = EmbeddedBroker.freePort("127.0.0.1");
        // ./parley broker with only ports and a data dir: host comes from the defaults
        try (ChildJvm broker = ChildJvm.start("broker", dir, "broker", "--port", String.valueOf(port), "--controller-port",
                String.valueOf(controller), "--data-dir", dir.resolve("data").toString(), "--no-topics")) {
            Kit.await("the broker to listen", Duration.ofSeconds(120), () -> accepts(InetAddress.getLoopbackAddress(), port) || !broker.alive());
            assertThat(broker.alive()).as(broker.output()).isTrue();
            assertLoopbackOnly(port);
            assertLoopbackOnly(controller);
        }
    }

    @Test
    void theDashboardBindsLoopbackByDefault() throws Exception {
        ParleyConfig c = ParleyConfig.builder().set("dashboard.port", "0").build();
        try (DashboardServer s = new DashboardServer(c, new DashboardState(DashboardState.Options.defaults())).start()) {
            assertThat(s.uri().getHost()).isEqualTo("127.0.0.1");
            assertLoopbackOnly(s.uri().getPort());
        }
    }

    static final String SECRET = "s3cr3t-Pa55";

    @Test
    void noPasswordIsPrinted() throws Exception {
        ParleyConfig c = ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers())
                .set("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"" + SECRET + "\";")
                .set("kafka.ssl.truststore.password", SECRET).set("consumer.ssl.key.password", SECRET)
                .set("sink.postgres", "postgres://parley:" + SECRET + "@db:5432/parley")
                .set("kafka.client.dns.lookup", "use_all_dns_ips").build();
        // the configuration print
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("sink.postgres", "postgres://parley:********@db:5432/parley", "kafka.sasl.jaas.config").doesNotContain(SECRET);

        // the Kafka clients' logged configurations (Kafka logs every client config at INFO)
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        StringWriter logged = new StringWriter();
        WriterAppender capture = WriterAppender.newBuilder().setName("secret-capture").setTarget(logged)
                .setLayout(PatternLayout.newBuilder().withPattern("%c %m%n").build()).build();
        capture.start();
        String[] loggers = {"org.apache.kafka", "parley"};
        Level[] before = new Level[loggers.length];
        try {
            for (int i = 0; i < loggers.length; i++) {
                before[i] = ctx.getLogger(loggers[i]).getLevel();
                Configurator.setLevel(loggers[i], Level.INFO);
                LoggerConfig lc = ctx.getConfiguration().getLoggerConfig(loggers[i]);
                lc.addAppender(capture, Level.INFO, null);
            }
            ctx.updateLoggers();
            try (KafkaEventPublisher p = new KafkaEventPublisher(c)) {
                p.flush();
            }
            new ResultConsumer(c, List.of()).close();
            try (var admin = KafkaSetup.admin(c)) {
                admin.describeCluster().clusterId().get();
            }
            new EngagementApp(c.with("state.dir", dir.resolve("state").toString())).close();
        } finally {
            for (int i = 0; i < loggers.length; i++) {
                ctx.getConfiguration().getLoggerConfig(loggers[i]).removeAppender("secret-capture");
                Configurator.setLevel(loggers[i], before[i]);
            }
            ctx.updateLoggers();
            capture.stop();
        }
        String log = logged.toString();
        assertThat(log).as("the capture saw the producer's config").contains("sasl.jaas.config = [hidden]");
        assertThat(log).contains("ssl.truststore.password = [hidden]");
        assertThat(log).doesNotContain(SECRET);

        // an error message that quotes a URL does not show its password
        ConfigValidationTest.Run r = ConfigValidationTest.run("consumer", "--sink", "postgre://parley:" + SECRET + "@db/x",
                "--bootstrap-servers", "127.0.0.1:1", "--work-dir", dir.resolve("w").toString());
        assertThat(r.rc()).isNotZero();
        assertThat(r.err()).contains("--sink must be").doesNotContain(SECRET);
    }
}
