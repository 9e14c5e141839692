package parley.consumer.alerts;

import org.apache.kafka.common.TopicPartition;
import parley.consumer.StoredPositions;
import parley.consumer.sink.JdbcSink;
import parley.model.Alert;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alerts (docs/alerts.md) in the {@code alerts} table of a SQL sink's database, upserted on (entity, rule, day); a
 * final alert is never changed again. Its read positions live beside it ({@code alert_offsets}), written in the same
 * transaction, each with the id of the topic it was read from (see {@link StoredPositions}). It
 * shares the {@link JdbcSink}'s connection pool: one writer per SQLite file.
 */
public final class AlertSink implements StoredPositions.Table {
    private static final String COLUMNS = "entity, rule, day, entity_type, country, pair_a, pair_b, window_days, window_start, "
            + "window_end, count, baseline, baseline_days, final, events";

    private final String name;
    private final DataSource ds;
    private final boolean postgres;
    private volatile Map<String, String> topicIds = Map.of();

    public AlertSink(JdbcSink sink) {
        this.name = sink.name();
        this.ds = sink.dataSource();
        try (Connection c = ds.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + name + ": " + e.getMessage(), e);
        }
        createSchema();
    }

    @Override
    public String name() { return name; }

    private void createSchema() {
        String date = postgres ? "DATE" : "TEXT";
        String bool = postgres ? "BOOLEAN" : "INTEGER";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS alerts (entity TEXT NOT NULL, rule TEXT NOT NULL, day " + date + " NOT NULL, "
                    + "entity_type TEXT NOT NULL, country TEXT, pair_a TEXT, pair_b TEXT, window_days INTEGER NOT NULL, "
                    + "window_start " + date + " NOT NULL, window_end " + date + " NOT NULL, count BIGINT NOT NULL, "
                    + "baseline DOUBLE PRECISION NOT NULL, baseline_days INTEGER NOT NULL, final " + bool + " NOT NULL, events TEXT, "
                    + "PRIMARY KEY (entity, rule, day))");
            s.execute("CREATE INDEX IF NOT EXISTS alerts_by_day ON alerts (day)");
            s.execute("CREATE TABLE IF NOT EXISTS alert_offsets (topic TEXT NOT NULL, part INTEGER NOT NULL, next_offset BIGINT NOT NULL, "
                    + "topic_id TEXT, PRIMARY KEY (topic, part))");
            if (!JdbcSink.hasColumn(c, "alert_offsets", "topic_id")) s.execute("ALTER TABLE alert_offsets ADD COLUMN topic_id TEXT"); // from before ids were kept
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the alerts table in " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<TopicPartition, Long> positions() { return JdbcSink.storedPositions(ds, "alert_offsets", name); }

    /**
     * The id of the topic each stored position was read from; a partition absent here has no id recorded (positions
     * stored before parley kept them). The alert consumer trusts a position only for the same topic id (issue #16).
     */
    @Override
    public Map<TopicPartition, String> topicIds() { return JdbcSink.storedTopicIds(ds, "alert_offsets", name); }

    /** The ids (topic name → topic id) of the topics being read: positions written from now on are stored with them. */
    @Override
    public void useTopicIds(Map<String, String> ids) { topicIds = Map.copyOf(ids); }

    /** Upserts the alerts (the last one per key; a final one is kept) and stores {@code next} in one transaction. */
    public void write(List<Alert> alerts, Map<TopicPartition, Long> next) {
        String upsert = "INSERT INTO alerts (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (entity, rule, day) DO UPDATE SET window_days = excluded.window_days, window_start = excluded.window_start, "
                + "window_end = excluded.window_end, count = excluded.count, baseline = excluded.baseline, "
                + "baseline_days = excluded.baseline_days, final = excluded.final, events = excluded.events "
                + "WHERE alerts.final = " + (postgres ? "FALSE" : "0");
        String pos = "INSERT INTO alert_offsets (topic, part, next_offset, topic_id) VALUES (?,?,?,?) "
                + "ON CONFLICT (topic, part) DO UPDATE SET next_offset = excluded.next_offset, topic_id = excluded.topic_id";
        Map<String, String> ids = topicIds;
        Map<String, Alert> last = new LinkedHashMap<>();
        for (Alert a : alerts) {
            Alert had = last.get(a.alertKey());
            if (had == null || !had.isFinal()) last.put(a.alertKey(), a);
        }
        JdbcSink.upsertWithPositions(ds, name + " (alerts)", upsert, last.values(), this::bind, pos, next, ids);
    }

    private void bind(PreparedStatement ps, Alert a) throws SQLException {
        int i = 1;
        ps.setString(i++, a.entity());
        ps.setString(i++, a.rule());
        date(ps, i++, a.day());
        ps.setString(i++, a.isPair() ? "pair" : "country");
        ps.setString(i++, a.country());
        ps.setString(i++, a.isPair() ? a.pair().get(0) : null);
        ps.setString(i++, a.isPair() ? a.pair().get(1) : null);
        ps.setInt(i++, a.windowDays());
        date(ps, i++, a.windowStart());
        date(ps, i++, a.windowEnd());
        ps.setLong(i++, a.count());
        ps.setDouble(i++, a.baseline());
        ps.setInt(i++, a.baselineDays());
        if (postgres) ps.setBoolean(i++, a.isFinal());
        else ps.setInt(i++, a.isFinal() ? 1 : 0);
        ps.setString(i, a.events());
    }

    private void date(PreparedStatement ps, int i, java.time.LocalDate d) throws SQLException {
        if (postgres) ps.setObject(i, d);
        else ps.setString(i, d.toString());
    }
}
