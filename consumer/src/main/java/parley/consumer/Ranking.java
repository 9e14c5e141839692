package parley.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import parley.consumer.web.CountryNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The current per-country ranking from the SQLite sink, as `parley top` and the demo print it. */
public final class Ranking {
    public record Line(String country, long total, long visits, long meetings, long calls, long statements,
                       long outbound, long inbound, long venue, long subject, long mentions, Long previous) { }

    /** {@code ranked}: how many countries have events in the window (lines may show only the first of them). */
    public record Table(int windowDays, LocalDate windowEnd, List<Line> lines, int ranked) {
        public Table(int windowDays, LocalDate windowEnd, List<Line> lines) { this(windowDays, windowEnd, lines, lines.size()); }
    }

    private Ranking() { }

    public static String name(String code) { return CountryNames.name(code); }

    /** The ranking at the latest window end (or {@code at}) for one window size; empty when there is no data. */
    public static Table read(Path sqlite, int windowDays, LocalDate at, int limit) throws SQLException {
        if (!Files.exists(sqlite)) throw new SQLException("no results database at " + sqlite + " (run './parley demo' or './parley consumer' first)");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath())) {
            LocalDate end = at;
            if (end == null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(window_end) FROM engagement WHERE entity_type='country' AND window_days=?")) {
                    ps.setInt(1, windowDays);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getString(1) == null) return new Table(windowDays, null, List.of());
                        end = LocalDate.parse(rs.getString(1));
                    }
                }
            }
            Map<String, Long> prev = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity, total FROM engagement WHERE entity_type='country' AND window_days=? AND window_end=?")) {
                ps.setInt(1, windowDays);
                ps.setString(2, end.minusDays(windowDays).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) prev.put(rs.getString(1), rs.getLong(2));
                }
            }
            int ranked = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM engagement WHERE entity_type='country' AND window_days=? AND window_end=? AND total > 0")) {
                ps.setInt(1, windowDays);
                ps.setString(2, end.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) ranked = rs.getInt(1);
                }
            }
            List<Line> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity, total, visits, meetings, calls, statements, outbound, inbound, venue, subject, mentions "
                    + "FROM engagement WHERE entity_type='country' AND window_days=? AND window_end=? AND total > 0 ORDER BY total DESC, mentions DESC, entity LIMIT ?")) {
                ps.setInt(1, windowDays);
                ps.setString(2, end.toString());
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) lines.add(new Line(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), prev.get(rs.getString(1))));
                }
            }
            return new Table(windowDays, end, lines, ranked);
        }
    }

    public static String format(Table t) {
        if (t.windowEnd() == null) return "no results for the " + t.windowDays() + "-day window yet";
        StringBuilder b = new StringBuilder();
        b.append(String.format("Engagement over the %d days %s … %s (window_end = stream day)%n", t.windowDays(),
                t.windowEnd().minusDays(t.windowDays() - 1), t.windowEnd()));
        b.append(String.format("%4s  %-5s %-26s %5s %6s %5s %5s %5s  %4s %4s %5s %4s  %8s %7s%n", "rank", "code", "country", "total",
                "visit", "meet", "call", "stmt", "out", "in", "venue", "subj", "mentions", "Δ prev"));
        int rank = 0;
        for (Line l : t.lines()) {
            String delta = l.previous() == null ? "new" : String.format("%+d", l.total() - l.previous());
            b.append(String.format("%4d  %-5s %-26.26s %5d %6d %5d %5d %5d  %4d %4d %5d %4d  %8d %7s%n", ++rank, l.country(), name(l.country()),
                    l.total(), l.visits(), l.meetings(), l.calls(), l.statements(), l.outbound(), l.inbound(), l.venue(), l.subject(),
                    l.mentions(), delta));
        }
        if (t.lines().isEmpty()) b.append("  (no country has events in this window)\n");
        else if (t.ranked() > t.lines().size())
            b.append(String.format("  … the top %d of %d countries with events in this window ('./parley top --limit %d' lists them all)%n",
                    t.lines().size(), t.ranked(), t.ranked()));
        else b.append(String.format("  (all %d countries with events in this window)%n", t.ranked()));
        return b.toString();
    }
}
