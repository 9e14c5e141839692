package parley.app.reliability;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.app.BrokerExtension;
import parley.app.Topics;
import parley.config.ParleyConfig;
import parley.model.Event;
import parley.streams.EngagementApp;
import parley.streams.TestEvents;
import parley.streams.watermark.ToAllPartitions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #20: the rows of a run through 4 partitions and two Streams instances (one killed with kill -9 halfway) equal
 * those of one partition, row by row and final flag by final flag, when no event is late. The whole input is written
 * before Streams starts (a backlog: the case where the partitions raced apart and most rows came out wrong), with the
 * default grace of 7 days, so rows become final while the partitions are being read at different speeds.
 *
 * <p>Why equality is the right expectation: events are keyed by event_key, so each partition is read in the order it
 * was written, and the workload's disorder (3 days) is within grace, so no partition finds a report late, just as the
 * one partition does not; the engagement stage finalises a day only when every intake partition has passed it. The
 * input ends with one event on the last day in every partition, so every partition's stream day, and with them the
 * rows, reach the day the one-partition run reaches.
 */
@ExtendWith(BrokerExtension.class)
class PartitionsIT {
    static final int PARTITIONS = 4;
    static final List<Event> EVENTS = withClosingEvents(Workload.events(23, 2000, 150, false, 3));

    @TempDir Path root;

    @Test
    void fourPartitionsOnTwoInstancesGiveTheRowsOfOnePartition() throws Exception {
        ParleyConfig single = Kit.config(BrokerExtension.bootstrapServers(), "p1-" + System.nanoTime(), root.resolve("single"), 1).build();
        List<String> reference = CrashITAccess.runInProcess(single, EVENTS);
        assertThat(reference.stream().filter(r -> r.contains("final=1")).count()).as("final rows in the reference").isGreaterThan(1000);
        assertThat(Kit.readAll(single, single.get("topic.late"))).as("late in the one-partition run").isEmpty();

        ParleyConfig c = Kit.config(BrokerExtension.bootstrapServers(), "p4-" + System.nanoTime(), root.resolve("four"), PARTITIONS).build();
        Topics.prepare(c, Duration.ofSeconds(60));
        Workload.publish(c, EVENTS, 1000, 0); // all of it before Streams starts
        List<String> base = new ArrayList<>(List.of("streams"));
        base.addAll(Workload.flags(c));
        base.addAll(List.of("--set", "streams.session.timeout.ms=6000", "--set", "streams.heartbeat.interval.ms=1500",
                "--set", "state.dir=" + root.resolve("four/state-1")));
        ParleyConfig c2 = c.with("state.dir", root.resolve("four/state-2").toString()).with("streams.session.timeout.ms", "6000")
                .with("streams.heartbeat.interval.ms", "1500");
        ChildJvm one = ChildJvm.start("streams-1", root, base.toArray(String[]::new));
        try (EngagementApp two = new EngagementApp(c2)) {
            two.start();
            Kit.await("two members sharing the events partitions", Duration.ofSeconds(150), () -> ScaleOutIT.owners(c).size() == 2);
            Kit.await("some events processed", Duration.ofSeconds(60), () -> committedSum(c) > 0);
            one.kill();
            Kit.await("one member owning all partitions", Duration.ofSeconds(120),
                    () -> ScaleOutIT.owners(c).size() == 1 && ScaleOutIT.owners(c).get(0).size() == PARTITIONS);
            Kit.awaitStreamsIdle(c, Duration.ofSeconds(180));
            assertThat(two.state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            one.close();
        }
        assertThat(Kit.readAll(c, c.get("topic.late"))).as("late records with 4 partitions").isEmpty();
        List<String> rows = CrashIT.sinkRows(c);
        List<String> missing = new ArrayList<>(reference);
        missing.removeAll(new HashSet<>(rows));
        List<String> extra = new ArrayList<>(rows);
        extra.removeAll(new HashSet<>(reference));
        assertThat(missing.subList(0, Math.min(10, missing.size()))).as(missing.size() + " rows of the one-partition run missing or different").isEmpty();
        assertThat(extra.subList(0, Math.min(10, extra.size()))).as(extra.size() + " rows not in the one-partition run").isEmpty();
        assertThat(rows).isEqualTo(reference);
    }

    static long committedSum(ParleyConfig c) {
        long sum = 0;
        for (int p = 0; p < PARTITIONS; p++) sum += Math.max(0, CrashIT.committed(c, p));
        return sum;
    }

    /** The workload, then one call on its last day in each of the 4 partitions. */
    static List<Event> withClosingEvents(List<Event> events) {
        LocalDate last = events.stream().map(Event::date).max(LocalDate::compareTo).orElseThrow();
        List<Event> out = new ArrayList<>(events);
        Set<Integer> covered = new HashSet<>();
        String[] codes = Workload.COUNTRIES;
        for (int i = 0; i < codes.length && covered.size() < PARTITIONS; i++)
            for (int j = i + 1; j < codes.length && covered.size() < PARTITIONS; j++) {
                Event e = TestEvents.call(last.toString(), codes[i], codes[j], null, "closing-" + i + "-" + j);
                if (covered.add(ToAllPartitions.byKey(e.eventKey(), PARTITIONS))) out.add(e);
            }
        if (covered.size() < PARTITIONS) throw new IllegalStateException("no closing event for some partition");
        return out;
    }
}
