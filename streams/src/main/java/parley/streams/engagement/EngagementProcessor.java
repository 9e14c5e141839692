package parley.streams.engagement;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.streams.dedup.Delta;
import parley.streams.intake.LateRecords;
import parley.streams.metrics.TaskCounter;
import parley.streams.state.CommitHook;
import parley.streams.state.DayStores;
import parley.streams.time.DayKeys;
import parley.streams.time.Days;
import parley.streams.time.StreamDay;
import parley.streams.watermark.UpstreamDays;
import parley.streams.watermark.Watermark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolling engagement per entity (CONTRACT.md §2), keyed by entity, with no hopping windows. Its working state is
 * in memory, in two {@link DayTable}s read and written per delta without a store in between:
 * <ul>
 *   <li>daily counts, {@code day → entity → counts}, kept while a window can still lose the day
 *       (day &gt; stream day − max window) and grace days longer, so the open rows can be rebuilt from them. They are
 *       the {@value #DAILY} store's content: changed entries are written there (and to its changelog) once per
 *       commit, and the table is loaded from it on init;</li>
 *   <li>open rows, {@code window_end → (N, entity) → window counts}, for every existing row not yet final
 *       (window_end ≥ stream day − grace). An absent row is a row that does not exist: total 0 and not the first 0
 *       after events. Derived: {@link #init} rebuilds them from the daily counts ({@link RowRebuild}).</li>
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
 * <p>At each commit ({@link CommitHook}) the changed daily counts go to the {@value #DAILY} store, and (with
 * {@code live.coalesce}, the default) each live row changed since the last commit is forwarded once, with its latest
 * value. Final rows are forwarded at once (the alerts read them in order). Without a hook (a
 * {@code MockProcessorContext}, or no record cache) both happen at once, per change.
 */
public final class EngagementProcessor implements Processor<String, Object, String, Object> {
    private static final Logger log = LoggerFactory.getLogger(EngagementProcessor.class);
    public static final String DAILY = "daily-engagement";
    public static final String STREAM_DAY = "engagement-stream-day";
    /** The store behind the commit hook ({@link CommitHook}). */
    public static final String COMMIT = "engagement-commit";
    /** Child node names. */
    public static final String TO_LIVE = "live-sink";
    public static final String TO_FINAL = "final-sink";
    public static final String TO_LATE = "engagement-late-sink";
    public static final String STAGE = "engagement";

    private final List<Integer> windows;
    private final int graceDays;
    private final int upstreamPartitions;
    private final boolean coalesceLive;
    private ProcessorContext<String, Object> context;
    private UpstreamDays upstream;
    private KeyValueStore<Bytes, byte[]> dailyStore;
    private StreamDay streamDay;
    private TaskCounter late;
    private DayTable<String> daily = new DayTable<>();
    private DayTable<RowId> rows = new DayTable<>();
    /** Null without a hook: daily counts are written and live rows forwarded at once. */
    private CommitHook hook;
    /**
     * Daily counts changed since the last commit, each once (the counts object carries a pending mark, so no map is
     * needed: a hash map keyed by day and entity was a tenth of the Streams thread), and those dropped.
     */
    private final List<Change<String>> dailyChanged = new ArrayList<>();
    private final List<Change<String>> dailyDropped = new ArrayList<>();
    /** Live rows changed since the last commit, each once, with the row's counts object (its value at the commit). */
    private final List<Change<RowId>> liveChanged = new ArrayList<>();
    private final RowWriter writer = new RowWriter();
    /** An entity's rows, one per window, and so its one String: made once, as entities are a bounded set of codes. */
    private final Map<String, RowId[]> rowIds = new HashMap<>();

    /** A day, a key of a {@link DayTable} and its counts. */
    private record Change<K>(int day, K key, Counts counts) { }

    public EngagementProcessor(List<Integer> windows, int graceDays) { this(windows, graceDays, 0); }

    /**
     * @param upstreamPartitions 0 when the stage is chained behind the one intake task (the stream day follows the
     *                           deltas); else the number of intake tasks whose {@link Watermark}s set the stream day
     */
    public EngagementProcessor(List<Integer> windows, int graceDays, int upstreamPartitions) {
        this(windows, graceDays, upstreamPartitions, false);
    }

    /**
     * @param coalesceLive live rows are forwarded at the commit: each changed row once per commit, with its latest
     *                     value. Without it (or without a commit hook) every change is forwarded as it happens.
     */
    public EngagementProcessor(List<Integer> windows, int graceDays, int upstreamPartitions, boolean coalesceLive) {
        this.coalesceLive = coalesceLive;
        this.windows = List.copyOf(windows);
        this.graceDays = graceDays;
        this.upstreamPartitions = upstreamPartitions;
    }

    /**
     * No record cache: the processor keeps its own table and writes each changed entry once per commit, from the
     * commit hook, which must find the store not flushed yet.
     */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> dailyStore(boolean inMemory) {
        return DayStores.bytes(DAILY, inMemory).withCachingDisabled();
    }

    /** The store behind the commit hook ({@link CommitHook}): connect it to the processor. */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> commitStore() { return CommitHook.store(COMMIT); }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.dailyStore = context.getStateStore(DAILY);
        this.streamDay = new StreamDay(context.getStateStore(STREAM_DAY));
        this.late = TaskCounter.register(context, TaskCounter.LATE);
        if (upstreamPartitions > 0) this.upstream = new UpstreamDays(context.getStateStore(UpstreamDays.STORE), upstreamPartitions);
        dailyChanged.clear();
        dailyDropped.clear();
        liveChanged.clear();
        // null under a MockProcessorContext (no such store there, no record cache): then everything is written at once
        this.hook = CommitHook.register(context.getStateStore(COMMIT), context, this::commit);
        rebuild();
    }

    /**
     * Processors are initialised after their stores are restored, so the daily store and the stream day are those of
     * the last commit: the daily table is read back and the open rows derived from it.
     */
    private void rebuild() {
        daily = DayTable.load(dailyStore);
        Integer s = streamDay.get();
        rows = s == null ? new DayTable<>() : RowRebuild.rows(daily, s, windows, graceDays);
        if (rows.size() > 0)
            log.info("engagement rows rebuilt from {} daily counts at stream day {}: {} rows", daily.size(), Days.date(s), rows.size());
    }

    /** Just public for tests: the open rows, keyed as {@link DayTable#snapshot} keys them. */
    public Map<Bytes, Counts> openRows() { return rows.snapshot(); }

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

    /** Chained behind the one intake task: the stream day is the latest delta day; moving it decays the rows to it. */
    private Integer followDeltas(int d) { // Integer: the ternary in process must not unbox a null stream day
        return streamDay.follow(d, (from, to) -> {
            if (from != null) advance(from, to);
        });
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
    private void apply(String key, Delta delta, Integer s) {
        RowId[] ids = rowIds(key);
        String entity = ids[0].entity(); // one String per entity in the tables, not one per record
        int d = delta.day();
        Counts day = daily.get(d, entity);
        if (day == null) daily.put(d, entity, day = Counts.zero());
        day.add(delta);
        dailyChanged(d, entity, day);
        if (s == null) return;
        long now = now();
        for (RowId id : ids) {
            int n = id.window();
            int last = (int) Math.min(s, (long) d + n - 1);
            for (int end = d; end <= last; end++) {
                Counts row = rows.get(end, id);
                if (row == null) rows.put(end, id, row = Counts.zero());
                row.add(delta);
                live(end, id, row, now);
            }
            // the day the event leaves this window: a row (the first 0) if none existed there
            long firstZero = (long) d + n;
            if (firstZero <= s && rows.get((int) firstZero, id) == null) {
                Counts zero = Counts.zero();
                rows.put((int) firstZero, id, zero);
                live((int) firstZero, id, zero, now);
            }
        }
    }

    /**
     * The stream day moves from {@code from} (null: none yet) to next: rows for the new days (the decay, and the rows
     * of deltas that came ahead of the stream day), then finalize and purge.
     */
    private void advance(Integer from, int next) {
        long now = now();
        Integer firstDaily = from != null ? null : daily.firstDay();
        if (from == null && firstDaily == null) return;
        int s = from != null ? from : firstDaily - 1;
        // each (window, entity) steps forward from its row at s: those with a row there ...
        Map<String, Integer> lastNewDay = new HashMap<>();
        daily.days(s + 1, next + 1).forEach((day, entities) -> {
            for (String entity : entities.keySet()) lastNewDay.merge(entity, day, Math::max);
        });
        Map<RowId, Counts> atS = rows.day(s); // not changed below: the steps write days after s
        for (Map.Entry<RowId, Counts> e : atS.entrySet())
            stepForward(e.getKey(), e.getValue(), s, next, lastNewDay.getOrDefault(e.getKey().entity(), s), now);
        // ... and those with counts on days in (s, next], which came ahead of the stream day (only with watermarks)
        for (Map.Entry<String, Integer> e : lastNewDay.entrySet())
            for (RowId id : rowIds(e.getKey())) if (!atS.containsKey(id)) stepForward(id, Counts.zero(), s, next, e.getValue(), now);
        // rows with window_end < next − grace can no longer change: emit once as final, forget. In a fixed order (the
        // alerts raised from them follow it), whatever order the rows were made in.
        rows.removeBefore(next - graceDays).forEach((end, byId) -> {
            List<Map.Entry<RowId, Counts>> done = new ArrayList<>(byId.entrySet());
            done.sort(Map.Entry.comparingByKey(RowId.ORDER));
            for (Map.Entry<RowId, Counts> e : done) emit(e.getKey(), end, e.getValue(), true, now);
        });
        // a day is needed while a future row can lose it (day > stream day − max window), and grace days longer for
        // the rebuild of the open rows
        daily.removeBefore(RowRebuild.firstDayKept(next, graceDays, windows))
                .forEach((day, entities) -> entities.keySet().forEach(entity -> dailyChanged(day, entity, null)));
    }

    /**
     * One (window, entity) from its row at s (zero: none) to the day next: row(D) = row(D−1) + day(D) − day(D−N),
     * written while it exists (counts, or the first 0), until nothing is left to decay and nothing new is to come.
     */
    private void stepForward(RowId id, Counts atS, int s, int next, int lastNew, long now) {
        int n = id.window();
        String entity = id.entity();
        Counts prev = atS;
        for (int end = s + 1; end <= next; end++) {
            Counts row = prev.minus(orZero(daily.get(end - n, entity)));
            if (end <= lastNew) row = row.plus(orZero(daily.get(end, entity)));
            if (row.total() > 0 || prev.total() > 0) { // the row exists: counts, or the first 0
                rows.put(end, id, row);
                live(end, id, row, now);
            }
            if (row.total() == 0 && end >= lastNew) break; // nothing left to decay, nothing new to come
            prev = row;
        }
    }

    /** The entity's rows, one per window, made once. */
    private RowId[] rowIds(String entity) {
        return rowIds.computeIfAbsent(entity, e -> windows.stream().map(n -> new RowId(n, e)).toArray(RowId[]::new));
    }

    private static Counts orZero(Counts c) { return c == null ? Counts.zero() : c; }

    /** A daily count changed (null: dropped): written to the store at the commit, or now without a hook. */
    private void dailyChanged(int day, String entity, Counts c) {
        if (hook == null) {
            write(day, entity, c);
            return;
        }
        if (c == null) dailyDropped.add(new Change<>(day, entity, null));
        else if (c.markPending()) dailyChanged.add(new Change<>(day, entity, c));
        hook.arm();
    }

    /** A live row changed: forwarded at the commit with its latest value (coalescing), or now. */
    private void live(int end, RowId id, Counts row, long nowMs) {
        if (hook == null || !coalesceLive) {
            emit(id, end, row, false, nowMs);
            return;
        }
        if (row.markPending()) liveChanged.add(new Change<>(end, id, row));
        hook.arm();
    }

    /**
     * The commit (or an early cache flush): changed daily counts to the store, changed live rows forwarded. A row that
     * became final in the same commit still gets its last live value here, after its final row: the same counts, so a
     * subscriber of the live topic alone converges on them too; sinks never change a final row.
     */
    private void commit() {
        for (Change<String> c : dailyChanged) {
            c.counts().clearPending();
            write(c.day(), c.key(), c.counts());
        }
        // after the puts: a day is dropped only once no delta can reach it, so a drop is the last word on its entries
        for (Change<String> c : dailyDropped) write(c.day(), c.key(), null);
        dailyChanged.clear();
        dailyDropped.clear();
        long now = now();
        for (Change<RowId> c : liveChanged) {
            c.counts().clearPending();
            emit(c.key(), c.day(), c.counts(), false, now);
        }
        liveChanged.clear();
    }

    /** A daily count to the store (null: deleted). */
    private void write(int day, String entity, Counts c) { dailyStore.put(DayKeys.key(day, entity), c == null ? null : c.encode()); }

    private void emit(RowId id, int end, Counts c, boolean isFinal, long nowMs) {
        context.forward(new Record<String, Object>(writer.key(id, end), writer.json(id.entity(), id.window(), end, c, isFinal, nowMs),
                Days.timestamp(end), new RecordHeaders()), isFinal ? TO_FINAL : TO_LIVE);
    }

    private long now() { return context.currentSystemTimeMs(); }

    @Override
    public void close() {
        if (late != null) late.close();
    }
}
