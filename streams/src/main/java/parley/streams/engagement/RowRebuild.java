package parley.streams.engagement;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the engagement stage's open rows (every row not yet final) from the daily counts and the stream day, so
 * they need no changelog and no store: {@link EngagementProcessor} keeps them in memory and calls this on init.
 *
 * <p>Why it is exact: a row is the sum of its window's days, and counts only grow. A row (end, N, entity) is open
 * iff stream day − grace ≤ end ≤ stream day and it exists in the contract's sense: its total is &gt; 0, or it is 0 and
 * the day before was &gt; 0 (the first 0). {@link EngagementProcessor} keeps exactly that set. Rebuilding needs the
 * days back to stream day − grace − max window, which is why the daily store keeps them that long.
 */
public final class RowRebuild {
    private RowRebuild() { }

    /** The first day the daily store must still hold at stream day {@code s}. */
    public static int firstDayKept(int s, int graceDays, List<Integer> windows) { return s - graceDays - Collections.max(windows); }

    /** Every row open at stream day {@code s}, computed from {@code daily} alone: rows by window end. */
    public static DayTable<RowId> rows(DayTable<String> daily, int s, List<Integer> windows, int graceDays) {
        int from = firstDayKept(s, graceDays, windows);
        int span = s - from + 1;
        Map<String, Counts[]> byEntity = new HashMap<>();
        daily.days(from, s + 1).forEach((day, entities) -> entities.forEach((entity, c) ->
                byEntity.computeIfAbsent(entity, e -> new Counts[span])[day - from] = c));
        DayTable<RowId> rows = new DayTable<>();
        int firstEnd = s - graceDays;
        Counts none = Counts.zero(); // a day without events; shared, only ever read
        for (Map.Entry<String, Counts[]> e : byEntity.entrySet()) {
            Counts[] days = e.getValue();
            for (int i = 0; i < span; i++) if (days[i] == null) days[i] = none;
            for (int n : windows) {
                // the window ending the day before the first open row (its first day is ≥ from: n ≤ max window), then
                // slide one day at a time; plus and minus return new values, so each row is its own
                Counts window = Counts.zero();
                for (int day = firstEnd - n; day <= firstEnd - 1; day++) window = window.plus(days[day - from]);
                long before = window.total();
                for (int end = firstEnd; end <= s; end++) {
                    window = window.plus(days[end - from]).minus(days[end - n - from]);
                    long total = window.total();
                    if (total > 0 || before > 0) rows.put(end, new RowId(n, e.getKey()), window);
                    before = total;
                }
            }
        }
        return rows;
    }
}
