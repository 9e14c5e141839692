package parley.app.containers;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import parley.consumer.sink.JdbcSink;
import parley.consumer.sink.RowRecord;
import parley.model.EngagementRow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL sink ({@link JdbcSink#postgres}) against a throwaway PostgreSQL server, reached with the
 * {@code postgres://user:pass@host:port/db} form the consumer's {@code --sink} takes (a password that needs
 * URL-escaping included).
 */
@ExtendWith(DockerAvailable.class)
class PostgresContainerIT {
    static final String IMAGE = System.getProperty("parley.it.postgres.image", "postgres:17-alpine");
    static final String PASSWORD = "p@ss:w/rd";

    static PostgreSQLContainer pg;

    @BeforeAll
    static void start() {
        pg = new PostgreSQLContainer(DockerImageName.parse(IMAGE))
                .withDatabaseName("parley").withUsername("parley").withPassword(PASSWORD);
        pg.start();
    }

    @AfterAll
    static void stop() {
        if (pg != null) pg.stop();
    }

    static String url() {
        return "postgres://" + pg.getUsername() + ":" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "@" + pg.getHost() + ":" + pg.getMappedPort(5432) + "/" + pg.getDatabaseName();
    }

    @Test
    void upsertsOnTheRowKeyKeepsFinalRowsAndResumesFromItsOwnPositions() throws Exception {
        TopicPartition live = new TopicPartition("parley.engagement.live", 0);
        TopicPartition fin = new TopicPartition("parley.engagement.final", 0);
        try (JdbcSink s = JdbcSink.postgres(url())) {
            s.write(List.of(rec(live, 0, row("AZE", 1, false)), rec(live, 1, row("AZE", 3, false)), rec(live, 2, row("RUS", 2, false))),
                    Map.of(live, 3L));
            s.write(List.of(rec(fin, 0, row("AZE", 3, true))), Map.of(fin, 1L));
            // a replay delivers older values again: one row per key stays, and a final row never changes
            s.write(List.of(rec(live, 0, row("AZE", 1, false)), rec(live, 2, row("RUS", 2, false))), Map.of(live, 3L));

            assertThat(query(s, "SELECT COUNT(*) FROM engagement")).isEqualTo(2);
            assertThat(query(s, "SELECT total FROM engagement WHERE entity = 'AZE' AND window_days = 7 AND window_end = DATE '2024-08-07'")).isEqualTo(3);
            assertThat(query(s, "SELECT CASE WHEN final THEN 1 ELSE 0 END FROM engagement WHERE entity = 'AZE'")).isEqualTo(1);
            assertThat(query(s, "SELECT visits FROM engagement WHERE entity = 'RUS'")).isEqualTo(2);
        }
        // a restart: the schema is there already, and reading resumes where the last transaction left off
        try (JdbcSink again = JdbcSink.postgres(url())) {
            assertThat(again.positions()).containsEntry(live, 3L).containsEntry(fin, 1L).hasSize(2);
            assertThat(query(again, "SELECT COUNT(*) FROM engagement")).isEqualTo(2);
        }
    }

    static RowRecord rec(TopicPartition tp, long offset, EngagementRow row) { return new RowRecord(tp, offset, row); }

    static EngagementRow row(String country, long visits, boolean fin) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put("VISIT", visits); kinds.put("MEETING", 0L); kinds.put("CALL", 0L); kinds.put("STATEMENT", 0L);
        Map<String, Long> roles = new LinkedHashMap<>();
        roles.put("outbound", visits); roles.put("inbound", 0L); roles.put("venue", 0L); roles.put("subject", 0L);
        return new EngagementRow(1, country, null, 7, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 7), visits, kinds, roles,
                visits, fin, Instant.parse("2024-08-07T12:00:00Z"));
    }

    static long query(JdbcSink s, String sql) throws Exception {
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }
}
