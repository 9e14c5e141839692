package parley.streams;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import parley.config.ParleyConfig;
import parley.streams.time.EventTimestampExtractor;
import parley.streams.topology.EngagementTopology;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementAppTest {
    @Test
    void propertiesComeFromParleyConfigAndPassthroughWins() {
        ParleyConfig c = ParleyConfig.builder()
                .set("application.id", "app-x").set("commit.interval.ms", "500").set("stream.threads", "2")
                .set("topic.replication.factor", "3").set("state.dir", "/tmp/s").set("processing.guarantee", "at_least_once")
                .set("streams.num.standby.replicas", "1").build();
        Properties p = EngagementApp.properties(c);
        assertThat(p).containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "app-x")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/tmp/s")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
                .containsEntry(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, EventTimestampExtractor.class)
                .containsEntry("num.standby.replicas", "1")
                .containsEntry("producer.batch.size", EngagementApp.RESULT_BATCH_BYTES)
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        assertThat(EngagementApp.properties(ParleyConfig.builder().set("streams.producer.batch.size", "65536").build()))
                .containsEntry("producer.batch.size", "65536"); // passthrough wins
        assertThat(EngagementApp.properties(ParleyConfig.defaults()))
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
        new StreamsConfig(p); // Streams accepts them
    }

    @Test
    void topicsForPreCreationCoverEveryTopicTheTopologyUses() {
        StreamsSettings one = StreamsSettings.defaults();
        assertThat(one.rekey()).isFalse();
        assertThat(EngagementApp.sourceAndSinkTopics(one)).containsExactlyInAnyOrder(
                "parley.events", "parley.events.dlq", "parley.events.late", "parley.engagement.live", "parley.engagement.final",
                "parley.events.accepted");
        for (String t : EngagementApp.sourceAndSinkTopics(one)) assertThat(EngagementTopology.build(one).describe().toString()).contains(t);

        StreamsSettings several = StreamsSettings.from(ParleyConfig.builder().set("topic.partitions", "3").build());
        assertThat(several.rekey()).isTrue();
        var description = EngagementTopology.build(several).describe().toString();
        assertThat(EngagementApp.sourceAndSinkTopics(several)).containsExactlyInAnyOrder(
                "parley.events", "parley.events.dlq", "parley.events.late", "parley.engagement.live", "parley.engagement.final",
                "parley.events.accepted", "parley-engagement-events-by-key-repartition", "parley-engagement-deltas-by-entity-repartition");
        for (String t : EngagementApp.sourceAndSinkTopics(several)) assertThat(description).contains(t);
        assertThat(EngagementApp.newTopics(several, 3, (short) 1)).hasSize(8).allSatisfy(nt -> assertThat(nt.numPartitions()).isEqualTo(3));
        assertThat(EngagementApp.newTopics(several, 3, (short) 1).stream().filter(nt -> nt.name().endsWith("-by-key-repartition")).findFirst().orElseThrow()
                .configs()).containsEntry("message.timestamp.type", "LogAppendTime");
    }
}
