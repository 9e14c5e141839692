package parley.streams.engagement;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.streams.dedup.Delta;
import parley.streams.intake.LateRecords;
import parley.streams.metrics.TaskCounter;
import parley.streams.state.CommitCoalescer;
import parley.streams.state.DayStores;
import parley.streams.time.DayKeys;
import parley.streams.time.Days;
import parley.streams.time.StreamDay;
import parley.streams.watermark.UpstreamDays;
import parley.streams.watermark.Watermark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolling engagement per entity (CONTRACT.md §2), keyed by entity, with no hopping windows. Two stores, both keyed
 * day first so that days are scanned and purged by range:
 * <ul>
 *   <li>{@value #DAILY}: {@code day|entity → counts} of that day, kept while a window can still lose the day
 *       (day &gt; stream day − max window) and grace days longer, so the rows store can be rebuilt from it;</li>
 *   <li>{@value #ROWS}: {@code window_end|N|entity → window counts} for every existing row not yet final
 *       (window_end ≥ stream day − grace). An absent row there is a row that does not exist: total 0 and not the
 *       first 0 after events. It has no changelog: {@link #init} rebuilds it from the daily store
 *       ({@link RowRebuild}).</li>
 * </ul>
 * A delta for day d changes only rows N, D with D in [d, min(stream day, d+N−1)], each by the delta itself, plus
 * possibly the first-0 row at d+N: at most (grace+1)·|windows| rows, whatever N is. When the stream day moves S → S',
 * only the entities with a row at S (rows at S exist exactly for the active entities) and those with counts on days
 * in (S, S'] step forward one day at a time, row(D) = row(D−1) + day(D) − day(D−N), until the first 0 row; rows
 * before S' − grace are then emitted final once and dropped.
 *
 * <p>The stream day S: with one task upstream (one partition, stages chained) the latest delta day, as CONTRACT.md §3
 * says. With several intake tasks it is the minimum of their {@link Watermark}s ({@link UpstreamDays}): a delta dated
 * after S only adds to its day, and its rows appear when S gets there. An intake task accepts only reports dated on or
 * after its own stream day − grace, and its watermark never exceeds that stream day, so every delta that arrives here
 * is dated on or after S − grace and no delta can reach a row that is final: the late check here is a guard.
 *
 * <p>Live rows ({@code live.coalesce}, the default): a changed row's counts go into the {@value #LIVE} store's record
 * cache and its JSON row is forwarded when Streams flushes that cache before the commit, once per row and commit,
 * with its latest value ({@link CommitCoalescer}). Final rows are forwarded at once (the alerts read them in order).
 */
public final class EngagementProcessor implements Processor<String, Object, String, Object> {
    private static final Logger log = LoggerFactory.getLogger(EngagementProcessor.class);
    public static final String DAILY = "daily-engagement";
    public static final String ROWS = "engagement-rows";
    public static final String STREAM_DAY = "engagement-stream-day";
    /** Live rows changed since the last commit (only for its record cache: {@link CommitCoalescer}). */
    public static final String LIVE = "engagement-live-rows";
    /** Child node names. */
    public static final String TO_LIVE = "live-sink";
    public static final String TO_FINAL = "final-sink";
    public static final String TO_LATE = "engagement-late-sink";
    public static final String STAGE = "engagement";

    private final List<Integer> windows;
    private final int maxWindow;
    private final int graceDays;
    private final int upstreamPartitions;
    private final boolean coalesceLive;
    private ProcessorContext<String, Object> context;
    private UpstreamDays upstream;
    private KeyValueStore<Bytes, byte[]> daily;
    private KeyValueStore<Bytes, byte[]> rows;
    private StreamDay streamDay;
    private TaskCounter late;
    /** Coalesces live rows until the commit; null: each change is forwarded at once. */
    private KeyValueStore<Bytes, byte[]> live;
    private final RowWriter writer = new RowWriter();

    public EngagementProcessor(List<Integer> windows, int graceDays) { this(windows, graceDays, 0); }

    /**
     * @param upstreamPartitions 0 when the stage is chained behind the one intake task (the stream day follows the
     *                           deltas); else the number of intake tasks whose {@link Watermark}s set the stream day
     */
    public EngagementProcessor(List<Integer> windows, int graceDays, int upstreamPartitions) {
        this(windows, graceDays, upstreamPartitions, false);
    }

    /**
     * @param coalesceLive live rows go through the {@value #LIVE} store's record cache (which must then be connected)
     *                     and are forwarded when Streams flushes it: each changed row once per commit, with its latest
     *                     value. Without it (or without a record cache: a {@code MockProcessorContext}, or
     *                     {@code statestore.cache.max.bytes=0}) every change is forwarded as it happens.
     */
    public EngagementProcessor(List<Integer> windows, int graceDays, int upstreamPartitions, boolean coalesceLive) {
        this.coalesceLive = coalesceLive;
        this.windows = List.copyOf(windows);
        this.maxWindow = windows.stream().mapToInt(Integer::intValue).max().orElseThrow();
        this.graceDays = graceDays;
        this.upstreamPartitions = upstreamPartitions;
    }

    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> dailyStore(boolean inMemory) {
        return DayStores.bytes(DAILY, inMemory);
    }

    /** The store behind the live rows' record cache ({@link CommitCoalescer}): connect it when coalescing. */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> liveStore() { return CommitCoalescer.store(LIVE); }

    /** Not logged: rebuilt in {@link #init}. */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> rowsStore(boolean inMemory) {
        return DayStores.derived(ROWS, inMemory);
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.daily = context.getStateStore(DAILY);
        this.rows = context.getStateStore(ROWS);
        this.streamDay = new StreamDay(context.getStateStore(STREAM_DAY));
        this.late = TaskCounter.register(context, TaskCounter.LATE);
        if (upstreamPartitions > 0) this.upstream = new UpstreamDays(context.getStateStore(UpstreamDays.STORE), upstreamPartitions);
        if (coalesceLive) {
            KeyValueStore<Bytes, byte[]> store = context.getStateStore(LIVE);
            this.live = CommitCoalescer.onFlush(store, context, this::flushLive) ? store : null;
        }
        rebuildRows();
    }

    /**
     * Processors are initialised after their stores are restored, so the daily store and the stream day are those of
     * the last commit; the rows store may hold anything (a persistent store outlives a crash), so it is replaced.
     */
    private void rebuildRows() {
        long stale = 0;
        Bytes from = null; // in chunks, each scan starting where the last ended: no writes while an iterator is open
        while (true) {     // and no list of millions of keys
            List<Bytes> chunk = new ArrayList<>();
            try (KeyValueIterator<Bytes, byte[]> it = rows.range(from, null)) {
                while (it.hasNext() && chunk.size() < 10_000) chunk.add(it.next().key);
            }
            if (chunk.isEmpty()) break;
            for (Bytes k : chunk) rows.delete(k);
            stale += chunk.size();
            from = chunk.get(chunk.size() - 1);
        }
        Integer s = streamDay.get();
        if (s == null) return;
        long rebuilt = RowRebuild.rows(daily, s, windows, graceDays, rows::put);
        if (stale > 0 || rebuilt > 0)
            log.info("engagement rows rebuilt from daily counts at stream day {}: {} rows ({} dropped)", Days.date(s), rebuilt, stale);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.value() instanceof Watermark w) {
            if (upstream != null) onWatermark(w);
            return;
        }
        String entity = record.key();
        Delta delta = (Delta) record.value();
        Integer s = upstream == null ? followDeltas(delta.day()) : streamDay.get();
        if (s != null && delta.day() < s - graceDays) {
            reportLate(entity, delta.day(), s, record.timestamp());
            return;
        }
        apply(entity, delta, s);
    }

    /** Chained behind the one intake task: the stream day is the latest delta day; moving it decays first. */
    private Integer followDeltas(int d) {
        Integer before = streamDay.get();
        if (before != null && d <= before) return before;
        if (before != null) advance(before, d);
        streamDay.set(d);
        return d;
    }

    /**
     * A guard, never reached as designed: with one task the intake stage has found such a report late already, with
     * several no intake task sends a delta dated before its watermark − grace. The rows it would change may be final.
     */
    private void reportLate(String entity, int d, int s, long timestamp) {
        var n = LateRecords.late(STAGE, d, s, graceDays);
        n.put("entity", entity);
        context.forward(new Record<String, Object>(entity, Json.bytes(n), timestamp, new RecordHeaders()), TO_LATE);
        late.increment();
        log.warn("delta for {} on {} is late at the engagement stage (stream day {}), not counted", entity, Days.date(d), Days.date(s));
    }

    /** An intake task's stream day: the stream day here moves to the minimum over all intake tasks. */
    private void onWatermark(Watermark w) {
        upstream.update(w);
        Integer next = upstream.minimum();
        Integer before = streamDay.get();
        if (next == null || (before != null && next <= before)) return;
        advance(before, next);
        streamDay.set(next);
    }

    /**
     * Adds a delta (d ≥ s − grace) to its day and to every existing or newly existing row it changes: none when its
     * day is after the stream day s (or there is none yet), whose rows appear when s gets there.
     */
    private void apply(String entity, Delta delta, Integer s) {
        int d = delta.day();
        Bytes dayKey = DayKeys.key(d, entity);
        Counts day = Counts.decode(daily.get(dayKey));
        day.add(delta);
        daily.put(dayKey, day.encode());
        if (s == null) return;
        long now = now();
        for (int n : windows) {
            int last = (int) Math.min(s, (long) d + n - 1);
            for (int end = d; end <= last; end++) {
                Bytes key = rowKey(end, n, entity);
                Counts row = Counts.decode(rows.get(key));
                row.add(delta);
                byte[] encoded = row.encode();
                rows.put(key, encoded);
                live(key, encoded, entity, n, end, row, now);
            }
            // the day the event leaves this window: a row (the first 0) if none existed there
            long firstZero = (long) d + n;
            if (firstZero <= s) {
                Bytes key = rowKey((int) firstZero, n, entity);
                if (rows.get(key) == null) {
                    Counts zero = Counts.zero();
                    byte[] encoded = zero.encode();
                    rows.put(key, encoded);
                    live(key, encoded, entity, n, (int) firstZero, zero, now);
                }
            }
        }
    }

    /**
     * The stream day moves from {@code from} (null: none yet) to next: rows for the new days (the decay, and the rows
     * of deltas that came ahead of the stream day), then finalize and purge.
     */
    private void advance(Integer from, int next) {
        long now = now();
        Integer firstDaily = from != null ? null : firstDay(daily);
        if (from == null && firstDaily == null) return;
        int s = from != null ? from : firstDaily - 1;
        // each (window, entity) steps forward from its row at s: those with a row there, in key order ...
        Map<String, Counts> atS = new LinkedHashMap<>();
        try (KeyValueIterator<Bytes, byte[]> it = rows.range(Bytes.wrap(Days.prefix(s)), Bytes.wrap(Days.prefix(s + 1)))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                if (DayKeys.day(kv.key) == s) atS.put(DayKeys.suffix(kv.key), Counts.decode(kv.value));
            }
        }
        // ... then those with counts on days in (s, next], which came ahead of the stream day (only with watermarks)
        Map<String, Integer> lastNewDay = new HashMap<>();
        try (KeyValueIterator<Bytes, byte[]> it = daily.range(Bytes.wrap(Days.prefix(s + 1)), Bytes.wrap(Days.prefix(next + 1)))) {
            while (it.hasNext()) {
                Bytes key = it.next().key;
                int day = DayKeys.day(key);
                if (day > s && day <= next) lastNewDay.merge(DayKeys.suffix(key), day, Math::max);
            }
        }
        for (String entity : lastNewDay.keySet()) for (int n : windows) atS.putIfAbsent(n + "|" + entity, Counts.zero());
        for (Map.Entry<String, Counts> e : atS.entrySet()) {
            String suffix = e.getKey();
            int bar = suffix.indexOf('|');
            int n = Integer.parseInt(suffix.substring(0, bar));
            String entity = suffix.substring(bar + 1);
            int lastNew = lastNewDay.getOrDefault(entity, s);
            Counts prev = e.getValue();
            for (int end = s + 1; end <= next; end++) {
                Counts row = prev.minus(Counts.decode(daily.get(DayKeys.key(end - n, entity))));
                if (end <= lastNew) row = row.plus(Counts.decode(daily.get(DayKeys.key(end, entity))));
                if (row.total() > 0 || prev.total() > 0) { // the row exists: counts, or the first 0
                    Bytes key = rowKey(end, n, entity);
                    byte[] encoded = row.encode();
                    rows.put(key, encoded);
                    live(key, encoded, entity, n, end, row, now);
                }
                if (row.total() == 0 && end >= lastNew) break; // nothing left to decay, nothing new to come
                prev = row;
            }
        }
        // rows with window_end < next − grace can no longer change: emit once as final, forget
        int finalBefore = next - graceDays;
        List<Bytes> done = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = rows.range(Bytes.wrap(Days.prefix(s - graceDays)), Bytes.wrap(Days.prefix(finalBefore)))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                int end = DayKeys.day(kv.key);
                if (end >= finalBefore) continue;
                String suffix = DayKeys.suffix(kv.key);
                int bar = suffix.indexOf('|');
                emit(suffix.substring(bar + 1), Integer.parseInt(suffix.substring(0, bar)), end, Counts.decode(kv.value), true, now);
                done.add(kv.key);
            }
        }
        for (Bytes k : done) DayKeys.forget(rows, k);
        // a day is needed while a future row can lose it (day > stream day − max window), and grace days longer for
        // the rebuild of the rows store
        DayKeys.deleteDays(daily, RowRebuild.firstDayKept(s, graceDays, maxWindow), RowRebuild.firstDayKept(next, graceDays, maxWindow));
    }

    /** The first day with counts, or null when there are none. */
    private static Integer firstDay(KeyValueStore<Bytes, byte[]> store) {
        try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
            return it.hasNext() ? DayKeys.day(it.next().key) : null;
        }
    }

    /**
     * A live row changed: forwarded now, or (coalescing) left in the {@value #LIVE} store's cache, where a later change
     * in the same commit replaces it, until {@link #flushLive} gets it. {@code encoded} is {@code c.encode()}.
     */
    private void live(Bytes key, byte[] encoded, String entity, int n, int end, Counts c, long nowMs) {
        if (live != null) live.put(key, encoded);
        else emit(entity, n, end, c, false, nowMs);
    }

    /**
     * A live row's latest value at a cache flush (before each commit). A row that became final in the same commit
     * still gets its last live value here, after its final row: the same counts, so a subscriber of the live topic
     * alone converges on them too; sinks never change a final row.
     */
    private void flushLive(Bytes key, byte[] encoded) {
        String suffix = DayKeys.suffix(key);
        int bar = suffix.indexOf('|');
        emit(suffix.substring(bar + 1), Integer.parseInt(suffix, 0, bar, 10), DayKeys.day(key), Counts.decode(encoded), false, now());
    }

    private void emit(String entity, int n, int end, Counts c, boolean isFinal, long nowMs) {
        context.forward(new Record<String, Object>(writer.key(entity, n, end), writer.json(entity, n, end, c, isFinal, nowMs),
                Days.timestamp(end), new RecordHeaders()), isFinal ? TO_FINAL : TO_LIVE);
    }

    private long now() { return context.currentSystemTimeMs(); }

    static Bytes rowKey(int end, int window, String entity) { return DayKeys.key(end, window + "|" + entity); }

    @Override
    public void close() {
        if (late != null) late.close();
    }
}
