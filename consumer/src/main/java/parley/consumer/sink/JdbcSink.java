package parley.consumer.sink;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.kafka.common.TopicPartition;
import parley.model.EngagementRow;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Results in a SQL table, upserted on (entity, window_days, window_end) as CONTRACT.md §2 keys them, in SQLite
 * (embedded, one file) or PostgreSQL. Rows that became final are never changed again. Read positions live in the
 * same database and are written in the same transaction, so a crash or restart never duplicates or loses a row.
 */
public final class JdbcSink implements ResultSink {
    public enum Dialect { SQLITE, POSTGRES }

    private static final String COLUMNS = "entity, entity_type, country, pair_a, pair_b, window_days, window_start, window_end, "
            + "total, visits, meetings, calls, statements, outbound, inbound, venue, subject, mentions, final, updated_at";

    private static final String[] KINDS = {"VISIT", "MEETING", "CALL", "STATEMENT"};
    private static final String[] ROLES = {"outbound", "inbound", "venue", "subject"};

    private final String name;
    private final Dialect dialect;
    private final DataSource ds;
    private final HikariDataSource pool;
    private volatile InstantText lastInstant = new InstantText(java.time.Instant.EPOCH);
    private volatile Map<String, String> topicIds = Map.of();

    private JdbcSink(String name, Dialect dialect, HikariDataSource pool) {
        this.name = name;
        this.dialect = dialect;
        this.pool = pool;
        this.ds = pool;
        createSchema();
    }

    public static JdbcSink sqlite(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the directory for " + file, e);
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        hc.setMaximumPoolSize(1); // one writer: SQLite serialises writes anyway
        hc.setPoolName("sqlite");
        hc.setConnectionInitSql("PRAGMA journal_mode=WAL");
        // WAL + synchronous=NORMAL: no fsync per commit; a power cut may lose the last commits, but rows and positions
        // together (one transaction), so the consumer reads them again. A 32 MiB page cache instead of 2: live rows are
        // upserted again for up to grace days, and the pages of those recent window ends stay cached.
        hc.addDataSourceProperty("synchronous", "NORMAL");
        hc.addDataSourceProperty("cache_size", "-32768");
        return new JdbcSink("sqlite " + file, Dialect.SQLITE, new HikariDataSource(hc));
    }

    /** {@code postgres://user:pass@host:port/db} or a {@code jdbc:postgresql://…} URL. */
    public static JdbcSink postgres(String url) {
        HikariConfig hc = new HikariConfig();
        String jdbc = url;
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            PostgresUrl u = PostgresUrl.parse(url);
            jdbc = u.jdbc();
            if (u.user() != null) hc.setUsername(u.user());
            if (u.password() != null) hc.setPassword(u.password());
        }
        hc.setJdbcUrl(jdbc);
        hc.setMaximumPoolSize(4);
        hc.setPoolName("postgres");
        hc.setInitializationFailTimeout(10_000);
        return new JdbcSink("postgres " + jdbc.replaceAll("password=[^&]*", "password=***"), Dialect.POSTGRES, new HikariDataSource(hc));
    }

    /**
     * A {@code postgres://user:password@host:port/db?params} URL taken apart without ever showing the password: the
     * credentials end at the last '@', so a password with '/', '?', '#' or spaces (not percent-encoded, as people
     * write them) is still the password, and every error message shows the URL as {@code user:********@…}. Checked
     * before the driver sees it, so the driver's own warnings (which print the URL) never come up.
     */
    record PostgresUrl(String jdbc, String user, String password) {
        static PostgresUrl parse(String url) {
            String scheme = url.startsWith("postgres://") ? "postgres://" : "postgresql://";
            String rest = url.substring(scheme.length());
            int at = rest.lastIndexOf('@');
            String user = null, password = null, shown = url;
            if (at >= 0) {
                String info = rest.substring(0, at);
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                if (colon >= 0) password = decode(info.substring(colon + 1));
                rest = rest.substring(at + 1);
                shown = scheme + (colon < 0 ? info : info.substring(0, colon) + ":********") + "@" + rest;
            }
            java.net.URI u;
            try {
                u = new java.net.URI("postgres://" + rest);
            } catch (java.net.URISyntaxException e) {
                throw new parley.config.ConfigException("not a valid PostgreSQL URL (" + e.getReason() + "): " + shown
                        + "; expected postgres://user:password@host:5432/database");
            }
            if (u.getHost() == null || u.getHost().isBlank())
                throw new parley.config.ConfigException("the PostgreSQL URL has no host: " + shown + "; expected postgres://user:password@host:5432/database");
            if (u.getPort() > 65535)
                throw new parley.config.ConfigException("the PostgreSQL URL has no valid port: " + shown);
            String path = u.getRawPath();
            if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0)
                throw new parley.config.ConfigException("the PostgreSQL URL names no database (or more than one path part): " + shown
                        + "; expected postgres://user:password@host:5432/database");
            String host = u.getHost().contains(":") && !u.getHost().startsWith("[") ? "[" + u.getHost() + "]" : u.getHost();
            String jdbc = "jdbc:postgresql://" + host + (u.getPort() > 0 ? ":" + u.getPort() : "") + path
                    + (u.getRawQuery() != null ? "?" + u.getRawQuery() : "");
            return new PostgresUrl(jdbc, user, password);
        }

        /** Percent-decoding where it is well-formed; a lone '%' (or '+') is kept as written. */
        private static String decode(String s) {
            try {
                return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }

        @Override
        public String toString() { return "PostgresUrl[" + jdbc + ", user=" + user + ", password=********]"; }
    }

    @Override
    public String name() { return name; }

    public DataSource dataSource() { return ds; }

    private void createSchema() {
        String date = dialect == Dialect.POSTGRES ? "DATE" : "TEXT";
        String bool = dialect == Dialect.POSTGRES ? "BOOLEAN" : "INTEGER";
        String ts = dialect == Dialect.POSTGRES ? "TIMESTAMPTZ" : "TEXT";
        // The same key, ordered for SQLite by window end first: rows arrive in window_end order, so new keys append at
        // the end of the key's B-tree instead of landing in ~60k places (one per entity and window size), which dirtied
        // about one 4 KiB page per row in every commit (WAL write and checkpoint). 2-3x the rows/s on a large table.
        // ON CONFLICT names the key's columns, so files created with the old (entity, …) order keep working as before.
        String key = dialect == Dialect.POSTGRES ? "entity, window_days, window_end" : "window_days, window_end, entity";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS engagement (entity TEXT NOT NULL, entity_type TEXT NOT NULL, country TEXT, "
                    + "pair_a TEXT, pair_b TEXT, window_days INTEGER NOT NULL, window_start " + date + " NOT NULL, window_end " + date + " NOT NULL, "
                    + "total BIGINT NOT NULL, visits BIGINT NOT NULL, meetings BIGINT NOT NULL, calls BIGINT NOT NULL, statements BIGINT NOT NULL, "
                    + "outbound BIGINT, inbound BIGINT, venue BIGINT, subject BIGINT, mentions BIGINT NOT NULL, final " + bool + " NOT NULL, "
                    + "updated_at " + ts + ", PRIMARY KEY (" + key + "))");
            s.execute("CREATE INDEX IF NOT EXISTS engagement_by_end ON engagement (entity_type, window_days, window_end)");
            s.execute("CREATE TABLE IF NOT EXISTS sink_offsets (topic TEXT NOT NULL, part INTEGER NOT NULL, next_offset BIGINT NOT NULL, "
                    + "topic_id TEXT, PRIMARY KEY (topic, part))");
            if (!hasColumn(c, "sink_offsets", "topic_id")) s.execute("ALTER TABLE sink_offsets ADD COLUMN topic_id TEXT"); // files from before ids were kept
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the schema in " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether this table has this column: tables from before a column was added get it with ALTER TABLE. */
    public static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) if (column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) return true;
        }
        return false;
    }

    @Override
    public Map<TopicPartition, Long> positions() { return storedPositions(ds, "sink_offsets", name); }

    @Override
    public Map<TopicPartition, String> topicIds() { return storedTopicIds(ds, "sink_offsets", name); }

    /** The next offset per partition stored in a positions table ({@code sink_offsets}, {@code alert_offsets}) of {@code name}. */
    public static Map<TopicPartition, Long> storedPositions(DataSource ds, String table, String name) {
        return perPartition(ds, "SELECT topic, part, next_offset FROM " + table, rs -> rs.getLong(3), table, name);
    }

    /** The topic id each position in a positions table was stored with; partitions stored without one are absent. */
    public static Map<TopicPartition, String> storedTopicIds(DataSource ds, String table, String name) {
        return perPartition(ds, "SELECT topic, part, topic_id FROM " + table + " WHERE topic_id IS NOT NULL", rs -> rs.getString(3), table, name);
    }

    private interface Column<V> { V get(ResultSet rs) throws SQLException; }

    private static <V> Map<TopicPartition, V> perPartition(DataSource ds, String sql, Column<V> value, String table, String name) {
        Map<TopicPartition, V> m = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) m.put(new TopicPartition(rs.getString(1), rs.getInt(2)), value.get(rs));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read positions (" + table + ") from " + name + ": " + e.getMessage(), e);
        }
        return m;
    }

    @Override
    public void useTopicIds(Map<String, String> ids) { topicIds = Map.copyOf(ids); }

    @Override
    public void write(List<RowRecord> rows, Map<TopicPartition, Long> next) {
        String notFinal = dialect == Dialect.POSTGRES ? "engagement.final = FALSE" : "engagement.final = 0";
        String upsert = "INSERT INTO engagement (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (entity, window_days, window_end) DO UPDATE SET window_start = excluded.window_start, "
                + "total = excluded.total, visits = excluded.visits, meetings = excluded.meetings, calls = excluded.calls, "
                + "statements = excluded.statements, outbound = excluded.outbound, inbound = excluded.inbound, venue = excluded.venue, "
                + "subject = excluded.subject, mentions = excluded.mentions, final = excluded.final, updated_at = excluded.updated_at "
                + "WHERE " + notFinal;
        String pos = "INSERT INTO sink_offsets (topic, part, next_offset, topic_id) VALUES (?,?,?,?) "
                + "ON CONFLICT (topic, part) DO UPDATE SET next_offset = excluded.next_offset, topic_id = excluded.topic_id";
        upsertWithPositions(ds, name, upsert, lastPerKey(rows), this::bind, pos, next, topicIds);
    }

    /** Binds one item's values to an upsert statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /**
     * One transaction: upserts {@code items}, then stores the read positions {@code next} (with the topic ids the
     * positions belong to) by {@code positionsSql} ({@code topic, part, next_offset, topic_id}). A table and its
     * positions move together, so a restart resumes exactly after what the table holds. Shared by every SQL table a
     * consumer writes (results, alerts).
     */
    public static <T> void upsertWithPositions(DataSource ds, String name, String upsertSql, Iterable<T> items, Binder<T> binder,
                                               String positionsSql, Map<TopicPartition, Long> next, Map<String, String> ids) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(upsertSql); PreparedStatement po = c.prepareStatement(positionsSql)) {
                for (T item : items) {
                    binder.bind(ps, item);
                    ps.addBatch();
                }
                ps.executeBatch();
                for (var e : next.entrySet()) {
                    po.setString(1, e.getKey().topic());
                    po.setInt(2, e.getKey().partition());
                    po.setLong(3, e.getValue());
                    po.setString(4, ids.get(e.getKey().topic()));
                    po.addBatch();
                }
                po.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing to " + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * What upserting the rows one by one would leave, with one statement per key: a key's first final row (a final row
     * never changes, so later ones are ignored), else its last row. A batch repeats keys often: a live row changes
     * several times before it is final.
     */
    static java.util.Collection<EngagementRow> lastPerKey(List<RowRecord> rows) {
        Map<String, EngagementRow> m = new java.util.LinkedHashMap<>(rows.size() * 2);
        for (RowRecord r : rows) {
            String k = r.row().rowKey();
            EngagementRow had = m.get(k);
            if (had == null || !had.isFinal()) m.put(k, r.row());
        }
        return m.values();
    }

    private void bind(PreparedStatement ps, EngagementRow r) throws SQLException {
        int i = 1;
        ps.setString(i++, r.entity());
        ps.setString(i++, r.isPair() ? "pair" : "country");
        ps.setString(i++, r.country());
        ps.setString(i++, r.isPair() ? r.pair().get(0) : null);
        ps.setString(i++, r.isPair() ? r.pair().get(1) : null);
        ps.setInt(i++, r.windowDays());
        setDate(ps, i++, r.windowStart());
        setDate(ps, i++, r.windowEnd());
        ps.setLong(i++, r.total());
        for (String k : KINDS) ps.setLong(i++, r.byKind().getOrDefault(k, 0L));
        for (String k : ROLES) {
            if (r.byRole() == null) ps.setNull(i++, java.sql.Types.BIGINT);
            else ps.setLong(i++, r.byRole().getOrDefault(k, 0L));
        }
        ps.setLong(i++, r.mentions());
        if (dialect == Dialect.POSTGRES) ps.setBoolean(i++, r.isFinal());
        else ps.setInt(i++, r.isFinal() ? 1 : 0);
        if (dialect == Dialect.POSTGRES) ps.setObject(i, r.updatedAt() == null ? null : java.time.OffsetDateTime.ofInstant(r.updatedAt(), java.time.ZoneOffset.UTC));
        else ps.setString(i, r.updatedAt() == null ? null : instant(r.updatedAt()));
    }

    /** Instant.toString, remembered for the last value: updated_at changes once a second, and formatting it is slow. */
    private String instant(java.time.Instant t) {
        InstantText last = lastInstant;
        if (!last.t().equals(t)) lastInstant = last = new InstantText(t);
        return last.text();
    }

    private record InstantText(java.time.Instant t, String text) {
        InstantText(java.time.Instant t) { this(t, t.toString()); }
    }

    private void setDate(PreparedStatement ps, int i, java.time.LocalDate d) throws SQLException {
        if (dialect == Dialect.POSTGRES) ps.setObject(i, d);
        else ps.setString(i, d.toString());
    }

    @Override
    public void close() { pool.close(); }
}
