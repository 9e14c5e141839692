package parley.streams.engagement;

import org.junit.jupiter.api.Test;
import parley.json.Json;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;
import parley.streams.time.Days;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written row JSON is exactly Jackson's for the same {@link EngagementRow}, and reads back equal. */
class RowWriterTest {
    private static final List<String> CODES = List.of("AZE", "RUS", "USA", "EU", "NATO", "XKX", "UN");

    @Test
    void matchesJacksonByteForByteOnRandomRows() {
        Random rnd = new Random(11);
        RowWriter w = new RowWriter();
        for (int i = 0; i < 5_000; i++) {
            boolean country = rnd.nextBoolean();
            String a = CODES.get(rnd.nextInt(CODES.size()));
            String b = CODES.get(rnd.nextInt(CODES.size()));
            String entity = country ? Delta.country(a) : Delta.pair(a + "|" + b);
            Counts c = Counts.zero();
            for (int k = rnd.nextInt(40); k > 0; k--) {
                Kind kind = rnd.nextInt(4) == 0 ? null : Kind.values()[rnd.nextInt(Kind.values().length)];
                Role role = country && kind != null ? Role.values()[rnd.nextInt(Role.values().length)] : null;
                c.add(new Delta(0, kind, role));
            }
            int window = List.of(1, 7, 30, 90, 365).get(rnd.nextInt(5));
            int end = Days.of(java.time.LocalDate.of(1900, 1, 1)) + rnd.nextInt(60_000);  // 1900 … 2064
            boolean isFinal = rnd.nextBoolean();
            long now = 1_600_000_000_000L + (long) rnd.nextInt(1_000_000_000) * 7;

            EngagementRow expected = new EngagementRow(Event.SCHEMA, country ? a : null, country ? null : List.of(a, b),
                    window, Days.date(end - window + 1), Days.date(end), c.total(), byKind(c), country ? byRole(c) : null,
                    c.mentions(), isFinal, Instant.ofEpochMilli(now).truncatedTo(ChronoUnit.SECONDS));
            byte[] json = w.json(entity, window, end, c, isFinal, now);
            assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(Json.string(expected));
            assertThat(Json.read(json, EngagementRow.class)).isEqualTo(expected);
            assertThat(w.key(new RowId(window, entity), end)).isEqualTo(expected.rowKey());
        }
    }

    /** The contract's maps: all four kinds / roles in contract order, zeros included. */
    private static java.util.Map<String, Long> byKind(Counts c) {
        var m = new java.util.LinkedHashMap<String, Long>();
        for (Kind k : Kind.values()) m.put(k.name(), c.kind(k));
        return m;
    }

    private static java.util.Map<String, Long> byRole(Counts c) {
        var m = new java.util.LinkedHashMap<String, Long>();
        for (Role r : Role.values()) m.put(r.json(), c.role(r));
        return m;
    }

    @Test
    void oddCharactersAreEscapedAsJacksonWould() {
        RowWriter w = new RowWriter();
        String json = new String(w.json("C:A\"B\\\u0001é", 7, 20_000, Counts.zero(), false, 0), StandardCharsets.UTF_8);
        assertThat(json).contains("\"country\":" + Json.string("A\"B\\\u0001é") + ",");
        assertThat(Json.read(json, EngagementRow.class).country()).isEqualTo("A\"B\\\u0001é");
    }
}
