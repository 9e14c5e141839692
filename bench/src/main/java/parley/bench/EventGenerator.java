package parley.bench;

import parley.model.Codes;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.ExtractorInfo;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic news events for the benchmark (same seed and size → same records, byte for byte).
 *
 * <ul>
 *   <li>About 200 codes ({@link #CODES}): a fixed head of countries that dominate diplomatic news, then the rest of
 *       the ISO list in a seeded order, drawn Zipf-like (rank r has weight 1/r^{@value #ZIPF_S}), so the top 10
 *       take about half of all mentions.</li>
 *   <li>Kinds: VISIT 25 %, MEETING 20 %, CALL 15 %, STATEMENT 40 % (statements about 1–2 countries).</li>
 *   <li>Dates: {@code total} records spread evenly over {@link #SPAN_DAYS} days (or the span given) from {@link #START}; {@value #DISORDER_PCT} %
 *       are dated 1–{@value #MAX_DISORDER_DAYS} days before the current day (disorder within the 7-day grace, never late).</li>
 *   <li>{@value #DUP_REPORT_PCT} % are another report of a recent event (same event_key, new source, new id: a
 *       mention), {@value #REDELIVERY_PCT} % a redelivery of an earlier record (same id: ignored by Streams).</li>
 * </ul>
 */
public final class EventGenerator {
    /** Bump when the generated records change, so cached event files are regenerated. */
    public static final int VERSION = 2;
    public static final LocalDate START = LocalDate.of(2023, 1, 1);
    public static final int SPAN_DAYS = 730;
    public static final double ZIPF_S = 1.0;
    public static final int DISORDER_PCT = 8;
    public static final int MAX_DISORDER_DAYS = 5;
    public static final int DUP_REPORT_PCT = 12;
    public static final int REDELIVERY_PCT = 1;
    static final ExtractorInfo EXTRACTOR = new ExtractorInfo("bench", "1.0.0", "bench");

    /** The head of the ranking: the usual suspects of diplomatic news, most frequent first. */
    private static final List<String> HEAD = List.of("USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "ISR", "IRN", "TUR",
            "IND", "JPN", "EU", "PRK", "KOR", "SAU", "UN", "PSE", "SYR", "NATO", "QAT", "EGY", "POL", "ITA", "CAN",
            "BRA", "AUS", "PAK", "AFG", "VEN");
    /** The ~200 codes in rank order. */
    public static final List<String> CODES;
    private static final double[] CDF;

    static {
        List<String> rest = new ArrayList<>(Codes.countries());
        rest.removeAll(HEAD);
        Collections.sort(rest);
        Collections.shuffle(rest, new Random(20240806L));
        List<String> codes = new ArrayList<>(HEAD);
        codes.addAll(rest.subList(0, 200 - HEAD.size()));
        CODES = List.copyOf(codes);
        CDF = new double[CODES.size()];
        double sum = 0;
        for (int i = 0; i < CDF.length; i++) {
            sum += 1.0 / Math.pow(i + 1, ZIPF_S);
            CDF[i] = sum;
        }
        for (int i = 0; i < CDF.length; i++) CDF[i] /= sum;
    }

    private static final String[] FIRST = {"Anna", "Boris", "Carlos", "Dilma", "Emmanuel", "Fumio", "Gustavo", "Hakan",
            "Ilham", "Jens", "Kamala", "Li", "Mette", "Narendra", "Olaf", "Petr", "Qasim", "Rishi", "Sergei", "Tayyip",
            "Ursula", "Volodymyr", "Wang", "Xi", "Yoon", "Zoran"};
    private static final String[] LAST = {"Albrecht", "Borisov", "Castillo", "Duarte", "Eriksen", "Fischer", "Garcia",
            "Horvat", "Ivanov", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quint",
            "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhang", "Mendes", "Haddad", "Sato"};
    private static final String[] ROLES = {"President", "Prime Minister", "Foreign Minister", "Defence Minister",
            "Trade Minister", "Ambassador", "Special Envoy", "Chancellor"};
    private static final String[] FEEDS = {"wire-a", "wire-b", "daily-c", "agency-d", "broadcaster-e"};

    public record Stats(long fresh, long duplicateReports, long redeliveries, long disordered) { }

    private final Random rnd;
    private final long total;
    private final int spanDays;
    private final int ring = 256;
    private final Event[] recent = new Event[ring];
    private int recentCount;
    private long index;
    private int maxDay = Integer.MIN_VALUE;
    private long fresh, dups, redeliveries, disordered;

    public EventGenerator(long seed, long total) { this(seed, total, SPAN_DAYS); }

    /** {@code total} records with dates spread over {@code spanDays} days from {@link #START}. */
    public EventGenerator(long seed, long total, int spanDays) {
        if (total < 1) throw new IllegalArgumentException("total must be ≥ 1");
        if (spanDays < 1) throw new IllegalArgumentException("spanDays must be ≥ 1");
        this.rnd = new Random(seed);
        this.total = total;
        this.spanDays = spanDays;
    }

    public boolean hasNext() { return index < total; }

    /** The next record (an event with id and event_key), in publishing order. */
    public Event next() {
        long i = index++;
        int base = (int) (i * spanDays / total);
        maxDay = Math.max(maxDay, base);
        int roll = rnd.nextInt(100);
        if (recentCount > 0 && roll < REDELIVERY_PCT + DUP_REPORT_PCT) {
            Event prev = recent[rnd.nextInt(Math.min(recentCount, ring))];
            // at small sizes the ring spans more than the grace: fall back to the latest fresh event
            if (dayOf(prev) < maxDay - 6) prev = recent[(recentCount - 1) % ring];
            if (dayOf(prev) >= maxDay - 6) {
                if (roll < REDELIVERY_PCT) {
                    redeliveries++;
                    return prev;
                }
                dups++;
                return secondReport(prev, i);
            }
        }
        int day = base;
        if (rnd.nextInt(100) < DISORDER_PCT && base > MAX_DISORDER_DAYS) {
            day = base - 1 - rnd.nextInt(MAX_DISORDER_DAYS);
            disordered++;
        }
        Event e = fresh(START.plusDays(day), i);
        fresh++;
        recent[recentCount++ % ring] = e;
        return e;
    }

    private static int dayOf(Event e) { return (int) (e.date().toEpochDay() - START.toEpochDay()); }

    public Stats stats() { return new Stats(fresh, dups, redeliveries, disordered); }

    public String zipfCode() {
        int k = java.util.Arrays.binarySearch(CDF, rnd.nextDouble());
        return CODES.get(k >= 0 ? k : Math.min(-k - 1, CODES.size() - 1));
    }

    private String otherCode(String not) {
        for (int t = 0; t < 20; t++) {
            String c = zipfCode();
            if (!c.equals(not)) return c;
        }
        return not.equals("USA") ? "CHN" : "USA";
    }

    private String person() { return FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]; }

    private String role(String code) { return Codes.isOrganization(code) ? "Secretary General" : ROLES[rnd.nextInt(ROLES.length)]; }

    /** A new event dated {@code date}, reported by a fresh source. */
    Event fresh(LocalDate date, long seq) {
        int k = rnd.nextInt(100);
        Kind kind = k < 25 ? Kind.VISIT : k < 45 ? Kind.MEETING : k < 60 ? Kind.CALL : Kind.STATEMENT;
        String a = zipfCode();
        Party actor = new Party(person(), a, role(a));
        Party counterpart = null;
        Place place = null;
        List<String> about = List.of();
        String b;
        String verb;
        switch (kind) {
            case VISIT -> {
                b = otherCode(a);
                counterpart = rnd.nextInt(100) < 70 ? new Party(person(), b, role(b)) : null;
                place = new Place(Codes.isOrganization(b) ? "Headquarters" : "Capital of " + b, b);
                verb = "visited";
            }
            case MEETING -> {
                b = otherCode(a);
                counterpart = new Party(person(), b, role(b));
                if (rnd.nextInt(100) < 35) {
                    String v = otherCode(a);
                    if (!v.equals(b)) place = new Place("Summit venue", v);
                }
                verb = "met";
            }
            case CALL -> {
                b = otherCode(a);
                counterpart = new Party(person(), b, role(b));
                verb = "spoke by phone with";
            }
            default -> {
                Set<String> ab = new LinkedHashSet<>();
                ab.add(otherCode(a));
                if (rnd.nextInt(100) < 35) ab.add(otherCode(a));
                about = List.copyOf(ab);
                b = about.get(0);
                verb = "issued a statement on";
            }
        }
        LocalDate published = date.plusDays(rnd.nextInt(100) < 70 ? 0 : 1);
        String srcId = "bench-" + FEEDS[(int) (seq % FEEDS.length)] + "-" + seq;
        Source source = new Source(srcId, actor.role() + " " + actor.name() + " " + verb + " " + b,
                "https://news.example.org/" + published + "/" + srcId, published, FEEDS[(int) (seq % FEEDS.length)]);
        String evidence = "On " + date + ", " + actor.role() + " " + actor.name() + " of " + a + " " + verb + " "
                + (counterpart != null ? counterpart.role() + " " + counterpart.name() + " of " + b : b)
                + (place != null ? " in " + place.name() : "") + ", officials said, describing the talks as constructive.";
        return new Event(Event.SCHEMA, null, null, kind, date, DatePrecision.DAY, actor, counterpart, place, about, source,
                evidence, 0.5 + rnd.nextInt(50) / 100.0, EXTRACTOR, null).withKeys();
    }

    /** Another outlet's report of the same real-world event: same key fields and day, new source (so a new id). */
    private Event secondReport(Event e, long seq) {
        LocalDate published = e.source().published();
        String srcId = "bench-" + FEEDS[(int) (seq % FEEDS.length)] + "-" + seq;
        Source source = new Source(srcId, e.source().title(), "https://news.example.org/" + published + "/" + srcId,
                published, FEEDS[(int) (seq % FEEDS.length)]);
        return new Event(e.schema(), null, null, e.kind(), e.date(), e.datePrecision(), e.actor(), e.counterpart(),
                e.place(), e.about(), source, e.evidence(), e.confidence(), e.extractor(), null).withKeys();
    }
}
