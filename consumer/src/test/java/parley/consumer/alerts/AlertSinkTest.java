package parley.consumer.alerts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.config.ParleyConfig;
import parley.consumer.sink.JdbcSink;
import parley.json.Json;
import parley.model.Alert;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AlertSinkTest {
    private static final TopicPartition TP = new TopicPartition("parley.alerts", 0);
    @TempDir Path dir;

    static Alert spike(String country, String day, long count, double baseline, boolean fin) {
        LocalDate d = LocalDate.parse(day);
        return new Alert(1, Alert.SPIKE, country, null, d, 7, d.minusDays(6), d, count, baseline, 84, fin,
                Alert.drillDown(country, d.minusDays(6), d));
    }

    static Alert firstContact(String a, String b, String day) {
        LocalDate d = LocalDate.parse(day);
        return new Alert(1, Alert.FIRST_CONTACT, null, List.of(a, b), d, 7, d.minusDays(6), d, 1, 0, 90, true,
                Alert.drillDown(a + "|" + b, d.minusDays(6), d));
    }

    @Test
    void alertsAreUpsertedOnEntityRuleAndDayBesideTheRowsAndAFinalOneNeverChanges() throws Exception {
        Path db = dir.resolve("r.db");
        try (JdbcSink rows = JdbcSink.sqlite(db)) {
            AlertSink s = new AlertSink(rows);
            s.write(List.of(spike("TUR", "2024-07-17", 3, 0.119, false), spike("TUR", "2024-07-17", 4, 0.119, true)), Map.of(TP, 2L));
            s.write(List.of(spike("TUR", "2024-07-17", 9, 0.119, true), firstContact("AZE", "TUR", "2024-07-17")), Map.of(TP, 4L));
            assertThat(s.positions()).containsEntry(TP, 4L);
            assertThat(rows.positions()).as("the rows' positions are their own").isEmpty();
        }
        List<AlertTable.Line> lines = AlertTable.read(db, null, null, 10);
        assertThat(lines).extracting(AlertTable.Line::entity, AlertTable.Line::rule, AlertTable.Line::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TUR", "spike", 4L),
                        org.assertj.core.groups.Tuple.tuple("AZE|TUR", "first_contact", 1L));
        assertThat(AlertTable.read(db, "first_contact", null, 10)).hasSize(1);
        assertThat(AlertTable.read(db, null, LocalDate.parse("2024-07-18"), 10)).isEmpty();
        String table = AlertTable.format(lines);
        assertThat(table).contains("2024-07-17  spike          TUR       Turkey").contains("0.119")
                .contains("/api/events?country=TUR&from=2024-07-11&to=2024-07-17")
                .contains("AZE|TUR").contains("/api/events?pair=AZE%7CTUR&from=2024-07-11&to=2024-07-17");
    }

    @Test
    void theConsumerWritesOnlyWhatATableHasNotStoredYet() throws Exception {
        Path db = dir.resolve("c.db");
        ParleyConfig c = ParleyConfig.builder().set("bootstrap.servers", "127.0.0.1:1").build();
        try (JdbcSink rows = JdbcSink.sqlite(db)) {
            AlertSink table = new AlertSink(rows);
            table.write(List.of(spike("TUR", "2024-07-17", 3, 0.1, true)), Map.of(TP, 1L));
            try (AlertConsumer ac = new AlertConsumer(c, List.of(table))) {
                ac.handle(List.of(record(0, spike("TUR", "2024-07-17", 3, 0.1, true)), record(1, spike("GEO", "2024-07-18", 5, 0, true))));
                assertThat(ac.alerts()).isEqualTo(2);
            }
            assertThat(table.positions()).containsEntry(TP, 2L);
        }
        assertThat(AlertTable.read(db, null, null, 10)).extracting(AlertTable.Line::entity).containsExactly("GEO", "TUR");
        assertThat(AlertTable.format(List.of())).startsWith("no alerts yet");
    }

    @Test
    void positionsAreStoredWithTheTopicIdAndAnOldTableGetsTheColumn() throws Exception {
        Path db = dir.resolve("old.db");
        try (JdbcSink rows = JdbcSink.sqlite(db); java.sql.Connection c = rows.dataSource().getConnection();
             java.sql.Statement st = c.createStatement()) { // alert_offsets as it was before ids were stored
            st.execute("CREATE TABLE alert_offsets (topic TEXT NOT NULL, part INTEGER NOT NULL, next_offset BIGINT NOT NULL, "
                    + "PRIMARY KEY (topic, part))");
            st.execute("INSERT INTO alert_offsets (topic, part, next_offset) VALUES ('parley.alerts', 0, 3)");
        }
        try (JdbcSink rows = JdbcSink.sqlite(db)) {
            AlertSink s = new AlertSink(rows);
            assertThat(s.positions()).containsEntry(TP, 3L);
            assertThat(s.topicIds()).as("stored before ids were kept").isEmpty();
            // such a position is not trusted for the topic as it is now: read from the start
            assertThat(parley.consumer.StoredPositions.checked(s, List.of(TP),
                    Map.of(TP.topic(), "id-A"), Map.of(TP, 10L))).isEmpty();
            s.useTopicIds(Map.of(TP.topic(), "id-A"));
            s.write(List.of(spike("TUR", "2024-07-17", 3, 0.1, false)), Map.of(TP, 5L));
            assertThat(s.topicIds()).containsEntry(TP, "id-A");
            assertThat(parley.consumer.StoredPositions.checked(s, List.of(TP),
                    Map.of(TP.topic(), "id-A"), Map.of(TP, 10L))).containsOnly(Map.entry(TP, 5L));
        }
    }

    private static ConsumerRecord<String, byte[]> record(long offset, Alert a) {
        return new ConsumerRecord<>(TP.topic(), TP.partition(), offset, a.alertKey(), Json.bytes(a));
    }
}
