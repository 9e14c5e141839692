package parley.consumer.alerts;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.consumer.sink.JdbcSink;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static parley.consumer.alerts.AlertSinkTest.firstContact;
import static parley.consumer.alerts.AlertSinkTest.spike;

/** The alerts table on a real PostgreSQL (PARLEY_TEST_POSTGRES, as PostgresSinkIT; skipped without a server outside CI). */
class AlertPostgresIT {
    static String url;

    @BeforeAll
    static void server() {
        url = System.getenv("PARLEY_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) fail("CI must provide PostgreSQL: PARLEY_TEST_POSTGRES is not set (see .ci/run)");
            Assumptions.abort("no PostgreSQL server: set PARLEY_TEST_POSTGRES=postgres://user:pass@127.0.0.1:5432/db to run this test");
        }
    }

    @Test
    void alertsAreUpsertedAndAFinalOneNeverChangesAndPositionsSurvive() throws Exception {
        TopicPartition tp = new TopicPartition("pg-alerts-" + System.nanoTime(), 0);
        try (JdbcSink rows = JdbcSink.postgres(url)) {
            AlertSink s = new AlertSink(rows);
            try (Connection c = rows.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("DELETE FROM alerts WHERE entity IN ('ZZA', 'ZZA|ZZB')");
            }
            s.write(List.of(spike("ZZA", "2024-07-17", 3, 0.119, false)), Map.of(tp, 1L));
            s.write(List.of(spike("ZZA", "2024-07-17", 4, 0.119, true), firstContact("ZZA", "ZZB", "2024-07-17")), Map.of(tp, 3L));
            s.write(List.of(spike("ZZA", "2024-07-17", 9, 0.5, true)), Map.of(tp, 4L)); // final: kept as it was
            try (Connection c = rows.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT entity, rule, day, count, baseline, final, pair_b FROM alerts "
                         + "WHERE entity IN ('ZZA', 'ZZA|ZZB') ORDER BY rule DESC")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("spike");
                assertThat(rs.getString(3)).isEqualTo("2024-07-17");
                assertThat(rs.getLong(4)).isEqualTo(4);
                assertThat(rs.getDouble(5)).isEqualTo(0.119);
                assertThat(rs.getBoolean(6)).isTrue();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ZZA|ZZB");
                assertThat(rs.getString(7)).isEqualTo("ZZB");
                assertThat(rs.next()).isFalse();
            }
        }
        try (JdbcSink again = JdbcSink.postgres(url)) {
            assertThat(new AlertSink(again).positions()).containsEntry(tp, 4L);
        }
    }
}
