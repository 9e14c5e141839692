package parley.consumer.web;

import parley.model.AcceptedEvent;
import parley.model.DatePrecision;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;

import parley.model.Involvement;
import parley.model.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Rows and events for the dashboard tests. */
final class WebFixtures {
    static final String EVIL = "<script>alert(1)</script><img src=x onerror=\"alert(2)\"><b>bold</b> & \"quotes\"";

    private WebFixtures() { }

    private static final Map<DashboardState, Map<String, AcceptedEvent>> PUBLISHED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Feeds a report to the dashboard the way it arrives in production: as the accepted-events record the Streams
     * application writes once it accepted the report (the event's first record, or the known event plus this report).
     * Test reports have distinct ids and are never late; deciding that is the Streams application's job.
     */
    static boolean report(DashboardState state, Event e) {
        Map<String, AcceptedEvent> known = PUBLISHED.computeIfAbsent(state, k -> new HashMap<>());
        AcceptedEvent before = known.get(e.eventKey());
        AcceptedEvent a = before == null ? AcceptedEvent.first(e) : before.plus(e);
        known.put(e.eventKey(), a);
        return state.onAccepted(a);
    }

    static EngagementRow country(String code, int window, String end, long total, long visits, long meetings,
                                 long calls, long statements) {
        LocalDate e = LocalDate.parse(end);
        return new EngagementRow(1, code, null, window, e.minusDays(window - 1L), e, total,
                kinds(visits, meetings, calls, statements), roles(total, 0, 0, 0), total * 2, false, Instant.now());
    }

    static EngagementRow country(String code, int window, String end, long total) {
        return country(code, window, end, total, total, 0, 0, 0);
    }

    static EngagementRow pair(String a, String b, int window, String end, long total) {
        LocalDate e = LocalDate.parse(end);
        List<String> p = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
        return new EngagementRow(1, null, p, window, e.minusDays(window - 1L), e, total,
                kinds(total, 0, 0, 0), null, total, false, Instant.now());
    }

    static Map<String, Long> kinds(long v, long m, long c, long s) {
        Map<String, Long> k = new LinkedHashMap<>();
        k.put("VISIT", v);
        k.put("MEETING", m);
        k.put("CALL", c);
        k.put("STATEMENT", s);
        return k;
    }

    static Map<String, Long> roles(long o, long i, long v, long s) {
        Map<String, Long> k = new LinkedHashMap<>();
        k.put("outbound", o);
        k.put("inbound", i);
        k.put("venue", v);
        k.put("subject", s);
        return k;
    }

    /** A keyed VISIT of {@code actor} to {@code host} on {@code day}, reported by source {@code sourceId}. */
    static Event visit(String actor, String host, String day, String sourceId) {
        return visit(actor, "Minister of " + actor, host, day, sourceId, "The minister of " + actor + " visited " + host + ".",
                "https://news.example/" + sourceId);
    }

    static Event visit(String actor, String actorName, String host, String day, String sourceId, String evidence,
                       String url) {
        LocalDate d = LocalDate.parse(day);
        return new Event(1, null, null, Kind.VISIT, d, DatePrecision.DAY,
                new Party(actorName, actor, "Foreign Minister"), new Party("Host of " + host, host, "President"),
                new Place("Capital", host), List.of(),
                new Source(sourceId, "Report " + sourceId + " on " + actor + " in " + host, url, d.plusDays(1), "test"),
                evidence, 0.9, null, null).withKeys();
    }

    static Event call(String a, String b, String day, String sourceId) {
        LocalDate d = LocalDate.parse(day);
        return new Event(1, null, null, Kind.CALL, d, DatePrecision.DAY,
                new Party("Leader of " + a, a, "President"), new Party("Leader of " + b, b, "President"), null, List.of(),
                new Source(sourceId, "Call " + sourceId, "https://news.example/" + sourceId, d, "test"),
                a + " and " + b + " talked by phone.", 0.8, null, null).withKeys();
    }

    static final String[] CODES = {"RUS", "AZE", "ARM", "TUR", "GEO", "IRN", "CHN", "USA", "FRA", "DEU", "KAZ", "EU"};
    static final String[] NAMES = {"Sergei Lavrov", "Jeyhun Bayramov", "Ararat Mirzoyan", "Hakan Fidan", "Ilia Darchiashvili",
            "Abbas Araghchi", "Wang Yi", "Antony Blinken", "Stéphane Séjourné", "Annalena Baerbock", "Murat Nurtleu",
            "Kaja Kallas"};

    /** A plausible, deterministic stream of events (several reports for some) between two days. */
    static List<Event> sampleEvents(LocalDate from, LocalDate to, long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int count = r.nextInt(5);
            for (int i = 0; i < count; i++) {
                int a = r.nextInt(CODES.length);
                int b = (a + 1 + r.nextInt(CODES.length - 1)) % CODES.length;
                Kind kind = Kind.values()[r.nextInt(4)];
                String ca = CODES[a], cb = CODES[b];
                Party actor = new Party(NAMES[a], ca, "Foreign Minister");
                Party other = new Party(NAMES[b], cb, "Foreign Minister");
                Party counterpart = kind == Kind.STATEMENT ? null : other;
                Place place = kind == Kind.VISIT ? new Place("the capital", cb) : null;
                List<String> about = kind == Kind.STATEMENT ? List.of(cb) : List.of();
                String evidence = switch (kind) {
                    case VISIT -> NAMES[a] + " arrived in " + CountryNames.name(cb) + " on " + d + " for talks with " + NAMES[b] + ".";
                    case MEETING -> NAMES[a] + " met " + NAMES[b] + " on the sidelines of a summit on " + d + ".";
                    case CALL -> NAMES[a] + " held a phone call with " + NAMES[b] + ", the ministry said.";
                    case STATEMENT -> NAMES[a] + " said " + CountryNames.name(cb) + " must respect its commitments.";
                };
                int reports = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) + 1 : 0);
                for (int k = 0; k < reports; k++) {
                    String sid = "src-" + (++n);
                    out.add(new Event(1, null, null, kind, d, DatePrecision.DAY, actor, counterpart, place, about,
                            new Source(sid, (k == 0 ? "" : "Update: ") + evidence.replaceAll("[.,].*", ""),
                                    "https://news.example/" + d + "/" + sid, d, "example"),
                            evidence, 0.9, null, null).withKeys());
                }
            }
        }
        return out;
    }

    /**
     * The rows CONTRACT.md §2 defines for these events (country and pair, each window, every day from the first
     * event day to the stream day while total > 0, plus the first 0 day): a slow reference for test data.
     */
    static List<EngagementRow> rowsFor(List<Event> events, List<Integer> windows) {
        Map<String, Event> first = new LinkedHashMap<>();
        Map<String, Set<String>> reportIds = new HashMap<>();
        for (Event e : events) {
            first.putIfAbsent(e.eventKey(), e);
            reportIds.computeIfAbsent(e.eventKey(), k -> new HashSet<>()).add(e.id());
        }
        LocalDate streamDay = events.stream().map(Event::date).max(LocalDate::compareTo).orElseThrow();
        Map<String, TreeMap<LocalDate, List<Event>>> byEntity = new TreeMap<>();
        Map<String, Map<String, Role>> roleOf = new HashMap<>();
        for (Event e : first.values()) {
            Involvement inv = Involvement.of(e);
            for (Map.Entry<String, Role> c : inv.countries().entrySet()) {
                byEntity.computeIfAbsent(c.getKey(), k -> new TreeMap<>()).computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
                roleOf.computeIfAbsent(e.eventKey(), k -> new HashMap<>()).put(c.getKey(), c.getValue());
            }
            for (List<String> p : inv.pairs())
                byEntity.computeIfAbsent(Involvement.pairKey(p), k -> new TreeMap<>()).computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
        }
        List<EngagementRow> rows = new ArrayList<>();
        for (Map.Entry<String, TreeMap<LocalDate, List<Event>>> ent : byEntity.entrySet()) {
            boolean isPair = ent.getKey().contains("|");
            for (int w : windows) {
                boolean zeroSent = false;
                for (LocalDate d = ent.getValue().firstKey(); !d.isAfter(streamDay); d = d.plusDays(1)) {
                    Map<String, Long> kinds = kinds(0, 0, 0, 0);
                    Map<String, Long> roles = roles(0, 0, 0, 0);
                    long total = 0, mentions = 0;
                    for (List<Event> day : ent.getValue().subMap(d.minusDays(w - 1L), true, d, true).values())
                        for (Event e : day) {
                            total++;
                            mentions += reportIds.get(e.eventKey()).size();
                            kinds.merge(e.kind().name(), 1L, Long::sum);
                            if (!isPair) roles.merge(roleOf.get(e.eventKey()).get(ent.getKey()).json(), 1L, Long::sum);
                        }
                    if (total == 0) {
                        if (zeroSent) continue;
                        zeroSent = true;
                    } else {
                        zeroSent = false;
                    }
                    List<String> pair = isPair ? List.of(ent.getKey().split("\\|")) : null;
                    rows.add(new EngagementRow(1, isPair ? null : ent.getKey(), pair, w, d.minusDays(w - 1L), d, total,
                            kinds, isPair ? null : roles, mentions, false, Instant.now()));
                }
            }
        }
        return rows;
    }
}
