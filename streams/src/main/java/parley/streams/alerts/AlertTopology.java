package parley.streams.alerts;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import parley.streams.StreamsSettings;
import parley.streams.engagement.EngagementProcessor;

/**
 * Adds the final rows' sink and the alerts to a topology:
 *
 * <pre>
 * engagement ─final rows→ {@value EngagementProcessor#TO_FINAL} (tee) ─→ final topic
 *                                                  └→ {@value #ALERTS} ─→ alerts topic
 * </pre>
 *
 * The alerts run in the engagement processor's task, so they see each entity's final rows in window-end order (the
 * engagement processor finalizes rows day by day), with several partitions too: no re-keying, no extra topic read.
 */
public final class AlertTopology {
    public static final String FINAL_ROWS_SINK = "final-rows-sink";
    public static final String ALERTS = "alerts";
    public static final String TO_ALERTS = "alerts-sink";

    private AlertTopology() { }

    /** Call instead of adding a sink for {@link EngagementProcessor#TO_FINAL}; {@code engagement} is its parent. */
    public static void addFinalRowsAndAlerts(Topology topology, StreamsSettings settings, AlertRules rules, String engagement) {
        var strings = new StringSerializer();
        var bytes = new ByteArraySerializer();
        topology.addProcessor(EngagementProcessor.TO_FINAL, FinalRowTee::new, engagement);
        topology.addSink(FINAL_ROWS_SINK, settings.topics().fin(), strings, bytes, EngagementProcessor.TO_FINAL);
        topology.addProcessor(ALERTS, () -> new AlertProcessor(rules), EngagementProcessor.TO_FINAL);
        topology.addStateStore(AlertProcessor.historyStore(settings.inMemoryStores()), ALERTS);
        topology.addSink(TO_ALERTS, settings.topics().alerts(), strings, bytes, ALERTS);
    }
}
