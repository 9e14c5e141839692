package parley.streams.topology;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import parley.streams.StreamsSettings;
import parley.streams.alerts.AlertRules;
import parley.streams.alerts.AlertTopology;
import parley.streams.dedup.DedupProcessor;
import parley.streams.engagement.EngagementProcessor;
import parley.streams.intake.AcceptProcessor;
import parley.streams.intake.Parsed;
import parley.streams.intake.ParsedDeserializer;
import parley.streams.intake.ValidateProcessor;
import parley.streams.time.EventTimestampExtractor;
import parley.streams.time.StreamDay;
import parley.streams.watermark.ToAllPartitions;
import parley.streams.watermark.UpstreamDays;
import parley.streams.watermark.Watermark;

/**
 * The whole application as a pure function of its settings.
 *
 * <pre>
 * events (key event_key) → validate ─invalid→ DLQ
 *                              └→ accept ─late→ late topic;  duplicate id → ignored
 *                                    └→ dedup (key event_key) → engagement (key C:AZE / P:AZE|RUS) → live, final
 *                                         └→ accepted events (key event_key)                       final → alerts
 * </pre>
 *
 * With one events partition ({@link StreamsSettings#rekey()} false) the three stages are one sub-topology: one task
 * sees every key, and a record is in the results after one transaction commit. With several partitions the producer
 * keys events by event_key, so every report of one event is in one partition and intake and dedup run together in
 * that partition's task: lateness, duplicate ids and "the first accepted report defines the event" are decided once,
 * in the order the producer wrote the reports. A record another producer keyed otherwise is re-keyed by event_key
 * once, through {@code <app>-events-by-key-repartition}, which the same tasks read beside the events topic. Deltas go by entity
 * through {@code <app>-deltas-by-entity-repartition} to the engagement tasks, together with each intake task's stream day as a
 * {@link Watermark} to every partition: the engagement stage's stream day is the minimum of them, so a day is
 * decayed and finalised only when no intake task can still send a delta for it. Two sub-topologies, then.
 * The re-keying topics are ordinary topics named after the application id (the Processor API has no internal
 * topics); {@code EngagementApp#sourceAndSinkTopics} lists them for creation.
 */
public final class EngagementTopology {
    public static final String EVENTS_SOURCE = "events-source";
    public static final String EVENTS_BY_KEY_SOURCE = "events-by-key-source";
    public static final String DELTAS_BY_ENTITY_SOURCE = "deltas-by-entity-source";
    public static final String TO_EVENTS_BY_KEY = "events-by-key-sink";
    public static final String TO_DELTAS_BY_ENTITY = "deltas-by-entity-sink";
    public static final String VALIDATE = "validate";
    public static final String DEDUP = "dedup";
    public static final String ENGAGEMENT = "engagement";

    private EngagementTopology() { }

    public static Topology build(StreamsSettings settings) { return build(settings, AlertRules.defaults()); }

    public static Topology build(StreamsSettings settings, AlertRules alerts) {
        Topology topology = new Topology();
        addIntake(topology, settings);
        addEngagement(topology, settings, alerts);
        return topology;
    }

    /** Sub-topology 1: events (and re-keyed events) → validate → accept → dedup → deltas (chained: to engagement). */
    static void addIntake(Topology topology, StreamsSettings settings) {
        var topics = settings.topics();
        var extractor = new EventTimestampExtractor();
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        boolean rekey = settings.rekey();

        // 1. intake: keyed by event_key (or re-keyed by it once); with one partition any key
        topology.addSource(AutoOffsetReset.earliest(), EVENTS_SOURCE, extractor, new StringDeserializer(), new ParsedDeserializer(), topics.events());
        if (rekey) {
            topology.addSource(AutoOffsetReset.earliest(), EVENTS_BY_KEY_SOURCE, extractor, new StringDeserializer(),
                    new ParsedDeserializer(), settings.eventsByKeyTopic());
            topology.addProcessor(VALIDATE, () -> new ValidateProcessor(settings.maxRecordBytes(), TO_EVENTS_BY_KEY), EVENTS_SOURCE, EVENTS_BY_KEY_SOURCE);
            topology.addSink(TO_EVENTS_BY_KEY, settings.eventsByKeyTopic(), strings, (topic, p) -> ((Parsed) p).raw(), VALIDATE);
        } else {
            topology.addProcessor(VALIDATE, () -> new ValidateProcessor(settings.maxRecordBytes()), EVENTS_SOURCE);
        }
        topology.addSink(ValidateProcessor.TO_DEAD_LETTERS, topics.deadLetters(), strings, bytes, VALIDATE);
        String toEngagement = rekey ? TO_DELTAS_BY_ENTITY : ENGAGEMENT;
        topology.addProcessor(ValidateProcessor.TO_ACCEPT, () -> new AcceptProcessor(settings.graceDays(), DEDUP, !rekey,
                settings.maxRecordBytes(), rekey ? TO_DELTAS_BY_ENTITY : null), VALIDATE);
        topology.addStateStore(AcceptProcessor.acceptedIdsStore(settings.inMemoryStores()), ValidateProcessor.TO_ACCEPT);
        topology.addStateStore(StreamDay.store(AcceptProcessor.STREAM_DAY, settings.inMemoryStores()), ValidateProcessor.TO_ACCEPT);
        topology.addSink(AcceptProcessor.TO_LATE, topics.late(), strings, bytes, ValidateProcessor.TO_ACCEPT);

        // 2. dedup: keyed by event_key, in the same task
        topology.addProcessor(DEDUP, () -> new DedupProcessor(settings.graceDays(), toEngagement), ValidateProcessor.TO_ACCEPT);
        topology.addStateStore(DedupProcessor.eventsStore(settings.inMemoryStores()), DEDUP);
        topology.addStateStore(StreamDay.store(DedupProcessor.STREAM_DAY, settings.inMemoryStores()), DEDUP);
        topology.addSink(DedupProcessor.TO_LATE, topics.late(), strings, bytes, DEDUP);
        // what dedup decided, per accepted report: the event as the counts see it (the dashboard's drill-down)
        topology.addSink(DedupProcessor.TO_ACCEPTED, topics.accepted(), strings, bytes, DEDUP);
        if (rekey)  // deltas by entity; watermarks (from accept) to every partition
            topology.addSink(TO_DELTAS_BY_ENTITY, settings.deltasByEntityTopic(), strings, new Watermark.DeltaOrWatermarkSerde(),
                    new ToAllPartitions(), DEDUP, ValidateProcessor.TO_ACCEPT);
    }

    /** Sub-topology 2 with several partitions (else chained behind dedup): engagement → live, final. */
    static void addEngagement(Topology topology, StreamsSettings settings, AlertRules alerts) {
        var topics = settings.topics();
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        String engagementParent = DEDUP;
        int upstream = 0;
        if (settings.rekey()) {
            topology.addSource(AutoOffsetReset.earliest(), DELTAS_BY_ENTITY_SOURCE, new EventTimestampExtractor(), new StringDeserializer(),
                    new Watermark.DeltaOrWatermarkSerde(), settings.deltasByEntityTopic());
            engagementParent = DELTAS_BY_ENTITY_SOURCE;
            upstream = settings.partitions();
        }
        int upstreamPartitions = upstream;
        topology.addProcessor(ENGAGEMENT, () -> new EngagementProcessor(settings.windows(), settings.graceDays(), upstreamPartitions,
                settings.coalesceLive()), engagementParent);
        topology.addStateStore(EngagementProcessor.commitStore(), ENGAGEMENT);
        topology.addStateStore(EngagementProcessor.dailyStore(settings.inMemoryStores()), ENGAGEMENT);
        topology.addStateStore(StreamDay.store(EngagementProcessor.STREAM_DAY, settings.inMemoryStores()), ENGAGEMENT);
        if (settings.rekey()) topology.addStateStore(UpstreamDays.store(settings.inMemoryStores()), ENGAGEMENT);
        topology.addSink(EngagementProcessor.TO_LATE, topics.late(), strings, bytes, ENGAGEMENT);
        // rows arrive as JSON bytes (EngagementProcessor writes them without a row object)
        topology.addSink(EngagementProcessor.TO_LIVE, topics.live(), strings, bytes, ENGAGEMENT);
        AlertTopology.addFinalRowsAndAlerts(topology, settings, alerts, ENGAGEMENT); // final rows, and alerts from them
    }
}
