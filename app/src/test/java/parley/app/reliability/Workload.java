package parley.app.reliability;

import parley.config.ParleyConfig;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;
import parley.producer.publish.KafkaEventPublisher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic event stream for the crash and scale-out tests (an independent stand-in for the streams test-jar's
 * EventGenerator, which is not on main yet): calls, visits and meetings among a dozen countries over some months,
 * with several reports of one event, exact repeats of a report id and, when asked, late events.
 */
final class Workload {
    static final String[] COUNTRIES = {"FRA", "DEU", "ITA", "ESP", "POL", "NLD", "BEL", "SWE", "NOR", "FIN", "DNK", "AUT"};
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Workload() { }

    /**
     * @param late also emit events dated 40 days back (late with the default 7-day grace)
     * @param jitter event days go back by up to this many days from the running day (within grace: not late)
     */
    static List<Event> events(long seed, int n, int days, boolean late, int jitter) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double p = r.nextDouble();
            if (p < 0.05 && !out.isEmpty()) { // the same report again (same id): ignored by dedup
                out.add(out.get(Math.max(0, out.size() - 1 - r.nextInt(Math.min(out.size(), 20)))));
                continue;
            }
            if (p < 0.15 && !out.isEmpty()) { // another report of a recent event: same kind, parties, roles and day
                Event e = out.get(Math.max(0, out.size() - 1 - r.nextInt(Math.min(out.size(), 20))));
                out.add(new Event(1, null, null, e.kind(), e.date(), e.datePrecision(), e.actor(), e.counterpart(), e.place(), e.about(),
                        new Source("src-" + seed + "-" + i, null, null, e.source().published(), null), "another report", 0.8, null, null).withKeys());
                continue;
            }
            LocalDate day = START.plusDays((long) i * days / n - (jitter > 0 ? r.nextInt(jitter + 1) : 0));
            int a = r.nextInt(COUNTRIES.length), b = (a + 1 + r.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
            if (late && p > 0.97) day = day.minusDays(40);
            if (day.isBefore(START)) day = START;
            // one orientation per unordered pair, so every report of a MEETING/CALL key gives the same roles
            String x = COUNTRIES[Math.min(a, b)], y = COUNTRIES[Math.max(a, b)];
            Kind kind = Kind.values()[r.nextInt(3)]; // VISIT, MEETING, CALL
            // the place is a function of the event key (kind, pair, day): two independently drawn reports with one key
            // must not disagree on the venue, or "the first report defines the roles" would depend on arrival order
            // (a first version drew it at random, and the scale-out comparison caught exactly that)
            int ix = Math.min(a, b), iy = Math.max(a, b), salt = (int) day.toEpochDay();
            String venue = COUNTRIES[Math.floorMod(ix * 7 + iy * 3 + salt, COUNTRIES.length)];
            Place place = kind == Kind.VISIT ? new Place("capital", y)
                    : kind == Kind.MEETING && Math.floorMod(salt + ix + iy, 2) == 0 && !venue.equals(x) && !venue.equals(y) ? new Place("venue", venue) : null;
            out.add(new Event(1, null, null, kind, day, DatePrecision.DAY, new Party("a" + x, x, "Minister"), new Party("b" + y, y, "Minister"),
                    place, List.of(), new Source("src-" + seed + "-" + i, null, null, day.plusDays(r.nextInt(2)), null), "e" + i, 0.9, null, null).withKeys());
        }
        return out;
    }

    /** Publishes {@code events[from, to)}, pausing {@code pauseMs} after each {@code batch}. */
    static void publish(ParleyConfig c, List<Event> events, int batch, long pauseMs) throws InterruptedException {
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c)) {
            for (int i = 0; i < events.size(); i++) {
                pub.publish(events.get(i));
                if (pauseMs > 0 && (i + 1) % batch == 0) {
                    pub.flush();
                    Thread.sleep(pauseMs);
                }
            }
            pub.flush();
        }
    }

    /** Every engagement row of a SQLite sink except the processing-time column, sorted: the comparable result. */
    static List<String> sqliteRows(Path db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM engagement ORDER BY entity, window_days, window_end")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (md.getColumnName(i).equalsIgnoreCase("updated_at")) continue;
                    b.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    /** The config as --set flags for a child {@code parley.app.Main} (bootstrap servers as its own flag). */
    static List<String> flags(ParleyConfig c) {
        List<String> out = new ArrayList<>(List.of("--bootstrap-servers", c.bootstrapServers()));
        for (var e : c.asMap().entrySet()) {
            if (e.getKey().equals("bootstrap.servers")) continue;
            out.add("--set");
            out.add(e.getKey() + "=" + e.getValue());
        }
        return out;
    }
}
