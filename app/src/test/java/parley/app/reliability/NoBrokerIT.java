package parley.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.app.broker.EmbeddedBroker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: with no broker, `producer files` was silent for about a minute and wrote 119,315 identical
 * "Rebootstrapping" lines (37 MB) to the log. It must fail within about 10 s with its clear message, and the log
 * must not repeat a client's line more than once every few seconds. Runs with the launcher's log configuration.
 */
class NoBrokerIT {
    @Test
    void producerFilesWithoutABrokerFailsSoonWithTheReasonAndAShortLog(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("a.txt");
        Files.writeString(report, "Published: 2024-08-07\n\nRussian President Vladimir Putin visited Baku.\n");
        int nobody = EmbeddedBroker.freePort("127.0.0.1");
        Path logs = dir.resolve("logs");
        long t0 = System.nanoTime();
        try (ChildJvm p = ChildJvm.start(List.of("-Dlog4j2.configurationFile=log4j2-parley.xml", "-Dparley.log.dir=" + logs),
                "files", dir, "producer", "files", "--bootstrap-servers", "127.0.0.1:" + nobody, "--work-dir", dir.resolve("work").toString(),
                report.toString())) {
            Integer code = p.await(60);
            double secs = (System.nanoTime() - t0) / 1e9;
            assertThat(code).as(p.output()).isEqualTo(1);
            assertThat(secs).as("seconds until it gave up").isLessThan(25);
            assertThat(p.output()).contains("no Kafka cluster answers at 127.0.0.1:" + nobody, "after 10 s");
        }
        List<String> log = Files.readAllLines(logs.resolve("parley.log"));
        long rebootstrap = log.stream().filter(l -> l.contains("Rebootstrapping")).count();
        assertThat(rebootstrap).as("Rebootstrapping lines").isLessThanOrEqualTo(5);
        assertThat(log).as("log lines").hasSizeLessThan(200);
    }
}
