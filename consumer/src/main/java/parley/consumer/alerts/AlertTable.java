package parley.consumer.alerts;

import parley.consumer.web.CountryNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The latest alerts from the SQLite sink, as {@code parley alerts} and the demo print them. */
public final class AlertTable {
    public record Line(LocalDate day, String rule, String entity, long count, double baseline, int baselineDays,
                       int windowDays, LocalDate windowStart, String events) { }

    private AlertTable() { }

    /** The newest first; {@code rule} null for every rule, {@code since} null for every day. */
    public static List<Line> read(Path sqlite, String rule, LocalDate since, int limit) throws SQLException {
        if (!Files.exists(sqlite)) throw new SQLException("no results database at " + sqlite + " (run './parley demo' or './parley consumer' first)");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath())) {
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='alerts'")) {
                if (!rs.next() || rs.getInt(1) == 0) return List.of(); // written by a consumer from before alerts
            }
            List<Line> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, rule, entity, count, baseline, baseline_days, window_days, window_start, events "
                    + "FROM alerts WHERE (? IS NULL OR rule = ?) AND (? IS NULL OR day >= ?) ORDER BY day DESC, rule DESC, count DESC, entity LIMIT ?")) {
                ps.setString(1, rule);
                ps.setString(2, rule);
                String from = since == null ? null : since.toString();
                ps.setString(3, from);
                ps.setString(4, from);
                ps.setInt(5, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Line(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getDouble(5), rs.getInt(6), rs.getInt(7), LocalDate.parse(rs.getString(8)), rs.getString(9)));
                }
            }
            return out;
        }
    }

    public static String format(List<Line> lines) {
        if (lines.isEmpty()) return "no alerts yet (alerts are raised once a day's rows are final: stream day − grace)\n";
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-10s  %-13s  %-9s %-30s %5s %8s  %-23s  %s%n", "day", "rule", "entity", "name", "count", "baseline",
                "window", "events behind it"));
        for (Line l : lines) {
            String window = l.windowStart() + "…" + l.day().toString().substring(5);
            String baseline = String.format("%.3f", l.baseline());
            b.append(String.format("%-10s  %-13s  %-9s %-30.30s %5d %8s  %-23s  %s%n", l.day(), l.rule(), l.entity(), name(l.entity()),
                    l.count(), baseline, window, l.events()));
        }
        return b.toString();
    }

    private static String name(String entity) {
        int bar = entity.indexOf('|');
        if (bar < 0) return CountryNames.name(entity);
        return CountryNames.name(entity.substring(0, bar)) + " – " + CountryNames.name(entity.substring(bar + 1));
    }
}
