package parley.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.app.broker.EmbeddedBroker;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `./parley demo` end to end in a child JVM, as a user runs it. */
class DemoIT {
    /**
     * Issue #16: the demo used free ports whatever the configuration said, while --print-config showed the
     * configured ones. Ports that are set are used; the others are free ports, and --print-config says so.
     */
    @Test
    void usesThePortsThatAreSetAndSaysWhichArePickedFreely(@TempDir Path dir) throws Exception {
        int broker = EmbeddedBroker.freePort("127.0.0.1"), controller = EmbeddedBroker.freePort("127.0.0.1"),
                dashboard = EmbeddedBroker.freePort("127.0.0.1");
        String out = demo(dir, "--work-dir", dir.resolve("work").toString(), "--print-config",
                "--set", "broker.port=" + broker, "--set", "broker.controller.port=" + controller, "--set", "dashboard.port=" + dashboard);
        assertThat(out).contains("demo: Kafka at 127.0.0.1:" + broker + ";", "dashboard at http://127.0.0.1:" + dashboard + "/")
                .containsPattern("broker\\.controller\\.port +?= " + controller + " +\\(cli --set\\)");
        String free = demo(dir, "--work-dir", dir.resolve("work2").toString(), "--print-config");
        assertThat(free).containsPattern("broker\\.port +?= 0 +\\(demo: any free port\\)")
                .containsPattern("dashboard\\.port +?= 0 +\\(demo: any free port\\)")
                .doesNotContain("Kafka at 127.0.0.1:9092;");
    }

    /**
     * Issue #16: the demo printed the top 25 of more countries without saying so, never mentioned --serve, did not
     * explain the table's columns, and logged to work/logs (outside its own folder, growing across runs).
     */
    @Test
    void saysWhatTheTableShowsAndKeepsItsLogInItsOwnFolder(@TempDir Path dir) throws Exception {
        Path work = dir.resolve("work");
        String out = demo(List.of("-Dlog4j2.configurationFile=log4j2-parley.xml"), dir, "--work-dir", work.toString());
        assertThat(out).containsPattern("(… the top 25 of \\d+ countries|\\(all \\d+ countries) with events in this window")
                .contains("--serve", "Columns:", "Δ prev", "new = ", "mentions = ");
        Path log = work.resolve("demo/logs/parley.log").toAbsolutePath();
        assertThat(out).contains("logs     " + log);
        assertThat(log).isRegularFile();
        assertThat(work.resolve("logs")).doesNotExist();
    }

    static String demo(Path dir, String... args) throws Exception {
        return demo(List.of("-Dlog4j2.configurationFile=log4j2-test.xml"), dir, args);
    }

    static String demo(List<String> jvm, Path dir, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "demo";
        System.arraycopy(args, 0, all, 1, args.length);
        try (ChildJvm demo = ChildJvm.start(jvm, "demo", dir, all)) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (demo.alive() && System.nanoTime() < until) Thread.sleep(250);
            String out = demo.output();
            assertThat(demo.alive()).as("demo still running after 240 s:\n" + out).isFalse();
            assertThat(out).as(out).contains("demo: done in");
            return out;
        }
    }
}
