package parley.streams;

import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.model.Involvement;
import parley.model.Kind;
import parley.model.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CONTRACT.md §1–§4 computed the slow, obvious way, independent of the topology's incremental machinery: replay the
 * input records in order to decide which reports are accepted, then for every entity, window and day scan all its
 * events. One partition, so one stream day.
 *
 * <p>{@link Result#rows()} is the value every existing row must have at the end (the latest live value per rowKey);
 * {@link Result#finals()} the rows that must have appeared on the final stream (window_end &lt; stream day − grace).
 * Rows carry {@code final=false} / {@code true} respectively and {@code updated_at = null}.
 */
public final class ReferenceModel {
    private ReferenceModel() { }

    /**
     * @param accepted every counted event by event_key: its first report and the ids of its accepted reports, in the
     *                 order they were accepted
     */
    public record Result(LocalDate streamDay, Map<String, EngagementRow> rows, Map<String, EngagementRow> finals,
                         List<String> invalidKeys, List<String> lateIds, int duplicateIds, int acceptedReports, int events,
                         Map<String, Accepted> accepted) { }

    /** One counted event: the report that defines it and the ids of all its accepted reports, first one first. */
    public record Accepted(Event first, List<String> reportIds) { }

    /** One event as counted: its first report's involvement, its day and kind, and how many reports it has. */
    private static final class Counted {
        final LocalDate day;
        final Kind kind;
        final Involvement involvement;
        final Event first;
        final List<String> ids = new ArrayList<>();
        int mentions = 1;

        Counted(Event first) {
            this.first = first;
            this.ids.add(first.id());
            this.day = first.date();
            this.kind = first.kind();
            this.involvement = Involvement.of(first);
        }
    }

    /** Records as (key, value bytes) in input order; the key is only reported back for invalid ones. */
    public static Result compute(List<Map.Entry<String, byte[]>> records, List<Integer> windows, int graceDays) {
        LocalDate streamDay = null;
        Set<String> acceptedIds = new HashSet<>();
        Map<String, Counted> events = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        List<String> late = new ArrayList<>();
        int duplicates = 0;
        int accepted = 0;
        for (Map.Entry<String, byte[]> rec : records) {
            Event e;
            try {
                e = EventCodec.parse(rec.getValue());
            } catch (InvalidEventException ex) {
                invalid.add(rec.getKey());
                continue;
            }
            if (streamDay == null || e.date().isAfter(streamDay)) streamDay = e.date();
            if (e.date().isBefore(streamDay.minusDays(graceDays))) {
                late.add(e.id());
                continue;
            }
            if (!acceptedIds.add(e.id())) {
                duplicates++;
                continue;
            }
            accepted++;
            Counted c = events.get(e.eventKey());
            if (c == null) events.put(e.eventKey(), new Counted(e));
            else {
                c.mentions++;
                c.ids.add(e.id());
            }
        }

        // entity → its events ("C:AZE" / "P:AZE|RUS" like the topology, but only used here)
        Map<String, List<Counted>> byEntity = new TreeMap<>();
        for (Counted c : events.values()) {
            for (String country : c.involvement.countries().keySet()) byEntity.computeIfAbsent("C:" + country, k -> new ArrayList<>()).add(c);
            for (List<String> p : c.involvement.pairs()) byEntity.computeIfAbsent("P:" + Involvement.pairKey(p), k -> new ArrayList<>()).add(c);
        }

        Map<String, EngagementRow> rows = new LinkedHashMap<>();
        Map<String, EngagementRow> finals = new LinkedHashMap<>();
        if (streamDay != null) {
            LocalDate finalBefore = streamDay.minusDays(graceDays);
            for (var entry : byEntity.entrySet()) {
                String entity = entry.getKey();
                List<Counted> list = entry.getValue();
                LocalDate first = list.stream().map(c -> c.day).min(LocalDate::compareTo).orElseThrow();
                for (int n : windows) {
                    long previousTotal = 0;
                    for (LocalDate end = first; !end.isAfter(streamDay); end = end.plusDays(1)) {
                        EngagementRow row = row(entity, n, end, list);
                        boolean exists = row.total() > 0 || previousTotal > 0;
                        previousTotal = row.total();
                        if (!exists) continue;
                        rows.put(row.rowKey(), row);
                        if (end.isBefore(finalBefore)) finals.put(row.rowKey(), withFinal(row));
                    }
                }
            }
        }
        Map<String, Accepted> acceptedEvents = new LinkedHashMap<>();
        for (var e : events.entrySet()) acceptedEvents.put(e.getKey(), new Accepted(e.getValue().first, List.copyOf(e.getValue().ids)));
        return new Result(streamDay, rows, finals, invalid, late, duplicates, accepted, events.size(), acceptedEvents);
    }

    public static Result computeEvents(List<Event> events, List<Integer> windows, int graceDays) {
        List<Map.Entry<String, byte[]>> recs = new ArrayList<>();
        for (Event e : events) recs.add(Map.entry(e.id(), EventGenerator.bytes(e)));
        return compute(recs, windows, graceDays);
    }

    /** The row by definition: every event of the entity dated within [end − n + 1, end]. */
    private static EngagementRow row(String entity, int n, LocalDate end, List<Counted> events) {
        LocalDate start = end.minusDays(n - 1);
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) byKind.put(k.name(), 0L);
        Map<String, Long> byRole = new LinkedHashMap<>();
        for (Role r : Role.values()) byRole.put(r.json(), 0L);
        long total = 0;
        long mentions = 0;
        boolean country = entity.startsWith("C:");
        String id = entity.substring(2);
        for (Counted c : events) {
            if (c.day.isBefore(start) || c.day.isAfter(end)) continue;
            total++;
            mentions += c.mentions;
            byKind.merge(c.kind.name(), 1L, Long::sum);
            if (country) byRole.merge(c.involvement.countries().get(id).json(), 1L, Long::sum);
        }
        List<String> pair = country ? null : List.of(id.split("\\|"));
        return new EngagementRow(Event.SCHEMA, country ? id : null, pair, n, start, end, total, byKind,
                country ? byRole : null, mentions, false, null);
    }

    private static EngagementRow withFinal(EngagementRow r) {
        return new EngagementRow(r.schema(), r.country(), r.pair(), r.windowDays(), r.windowStart(), r.windowEnd(),
                r.total(), r.byKind(), r.byRole(), r.mentions(), true, null);
    }

    /** A row as the reference states it: updated_at (processing time) dropped, final flag as given. */
    public static EngagementRow comparable(EngagementRow r, boolean isFinal) {
        return new EngagementRow(r.schema(), r.country(), r.pair(), r.windowDays(), r.windowStart(), r.windowEnd(),
                r.total(), r.byKind(), r.byRole(), r.mentions(), isFinal, null);
    }
}
