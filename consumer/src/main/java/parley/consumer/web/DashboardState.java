package parley.consumer.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.model.AcceptedEvent;
import parley.model.EngagementRow;
import parley.model.Involvement;
import parley.model.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What the dashboard knows, in memory: the latest engagement rows (with their history for charts) and the latest
 * events, indexed by country, pair and day so every count can be drilled down to the events behind it.
 * Thread-safe: any number of feeding threads ({@link #onRow}, {@link #onAccepted}) and HTTP threads.
 *
 * <h2>Bounds (memory)</h2>
 * <ul>
 *   <li>Rows: one per (entity, window_days, window_end), upserted (the latest value wins). Rows whose window_end is
 *       more than {@code historyDays} before the latest window_end seen are dropped, and when more than
 *       {@code maxRows} are kept the oldest window_end days are dropped first.</li>
 *   <li>Events: the {@code maxEvents} most recently updated events. An evicted event leaves the indexes (a
 *       drill-down then shows fewer events than the count, for days that old; {@code evicted_events} in health).</li>
 *   <li>Change feed: the last {@code replayBuffer} messages for {@code /api/stream} reconnects.</li>
 * </ul>
 *
 * <h2>Events, exactly as the Streams application counted them</h2>
 * Events come from the accepted-events topic ({@link AcceptedEvent}): the Streams application decides there which
 * reports count and which event each belongs to (CONTRACT.md §1-§3), and publishes each event with its countries,
 * roles and report ids. This class only indexes what it is given: the latest record per event_key replaces the
 * earlier one. So a drill-down lists exactly the events behind a count, and its mentions are the row's mentions.
 */
public final class DashboardState {
    private static final Logger log = LoggerFactory.getLogger(DashboardState.class);

    /** Size limits; see the class comment. */
    public record Options(int maxEvents, int historyDays, int maxRows, int replayBuffer,
                          int maxReportsPerEventView, int lagDays) {
        public static Options defaults() { return new Options(50_000, 400, 300_000, 10_000, 20, 2); }

        public Options withMaxEvents(int m) {
            return new Options(m, historyDays, maxRows, replayBuffer, maxReportsPerEventView, lagDays);
        }

        public Options withReplayBuffer(int r) {
            return new Options(maxEvents, historyDays, maxRows, r, maxReportsPerEventView, lagDays);
        }

        public Options withHistory(int days, int rows) {
            return new Options(maxEvents, days, rows, replayBuffer, maxReportsPerEventView, lagDays);
        }
    }

    /** Identifies one series: a country's or pair's rows for one window size. */
    private record SeriesRef(boolean pair, int window, String entity) { }

    /** One real-world event as last published by Streams, and the details of its reports seen so far (by id). */
    private static final class Group {
        AcceptedEvent event;
        final LinkedHashMap<String, AcceptedEvent.Report> details = new LinkedHashMap<>();
        long seq; // arrival number of its latest record

        Group(AcceptedEvent event) { this.event = event; }
    }

    private final Options options;
    private final ChangeFeed feed;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Instant startedAt = Instant.now();
    /** Records of the start-up history still to read (DashboardFeed): -1 not known yet, 0 caught up (or no feed). */
    private volatile long behind;
    private final java.util.concurrent.atomic.AtomicLong lateEvents = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong deadLetters = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong rejects = new java.util.concurrent.atomic.AtomicLong();

    // rows
    private final Map<SeriesRef, TreeMap<LocalDate, EngagementRow>> series = new HashMap<>();
    private final TreeMap<LocalDate, Set<SeriesRef>> byEnd = new TreeMap<>();
    private final Map<String, LocalDate> maxEnd = new HashMap<>(); // "c|7" / "p|7" -> latest window_end
    private final TreeSet<Integer> windows = new TreeSet<>();
    private LocalDate latestEnd;
    private int rowCount;

    // events
    private final Map<String, Group> groups = new HashMap<>();                       // event_key -> group
    private final TreeMap<Long, Group> bySeq = new TreeMap<>();                      // latest arrival -> group
    private final Map<String, TreeMap<LocalDate, Set<String>>> index = new HashMap<>(); // entity -> day -> keys
    private LocalDate latestEventDay;
    private long arrivals;
    private long reportsHeld;
    private long evictedEvents;
    private long ignoredRecords;

    public DashboardState() { this(Options.defaults()); }

    public DashboardState(Options options) {
        this.options = options;
        this.feed = new ChangeFeed(options.replayBuffer());
    }

    public Options options() { return options; }

    /** The change feed behind {@code /api/stream}. */
    public ChangeFeed feed() { return feed; }

    // ---- feeding ------------------------------------------------------------------------------------------------

    /**
     * A result row from the live (or final) results topic. Upserts on its row key; a row equal to the stored one
     * (ignoring updated_at) is not a change. Returns true when the state changed (and a {@code row} message went
     * out on the stream).
     */
    public boolean onRow(EngagementRow row) {
        if (row == null || row.windowEnd() == null || row.windowDays() <= 0
                || (row.country() == null) == (row.pair() == null)
                || (row.pair() != null && row.pair().size() != 2)) {
            ignored("row", row);
            return false;
        }
        lock.writeLock().lock();
        try {
            LocalDate floor = latestEnd == null ? null : latestEnd.minusDays(options.historyDays());
            if (floor != null && row.windowEnd().isBefore(floor)) return false;
            SeriesRef ref = new SeriesRef(row.isPair(), row.windowDays(), row.entity());
            TreeMap<LocalDate, EngagementRow> s = series.computeIfAbsent(ref, k -> new TreeMap<>());
            EngagementRow old = s.get(row.windowEnd());
            if (old != null && sameValue(old, row)) return false;
            s.put(row.windowEnd(), row);
            if (old == null) {
                rowCount++;
                byEnd.computeIfAbsent(row.windowEnd(), k -> new HashSet<>()).add(ref);
            }
            windows.add(row.windowDays());
            maxEnd.merge((row.isPair() ? "p|" : "c|") + row.windowDays(), row.windowEnd(),
                    (a, b) -> a.isAfter(b) ? a : b);
            if (latestEnd == null || row.windowEnd().isAfter(latestEnd)) latestEnd = row.windowEnd();
            prune();
            feed.publish("row", Json.string(row));
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static boolean sameValue(EngagementRow a, EngagementRow b) {
        return a.total() == b.total() && a.mentions() == b.mentions() && a.isFinal() == b.isFinal()
                && java.util.Objects.equals(a.windowStart(), b.windowStart())
                && java.util.Objects.equals(a.byKind(), b.byKind())
                && java.util.Objects.equals(a.byRole(), b.byRole());
    }

    private void prune() {
        LocalDate floor = latestEnd.minusDays(options.historyDays());
        while (!byEnd.isEmpty() && (byEnd.firstKey().isBefore(floor) || rowCount > options.maxRows())) {
            Map.Entry<LocalDate, Set<SeriesRef>> day = byEnd.pollFirstEntry();
            if (day.getKey().equals(latestEnd)) { // never drop the newest day
                byEnd.put(day.getKey(), day.getValue());
                break;
            }
            for (SeriesRef ref : day.getValue()) {
                TreeMap<LocalDate, EngagementRow> s = series.get(ref);
                if (s != null && s.remove(day.getKey()) != null) rowCount--;
                if (s != null && s.isEmpty()) series.remove(ref);
            }
        }
    }

    /**
     * An event as the Streams application counted it (a record of the accepted-events topic): replaces what was known
     * of its event_key, unless it is older (fewer mentions). Returns true when the state changed; an {@code event}
     * message then goes out on the stream.
     */
    public boolean onAccepted(AcceptedEvent a) {
        if (a == null || a.eventKey() == null || a.date() == null || a.kind() == null) {
            ignored("event", a);
            return false;
        }
        lock.writeLock().lock();
        try {
            Group g = groups.get(a.eventKey());
            if (g == null) {
                g = new Group(a);
                groups.put(a.eventKey(), g);
                for (String entity : entities(a)) indexAdd(entity, a.date(), a.eventKey());
            } else {
                if (a.mentions() < g.event.mentions()) return false;
                bySeq.remove(g.seq);
                reportsHeld -= g.event.mentions();
                g.event = a;
            }
            reportsHeld += a.mentions();
            // details of the reports a view shows (the first maxReportsPerEventView ids); the rest are counted only
            if (a.id() != null) g.details.putIfAbsent(a.id(), a.firstReport());
            if (a.added() != null && a.added().id() != null && g.details.size() < options.maxReportsPerEventView())
                g.details.put(a.added().id(), a.added());
            g.seq = ++arrivals;
            bySeq.put(g.seq, g);
            if (latestEventDay == null || a.date().isAfter(latestEventDay)) latestEventDay = a.date();
            while (groups.size() > options.maxEvents()) evict(bySeq.firstEntry().getValue());
            feed.publish("event", Json.string(view(g, g.seq)));
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static List<String> entities(AcceptedEvent a) {
        List<String> out = new ArrayList<>(a.countries().keySet());
        for (List<String> p : a.pairs()) out.add(Involvement.pairKey(p));
        return out;
    }

    private void indexAdd(String entity, LocalDate day, String key) {
        index.computeIfAbsent(entity, k -> new TreeMap<>()).computeIfAbsent(day, k -> new LinkedHashSet<>()).add(key);
    }

    private void evict(Group g) {
        evictedEvents++;
        String key = g.event.eventKey();
        groups.remove(key);
        bySeq.remove(g.seq);
        reportsHeld -= g.event.mentions();
        for (String entity : entities(g.event)) {
            TreeMap<LocalDate, Set<String>> days = index.get(entity);
            if (days == null) continue;
            Set<String> keys = days.get(g.event.date());
            if (keys != null) {
                keys.remove(key);
                if (keys.isEmpty()) days.remove(g.event.date());
            }
            if (days.isEmpty()) index.remove(entity);
        }
    }

    private void ignored(String what, Object o) {
        lock.writeLock().lock();
        try {
            ignoredRecords++;
        } finally {
            lock.writeLock().unlock();
        }
        log.warn("dashboard: ignoring incomplete {} {}", what, o);
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    /**
     * Countries (or pairs) ranked by total at window end {@code date} (default: the latest window_end of that
     * window size), with the change vs the previous window (the value at {@code date − window} days).
     * An entity's value at a day is its row for that day, else its latest row at most {@code lagDays} earlier
     * (with several stream tasks, rows for a new day appear later for some entities), else 0; entities at 0 are
     * left out.
     *
     * @param country for pairs only: keep the pairs that include this country (null = all)
     * @param limit   at most this many entries (ties at the cut are cut too)
     */
    public Views.Ranking ranking(boolean pairs, int window, LocalDate date, String country, int limit) {
        lock.readLock().lock();
        try {
            LocalDate d = date != null ? date : maxEnd.get((pairs ? "p|" : "c|") + window);
            List<Views.RankEntry> entries = new ArrayList<>();
            if (d != null) {
                for (Map.Entry<SeriesRef, TreeMap<LocalDate, EngagementRow>> s : series.entrySet()) {
                    SeriesRef ref = s.getKey();
                    if (ref.pair() != pairs || ref.window() != window) continue;
                    if (country != null && !ref.entity().startsWith(country + "|") && !ref.entity().endsWith("|" + country))
                        continue;
                    EngagementRow r = valueAt(s.getValue(), d);
                    if (r == null || r.total() <= 0) continue;
                    LocalDate prevDay = r.windowEnd().minusDays(window);
                    EngagementRow prev = valueAt(s.getValue(), prevDay);
                    long prevTotal = prev == null ? 0 : prev.total();
                    entries.add(new Views.RankEntry(0, r.country(), r.pair(), name(r), r.total(), r.byKind(),
                            r.byRole(), r.mentions(), r.windowStart(), r.windowEnd(), r.isFinal(), prevDay, prevTotal,
                            r.total() - prevTotal));
                }
            }
            entries.sort(Comparator.comparingLong(Views.RankEntry::total).reversed()
                    .thenComparing(Comparator.comparingLong(Views.RankEntry::change).reversed())
                    .thenComparing(e -> e.country() != null ? e.country() : String.join("|", e.pair())));
            List<Views.RankEntry> ranked = new ArrayList<>();
            for (int i = 0; i < entries.size() && i < limit; i++) {
                Views.RankEntry e = entries.get(i);
                int rank = i > 0 && ranked.get(i - 1).total() == e.total() ? ranked.get(i - 1).rank() : i + 1;
                ranked.add(new Views.RankEntry(rank, e.country(), e.pair(), e.name(), e.total(), e.byKind(),
                        e.byRole(), e.mentions(), e.windowStart(), e.windowEnd(), e.isFinal(), e.previousWindowEnd(),
                        e.previousTotal(), e.change()));
            }
            return new Views.Ranking(window, d, feed.lastId(), ranked);
        } finally {
            lock.readLock().unlock();
        }
    }

    private EngagementRow valueAt(TreeMap<LocalDate, EngagementRow> s, LocalDate day) {
        Map.Entry<LocalDate, EngagementRow> e = s.floorEntry(day);
        if (e == null || e.getKey().isBefore(day.minusDays(options.lagDays()))) return null;
        return e.getValue();
    }

    private static String name(EngagementRow r) {
        return r.country() != null ? CountryNames.name(r.country())
                : CountryNames.name(r.pair().get(0)) + " – " + CountryNames.name(r.pair().get(1));
    }

    /** The rows of one country ({@code pair == null}) or pair for one window size, oldest first, within [from, to]. */
    public Views.History history(String country, List<String> pair, int window, LocalDate from, LocalDate to) {
        lock.readLock().lock();
        try {
            String entity = country != null ? country : Involvement.pairKey(pair);
            TreeMap<LocalDate, EngagementRow> s = series.get(new SeriesRef(pair != null, window, entity));
            List<Views.Point> points = new ArrayList<>();
            if (s != null) {
                NavigableMap<LocalDate, EngagementRow> range = s;
                if (from != null) range = range.tailMap(from, true);
                if (to != null) range = range.headMap(to, true);
                for (EngagementRow r : range.values())
                    points.add(new Views.Point(r.windowStart(), r.windowEnd(), r.total(), r.byKind(), r.byRole(),
                            r.mentions(), r.isFinal()));
            }
            String name = country != null ? CountryNames.name(country)
                    : CountryNames.name(pair.get(0)) + " – " + CountryNames.name(pair.get(1));
            return new Views.History(country, pair, name, window, feed.lastId(), points);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How {@link #events} orders its answer. */
    public enum Order { DATE, ARRIVAL }

    /**
     * The events (distinct event_keys) involving {@code country} or {@code pair} (or any, when both are null) dated
     * within [from, to] (open ends allowed), optionally of one kind. {@code count} and {@code mentions} cover all
     * matches; {@code events} holds the first {@code limit} of them, newest first.
     */
    public Views.EventList events(String country, List<String> pair, String kind, LocalDate from, LocalDate to,
                                  int limit, Order order) {
        lock.readLock().lock();
        try {
            List<Group> matches = new ArrayList<>();
            if (country != null || pair != null) {
                String entity = country != null ? country : Involvement.pairKey(pair);
                TreeMap<LocalDate, Set<String>> days = index.get(entity);
                if (days != null) {
                    NavigableMap<LocalDate, Set<String>> range = days;
                    if (from != null) range = range.tailMap(from, true);
                    if (to != null) range = range.headMap(to, true);
                    for (Set<String> keys : range.values())
                        for (String k : keys) {
                            Group g = groups.get(k);
                            if (g != null && (kind == null || g.event.kind().name().equals(kind))) matches.add(g);
                        }
                }
            } else {
                for (Group g : bySeq.values()) {
                    LocalDate d = g.event.date();
                    if ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))
                            && (kind == null || g.event.kind().name().equals(kind))) matches.add(g);
                }
            }
            Comparator<Group> bySeqDesc = Comparator.comparingLong((Group g) -> g.seq).reversed();
            matches.sort(order == Order.ARRIVAL ? bySeqDesc
                    : Comparator.comparing((Group g) -> g.event.date()).reversed().thenComparing(bySeqDesc));
            long mentions = 0;
            for (Group g : matches) mentions += g.event.mentions();
            List<Views.EventView> out = new ArrayList<>();
            for (int i = 0; i < matches.size() && i < limit; i++) out.add(view(matches.get(i), matches.get(i).seq));
            return new Views.EventList(country, pair, kind, from, to, matches.size(), mentions, feed.lastId(), out);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Views.EventView view(Group g, long seq) {
        AcceptedEvent e = g.event;
        Map<String, String> countries = new LinkedHashMap<>();
        for (Map.Entry<String, Role> c : e.countries().entrySet()) countries.put(c.getKey(), c.getValue().json());
        List<Views.Report> reports = new ArrayList<>();
        for (int i = 0; i < e.reportIds().size() && i < options.maxReportsPerEventView(); i++) {
            String id = e.reportIds().get(i);
            AcceptedEvent.Report r = g.details.get(id);
            var s = r == null ? null : r.source();
            reports.add(new Views.Report(id, r == null ? null : r.evidence(), r == null ? null : r.confidence(),
                    s == null ? null : s.id(), s == null ? null : s.title(), s == null ? null : s.url(),
                    s == null ? null : s.published(), s == null ? null : s.feed()));
        }
        return new Views.EventView(e.eventKey(), e.kind().name(), e.date(),
                e.datePrecision() == null ? null : e.datePrecision().name(), e.actor(), e.counterpart(), e.place(),
                e.about(), countries, e.pairs(), e.evidence(),
                e.source() == null ? null : e.source().title(), e.source() == null ? null : e.source().url(),
                e.mentions(), reports, seq);
    }

    public Views.Health health(int sseClients) {
        lock.readLock().lock();
        try {
            long b = behind;
            return new Views.Health(b != 0 ? "catching_up" : "ok", b < 0 ? null : b, feed.lastId(), feed.oldestId(), sseClients, reportsHeld, groups.size(),
                    rowCount, series.size(), new ArrayList<>(windows), latestEventDay, latestEnd,
                    byEnd.isEmpty() ? null : byEnd.firstKey(), evictedEvents, ignoredRecords, lateEvents.get(),
                    deadLetters.get(), rejects.get(), startedAt.toString());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One record on the late topic: a report the Streams app did not count (the record says why); only counted here. */
    public void onLateEvent() { lateEvents.incrementAndGet(); }

    /** One record on the dead-letter topic: a record the Streams app could not use. */
    public void onDeadLetter() { deadLetters.incrementAndGet(); }

    /** One record on the rejects topic: a report or line the producer could not use. */
    public void onReject() { rejects.incrementAndGet(); }

    /** How many records of the history present at start the feed has still to read: 0 caught up, -1 not known yet. */
    public void behind(long records) { this.behind = Math.max(-1, records); }

    /** Window sizes seen in rows so far (ascending). */
    public List<Integer> windows() {
        lock.readLock().lock();
        try {
            return Collections.unmodifiableList(new ArrayList<>(windows));
        } finally {
            lock.readLock().unlock();
        }
    }
}
