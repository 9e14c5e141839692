package parley.streams;

import parley.json.Json;
import parley.model.Codes;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.ExtractorInfo;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded random valid events, shaped like the producer's output: a realistic mix of kinds, about 200 codes with a
 * skewed (Zipf-like) popularity, dates spread over a span in roughly increasing order with some disorder inside
 * the grace period, follow-up reports of recent events (same event_key, new id), exact repeats of a record, and
 * optionally a few events past grace. Same seed, same list.
 *
 * <pre>
 * List&lt;Event&gt; events = new EventGenerator(42).start("2024-01-01").spanDays(120).generate(3000);
 * </pre>
 */
public final class EventGenerator {
    private static final String[] SURNAMES = {"Lavrov", "Blinken", "Wang", "Jaishankar", "Fidan", "Baerbock", "Sikorski",
            "Kuleba", "Bayramov", "Mirzoyan", "Araghchi", "Guterres", "Borrell", "Rutte", "Tajani", "Albares", "Motegi"};
    private static final String[] BODIES = {"Ministry of Foreign Affairs", "the Kremlin", "Foreign Office", "State Department", "Presidential Office"};

    private final Random rnd;
    private LocalDate start = LocalDate.of(2024, 1, 1);
    private int spanDays = 120;
    private int codeCount = 200;
    private int disorderDays = 5;
    private double disorderRate = 0.15;
    private double followUpRate = 0.2;
    private double repeatRate = 0.02;
    private double lateRate = 0.0;
    private int graceDays = 7;
    private List<String> codes;
    private double[] cumulative;

    public EventGenerator(long seed) { this.rnd = new Random(seed); }

    public EventGenerator start(String isoDay) { this.start = LocalDate.parse(isoDay); return this; }

    public EventGenerator spanDays(int days) { this.spanDays = days; return this; }

    public EventGenerator codes(int n) { this.codeCount = n; return this; }

    /** Share of events dated up to {@code days} before the current day (still within grace if days ≤ grace). */
    public EventGenerator disorder(double rate, int days) { this.disorderRate = rate; this.disorderDays = days; return this; }

    /** Share of records that are another report (new source, new id) of a recent event. */
    public EventGenerator followUps(double rate) { this.followUpRate = rate; return this; }

    /** Share of records that repeat an earlier record exactly (same id). */
    public EventGenerator repeats(double rate) { this.repeatRate = rate; return this; }

    /** Share of events dated past grace (they must end up on the late topic). */
    public EventGenerator late(double rate, int graceDays) { this.lateRate = rate; this.graceDays = graceDays; return this; }

    public List<Event> generate(int n) {
        setUpCodes();
        List<Event> out = new ArrayList<>(n);
        List<Event> recent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate today = start.plusDays((long) i * spanDays / Math.max(1, n));
            double r = rnd.nextDouble();
            Event e;
            if (r < repeatRate && !out.isEmpty()) {
                e = out.get(out.size() - 1 - rnd.nextInt(Math.min(out.size(), 30)));
            } else if (r < repeatRate + followUpRate && !recent.isEmpty()) {
                e = followUp(recent.get(rnd.nextInt(recent.size())));
            } else {
                LocalDate day = today;
                double d = rnd.nextDouble();
                if (d < lateRate) day = today.minusDays(graceDays + 1 + rnd.nextInt(20));
                else if (d < lateRate + disorderRate) day = today.minusDays(rnd.nextInt(disorderDays + 1));
                e = fresh(day);
                recent.add(e);
                if (recent.size() > 40) recent.remove(0);
            }
            out.add(e);
        }
        return out;
    }

    public static byte[] bytes(Event e) { return Json.string(e).getBytes(StandardCharsets.UTF_8); }

    public static List<byte[]> bytes(List<Event> events) { return events.stream().map(EventGenerator::bytes).toList(); }

    private void setUpCodes() {
        if (codes != null) return;
        List<String> all = new ArrayList<>(Codes.all());
        Collections.sort(all);
        Collections.shuffle(all, rnd);
        codes = new ArrayList<>(all.subList(0, Math.min(codeCount, all.size())));
        List<String> orgs = List.of("EU", "NATO", "UN");
        for (int j = 0; j < orgs.size(); j++)
            if (!codes.contains(orgs.get(j))) codes.set(Math.min(codes.size() - 1, 8 + 5 * j), orgs.get(j));
        cumulative = new double[codes.size()];
        double sum = 0;
        for (int i = 0; i < codes.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, 0.9);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
    }

    private String code() {
        double x = rnd.nextDouble();
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return codes.get(Math.min(codes.size() - 1, i < 0 ? -i - 1 : i));
    }

    private String otherThan(String a) {
        for (int i = 0; i < 50; i++) {
            String c = code();
            if (!c.equals(a)) return c;
        }
        return codes.get(0).equals(a) ? codes.get(1) : codes.get(0);
    }

    private Event fresh(LocalDate day) {
        double k = rnd.nextDouble();
        Kind kind = k < 0.25 ? Kind.VISIT : k < 0.45 ? Kind.MEETING : k < 0.6 ? Kind.CALL : Kind.STATEMENT;
        String a = code();
        Party actor = new Party(person(), a, "Minister");
        Party counterpart = null;
        Place place = null;
        List<String> about = List.of();
        switch (kind) {
            case VISIT -> {
                String host = otherThan(a);
                if (rnd.nextDouble() < 0.85) place = new Place("City", host);
                if (place == null || rnd.nextDouble() < 0.5) counterpart = new Party(person(), host, "President");
            }
            case MEETING -> {
                String b = otherThan(a);
                counterpart = new Party(person(), b, "Minister");
                double p = rnd.nextDouble();
                if (p < 0.5) place = new Place("Summit city", otherThan(a));        // a third country: the venue, or b
                else if (p < 0.7) place = new Place("Home", a);
            }
            case CALL -> {
                counterpart = new Party(person(), otherThan(a), "President");
                if (rnd.nextDouble() < 0.2) place = new Place("Somewhere", code()); // counts nothing
            }
            case STATEMENT -> {
                if (rnd.nextDouble() < 0.25) actor = new Party(BODIES[rnd.nextInt(BODIES.length)], a, null);
                int n = rnd.nextInt(4);
                List<String> ab = new ArrayList<>();
                for (int i = 0; i < n; i++) ab.add(rnd.nextDouble() < 0.1 ? a : code()); // sometimes about itself
                about = ab.stream().distinct().toList();
                if (rnd.nextDouble() < 0.1) place = new Place("Podium", code());    // counts nothing
            }
        }
        DatePrecision precision = rnd.nextDouble() < 0.9 ? DatePrecision.DAY : DatePrecision.PUBLISHED;
        LocalDate published = day.plusDays(rnd.nextInt(2));
        Source source = new Source("src-" + Long.toHexString(rnd.nextLong()), "A report", "https://news.example/" + rnd.nextInt(1_000_000), published, "feed-" + rnd.nextInt(5));
        return new Event(Event.SCHEMA, "tbd", "tbd", kind, day, precision, actor, counterpart, place, about, source,
                "generated evidence", Math.round(rnd.nextDouble() * 100) / 100.0, new ExtractorInfo("gen", "1", "test"), null).withKeys();
    }

    /** Another report of the same event: new source (so a new id), same event_key; details the key ignores may differ. */
    private Event followUp(Event e) {
        Source s = new Source("src-" + Long.toHexString(rnd.nextLong()), "Another report", e.source().url() + "?r", e.source().published(), e.source().feed());
        Place place = e.place();
        List<String> about = e.about();
        if (e.kind() == Kind.MEETING && rnd.nextDouble() < 0.5) place = rnd.nextBoolean() ? null : new Place("Elsewhere", code());
        if (e.kind() == Kind.STATEMENT && rnd.nextDouble() < 0.3) about = List.of(code());
        return new Event(e.schema(), "tbd", "tbd", e.kind(), e.date(), e.datePrecision(), e.actor(), e.counterpart(), place,
                about, s, e.evidence(), e.confidence(), e.extractor(), null).withKeys();
    }

    private String person() {
        return (rnd.nextBoolean() ? "Anna " : "Ivan ") + SURNAMES[rnd.nextInt(SURNAMES.length)];
    }
}
