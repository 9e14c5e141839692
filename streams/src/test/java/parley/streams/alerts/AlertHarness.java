package parley.streams.alerts;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import parley.json.Json;
import parley.json.JsonSerde;
import parley.model.Alert;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.streams.EventGenerator;
import parley.streams.StreamsSettings;
import parley.streams.topology.EngagementTopology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The production topology with given alert rules in a TopologyTestDriver; alerts and final rows drained as they come. */
final class AlertHarness implements AutoCloseable {
    final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> events;
    private final TestOutputTopic<String, byte[]> alerts;
    private final TestOutputTopic<String, EngagementRow> fin;
    private final TestOutputTopic<String, byte[]> live;
    final List<TestRecord<String, byte[]>> alertRecords = new ArrayList<>();
    final List<EngagementRow> finals = new ArrayList<>();
    private final Path stateDir;

    AlertHarness(StreamsSettings settings, AlertRules rules) {
        try {
            stateDir = Files.createTempDirectory("parley-alerts-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(EngagementTopology.build(settings, rules), p, Instant.parse("2026-01-01T00:00:00Z"));
        var t = settings.topics();
        events = driver.createInputTopic(t.events(), new StringSerializer(), new ByteArraySerializer());
        alerts = driver.createOutputTopic(t.alerts(), new StringDeserializer(), new ByteArrayDeserializer());
        fin = driver.createOutputTopic(t.fin(), new StringDeserializer(), JsonSerde.of(EngagementRow.class));
        live = driver.createOutputTopic(t.live(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    void send(List<Event> es) {
        int i = 0;
        for (Event e : es) {
            events.pipeInput(e.id(), EventGenerator.bytes(e));
            if (++i % 200 == 0) drain();
        }
        drain();
    }

    void sendRecords(List<Map.Entry<String, byte[]>> records) {
        int i = 0;
        for (var r : records) {
            events.pipeInput(r.getKey(), r.getValue());
            if (++i % 200 == 0) drain();
        }
        drain();
    }

    /** Reads what was produced so far; changelogs and live rows are discarded (the driver keeps them until read). */
    void drain() {
        alertRecords.addAll(alerts.readRecordsToList());
        for (var r : fin.readRecordsToList()) finals.add(r.value());
        live.readRecordsToList();
        for (String topic : driver.producedTopicNames())
            if (topic.endsWith("-changelog"))
                driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
    }

    List<Alert> alerts() { return alertRecords.stream().map(r -> Json.read(r.value(), Alert.class)).toList(); }

    @Override
    public void close() {
        driver.close();
        try (var walk = Files.walk(stateDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException ignored) { }
    }
}
