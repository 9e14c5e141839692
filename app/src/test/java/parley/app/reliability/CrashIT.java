package parley.app.reliability;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import parley.app.BrokerExtension;
import parley.app.Completion;
import parley.app.Topics;
import parley.app.broker.EmbeddedBroker;
import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.Sinks;
import parley.consumer.sink.FileSink;
import parley.consumer.sink.ResultSink;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.model.Event;
import parley.streams.EngagementApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 item 3, crash safety, with real processes: the Streams app and the consumer run as child JVMs
 * ({@code parley.app.Main streams|consumer}) and are killed with {@code kill -9} while events flow / rows are being
 * written, then restarted; the broker itself is stopped and restarted mid-run. Each time the final SQLite rows must
 * equal those of an uninterrupted run of the same events (one partition: CONTRACT §2 exact rows), and the JSONL/CSV
 * file sinks must hold every final record exactly once and exactly the rows not final, with no torn line.
 */
@ExtendWith(BrokerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashIT {
    static final int N = 2000;
    /** kill -9 rounds per crash test: 1 keeps the suite short; -Dreliability.kills=3 for a longer soak. */
    static final int KILLS = Integer.getInteger("reliability.kills", 1);
    static final List<Event> EVENTS = Workload.events(7, N, 120, true, 3);

    Path root;
    ParleyConfig ref;
    Path refWork;
    List<String> refRows;

    /** The uninterrupted run: Streams and the consumer in this JVM, no fault. */
    @BeforeAll
    void reference() throws Exception {
        assertThat(EVENTS.stream().map(Event::id).distinct().count()).isLessThan(N); // repeats are in the workload
        root = Files.createTempDirectory("crash-it");
        refWork = root.resolve("ref");
        ref = Kit.config(BrokerExtension.bootstrapServers(), "ref" + System.nanoTime(), refWork, 1).build();
        refRows = runInProcess(ref, () -> { });
        assertThat(refRows.size()).as("reference rows").isGreaterThan(1000);
    }

    /** Publishes the workload, runs Streams and a consumer in-process until complete, returns the SQLite rows. */
    static List<String> runInProcess(ParleyConfig c, ThrowingRunnable duringRun) throws Exception {
        return CrashITAccess.runInProcess(c, EVENTS, duringRun);
    }

    interface ThrowingRunnable { void run() throws Exception; }

    static long committed(ParleyConfig c) { return committed(c, 0); }

    /** The Streams app's committed offset on partition {@code p} of the events topic (0 before any commit, -1 on error). */
    static long committed(ParleyConfig c, int p) {
        try (Admin admin = KafkaSetup.admin(c)) {
            Map<TopicPartition, OffsetAndMetadata> m = admin.listConsumerGroupOffsets(c.get("application.id"))
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            OffsetAndMetadata o = m.get(new TopicPartition(c.get("topic.events"), p));
            return o == null ? 0 : o.offset();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    @Order(1)
    void childClasspathWorks() throws Exception {
        assertThat(ChildJvm.classpathWorks(root.resolve("cp"))).as("a child JVM runs parley.app.Main from java.class.path = "
                + System.getProperty("java.class.path")).isTrue();
    }

    @Test
    @Order(2)
    void streamsKilledWhileEventsFlowGivesTheSameRows() throws Exception {
        Path work = root.resolve("streams-kill");
        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), "skill" + System.nanoTime(), work, 1).build();
        Topics.prepare(c, Duration.ofSeconds(60));
        List<String> args = new ArrayList<>(List.of("streams"));
        args.addAll(Workload.flags(c));
        // the killed instance's tasks move after the session timeout: 6 s (the broker's minimum) instead of 45 s
        args.addAll(List.of("--set", "streams.session.timeout.ms=6000", "--set", "streams.heartbeat.interval.ms=1500"));
        Thread producer = new Thread(() -> {
            try {
                Workload.publish(c, EVENTS, 50, 150); // about 6 s of flow
            } catch (InterruptedException ignored) { }
        }, "paced-producer");
        List<Long> killedAt = new ArrayList<>();
        ChildJvm child = ChildJvm.start("streams", work, args.toArray(String[]::new));
        try {
            producer.start();
            for (int kill = 0; kill < KILLS; kill++) {
                long before = Math.max(0, committed(c));
                ChildJvm running = child;
                Kit.await("progress past offset " + before, Duration.ofSeconds(120), () -> committed(c) > before || !running.alive());
                assertThat(child.alive()).as("streams child alive before kill: " + child.output()).isTrue();
                child.kill();
                killedAt.add(committed(c));
                child = ChildJvm.start("streams", work, args.toArray(String[]::new));
            }
            producer.join(120_000);
            Kit.awaitStreamsIdle(c, Duration.ofSeconds(150));
            assertThat(child.alive()).as(child.output()).isTrue();
        } finally {
            child.close();
            producer.interrupt();
        }
        assertThat(killedAt.get(0)).as("the first kill came before all events were processed").isLessThan(N);
        assertThat(sinkRows(c)).as("rows after kill -9 (killed at committed offsets " + killedAt + ")").isEqualTo(refRows);
    }

    /** Runs an in-process consumer over c's result topics to completion and returns its SQLite rows. */
    static List<String> sinkRows(ParleyConfig c) throws Exception {
        List<ResultSink> sinks = Sinks.open(c, List.of());
        ResultConsumer rc = new ResultConsumer(c, sinks);
        Thread t = new Thread(rc, "check-consumer");
        t.start();
        try {
            assertThat(Completion.await(c, rc, Duration.ofSeconds(120), () -> true)).isTrue();
        } finally {
            rc.close();
            t.join(15_000);
            sinks.forEach(ResultSink::close);
        }
        return Workload.sqliteRows(c.path("sink.sqlite"));
    }

    @Test
    @Order(3)
    void consumerKilledMidWriteLeavesNoDuplicateOrTornRow() throws Exception {
        Path work = root.resolve("consumer-kill");
        // the reference run's result topics, read by a fresh group into fresh sinks
        ParleyConfig c = ref.with("work.dir", work.toString()).with("sink.group.id", "ckill" + System.nanoTime())
                .with("sink.sqlite", work.resolve("parley.db").toString()).with("sink.jsonl", work.resolve("results.jsonl").toString())
                .with("sink.csv", work.resolve("results.csv").toString());
        long records = Kit.readAll(c, c.get("topic.final")).stream().filter(r -> r.value() != null).count();
        List<String> args = new ArrayList<>(List.of("consumer"));
        args.addAll(Workload.flags(c));
        args.addAll(List.of("--set", "consumer.session.timeout.ms=6000", "--set", "consumer.heartbeat.interval.ms=1500"));
        Path jsonl = FileSink.finalFile(c.path("sink.jsonl")); // grows with every batch of final rows
        List<Long> killedAt = new ArrayList<>();
        ChildJvm child = ChildJvm.start("consumer", work, args.toArray(String[]::new));
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                long before = Files.exists(jsonl) ? Files.size(jsonl) : 0;
                ChildJvm running = child;
                Kit.await("the consumer writing", Duration.ofSeconds(120), () -> size(jsonl) > before || !running.alive());
                child.kill();
                killedAt.add(lines(jsonl));
                child = ChildJvm.start("consumer", work, args.toArray(String[]::new));
            }
            // caught up: the SQLite sink (written first in each batch) has the final rows and the JSONL files stop changing
            Kit.await("the consumer to catch up", Duration.ofSeconds(150), () -> {
                try {
                    return Workload.sqliteRows(c.path("sink.sqlite")).equals(refRows);
                } catch (Exception e) {
                    return false;
                }
            });
            String n;
            do {
                n = lines(jsonl) + " " + content(FileSink.liveFile(c.path("sink.jsonl")));
                Thread.sleep(2500); // a duplicate written after catching up, or a live file not yet replaced, would show now
            } while (!n.equals(lines(jsonl) + " " + content(FileSink.liveFile(c.path("sink.jsonl")))));
        } finally {
            child.close();
        }
        assertThat(killedAt.get(0)).as("first kill mid-run").isLessThan(records);
        // SQLite: the same rows as the uninterrupted consumer
        assertThat(Workload.sqliteRows(c.path("sink.sqlite"))).isEqualTo(refRows);
        // JSONL: every final record on the topic exactly once, in its order; the live file exactly the rows not final
        checkFilesAgainstTopics(c);
        // CSV: in each file one header, then one whole row per row of the JSONL file
        for (Path[] f : List.of(new Path[]{FileSink.finalFile(c.path("sink.csv")), jsonl},
                new Path[]{FileSink.liveFile(c.path("sink.csv")), FileSink.liveFile(c.path("sink.jsonl"))})) {
            List<String> csv = Files.readAllLines(f[0]);
            assertThat(csv.get(0)).startsWith("entity_type,");
            assertThat(csv).as(f[0].toString()).hasSize(Files.readAllLines(f[1]).size() + 1);
            assertThat(csv.stream().filter(l -> l.startsWith("entity_type,")).count()).as("one CSV header").isEqualTo(1);
            assertThat(csv.stream().skip(1).filter(l -> l.split(",", -1).length != 18).toList()).as("torn CSV lines").isEmpty();
        }
        assertThat(killedAt).as("kills happened at final JSONL line counts").hasSize(KILLS);
    }

    /** The uninterrupted in-process consumer's files: the final topic's records once each, and the rows not final. */
    @Test
    @Order(5)
    void uninterruptedSinkHoldsTheTopicsRecords() throws Exception {
        checkFilesAgainstTopics(ref);
    }

    /**
     * c's JSONL files hold the result topics as a table: the final file exactly the final topic's records in its order
     * (each once, each line whole: a torn or duplicated line would show), the live file exactly the latest live value
     * of every key that has no final row (the latest value of a key is what a compacted topic always keeps), and
     * together they hold a row for every key on the topics.
     */
    static void checkFilesAgainstTopics(ParleyConfig c) throws Exception {
        Path base = c.path("sink.jsonl");
        List<String> fin = new ArrayList<>();
        java.util.Set<String> finalKeys = new java.util.HashSet<>();
        for (var r : Kit.readAll(c, c.get("topic.final"))) {
            if (r.value() == null) continue;
            parley.model.EngagementRow row = Json.MAPPER.readValue(r.value(), parley.model.EngagementRow.class);
            fin.add(Json.string(row));
            finalKeys.add(row.rowKey());
        }
        Map<String, String> live = new java.util.LinkedHashMap<>();
        for (var r : Kit.readAll(c, c.get("topic.live"))) {
            if (r.value() == null) continue;
            parley.model.EngagementRow row = Json.MAPPER.readValue(r.value(), parley.model.EngagementRow.class);
            if (!finalKeys.contains(row.rowKey())) live.put(row.rowKey(), Json.string(row));
        }
        assertThat(fin).as("final rows on the topic").isNotEmpty();
        assertThat(live).as("rows not final on the topic").isNotEmpty();
        List<String> gotFinal = Files.readAllLines(FileSink.finalFile(base));
        assertThat(gotFinal.size()).as("final rows in the file vs on the topic").isEqualTo(fin.size());
        assertThat(gotFinal).as("the final file: the final topic's records, once each, in order").isEqualTo(fin);
        assertThat(Files.readAllLines(FileSink.liveFile(base))).as("the live file: the latest value of each row not final")
                .containsExactlyInAnyOrderElementsOf(live.values());
    }

    static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    static long lines(Path p) {
        try {
            return Files.exists(p) ? Files.lines(p).count() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    static String content(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (Exception e) {
            return "";
        }
    }

    static List<String> sorted(List<String> l) { return l.stream().sorted().toList(); }

    @Test
    @Order(4)
    void brokerStoppedAndRestartedMidRunGivesTheSameRows() throws Exception {
        Path work = root.resolve("broker-restart");
        EmbeddedBroker broker = new EmbeddedBroker(work.resolve("broker"), "127.0.0.1", 0, 0).start();
        try {
            ParleyConfig c = Kit.config(broker.bootstrapServers(), "brk" + System.nanoTime(), work, 1).build();
            KafkaSetup.awaitCluster(c, Duration.ofSeconds(60));
            List<String> rows = runInProcessWithOutage(c, broker);
            assertThat(rows).as("rows after a broker restart mid-run").isEqualTo(refRows);
        } finally {
            broker.close();
        }
    }

    /** Like {@link #runInProcess} but the events flow paced and the broker goes down for a few seconds mid-run. */
    static List<String> runInProcessWithOutage(ParleyConfig c, EmbeddedBroker broker) throws Exception {
        Topics.prepare(c, Duration.ofSeconds(60));
        List<ResultSink> sinks = Sinks.open(c, List.of());
        ResultConsumer rc = new ResultConsumer(c, sinks);
        Thread t = new Thread(rc, "outage-consumer");
        Thread producer = new Thread(() -> {
            try {
                Workload.publish(c, EVENTS, 60, 150);
            } catch (InterruptedException ignored) { }
        }, "paced-producer");
        try (EngagementApp app = new EngagementApp(c)) {
            app.start();
            t.start();
            producer.start();
            Kit.await("Streams progress", Duration.ofSeconds(120), () -> committed(c) > 0);
            long at = committed(c);
            broker.close();
            Thread.sleep(4000);
            broker.start();
            producer.join(180_000);
            assertThat(producer.isAlive()).isFalse();
            assertThat(at).as("outage came mid-run").isLessThan(N);
            assertThat(Completion.await(c, rc, Duration.ofSeconds(180), () -> app.state() != KafkaStreams.State.ERROR && rc.failure() == null))
                    .as("complete after the outage; streams state " + app.state()).isTrue();
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(rc.failure()).isNull();
        } finally {
            producer.interrupt();
            rc.close();
            t.join(15_000);
            sinks.forEach(ResultSink::close);
        }
        return Workload.sqliteRows(c.path("sink.sqlite"));
    }
}
