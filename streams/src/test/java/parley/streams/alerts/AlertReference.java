package parley.streams.alerts;

import parley.model.Alert;
import parley.model.EngagementRow;
import parley.streams.time.Days;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * docs/alerts.md computed the slow, obvious way from a set of final rows (e.g. {@code ReferenceModel}'s): for every
 * entity and every day, the window count is the final row's total (0 without a row) and every sum is taken afresh
 * over its days. Nothing here is shared with {@link AlertProcessor} but the way an {@link Alert} is written.
 */
public final class AlertReference {
    private AlertReference() { }

    /** The alerts, ordered as the topology emits them: by day, then entity (rows are finalized in that order). */
    public static List<Alert> alerts(Iterable<EngagementRow> finals, AlertRules rules) {
        Map<String, Map<Integer, Long>> counts = new HashMap<>();
        TreeSet<Integer> days = new TreeSet<>();
        for (EngagementRow r : finals) {
            if (r.windowDays() != rules.window()) continue;
            int d = Days.of(r.windowEnd());
            days.add(d);
            counts.computeIfAbsent(r.entity(), k -> new HashMap<>()).put(d, r.total());
        }
        List<Alert> out = new ArrayList<>();
        if (days.isEmpty()) return out;
        int origin = days.first();
        int b = rules.baselineDays();
        for (var e : counts.entrySet()) {
            Map<Integer, Long> t = e.getValue();
            boolean pair = e.getKey().contains("|");
            for (int d : new TreeSet<>(t.keySet())) {
                long count = t.get(d);
                boolean hot = count >= rules.minCount() && count * (double) b >= rules.ratio() * sum(t, d - b, d - 1);
                long before = t.getOrDefault(d - 1, 0L);
                boolean hotBefore = before >= rules.minCount() && before * (double) b >= rules.ratio() * sum(t, d - 1 - b, d - 2);
                if (d - origin >= b + rules.window() && hot && !hotBefore)
                    out.add(AlertProcessor.alert(e.getKey(), Alert.SPIKE, d, count, sum(t, d - b, d - 1), b, rules.window()));
                // first contact: events on d, none in the F days before d (each day's events taken from the counts)
                int f = rules.firstContactDays();
                if (pair && f > 0 && d - origin >= f && eventsOn(t, d, rules.window()) > 0) {
                    boolean none = true;
                    for (int x = d - f; x < d; x++) if (eventsOn(t, x, rules.window()) > 0) none = false;
                    if (none) out.add(AlertProcessor.alert(e.getKey(), Alert.FIRST_CONTACT, d, count, 0, f, rules.window()));
                }
            }
        }
        out.sort(Comparator.comparing(Alert::day).thenComparing(Alert::entity).thenComparing(Alert::rule));
        return out;
    }

    private static long sum(Map<Integer, Long> t, int from, int to) {
        long s = 0;
        for (int d = from; d <= to; d++) s += t.getOrDefault(d, 0L);
        return s;
    }

    /** Whether events fall on day d, from window counts: T(d) − T(d−1) + events on d − w, unrolled back to day one. */
    private static long eventsOn(Map<Integer, Long> t, int d, int w) {
        long first = t.keySet().stream().min(Integer::compare).orElse(d);
        long n = 0;
        for (long x = d; x >= first; x -= w) n += t.getOrDefault((int) x, 0L) - t.getOrDefault((int) x - 1, 0L);
        return n;
    }

    static LocalDate day(int d) { return Days.date(d); }
}
