package parley.streams.topology;

import org.junit.jupiter.api.Test;
import parley.streams.StreamsSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of {@link EngagementTopologyTest} again, on the topology for several partitions (three stages joined by re-keying topics). */
class RekeyedTopologyTest extends EngagementTopologyTest {
    @Override
    StreamsSettings settings() { return StreamsSettings.defaults().withRekey(true); }

    @Test
    void shapeFollowsThePartitionCount() {
        var direct = EngagementTopology.build(StreamsSettings.defaults()).describe();
        var rekeyed = EngagementTopology.build(settings()).describe();
        assertThat(direct.subtopologies()).hasSize(1);
        assertThat(direct.toString()).doesNotContain("-events-by-key").doesNotContain("-deltas-by-entity");
        // intake and dedup share a task (events are keyed by event_key); engagement reads the deltas topic
        assertThat(rekeyed.subtopologies()).hasSize(2);
        assertThat(rekeyed.toString()).contains("parley-engagement-events-by-key-repartition", "parley-engagement-deltas-by-entity-repartition");
    }
}
