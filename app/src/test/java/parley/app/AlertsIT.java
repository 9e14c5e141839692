package parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.consumer.alerts.AlertConsumer;
import parley.consumer.alerts.AlertSink;
import parley.model.Alert;
import parley.model.Event;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.replay.Replayer;
import parley.streams.ReferenceModel;
import parley.streams.alerts.AlertReference;
import parley.streams.alerts.AlertRules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts through the whole pipeline on the embedded broker: the SQLite alerts table holds exactly the alerts of the
 * rules applied to the reference model's final rows, and a replay in event-time order fills it with the same alerts.
 */
@ExtendWith(BrokerExtension.class)
class AlertsIT {

    @Test
    void theAlertsTableHoldsTheReferenceAlertsAndAReplayGivesTheSame(@TempDir Path dir) throws Exception {
        List<Event> events = PipelineIT.generated(19, 3_000); // 300 days, 40 codes, disorder within grace, late reports
        Map<String, String> want = new TreeMap<>();
        for (Alert a : AlertReference.alerts(ReferenceModel.computeEvents(events, PipelineIT.WINDOWS, PipelineIT.GRACE).finals().values(),
                AlertRules.defaults()))
            want.put(a.alertKey(), line(a.count(), a.baseline(), a.events()));
        assertThat(want.keySet()).anyMatch(k -> k.contains("|spike|")).anyMatch(k -> k.contains("|first_contact|"));
        try (Pipeline live = new Pipeline("alerts-live", dir.resolve("live"));
             AlertConsumer liveAlerts = AlertConsumer.start(live.config, List.of(live.sink))) {
            live.publish(events);
            live.awaitResults();
            assertThat(liveAlerts.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
            Map<String, String> liveTable = table(live);
            assertThat(liveTable).containsExactlyInAnyOrderEntriesOf(want);
            try (Pipeline replay = new Pipeline("alerts-replay", dir.resolve("replay"));
                 AlertConsumer replayAlerts = AlertConsumer.start(replay.config, List.of(replay.sink));
                 Replayer r = new Replayer(dir, null, null);
                 KafkaEventPublisher pub = new KafkaEventPublisher(replay.config)) {
                r.addTopic(live.config, live.config.get("topic.events"), live.config.get("topic.late"));
                assertThat(r.replay(Replayer.Speed.parse("max"), pub::publish, null).skippedLate()).isPositive();
                pub.flush();
                replay.awaitResults();
                assertThat(replayAlerts.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
                assertThat(table(replay)).containsExactlyInAnyOrderEntriesOf(liveTable);
            }
        }
    }

    @Test
    void aStreamsRestartHalfwayRaisesTheAlertsOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        List<Event> events = PipelineIT.generated(23, 2_000);
        Map<String, String> want = new TreeMap<>();
        for (Alert a : AlertReference.alerts(ReferenceModel.computeEvents(events, PipelineIT.WINDOWS, PipelineIT.GRACE).finals().values(),
                AlertRules.defaults()))
            want.put(a.alertKey(), line(a.count(), a.baseline(), a.events()));
        try (Pipeline p = new Pipeline("alerts-restart", dir); AlertConsumer alerts = AlertConsumer.start(p.config, List.of(p.sink))) {
            p.publish(events.subList(0, 1_000));
            p.awaitResults();
            p.stopStreams(); // the alert history is restored from its changelog, not rebuilt
            p.startStreams();
            p.publish(events.subList(1_000, events.size()));
            p.awaitResults();
            assertThat(alerts.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
            assertThat(want).isNotEmpty();
            assertThat(table(p)).containsExactlyInAnyOrderEntriesOf(want);
        }
    }

    private static String line(long count, double baseline, String events) { return count + " " + baseline + " " + events; }

    private static Map<String, String> table(Pipeline p) throws Exception {
        new AlertSink(p.sink); // the table exists even when no alert was written
        Map<String, String> out = new TreeMap<>();
        try (Connection c = p.sink.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity, rule, day, count, baseline, events, final FROM alerts")) {
            while (rs.next()) {
                assertThat(rs.getInt(7)).isEqualTo(1);
                out.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), line(rs.getLong(4), rs.getDouble(5), rs.getString(6)));
            }
        }
        return out;
    }
}
