package parley.streams.topology;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import parley.json.JsonSerde;
import parley.model.AcceptedEvent;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.EngagementRow;
import parley.streams.StreamsSettings;
import parley.streams.TestEvents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A TopologyTestDriver around the engagement topology, with the contract's topics typed for assertions. */
public final class Harness implements AutoCloseable {
    public final StreamsSettings settings;
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, byte[]> events;
    public final TestOutputTopic<String, EngagementRow> live;
    public final TestOutputTopic<String, EngagementRow> fin;
    public final TestOutputTopic<String, byte[]> dlq;
    public final TestOutputTopic<String, byte[]> late;
    /** What dedup decided: the event as the counts see it, per accepted report. */
    public final TestOutputTopic<String, AcceptedEvent> accepted;
    private final Path stateDir;

    public Harness(StreamsSettings settings) { this(settings, new Properties()); }

    /** With Streams properties on top of the harness's own (e.g. {@code statestore.cache.max.bytes}). */
    public Harness(StreamsSettings settings, Properties extra) {
        this.settings = settings;
        try {
            stateDir = Files.createTempDirectory("parley-streams-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.putAll(extra);
        driver = new TopologyTestDriver(EngagementTopology.build(settings), p, Instant.parse("2026-01-01T00:00:00Z"));
        var t = settings.topics();
        events = driver.createInputTopic(t.events(), new StringSerializer(), new ByteArraySerializer());
        var rows = JsonSerde.of(EngagementRow.class);
        live = driver.createOutputTopic(t.live(), new StringDeserializer(), rows);
        fin = driver.createOutputTopic(t.fin(), new StringDeserializer(), rows);
        dlq = driver.createOutputTopic(t.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
        late = driver.createOutputTopic(t.late(), new StringDeserializer(), new ByteArrayDeserializer());
        accepted = driver.createOutputTopic(t.accepted(), new StringDeserializer(), JsonSerde.of(AcceptedEvent.class));
    }

    public static Harness defaults() { return new Harness(StreamsSettings.defaults()); }

    public void send(Event... es) {
        for (Event e : es) events.pipeInput(e.id(), TestEvents.json(e).getBytes(StandardCharsets.UTF_8));
    }

    public void sendRaw(String key, byte[] value) { events.pipeInput(key, value); }

    private final Map<String, EngagementRow> latest = new LinkedHashMap<>();

    /**
     * Discards what the driver captured for the changelog topics: nobody reads them here, and the driver keeps every
     * produced record in memory until read.
     */
    public void dropChangelogs() {
        for (String topic : driver.producedTopicNames())
            if (topic.endsWith("-changelog"))
                driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
    }

    /** Drains the live topic: the records since the last drain, in order. */
    public List<TestRecord<String, EngagementRow>> liveRecords() {
        List<TestRecord<String, EngagementRow>> recs = live.readRecordsToList();
        for (var r : recs) latest.put(r.key(), r.value());
        return recs;
    }

    /** Drains the live topic: the latest row per rowKey over everything emitted so far. */
    public Map<String, EngagementRow> latestLive() {
        liveRecords();
        return latest;
    }

    public List<EngagementRow> finals() {
        List<EngagementRow> out = new ArrayList<>();
        for (var r : fin.readRecordsToList()) out.add(r.value());
        return out;
    }

    @Override
    public void close() {
        driver.close();
        try (var walk = Files.walk(stateDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException ignored) { }
    }
}
