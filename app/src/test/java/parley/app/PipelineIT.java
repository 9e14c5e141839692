package parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.replay.Replayer;
import parley.streams.EventGenerator;
import parley.streams.ReferenceModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * producer → streams → consumer on the real embedded broker, compared row by row with an independent in-memory
 * reference model of CONTRACT.md §2 (streams' test-jar).
 */
@ExtendWith(BrokerExtension.class)
class PipelineIT {
    static final List<Integer> WINDOWS = List.of(7, 30, 90);
    static final int GRACE = 7;

    static List<Event> generated(long seed, int n) {
        return new EventGenerator(seed).start("2023-03-01").spanDays(300).codes(40)
                .disorder(0.1, 5).followUps(0.08).repeats(0.02).late(0.01, GRACE).generate(n);
    }

    /** What the sink must hold: the final value of every row, final where the reference says it is final. */
    static Map<String, String> expected(List<Event> events) {
        ReferenceModel.Result ref = ReferenceModel.computeEvents(events, WINDOWS, GRACE);
        Map<String, String> out = new TreeMap<>();
        for (var e : ref.rows().entrySet()) {
            EngagementRow fin = ref.finals().get(e.getKey());
            out.put(e.getKey(), Pipeline.line(fin != null ? fin : e.getValue(), fin != null));
        }
        return out;
    }

    @Test
    void tenThousandGeneratedEventsGiveExactlyTheReferenceRows(@TempDir Path dir) throws Exception {
        List<Event> events = generated(42, 10_000);
        try (Pipeline p = new Pipeline("gen10k", dir)) {
            p.publish(events);
            p.awaitResults();
            Map<String, String> actual = p.sinkRows();
            Map<String, String> want = expected(events);
            assertThat(want).hasSizeGreaterThan(10_000);
            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
            assertThat(actual).containsExactlyInAnyOrderEntriesOf(want);
        }
    }

    @Test
    void aReplayAtFullSpeedInEventTimeOrderGivesTheSameRowsAsTheLiveRun(@TempDir Path dir) throws Exception {
        List<Event> events = generated(11, 3_000); // out of order within grace, with some late reports
        try (Pipeline live = new Pipeline("live", dir.resolve("live"))) {
            live.publish(events);
            live.awaitResults();
            Map<String, String> liveRows = live.sinkRows();
            try (Pipeline replay = new Pipeline("replay", dir.resolve("replay"));
                 Replayer r = new Replayer(dir, null, null);
                 KafkaEventPublisher pub = new KafkaEventPublisher(replay.config)) {
                r.addTopic(live.config, live.config.get("topic.events"), live.config.get("topic.late"));
                Replayer.Stats stats = r.replay(Replayer.Speed.parse("max"), pub::publish, null);
                pub.flush();
                assertThat(stats.skippedLate()).isPositive(); // the live run did have late events to leave out
                assertThat(stats.replayed() + stats.skippedLate()).isEqualTo(events.size());
                replay.awaitResults();
                assertThat(replay.sinkRows()).containsExactlyInAnyOrderEntriesOf(liveRows);
            }
        }
    }

    @Test
    void aReplayLeavesOutLateReSendsButCountsTheirAcceptedOriginals(@TempDir Path dir) throws Exception {
        List<Event> events = new ArrayList<>(generated(12, 2_000));
        Set<String> lateBefore = new HashSet<>(ReferenceModel.computeEvents(events, WINDOWS, GRACE).lateIds());
        // accepted reports of the first weeks, re-sent at the end: the re-sends are late, with a counted report's id
        List<Event> resends = events.subList(0, 300).stream().filter(e -> !lateBefore.contains(e.id()))
                .collect(Collectors.toMap(Event::id, e -> e, (a, b) -> a, LinkedHashMap::new)).values().stream().limit(25).toList();
        events.addAll(resends);
        ReferenceModel.Result ref = ReferenceModel.computeEvents(events, WINDOWS, GRACE);
        assertThat(ref.lateIds()).containsAll(resends.stream().map(Event::id).toList());
        try (Pipeline live = new Pipeline("live-resend", dir.resolve("live"))) {
            live.publish(events);
            live.awaitResults();
            Map<String, String> liveRows = live.sinkRows();
            assertThat(liveRows).containsExactlyInAnyOrderEntriesOf(expected(events));
            try (Pipeline replay = new Pipeline("replay-resend", dir.resolve("replay"));
                 Replayer r = new Replayer(dir, null, null);
                 KafkaEventPublisher pub = new KafkaEventPublisher(replay.config)) {
                r.addTopic(live.config, live.config.get("topic.events"), live.config.get("topic.late"));
                Replayer.Stats stats = r.replay(Replayer.Speed.parse("max"), pub::publish, null);
                pub.flush();
                // exactly the late records are left out: the originals of the re-sends are replayed
                assertThat(stats.skippedLate()).isEqualTo(ref.lateIds().size());
                assertThat(stats.replayed()).isEqualTo(events.size() - ref.lateIds().size());
                replay.awaitResults();
                assertThat(replay.sinkRows()).containsExactlyInAnyOrderEntriesOf(liveRows);
            }
        }
    }

    @Test
    void aStreamsRestartHalfwayGivesTheSameRowsAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
        List<Event> events = generated(7, 4_000);
        try (Pipeline p = new Pipeline("restart", dir)) {
            p.publish(events.subList(0, 2_000));
            p.awaitResults();
            p.stopStreams(); // close without cleanup: local state and committed offsets stay
            p.startStreams();
            p.publish(events.subList(2_000, events.size()));
            p.awaitResults();
            assertThat(p.sinkRows()).containsExactlyInAnyOrderEntriesOf(expected(events));
        }
    }
}
