package parley.streams.topology;

import org.junit.jupiter.api.Test;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.streams.EventGenerator;
import parley.streams.ReferenceModel;
import parley.streams.StreamsSettings;
import parley.streams.TestEvents;
import parley.streams.watermark.ToAllPartitions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology for several partitions, run as Kafka runs it ({@link PartitionedRun}: 4 intake and 4 engagement tasks,
 * interleaved at random with skewed speeds), against {@link ReferenceModel}. Events are keyed by event_key as the
 * producer keys them, so a partition's records are read in the order they were written; which ones are late is then
 * a property of each partition's own sequence (an event dated before the latest day of its partition − grace),
 * computed here independently. Given that, every row and every final row must equal the reference's for the accepted
 * events, whatever the interleaving: the watermark keeps the engagement stage from finalising or decaying a day that
 * a slower partition can still send a delta for. The input ends with one event on the last day in every partition,
 * so each partition's stream day ends on the same day as the one-partition run's and the rows reach that day too.
 * Engagement tasks are restarted on their state now and then (the rows store is rebuilt, as after a crash).
 */
class PartitionedTopologyTest {
    static final int PARTITIONS = 4;
    /** Far beyond any event's distance from the stream day: lateness is decided per partition here, not by the model. */
    static final int NO_LATENESS = 100_000;

    @Test
    void bulkLoadThroughFourPartitionsGivesTheReferenceRows() {
        // everything written before Streams starts: the partitions race, as on a backlog
        run(StreamsSettings.defaults().withInMemoryStores(true).withPartitions(PARTITIONS), 20240801L, 2500, 90, true);
    }

    @Test
    void trickleWithShortWindowsAndGraceGivesTheReferenceRows() {
        run(StreamsSettings.defaults().withInMemoryStores(true).withPartitions(PARTITIONS).withWindows(List.of(1, 3, 10)).withGrace(4),
                7L, 2000, 90, false);
    }

    private void run(StreamsSettings settings, long seed, int count, int span, boolean bulk) {
        List<Event> events = new ArrayList<>(new EventGenerator(seed).spanDays(span).disorder(0.2, settings.graceDays())
                .followUps(0.2).repeats(0.02).late(0.01, settings.graceDays()).generate(count));
        events.addAll(closingEvents(events));
        Random rnd = new Random(seed);
        List<Map.Entry<String, byte[]>> records = new ArrayList<>();
        for (Event e : events) {
            records.add(Map.entry(e.eventKey(), EventGenerator.bytes(e)));
            if (rnd.nextDouble() < 0.01) {   // a broken copy: dead letter, in whichever partition its key lands
                String json = new String(EventGenerator.bytes(e), StandardCharsets.UTF_8);
                records.add(Map.entry("bad-" + records.size(), json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8)));
            }
        }

        // which records each partition finds late, from its own sequence
        Map<Integer, LocalDate> partitionDay = new HashMap<>();
        List<String> expectedLate = new ArrayList<>();
        List<Map.Entry<String, byte[]>> notLate = new ArrayList<>();
        Map<String, Event> byKeyAndBytes = new HashMap<>();
        for (Event e : events) byKeyAndBytes.put(new String(EventGenerator.bytes(e), StandardCharsets.UTF_8), e);
        for (var r : records) {
            Event e = byKeyAndBytes.get(new String(r.getValue(), StandardCharsets.UTF_8));
            if (e != null) {
                LocalDate s = partitionDay.merge(ToAllPartitions.byKey(r.getKey(), PARTITIONS), e.date(), (a, b) -> a.isAfter(b) ? a : b);
                if (e.date().isBefore(s.minusDays(settings.graceDays()))) {
                    expectedLate.add(e.id());
                    continue;
                }
            }
            notLate.add(r);
        }
        ReferenceModel.Result expected = ReferenceModel.compute(notLate, settings.windows(), NO_LATENESS);
        LocalDate finalBefore = expected.streamDay().minusDays(settings.graceDays());
        Map<String, EngagementRow> expectedFinals = new LinkedHashMap<>();
        for (var e : expected.rows().entrySet())
            if (e.getValue().windowEnd().isBefore(finalBefore)) expectedFinals.put(e.getKey(), ReferenceModel.comparable(e.getValue(), true));
        // the input exercises what it is meant to
        assertThat(expectedLate).isNotEmpty();
        assertThat(expected.lateIds()).isEmpty();
        assertThat(expected.duplicateIds()).isPositive();
        assertThat(expected.acceptedReports()).isGreaterThan(expected.events());
        assertThat(expectedFinals).isNotEmpty();

        PartitionedRun run = new PartitionedRun(settings, seed);
        // skewed speeds: each task up to 100 × faster than another
        double[] weights = new double[2 * PARTITIONS];
        for (int i = 0; i < weights.length; i++) weights[i] = Math.pow(10, 2 * rnd.nextDouble());
        if (bulk) {
            for (var r : records) run.produce(r.getKey(), r.getValue());
            run.runToEnd(weights);
        } else {
            for (var r : records) {
                run.produce(r.getKey(), r.getValue());
                if (rnd.nextInt(3) == 0) run.step(weights);
            }
            run.runToEnd(weights);
        }
        System.out.printf("partitioned: %d records, %d rows, %d finals, %d live records, max drift between partitions %d days, %d restarts%n",
                records.size(), expected.rows().size(), expectedFinals.size(), run.liveRecords, run.maxDriftDays, run.restarts);

        // partitions did drift apart by more than grace: one stream day for all would have made reports late
        assertThat(run.maxDriftDays).isGreaterThan(settings.graceDays());
        assertThat(run.restarts).as("engagement tasks restarted on their state").isPositive();
        assertThat(run.intakeLateIds).containsExactlyInAnyOrderElementsOf(expectedLate);
        assertThat(run.otherLate).as("late records at dedup or engagement").isEmpty();
        assertThat(run.deadLetterKeys).containsExactlyInAnyOrderElementsOf(
                records.stream().map(Map.Entry::getKey).filter(k -> k.startsWith("bad-")).toList());
        assertThat(differences(run.latestLive, expected.rows(), false)).as("live rows vs reference").isEmpty();
        assertThat(differences(run.finals, expectedFinals, true)).as("final rows vs reference").isEmpty();
    }

    /** One CALL on the last day in every partition, so every partition's stream day ends there. */
    static List<Event> closingEvents(List<Event> events) {
        LocalDate last = events.stream().map(Event::date).max(LocalDate::compareTo).orElseThrow();
        String[] codes = {"FRA", "DEU", "ITA", "ESP", "POL", "NLD", "BEL", "SWE", "NOR", "FIN", "DNK", "AUT"};
        List<Event> out = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; i < codes.length && covered.size() < PARTITIONS; i++)
            for (int j = i + 1; j < codes.length && covered.size() < PARTITIONS; j++) {
                Event e = TestEvents.call(last.toString(), codes[i], codes[j], null, "closing-" + i + "-" + j);
                if (covered.add(ToAllPartitions.byKey(e.eventKey(), PARTITIONS))) out.add(e);
            }
        assertThat(covered).hasSize(PARTITIONS);
        return out;
    }

    /** Missing, extra and different rows, at most 20. */
    static List<String> differences(Map<String, EngagementRow> actual, Map<String, EngagementRow> expected, boolean isFinal) {
        List<String> out = new ArrayList<>();
        int missing = 0, differ = 0, extra = 0;
        for (var e : expected.entrySet()) {
            EngagementRow a = actual.get(e.getKey());
            if (a == null) {
                missing++;
                out.add("missing " + e.getValue());
            } else if (!ReferenceModel.comparable(a, isFinal).equals(e.getValue())) {
                differ++;
                out.add("differs: " + a + " expected " + e.getValue());
            }
        }
        for (String k : actual.keySet()) if (!expected.containsKey(k)) {
            extra++;
            out.add("unexpected " + actual.get(k));
        }
        if (!out.isEmpty()) out.add(0, missing + " missing, " + differ + " different, " + extra + " unexpected of " + expected.size());
        return out.subList(0, Math.min(21, out.size()));
    }
}
