package parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Event;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.replay.Replayer;
import parley.streams.ReferenceModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #20: `./parley replay` into 4 partitions gave rows that differed from the live run in 90 % of country rows.
 * A live run through 4 partitions with late reports and late re-sends of accepted reports, then a replay of its events
 * topic into a fresh 4-partition pipeline: the rows must be the live run's, row by row and final flag by final flag.
 * (Lateness is judged per partition in both; the replay, in event-time order, has none, and leaves out exactly the
 * records the live run found late.)
 */
@ExtendWith(BrokerExtension.class)
class PartitionedReplayIT {
    static final int PARTITIONS = 4;

    @Test
    void aReplayThroughFourPartitionsGivesTheLiveRunsRows(@TempDir Path dir) throws Exception {
        List<Event> events = new ArrayList<>(PipelineIT.generated(13, 2_500));
        Set<String> lateBefore = new HashSet<>(ReferenceModel.computeEvents(events, PipelineIT.WINDOWS, PipelineIT.GRACE).lateIds());
        events.addAll(events.subList(0, 300).stream().filter(e -> !lateBefore.contains(e.id()))
                .collect(Collectors.toMap(Event::id, e -> e, (a, b) -> a, LinkedHashMap::new)).values().stream().limit(25).toList());
        try (Pipeline live = new Pipeline("live4", dir.resolve("live"), PARTITIONS)) {
            live.publish(events);
            live.awaitResults();
            Map<String, String> liveRows = live.sinkRows();
            assertThat(liveRows.values().stream().filter(v -> v.endsWith(",final")).count()).as("final rows").isGreaterThan(1000);
            try (Pipeline replay = new Pipeline("replay4", dir.resolve("replay"), PARTITIONS);
                 Replayer r = new Replayer(dir, null, null);
                 KafkaEventPublisher pub = new KafkaEventPublisher(replay.config)) {
                r.addTopic(live.config, live.config.get("topic.events"), live.config.get("topic.late"));
                Replayer.Stats stats = r.replay(Replayer.Speed.parse("max"), pub::publish, null);
                pub.flush();
                assertThat(stats.skippedLate()).as("late in the live run, left out").isGreaterThanOrEqualTo(25);
                replay.awaitResults();
                Map<String, String> replayRows = replay.sinkRows();
                List<String> differ = new ArrayList<>();
                for (var e : liveRows.entrySet()) if (!e.getValue().equals(replayRows.get(e.getKey()))) differ.add(e.getKey() + ": " + e.getValue() + " vs " + replayRows.get(e.getKey()));
                for (var k : replayRows.keySet()) if (!liveRows.containsKey(k)) differ.add(k + ": only in the replay");
                assertThat(differ.subList(0, Math.min(10, differ.size()))).as(differ.size() + " of " + liveRows.size() + " rows differ").isEmpty();
            }
        }
    }
}
