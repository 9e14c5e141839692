package parley.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.config.ParleyConfig;
import parley.consumer.sink.FileSink;
import parley.consumer.sink.JdbcSink;
import parley.consumer.sink.ResultSink;
import parley.json.Json;
import parley.model.EngagementRow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ResultConsumer's batch handling, driven without a broker. */
class ResultConsumerTest {
    @TempDir Path dir;

    @Test
    void readsCanonicalAndOtherJsonSkipsAndCountsUnreadableRecords() throws Exception {
        Random rnd = new Random(9);
        EngagementRow a = notFinal(CanonicalRowReaderTest.streamsRow(rnd));
        EngagementRow b = notFinal(CanonicalRowReaderTest.streamsRow(rnd));
        String pretty = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(b); // valid, not canonical
        List<ConsumerRecord<String, byte[]>> recs = new ArrayList<>();
        recs.add(rec(0, Json.bytes(a)));
        recs.add(rec(1, "not json".getBytes(StandardCharsets.UTF_8)));
        recs.add(rec(2, pretty.getBytes(StandardCharsets.UTF_8)));
        recs.add(rec(3, "{\"schema\":1,\"country\":\"AZE\",\"window_days\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        recs.add(rec(4, null)); // a tombstone: skipped, not bad
        List<ResultSink> sinks = List.of(new FileSink(dir.resolve("r.jsonl"), FileSink.Format.JSONL), JdbcSink.sqlite(dir.resolve("r.db")));
        ResultConsumer rc = new ResultConsumer(ParleyConfig.builder().set("bootstrap.servers", "127.0.0.1:1").build(), sinks);
        List<EngagementRow> heard = new ArrayList<>();
        rc.addListener(heard::add);
        try {
            Map<TopicPartition, Long> next = rc.handle(recs);
            assertThat(next).containsEntry(new TopicPartition("parley-test-live", 0), 5L);
            assertThat(rc.rows()).isEqualTo(2);
            assertThat(rc.badRows()).isEqualTo(2);
            assertThat(heard).containsExactly(a, b);
            sinks.get(0).close(); // its last checkpoint: the live file has every row read
            assertThat(Files.readString(FileSink.liveFile(dir.resolve("r.jsonl"))))
                    .isEqualTo(a.rowKey().equals(b.rowKey()) ? Json.string(b) + "\n" : Json.string(a) + "\n" + Json.string(b) + "\n");
            try (Connection c = ((JdbcSink) sinks.get(1)).dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM engagement")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(a.rowKey().equals(b.rowKey()) ? 1 : 2);
            }
            for (ResultSink s : sinks) assertThat(s.positions()).containsEntry(new TopicPartition("parley-test-live", 0), 5L);
        } finally {
            rc.close();
            rc.run(); // closed before it polls: only closes its Kafka client
            sinks.forEach(ResultSink::close);
        }
    }

    @Test
    void sinksWriteABatchAtTheSameTimeAndAFailingSinkFailsTheBatchAfterTheOthersFinish() {
        // each sink waits at the barrier inside write(): the batch completes only if the sinks run concurrently
        CyclicBarrier together = new CyclicBarrier(2);
        List<String> wrote = new java.util.concurrent.CopyOnWriteArrayList<>();
        ResultSink a = new Probe("a", together, wrote, false);
        ResultSink b = new Probe("b", together, wrote, false);
        ResultConsumer rc = new ResultConsumer(ParleyConfig.builder().set("bootstrap.servers", "127.0.0.1:1").build(), List.of(a, b));
        try {
            rc.handle(List.of(rec(0, Json.bytes(CanonicalRowReaderTest.streamsRow(new Random(1))))));
            assertThat(wrote).containsExactlyInAnyOrder("a", "b");
        } finally {
            rc.close();
            rc.run();
        }

        wrote.clear();
        CyclicBarrier again = new CyclicBarrier(2);
        ResultConsumer failing = new ResultConsumer(ParleyConfig.builder().set("bootstrap.servers", "127.0.0.1:1").build(),
                List.of(new Probe("ok", again, wrote, false), new Probe("broken", again, wrote, true)));
        try {
            assertThatThrownBy(() -> failing.handle(List.of(rec(0, Json.bytes(CanonicalRowReaderTest.streamsRow(new Random(2)))))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("disk full");
            assertThat(wrote).containsExactly("ok");
        } finally {
            failing.close();
            failing.run();
        }
    }

    @Test
    void storedPositionsCountOnlyForTheSameTopicAndNeverPastItsEnd() throws Exception {
        TopicPartition same = new TopicPartition("live", 0), other = new TopicPartition("live", 1), past = new TopicPartition("live", 2),
                legacy = new TopicPartition("old", 0), unknown = new TopicPartition("final", 0);
        try (JdbcSink s = JdbcSink.sqlite(dir.resolve("p.db"))) {
            s.useTopicIds(Map.of("live", "id-A", "final", "id-F"));
            s.write(List.of(), Map.of(same, 5L, other, 7L, past, 9L, unknown, 4L));
            s.useTopicIds(Map.of()); // written without an id: from before ids were stored
            s.write(List.of(), Map.of(legacy, 3L));
            assertThat(s.topicIds()).containsEntry(same, "id-A").doesNotContainKey(legacy);
            Map<TopicPartition, Long> end = Map.of(same, 10L, other, 10L, past, 8L, legacy, 10L, unknown, 10L);
            // partition 1 of "live" was stored for id-A too; pretend the topic is now a new one only for "old"
            Map<TopicPartition, Long> ok = ResultConsumer.checked(s, List.of(same, other, past, legacy, unknown),
                    Map.of("live", "id-A", "old", "id-O"), end);
            // same id and within the end: kept; past the end: dropped; no stored id for a known topic: dropped;
            // the cluster did not say the topic's id: only the end is checked
            assertThat(ok).containsOnly(Map.entry(same, 5L), Map.entry(other, 7L), Map.entry(unknown, 4L));
            assertThat(ResultConsumer.checked(s, List.of(same), Map.of("live", "id-B"), end)).isEmpty(); // a new topic of that name
        }
    }

    @Test
    void eachSinkGetsOnlyTheRowsAfterItsOwnStoredPosition() {
        // two partitions, in runs as a poll returns them; one sink has stored rows up to offset 3 of partition 1
        // (written before a restart the group's commit did not see), the other has stored nothing
        TopicPartition p0 = new TopicPartition("parley-test-live", 0), p1 = new TopicPartition("parley-test-live", 1);
        Random rnd = new Random(5);
        List<ConsumerRecord<String, byte[]>> recs = new ArrayList<>();
        for (int partition : new int[]{0, 1, 0})
            for (int i = 0; i < 3; i++) {
                long offset = recs.stream().filter(r -> r.partition() == partition).count() + (partition == 1 ? 1 : 0);
                recs.add(new ConsumerRecord<>("parley-test-live", partition, offset, "k", Json.bytes(CanonicalRowReaderTest.streamsRow(rnd))));
            }
        Recorder ahead = new Recorder(Map.of(p1, 3L)), fresh = new Recorder(Map.of());
        ResultConsumer rc = new ResultConsumer(ParleyConfig.builder().set("bootstrap.servers", "127.0.0.1:1").build(), List.of(ahead, fresh));
        try {
            rc.handle(recs);
            assertThat(fresh.got).hasSize(9);
            // partition 1 held offsets 1, 2, 3: only offset 3 is at or after the stored position
            assertThat(ahead.got).hasSize(7).allMatch(r -> !r.partition().equals(p1) || r.offset() >= 3)
                    .anyMatch(r -> r.partition().equals(p1) && r.offset() == 3);
            assertThat(ahead.got.stream().filter(r -> r.partition().equals(p0))).hasSize(6);
        } finally {
            rc.close();
            rc.run();
        }
    }

    /** A sink that keeps what it is given, with fixed stored positions. */
    private record Recorder(Map<TopicPartition, Long> positions, List<parley.consumer.sink.RowRecord> got) implements ResultSink {
        Recorder(Map<TopicPartition, Long> positions) { this(positions, new java.util.concurrent.CopyOnWriteArrayList<>()); }

        @Override
        public String name() { return "recorder"; }

        @Override
        public Map<TopicPartition, String> topicIds() { return Map.of(); }

        @Override
        public void useTopicIds(Map<String, String> ids) { }

        @Override
        public void write(List<parley.consumer.sink.RowRecord> rows, Map<TopicPartition, Long> next) { got.addAll(rows); }

        @Override
        public void close() { }
    }

    /** A sink that meets the others at a barrier (5 s at most) and then writes, or fails. */
    private record Probe(String name, CyclicBarrier barrier, List<String> wrote, boolean fail) implements ResultSink {
        @Override
        public Map<TopicPartition, Long> positions() { return Map.of(); }

        @Override
        public Map<TopicPartition, String> topicIds() { return Map.of(); }

        @Override
        public void useTopicIds(Map<String, String> ids) { }

        @Override
        public void write(List<parley.consumer.sink.RowRecord> rows, Map<TopicPartition, Long> next) {
            try {
                barrier.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(name + " wrote alone: " + e);
            }
            if (fail) throw new IllegalStateException(name + ": disk full");
            wrote.add(name);
        }

        @Override
        public void close() { }
    }

    /** The row as a live (not final) one. */
    static EngagementRow notFinal(EngagementRow r) {
        return new EngagementRow(r.schema(), r.country(), r.pair(), r.windowDays(), r.windowStart(), r.windowEnd(), r.total(),
                r.byKind(), r.byRole(), r.mentions(), false, r.updatedAt());
    }

    static ConsumerRecord<String, byte[]> rec(long offset, byte[] value) {
        return new ConsumerRecord<>("parley-test-live", 0, offset, "k", value);
    }
}
