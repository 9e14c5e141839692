package parley.streams.engagement;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import parley.streams.time.DayKeys;
import parley.streams.time.Days;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Derives the {@value EngagementProcessor#ROWS} store from the daily counts and the stream day, so that store needs no
 * changelog (it was half of what Streams wrote: a changelog put and a tombstone for every row).
 *
 * <p>Why it is exact: a row is the sum of its window's days, and counts only grow. A row (end, N, entity) is in the
 * store iff stream day − grace ≤ end ≤ stream day and it exists in the contract's sense: its total is &gt; 0, or it
 * is 0 and the day before was &gt; 0 (the first 0). {@link EngagementProcessor} keeps exactly that set. Rebuilding
 * needs the days back to stream day − grace − max window, which is why the daily store keeps them that long.
 */
public final class RowRebuild {
    private RowRebuild() { }

    /** The first day the daily store must still hold at stream day {@code s}. */
    public static int firstDayKept(int s, int graceDays, int maxWindow) { return s - graceDays - maxWindow; }

    /**
     * Hands every row the store must hold at stream day {@code s}, computed from {@code daily} alone, to {@code out}
     * (in no particular order, one call per row, without collecting them: there can be millions) and returns how many.
     */
    public static long rows(KeyValueStore<Bytes, byte[]> daily, int s, List<Integer> windows, int graceDays, BiConsumer<Bytes, byte[]> out) {
        int maxWindow = windows.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int from = firstDayKept(s, graceDays, maxWindow);
        int span = s - from + 1;
        Map<String, Counts[]> byEntity = new HashMap<>();
        try (KeyValueIterator<Bytes, byte[]> it = daily.range(Bytes.wrap(Days.prefix(from)), Bytes.wrap(Days.prefix(s + 1)))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                int day = DayKeys.day(kv.key);
                if (day < from || day > s) continue;
                byEntity.computeIfAbsent(DayKeys.suffix(kv.key), e -> new Counts[span])[day - from] = Counts.decode(kv.value);
            }
        }
        long count = 0;
        int firstEnd = s - graceDays;
        Counts none = Counts.zero(); // a day without events; shared, only ever read
        for (Map.Entry<String, Counts[]> e : byEntity.entrySet()) {
            Counts[] days = e.getValue();
            for (int i = 0; i < span; i++) if (days[i] == null) days[i] = none;
            for (int n : windows) {
                // the window ending the day before the first row kept (its first day is ≥ from: n ≤ max window), then
                // slide one day at a time
                Counts window = Counts.zero();
                for (int day = firstEnd - n; day <= firstEnd - 1; day++) window = window.plus(days[day - from]);
                long before = window.total();
                for (int end = firstEnd; end <= s; end++) {
                    window = window.plus(days[end - from]).minus(days[end - n - from]);
                    long total = window.total();
                    if (total > 0 || before > 0) {
                        out.accept(EngagementProcessor.rowKey(end, n, e.getKey()), window.encode());
                        count++;
                    }
                    before = total;
                }
            }
        }
        return count;
    }
}
