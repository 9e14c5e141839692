package parley.consumer;

import org.junit.jupiter.api.Test;
import parley.json.Json;
import parley.model.EngagementRow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast reader against Jackson: whatever it accepts, Jackson reads to an equal row, and Json.bytes of that row
 * gives back the very same bytes (so the JSONL sink may copy them). Everything else it leaves to Jackson.
 */
public class CanonicalRowReaderTest {
    static final String[] CODES = {"AZE", "RUS", "EU", "USA", "ARM", "NATO", "TUR"};

    /** Rows as Streams writes them: these must all take the fast path. */
    public static EngagementRow streamsRow(Random rnd) {
        boolean pair = rnd.nextBoolean();
        int w = new int[]{7, 30, 90}[rnd.nextInt(3)];
        LocalDate end = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(3000));
        Map<String, Long> kind = new LinkedHashMap<>();
        for (String k : List.of("VISIT", "MEETING", "CALL", "STATEMENT")) kind.put(k, (long) rnd.nextInt(rnd.nextBoolean() ? 10 : 100_000));
        Map<String, Long> role = null;
        if (!pair) {
            role = new LinkedHashMap<>();
            for (String k : List.of("outbound", "inbound", "venue", "subject")) role.put(k, (long) rnd.nextInt(50));
        }
        long total = kind.values().stream().mapToLong(Long::longValue).sum();
        return new EngagementRow(1, pair ? null : CODES[rnd.nextInt(CODES.length)],
                pair ? List.of(CODES[rnd.nextInt(3)], CODES[3 + rnd.nextInt(3)]) : null, w, end.minusDays(w - 1), end,
                total, kind, role, total + rnd.nextInt(9), rnd.nextBoolean(),
                Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(100_000_000)));
    }

    /** Rows with everything the type allows: nulls, odd strings, big and negative numbers, far dates, nanos. */
    public static EngagementRow oddRow(Random rnd) {
        return new EngagementRow(rnd.nextInt(5) == 0 ? rnd.nextInt() : 1,
                rnd.nextInt(4) == 0 ? null : text(rnd),
                rnd.nextInt(3) == 0 ? null : texts(rnd),
                rnd.nextInt(5) == 0 ? -rnd.nextInt(1000) : rnd.nextInt(Integer.MAX_VALUE),
                rnd.nextInt(6) == 0 ? null : date(rnd), rnd.nextInt(6) == 0 ? null : date(rnd),
                number(rnd), rnd.nextInt(5) == 0 ? null : counts(rnd), rnd.nextInt(3) == 0 ? null : counts(rnd),
                number(rnd), rnd.nextBoolean(), rnd.nextInt(5) == 0 ? null : instant(rnd));
    }

    static String text(Random rnd) {
        String palette = "ABZaz09|,;\"\\\n\t\r=+-@ /é€\u2028\u0001😀";
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) b.append(rnd.nextInt(3) == 0 ? palette.charAt(rnd.nextInt(palette.length())) : (char) ('A' + rnd.nextInt(26)));
        return b.toString().replace("\uD83D", "").replace("\uDE00", "") + (rnd.nextInt(10) == 0 ? "😀" : "");
    }

    static List<String> texts(Random rnd) {
        List<String> l = new ArrayList<>();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) l.add(text(rnd));
        return l;
    }

    static long number(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -rnd.nextInt(1000);
            case 2 -> rnd.nextLong();
            case 3 -> rnd.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            default -> rnd.nextInt(1_000_000);
        };
    }

    static Map<String, Long> counts(Random rnd) {
        Map<String, Long> m = new LinkedHashMap<>();
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) m.put(rnd.nextBoolean() ? "VISIT" : text(rnd), rnd.nextInt(8) == 0 ? null : number(rnd));
        return m;
    }

    static LocalDate date(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> LocalDate.of(rnd.nextInt(20_000) - 5_000, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case 1 -> LocalDate.of(rnd.nextInt(10_000), 2, 28).plusDays(rnd.nextInt(2)); // Feb 29 in leap years
            default -> LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(20_000));
        };
    }

    static Instant instant(Random rnd) {
        Instant t = Instant.ofEpochSecond(rnd.nextInt(3) == 0 ? rnd.nextLong() % 300_000_000_000L : 1_700_000_000L + rnd.nextInt(1 << 30));
        return rnd.nextInt(4) == 0 ? t.plusNanos(rnd.nextInt(1_000_000_000)) : t;
    }

    /** The property: accepted ⇒ Jackson reads the same row, and the row writes back to exactly these bytes. */
    static EngagementRow check(byte[] json) {
        EngagementRow fast = CanonicalRowReader.read(json);
        if (fast != null) {
            EngagementRow jackson = Json.read(json, EngagementRow.class);
            assertThat(fast).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(jackson);
            assertThat(Json.bytes(fast)).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(json);
        }
        return fast;
    }

    @Test
    void readsEveryRowStreamsWritesExactlyAsJacksonDoes() {
        Random rnd = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            EngagementRow row = streamsRow(rnd);
            byte[] json = Json.bytes(row);
            assertThat(check(json)).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(row);
        }
    }

    @Test
    void acceptsOnlyWhatJacksonReadsTheSameAndWritesBackIdentically() {
        Random rnd = new Random(2);
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            EngagementRow row = oddRow(rnd);
            byte[] json = Json.bytes(row);
            if (check(json) != null) fast++;
        }
        assertThat(fast).isBetween(200, 19_800); // both paths exercised (562 with this seed)
    }

    @Test
    void mutatedBytesAreEitherRejectedOrStillIdenticalToJackson() {
        Random rnd = new Random(3);
        String alphabet = "{}[]\":,-0123456789eE.tfnul Z\\\nTabc";
        for (int i = 0; i < 100_000; i++) {
            byte[] json = Json.bytes(rnd.nextInt(3) == 0 ? oddRow(rnd) : streamsRow(rnd));
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits && json.length > 1; e++) {
                int at = rnd.nextInt(json.length);
                byte c = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
                json = switch (rnd.nextInt(3)) {
                    case 0 -> { json[at] = c; yield json; }
                    case 1 -> concat(Arrays.copyOf(json, at), new byte[]{c}, Arrays.copyOfRange(json, at, json.length));
                    default -> concat(Arrays.copyOf(json, at), Arrays.copyOfRange(json, at + 1, json.length));
                };
            }
            try {
                check(json);
            } catch (java.io.UncheckedIOException jacksonRejected) {
                throw new AssertionError("accepted what Jackson rejects: " + new String(json, StandardCharsets.UTF_8), jacksonRejected);
            }
        }
    }

    @Test
    void leavesAnythingNotCanonicalToJackson() {
        String ok = "{\"schema\":1,\"country\":\"AZE\",\"window_days\":7,\"window_start\":\"2024-08-01\",\"window_end\":\"2024-08-07\","
                + "\"total\":1,\"by_kind\":{\"VISIT\":1,\"MEETING\":0,\"CALL\":0,\"STATEMENT\":0},"
                + "\"by_role\":{\"outbound\":1,\"inbound\":0,\"venue\":0,\"subject\":0},\"mentions\":1,\"final\":false,"
                + "\"updated_at\":\"2026-11-23T10:15:00Z\"}";
        assertThat(check(bytes(ok))).isNotNull();
        for (String bad : List.of(
                ok.replace(",\"total\"", ", \"total\""),                              // whitespace
                ok + "\n",                                                           // a line end
                ok.replace("\"window_days\":7", "\"window_days\":07"),               // leading zero
                ok.replace("\"total\":1", "\"total\":1.0"),                          // a float Jackson would coerce
                ok.replace("\"total\":1", "\"total\":-0"),
                ok.replace("\"total\":1", "\"total\":\"1\""),                        // a string Jackson would coerce
                ok.replace("\"country\":\"AZE\",", "") .replace("{\"schema\":1,", "{\"schema\":1,\"country\":\"AZE\",\"x\":1,"), // unknown field
                ok.replace("\"schema\":1,\"country\":\"AZE\"", "\"country\":\"AZE\",\"schema\":1"), // another order
                ok.replace("\"MEETING\":0", "\"VISIT\":0"),                          // a repeated key
                ok.replace("2024-08-07", "2024-02-30"),                              // no such day
                ok.replace("10:15:00Z", "24:00:00Z"),
                ok.replace("10:15:00Z", "10:15:00.5Z"),                              // fractions: Jackson's business
                ok.replace("AZE", "A\\u005aE"),                                      // an escape
                ok.replace("AZE", "AZÉ"),                                            // non-ASCII
                ok.replace("\"final\":false", "\"final\":0"),
                ok.replace("\"schema\":1", "\"schema\":1234567890"),                 // ten digits: Jackson checks the range
                ok.substring(0, ok.length() - 1),                                    // cut short
                ok + "{}",                                                           // trailing content
                "{}", "", "null", "[]")) {
            assertThat(CanonicalRowReader.read(bytes(bad))).as(bad).isNull();
        }
        assertThat(CanonicalRowReader.read(null)).isNull();
    }

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
