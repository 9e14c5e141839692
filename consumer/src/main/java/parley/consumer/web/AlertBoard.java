package parley.consumer.web;

import parley.model.Alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The dashboard's alerts (docs/alerts.md): the newest {@code capacity} by day, each key once (the last value read
 * wins, as in the compacted topic). Thread-safe: the alert feed writes, HTTP threads read.
 */
public final class AlertBoard {
    /** Newest day first; on one day spikes before first contacts, then by entity. */
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::day).reversed()
            .thenComparing(Alert::rule, Comparator.reverseOrder()).thenComparing(Alert::entity);

    private final int capacity;
    private final TreeSet<Alert> alerts = new TreeSet<>(NEWEST_FIRST);
    private long version;

    public AlertBoard(int capacity) { this.capacity = capacity; }

    public synchronized void add(Alert a) {
        alerts.removeIf(x -> x.alertKey().equals(a.alertKey()));
        alerts.add(a);
        while (alerts.size() > capacity) alerts.pollLast();
        version++;
    }

    /** What {@code GET /api/alerts} answers: the newest {@code limit} alerts, and how many the board holds. */
    public record View(long version, int count, List<Alert> alerts) { }

    /** A {@code rule} query parameter: null (every rule), spike or first_contact. */
    static String rule(String q) {
        if (q == null || q.isEmpty() || q.equals(Alert.SPIKE) || q.equals(Alert.FIRST_CONTACT)) return q == null || q.isEmpty() ? null : q;
        throw new DashboardServer.BadRequest("rule must be spike or first_contact, got '" + q + "'");
    }

    public synchronized View view(String rule, int limit) {
        List<Alert> out = new ArrayList<>();
        for (Alert a : alerts) {
            if (out.size() >= limit) break;
            if (rule == null || rule.equals(a.rule())) out.add(a);
        }
        return new View(version, alerts.size(), out);
    }
}
