package parley.streams.topology;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parley.json.Json;
import parley.model.Event;
import parley.streams.StreamsSettings;
import parley.streams.TestEvents;
import parley.streams.intake.ValidateProcessor;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A late record names the events-topic record it came from ({@code origin}), which is what a replay leaves out: also
 * when the record was re-keyed first (keyed by report id on the topology for several partitions), and never the
 * coordinates a record claims in its own headers.
 */
class LateOriginTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLateRecordNamesItsEventsTopicPartitionAndOffset(boolean rekey) {
        try (Harness h = new Harness(StreamsSettings.defaults().withRekey(rekey))) {
            Event first = TestEvents.visit("2024-08-04", "RUS", "AZE", "a");
            Event later = TestEvents.visit("2024-08-20", "TUR", "AZE", "b");
            Event resent = first;                                   // the accepted report once more, now late
            Event spoofing = TestEvents.visit("2024-08-01", "ARM", "AZE", "c");
            h.send(first, later, resent);                           // offsets 0, 1, 2 (keyed by id: re-keyed when rekey)
            var headers = new RecordHeaders();                      // claims to be offset 0 of the events topic
            headers.add(ValidateProcessor.HEADER_ORIGIN_TOPIC, h.settings.topics().events().getBytes(StandardCharsets.UTF_8));
            headers.add(ValidateProcessor.HEADER_ORIGIN_PARTITION, "0".getBytes(StandardCharsets.UTF_8));
            headers.add(ValidateProcessor.HEADER_ORIGIN_OFFSET, "0".getBytes(StandardCharsets.UTF_8));
            h.events.pipeInput(new TestRecord<>(spoofing.eventKey(), TestEvents.json(spoofing).getBytes(StandardCharsets.UTF_8), headers));
            List<TestRecord<String, byte[]>> late = h.late.readRecordsToList();
            assertThat(late).extracting(TestRecord::key).containsExactly(resent.id(), spoofing.id());
            JsonNode resentOrigin = Json.read(late.get(0).value(), JsonNode.class).get("origin");
            assertThat(resentOrigin.get("topic").asText()).isEqualTo(h.settings.topics().events());
            assertThat(resentOrigin.get("partition").asInt()).isZero();
            assertThat(resentOrigin.get("offset").asLong()).isEqualTo(2);
            JsonNode spoofOrigin = Json.read(late.get(1).value(), JsonNode.class).get("origin");
            assertThat(spoofOrigin.get("topic").asText()).isEqualTo(h.settings.topics().events());
            assertThat(spoofOrigin.get("offset").asLong()).isEqualTo(3);
        }
    }
}
