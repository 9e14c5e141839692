package parley.streams.topology;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import parley.json.JsonSerde;
import parley.model.EngagementRow;
import parley.streams.StreamsSettings;
import parley.streams.dedup.DedupProcessor;
import parley.streams.dedup.Delta;
import parley.streams.engagement.EngagementProcessor;
import parley.streams.intake.AcceptProcessor;
import parley.streams.intake.AcceptedReport;
import parley.streams.intake.ParsedDeserializer;
import parley.streams.intake.ValidateProcessor;
import parley.streams.time.EventTimestampExtractor;
import parley.streams.time.StreamDay;

/**
 * The whole application as a pure function of its settings: three sub-topologies joined by two repartition topics.
 *
 * <pre>
 * events (key id) → validate ─invalid→ DLQ
 *                       └→ accept ─late→ late topic;  duplicate id → ignored
 *                             └→ [events-by-key] → dedup (key event_key) → [deltas-by-entity]
 *                                   → engagement (key C:AZE / P:AZE|RUS) → live, final
 * </pre>
 *
 * The repartition topics are ordinary topics named after the application id (the Processor API has no internal
 * topics); {@code EngagementApp#sourceAndSinkTopics} lists them for creation.
 */
public final class EngagementTopology {
    public static final String EVENTS_SOURCE = "events-source";
    public static final String EVENTS_BY_KEY_SOURCE = "events-by-key-source";
    public static final String DELTAS_BY_ENTITY_SOURCE = "deltas-by-entity-source";
    public static final String VALIDATE = "validate";
    public static final String DEDUP = "dedup";
    public static final String ENGAGEMENT = "engagement";

    private EngagementTopology() { }

    public static Topology build(StreamsSettings s) {
        var topics = s.topics();
        var extractor = new EventTimestampExtractor();
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        Topology t = new Topology();

        // 1. intake: keyed by report id
        t.addSource(AutoOffsetReset.earliest(), EVENTS_SOURCE, extractor, new StringDeserializer(), new ParsedDeserializer(), topics.events());
        t.addProcessor(VALIDATE, ValidateProcessor::new, EVENTS_SOURCE);
        t.addSink(ValidateProcessor.TO_DEAD_LETTERS, topics.deadLetters(), strings, bytes, VALIDATE);
        t.addProcessor(ValidateProcessor.TO_ACCEPT, () -> new AcceptProcessor(s.graceDays()), VALIDATE);
        t.addStateStore(AcceptProcessor.acceptedIdsStore(s.inMemoryStores()), ValidateProcessor.TO_ACCEPT);
        t.addStateStore(StreamDay.store(AcceptProcessor.STREAM_DAY, s.inMemoryStores()), ValidateProcessor.TO_ACCEPT);
        t.addSink(AcceptProcessor.TO_LATE, topics.late(), strings, bytes, ValidateProcessor.TO_ACCEPT);
        t.addSink(AcceptProcessor.TO_EVENTS_BY_KEY, s.eventsByKeyTopic(), strings, new AcceptedReport.AcceptedReportSerde(), ValidateProcessor.TO_ACCEPT);

        // 2. dedup: keyed by event_key
        t.addSource(AutoOffsetReset.earliest(), EVENTS_BY_KEY_SOURCE, extractor, new StringDeserializer(),
                new AcceptedReport.AcceptedReportSerde(), s.eventsByKeyTopic());
        t.addProcessor(DEDUP, () -> new DedupProcessor(s.graceDays()), EVENTS_BY_KEY_SOURCE);
        t.addStateStore(DedupProcessor.eventsStore(s.inMemoryStores()), DEDUP);
        t.addStateStore(StreamDay.store(DedupProcessor.STREAM_DAY, s.inMemoryStores()), DEDUP);
        t.addSink(DedupProcessor.TO_LATE, topics.late(), strings, bytes, DEDUP);
        t.addSink(DedupProcessor.TO_DELTAS, s.deltasByEntityTopic(), strings, new Delta.DeltaSerde(), DEDUP);

        // 3. engagement: keyed by entity
        t.addSource(AutoOffsetReset.earliest(), DELTAS_BY_ENTITY_SOURCE, extractor, new StringDeserializer(),
                new Delta.DeltaSerde(), s.deltasByEntityTopic());
        t.addProcessor(ENGAGEMENT, () -> new EngagementProcessor(s.windows(), s.graceDays()), DELTAS_BY_ENTITY_SOURCE);
        t.addStateStore(EngagementProcessor.store(EngagementProcessor.DAILY, s.inMemoryStores()), ENGAGEMENT);
        t.addStateStore(EngagementProcessor.store(EngagementProcessor.ROWS, s.inMemoryStores()), ENGAGEMENT);
        t.addStateStore(StreamDay.store(EngagementProcessor.STREAM_DAY, s.inMemoryStores()), ENGAGEMENT);
        t.addSink(EngagementProcessor.TO_LATE, topics.late(), strings, bytes, ENGAGEMENT);
        var rows = JsonSerde.of(EngagementRow.class);
        t.addSink(EngagementProcessor.TO_LIVE, topics.live(), strings, rows, ENGAGEMENT);
        t.addSink(EngagementProcessor.TO_FINAL, topics.fin(), strings, rows, ENGAGEMENT);
        return t;
    }
}
