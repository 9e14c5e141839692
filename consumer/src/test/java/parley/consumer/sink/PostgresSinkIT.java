package parley.consumer.sink;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static parley.consumer.sink.SinkTest.row;

/**
 * The PostgreSQL sink against a real server: `.ci/run` starts Debian's PostgreSQL on 127.0.0.1 and sets
 * PARLEY_TEST_POSTGRES. Outside CI, without a server, each test is reported as skipped, with the reason printed and
 * in the report. (The check runs before each test, not in a @BeforeAll: a class aborted there shows as 0 tests run.)
 */
class PostgresSinkIT {
    static String url;

    @BeforeEach
    void server() {
        url = System.getenv("PARLEY_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) fail("CI must provide PostgreSQL: PARLEY_TEST_POSTGRES is not set (see .ci/run)");
            String why = "no PostgreSQL server: set PARLEY_TEST_POSTGRES=postgres://user:pass@127.0.0.1:5432/db to run this test";
            System.err.println("SKIPPED " + getClass().getSimpleName() + ": " + why);
            Assumptions.abort(why);
        }
    }

    @Test
    void upsertsSchemaOnStartAndPositionsSurviveARestart() throws Exception {
        TopicPartition tp = new TopicPartition("pg-test-" + System.nanoTime(), 0);
        try (JdbcSink s = JdbcSink.postgres(url); Connection c = s.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM engagement WHERE entity IN ('ZZA','ZZB')");
        }
        try (JdbcSink s = JdbcSink.postgres(url)) {
            s.write(List.of(new RecordRow(tp, 0, "ZZA", 1, false).r(), new RecordRow(tp, 1, "ZZA", 3, false).r(),
                    new RecordRow(tp, 2, "ZZB", 2, false).r()), Map.of(tp, 3L));
            s.write(List.of(new RecordRow(tp, 3, "ZZA", 3, true).r()), Map.of(tp, 4L));
            // a replay writes the same rows again: still one row per key, final rows untouched
            s.write(List.of(new RecordRow(tp, 0, "ZZA", 1, false).r(), new RecordRow(tp, 2, "ZZB", 2, false).r()), Map.of(tp, 4L));
            assertThat(SinkTest.count(s, "SELECT COUNT(*) FROM engagement WHERE entity IN ('ZZA','ZZB')")).isEqualTo(2);
            assertThat(SinkTest.count(s, "SELECT total FROM engagement WHERE entity = 'ZZA'")).isEqualTo(3);
            assertThat(SinkTest.count(s, "SELECT CASE WHEN final THEN 1 ELSE 0 END FROM engagement WHERE entity = 'ZZA'")).isEqualTo(1);
        }
        try (JdbcSink again = JdbcSink.postgres(url)) {
            assertThat(again.positions()).containsEntry(tp, 4L);
        }
    }

    record RecordRow(TopicPartition tp, long offset, String country, long total, boolean fin) {
        RowRecord r() { return new RowRecord(tp, offset, row(country, total, fin)); }
    }
}
