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
import parley.streams.dedup.Delta;
import parley.streams.engagement.EngagementProcessor;
import parley.streams.intake.AcceptProcessor;
import parley.streams.intake.AcceptedReport;
import parley.streams.intake.ParsedDeserializer;
import parley.streams.intake.ValidateProcessor;
import parley.streams.time.EventTimestampExtractor;
import parley.streams.time.StreamDay;

/**
 * The whole application as a pure function of its settings.
 *
 * <pre>
 * events (key id) → validate ─invalid→ DLQ
 *                       └→ accept ─late→ late topic;  duplicate id → ignored
 *                             └→ dedup (key event_key) → engagement (key C:AZE / P:AZE|RUS) → live, final
 *                                                                                        final → alerts
 * </pre>
 *
 * With one events partition ({@link StreamsSettings#rekey()} false) the three stages are one sub-topology: one task
 * sees every key, and a record is in the results after one transaction commit. With several partitions, accepted
 * reports are re-keyed by event_key through {@code <app>-events-by-key} and deltas by entity through
 * {@code <app>-deltas-by-entity}, so that each key has one owner task; the stages are then three sub-topologies.
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

    public static Topology build(StreamsSettings s) { return build(s, AlertRules.defaults()); }

    public static Topology build(StreamsSettings s, AlertRules alerts) {
        var topics = s.topics();
        var extractor = new EventTimestampExtractor();
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        boolean rekey = s.rekey();
        Topology t = new Topology();

        // 1. intake: keyed by report id
        t.addSource(AutoOffsetReset.earliest(), EVENTS_SOURCE, extractor, new StringDeserializer(), new ParsedDeserializer(), topics.events());
        t.addProcessor(VALIDATE, () -> new ValidateProcessor(s.maxRecordBytes()), EVENTS_SOURCE);
        t.addSink(ValidateProcessor.TO_DEAD_LETTERS, topics.deadLetters(), strings, bytes, VALIDATE);
        String toDedup = rekey ? TO_EVENTS_BY_KEY : DEDUP;
        t.addProcessor(ValidateProcessor.TO_ACCEPT, () -> new AcceptProcessor(s.graceDays(), toDedup, !rekey, s.maxRecordBytes()), VALIDATE);
        t.addStateStore(AcceptProcessor.acceptedIdsStore(s.inMemoryStores()), ValidateProcessor.TO_ACCEPT);
        t.addStateStore(StreamDay.store(AcceptProcessor.STREAM_DAY, s.inMemoryStores()), ValidateProcessor.TO_ACCEPT);
        t.addSink(AcceptProcessor.TO_LATE, topics.late(), strings, bytes, ValidateProcessor.TO_ACCEPT);

        // 2. dedup: keyed by event_key
        String dedupParent = ValidateProcessor.TO_ACCEPT;
        if (rekey) {
            t.addSink(TO_EVENTS_BY_KEY, s.eventsByKeyTopic(), strings, new AcceptedReport.AcceptedReportSerde(), ValidateProcessor.TO_ACCEPT);
            t.addSource(AutoOffsetReset.earliest(), EVENTS_BY_KEY_SOURCE, extractor, new StringDeserializer(),
                    new AcceptedReport.AcceptedReportSerde(), s.eventsByKeyTopic());
            dedupParent = EVENTS_BY_KEY_SOURCE;
        }
        String toEngagement = rekey ? TO_DELTAS_BY_ENTITY : ENGAGEMENT;
        t.addProcessor(DEDUP, () -> new DedupProcessor(s.graceDays(), toEngagement), dedupParent);
        t.addStateStore(DedupProcessor.eventsStore(s.inMemoryStores()), DEDUP);
        t.addStateStore(StreamDay.store(DedupProcessor.STREAM_DAY, s.inMemoryStores()), DEDUP);
        t.addSink(DedupProcessor.TO_LATE, topics.late(), strings, bytes, DEDUP);

        // 3. engagement: keyed by entity
        String engagementParent = DEDUP;
        if (rekey) {
            t.addSink(TO_DELTAS_BY_ENTITY, s.deltasByEntityTopic(), strings, new Delta.DeltaSerde(), DEDUP);
            t.addSource(AutoOffsetReset.earliest(), DELTAS_BY_ENTITY_SOURCE, extractor, new StringDeserializer(),
                    new Delta.DeltaSerde(), s.deltasByEntityTopic());
            engagementParent = DELTAS_BY_ENTITY_SOURCE;
        }
        t.addProcessor(ENGAGEMENT, () -> new EngagementProcessor(s.windows(), s.graceDays()), engagementParent);
        t.addStateStore(EngagementProcessor.dailyStore(s.inMemoryStores()), ENGAGEMENT);
        t.addStateStore(EngagementProcessor.rowsStore(s.inMemoryStores()), ENGAGEMENT);
        t.addStateStore(StreamDay.store(EngagementProcessor.STREAM_DAY, s.inMemoryStores()), ENGAGEMENT);
        t.addSink(EngagementProcessor.TO_LATE, topics.late(), strings, bytes, ENGAGEMENT);
        // rows arrive as JSON bytes (EngagementProcessor writes them without a row object)
        t.addSink(EngagementProcessor.TO_LIVE, topics.live(), strings, bytes, ENGAGEMENT);
        AlertTopology.addFinalRowsAndAlerts(t, s, alerts, ENGAGEMENT); // final rows, and alerts from them
        return t;
    }
}
