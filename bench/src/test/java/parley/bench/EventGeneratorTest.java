package parley.bench;

import org.junit.jupiter.api.Test;
import parley.json.Json;
import parley.model.Codes;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.Kind;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventGeneratorTest {
    private static final int N = 20_000;

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        EventGenerator a = new EventGenerator(7, 500), b = new EventGenerator(7, 500), c = new EventGenerator(8, 500);
        boolean differs = false;
        while (a.hasNext()) {
            byte[] x = Json.bytes(a.next());
            assertArrayEquals(x, Json.bytes(b.next()));
            differs |= !Arrays.equals(x, Json.bytes(c.next()));
        }
        assertTrue(differs);
    }

    @Test
    void everyRecordIsAValidContractEventAndNeverLate() throws Exception {
        EventGenerator g = new EventGenerator(42, N);
        long maxDay = Long.MIN_VALUE;
        int n = 0;
        while (g.hasNext()) {
            Event e = g.next();
            Event parsed = EventCodec.parse(Json.bytes(e)); // the Streams app's strict codec: would go to the DLQ otherwise
            assertEquals(e.eventKey(), parsed.eventKey());
            long day = e.date().toEpochDay();
            maxDay = Math.max(maxDay, day);
            assertTrue(day >= maxDay - 6, "late: " + e.date() + " with stream day " + maxDay);
            n++;
        }
        assertEquals(N, n);
        assertEquals(EventGenerator.SPAN_DAYS - 1, maxDay - EventGenerator.START.toEpochDay(), "dates cover the two-year span");
    }

    @Test
    void mixIsSkewedAndHasDuplicatesRedeliveriesAndDisorder() {
        EventGenerator g = new EventGenerator(42, N);
        Map<String, Integer> actors = new HashMap<>();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        int sameId = 0, sameKeyNewId = 0;
        while (g.hasNext()) {
            Event e = g.next();
            assertTrue(Codes.isValid(e.actor().country()));
            actors.merge(e.actor().country(), 1, Integer::sum);
            kinds.merge(e.kind(), 1, Integer::sum);
            boolean newId = ids.add(e.id());
            boolean newKey = keys.add(e.eventKey());
            if (!newId) sameId++;
            else if (!newKey) sameKeyNewId++;
        }
        var s = g.stats();
        assertEquals(N, s.fresh() + s.duplicateReports() + s.redeliveries());
        assertEquals(s.redeliveries(), sameId);
        assertTrue(sameKeyNewId >= s.duplicateReports(), "second reports share the first report's event_key");
        assertTrue(s.duplicateReports() > N * 0.08 && s.duplicateReports() < N * 0.16, "duplicate reports " + s.duplicateReports());
        assertTrue(s.redeliveries() > 0 && s.disordered() > N * 0.04);
        // Zipf-ish: the top actor is far above the median, the top 10 take a large share, and the long tail exists
        int[] sorted = actors.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int top10 = 0;
        for (int i = sorted.length - 10; i < sorted.length; i++) top10 += sorted[i];
        assertTrue(top10 > N * 0.4, "top 10 actor countries " + top10);
        assertTrue(sorted[sorted.length - 1] > 20 * sorted[sorted.length / 2], "head vs median");
        assertTrue(actors.size() > 150, "distinct actor codes " + actors.size());
        assertEquals(200, EventGenerator.CODES.size());
        assertEquals(4, kinds.size());
        assertTrue(kinds.get(Kind.STATEMENT) > kinds.get(Kind.CALL), "statements are the most common kind");
    }

    @Test
    void aDenseSpanPacksTheEventsIntoItsDays() {
        EventGenerator g = new EventGenerator(42, 30_000, 3);
        Map<java.time.LocalDate, Integer> perDay = new java.util.TreeMap<>();
        while (g.hasNext()) perDay.merge(g.next().date(), 1, Integer::sum);
        assertEquals(Set.of(EventGenerator.START, EventGenerator.START.plusDays(1), EventGenerator.START.plusDays(2)), perDay.keySet());
        for (int n : perDay.values()) assertTrue(n > 9_000 && n < 11_000, "per day: " + perDay);
    }
}
