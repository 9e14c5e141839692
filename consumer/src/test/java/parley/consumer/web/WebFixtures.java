package parley.consumer.web;

import parley.model.DatePrecision;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows and events for the dashboard tests. */
final class WebFixtures {
    static final String EVIL = "<script>alert(1)</script><img src=x onerror=\"alert(2)\"><b>bold</b> & \"quotes\"";

    private WebFixtures() { }

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
}
