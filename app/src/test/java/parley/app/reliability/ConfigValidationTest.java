package parley.app.reliability;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parley.app.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 item 5: bad flags and configuration stop a command at once (well before any cluster wait: each case gets
 * 10 s, a Kafka wait would take 30) with a non-zero exit code, a message naming what to fix, and no stack trace.
 */
class ConfigValidationTest {
    @TempDir static Path dir;

    record Case(String name, String[] args, String expect) {
        @Override
        public String toString() { return name; }
    }

    static Case c(String name, String expect, String... args) { return new Case(name, args, expect); }

    static Stream<Case> cases() throws Exception {
        Path badProps = Files.writeString(Files.createTempDirectory("cfg").resolve("bad.properties"), "grace.dayz=3\n");
        Path article = Files.writeString(Files.createTempDirectory("art").resolve("a.txt"), "published: 2024-01-01\n\nText.");
        String nowhere = "/nonexistent-parley/" + System.nanoTime();
        return Stream.of(
                c("unknown key via --set", "unknown config key 'no.such.key'", "streams", "--set", "no.such.key=1"),
                c("unknown key in a config file", "unknown config key 'grace.dayz'", "streams", "--config", badProps.toString()),
                c("--set without =", "--set expects key=value", "streams", "--set", "windows"),
                c("bad window list", "windows must be a comma-separated list", "streams", "--set", "windows=7,thirty"),
                c("repeated windows", "windows: sizes repeat", "streams", "--set", "windows=7,7"),
                c("window of 0 days", "windows: each size must be 1..3660", "streams", "--set", "windows=0,30"),
                c("negative grace", "grace.days must be 0..3660", "streams", "--set", "grace.days=-1"),
                c("grace not a number", "grace.days must be a whole number", "streams", "--set", "grace.days=a week"),
                c("bad dashboard port", "dashboard.port must be a port 0..65535", "dashboard", "--set", "dashboard.port=70000"),
                c("bad dashboard --port", "dashboard.port must be a port 0..65535, got 70000 (from cli --port)", "dashboard", "--port", "70000"),
                c("bad broker --port", "broker.port must be a port 0..65535, got 70000 (from cli --port)", "broker", "--port", "70000", "--data-dir", dir.resolve("b").toString()),
                c("bad broker port key", "broker.port must be a port 0..65535", "broker", "--set", "broker.port=-5"),
                c("bad bootstrap servers", "bootstrap.servers must be host:port", "streams", "--bootstrap-servers", "localhost"),
                c("bad processing guarantee", "processing.guarantee must be exactly_once_v2 or at_least_once", "streams", "--set", "processing.guarantee=exactly_once"),
                c("max.record.bytes too small", "max.record.bytes must be at least 1024", "producer", "files", "--set", "max.record.bytes=10", article.toString()),
                c("missing config file", "does not exist", "streams", "--config", nowhere + ".properties"),
                c("missing input file", "no such file", "producer", "files", nowhere + ".txt"),
                c("bad --format", "--format must be auto, text, html or jsonl", "producer", "files", "--format", "pdf", article.toString()),
                c("bad extract --format", "format", "extract", "--published", "2024-01-01", "--format", "pdf", article.toString()),
                c("impossible --published", "not a calendar day (YYYY-MM-DD): \"2024-02-30\"", "producer", "files", "--published", "2024-02-30", article.toString()),
                c("--published in the future", "is in the future: the latest accepted publication day is today (UTC) + 1",
                        "producer", "files", "--published", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString(), article.toString()),
                c("watch --published in the future", "is in the future", "producer", "watch", "--published",
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString(), dir.toString()),
                c("feed.allow.networks not a network", "feed.allow.networks: not an IP network", "producer", "feed", "--set",
                        "feed.allow.networks=127.0.0.0/8,intranet.example", "--once", "feed.xml"),
                c("feed.allow.networks bad prefix", "prefix length of '10.0.0.0/33' must be 0..32", "producer", "feed", "--set",
                        "feed.allow.networks=10.0.0.0/33", "--once", "feed.xml"),
                c("bad --speed", "speed", "replay", "--to-topic", "x", "--speed", "fast"),
                c("negative --speed", "speed", "replay", "--to-topic", "x", "--speed", "-3x"),
                c("--to before --from", "--to is before --from", "replay", "--to-topic", "x", "--from", "2024-02-01", "--to", "2024-01-01"),
                c("--window not configured", "--window 14 is not a configured window size", "top", "--window", "14", "--db", dir.resolve("t.db").toString()),
                c("top on a missing database", "no results database", "top", "--window", "30", "--db", nowhere + ".db"),
                c("--limit 0", "--limit must be at least 1", "top", "--limit", "0", "--db", dir.resolve("t.db").toString()),
                c("watch a missing folder", "not a folder", "producer", "watch", nowhere),
                c("unknown --sink", "--sink must be postgres://", "consumer", "--sink", "ftp://x", "--bootstrap-servers", "127.0.0.1:1",
                        "--work-dir", dir.resolve("w").toString()),
                c("unknown subcommand", "Unmatched argument", "strems"),
                c("unknown flag", "Unknown option", "streams", "--grace", "3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsFastWithAMessageThatSaysWhatToFix(Case k) throws Exception {
        Run r = run(k.args());
        assertThat(r.rc).as("exit code of %s; stderr: %s", List.of(k.args()), r.err).isNotZero();
        assertThat(r.err + r.out).as("message").contains(k.expect());
        assertThat(r.err + r.out).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:");
    }

    record Run(int rc, String out, String err) { }

    /** Main.run with stdout/stderr captured; 10 s at most (a command that waited for Kafka would take 30). */
    static synchronized Run run(String... args) throws Exception {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int rc = CompletableFuture.supplyAsync(() -> Main.run(args)).get(10, TimeUnit.SECONDS);
            return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static List<String> list(String... a) { return new ArrayList<>(List.of(a)); }
}
