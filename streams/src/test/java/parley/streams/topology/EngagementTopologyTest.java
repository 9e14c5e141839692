package parley.streams.topology;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import parley.json.Json;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.streams.StreamsSettings;
import parley.streams.TestEvents;
import parley.streams.intake.RecordBudget;
import parley.streams.metrics.TaskCounter;
import parley.streams.time.Days;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.streams.TestEvents.call;
import static parley.streams.TestEvents.meeting;
import static parley.streams.TestEvents.statement;
import static parley.streams.TestEvents.visit;

/** The contract's rules on the one-partition topology (stages chained in one task); {@link RekeyedTopologyTest} reruns them re-keyed. */
class EngagementTopologyTest {
    private final Harness h = new Harness(settings());

    StreamsSettings settings() { return StreamsSettings.defaults(); }

    @AfterEach
    void close() { h.close(); }

    private static LocalDate day(String s) { return LocalDate.parse(s); }

    /** Moves the stream day with an event whose entities (FRA, DEU) appear nowhere else in a test. */
    private void advanceTo(String date) { h.send(call(date, "FRA", "DEU", null, "clock-" + date)); }

    private static List<EngagementRow> rowsOf(Iterable<EngagementRow> rows, String entity, int window) {
        List<EngagementRow> out = new ArrayList<>();
        for (EngagementRow r : rows) if (r.entity().equals(entity) && r.windowDays() == window) out.add(r);
        out.sort(java.util.Comparator.comparing(EngagementRow::windowEnd));
        return out;
    }

    private double metric(String name) {
        return h.driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals(TaskCounter.GROUP) && e.getKey().name().equals(name))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    @Test
    void anEventCountsInExactlyTheWindowsThatCoverItsDay() {
        h.send(visit("2024-08-06", "RUS", "AZE", "s1"));
        advanceTo("2024-12-31");
        Map<String, EngagementRow> latest = h.latestLive();
        for (int n : List.of(7, 30, 90)) {
            List<EngagementRow> rows = rowsOf(latest.values(), "AZE", n);
            Set<LocalDate> positive = rows.stream().filter(r -> r.total() > 0).map(EngagementRow::windowEnd).collect(Collectors.toSet());
            Set<LocalDate> expected = day("2024-08-06").datesUntil(day("2024-08-06").plusDays(n)).collect(Collectors.toSet());
            assertThat(positive).as("window %d", n).isEqualTo(expected);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.windowStart()).isEqualTo(r.windowEnd().minusDays(n - 1));
                assertThat(r.total()).isLessThanOrEqualTo(1);
            });
            // the only other row: the first day the event has left the window
            assertThat(rows.stream().filter(r -> r.total() == 0).map(EngagementRow::windowEnd))
                    .containsExactly(day("2024-08-06").plusDays(n));
            assertThat(rows.get(0).windowEnd()).isEqualTo(day("2024-08-06"));
        }
        EngagementRow first = latest.get("AZE|7|2024-08-06");
        assertThat(first.country()).isEqualTo("AZE");
        assertThat(first.pair()).isNull();
        assertThat(first.byKind()).containsExactly(Map.entry("VISIT", 1L), Map.entry("MEETING", 0L), Map.entry("CALL", 0L), Map.entry("STATEMENT", 0L));
        assertThat(first.byRole()).containsExactly(Map.entry("outbound", 0L), Map.entry("inbound", 1L), Map.entry("venue", 0L), Map.entry("subject", 0L));
        assertThat(latest.get("AZE|7|2024-08-12").total()).isEqualTo(1);
        assertThat(latest.get("AZE|7|2024-08-13").total()).isZero();
        assertThat(latest).doesNotContainKeys("AZE|7|2024-08-05", "AZE|7|2024-08-14", "AZE|30|2024-09-06", "AZE|90|2024-11-05");
        assertThat(latest.get("AZE|90|2024-11-03").total()).isEqualTo(1);
        assertThat(latest.get("AZE|90|2024-11-04").total()).isZero();
    }

    @Test
    void outputKeysValuesAndTimestampsFollowTheContract() {
        h.send(visit("2024-08-06", "RUS", "AZE", "s1"));
        List<TestRecord<String, EngagementRow>> recs = h.liveRecords();
        assertThat(recs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().rowKey());
            assertThat(r.timestamp()).isEqualTo(Days.timestamp(r.value().windowEnd()));
            assertThat(r.value().isFinal()).isFalse();
            assertThat(r.value().schema()).isEqualTo(1);
            assertThat(r.value().updatedAt()).isNotNull();
        });
        // VISIT RUS→AZE: two countries and one pair, three windows each
        assertThat(recs).extracting(TestRecord::key).containsExactlyInAnyOrder(
                "RUS|7|2024-08-06", "RUS|30|2024-08-06", "RUS|90|2024-08-06",
                "AZE|7|2024-08-06", "AZE|30|2024-08-06", "AZE|90|2024-08-06",
                "AZE|RUS|7|2024-08-06", "AZE|RUS|30|2024-08-06", "AZE|RUS|90|2024-08-06");
        EngagementRow pair = recs.stream().map(TestRecord::value).filter(EngagementRow::isPair).findFirst().orElseThrow();
        assertThat(pair.pair()).containsExactly("AZE", "RUS");
        assertThat(pair.byRole()).isNull();
        JsonNode json = parley.json.Json.MAPPER.valueToTree(pair);
        assertThat(json.has("by_role")).isFalse();
        assertThat(json.get("final").asBoolean()).isFalse();
        assertThat(json.get("pair").isArray()).isTrue();
        EngagementRow country = recs.stream().map(TestRecord::value).filter(r -> !r.isPair()).findFirst().orElseThrow();
        JsonNode countryJson = parley.json.Json.MAPPER.valueToTree(country);
        assertThat(countryJson.has("pair")).isFalse();
        assertThat(countryJson.get("by_role").size()).isEqualTo(4);
    }

    @Test
    void twoReportsOfOneEventAreOneEventWithTwoMentions() {
        Event a = visit("2024-08-06", "RUS", "AZE", "source-a");
        Event b = visit("2024-08-06", "RUS", "AZE", "source-b");
        assertThat(a.eventKey()).isEqualTo(b.eventKey());
        assertThat(a.id()).isNotEqualTo(b.id());
        h.send(a, b);
        Map<String, EngagementRow> latest = h.latestLive();
        for (String key : List.of("AZE|7|2024-08-06", "RUS|30|2024-08-06", "AZE|RUS|90|2024-08-06")) {
            assertThat(latest.get(key).total()).as(key).isEqualTo(1);
            assertThat(latest.get(key).mentions()).as(key).isEqualTo(2);
        }
    }

    @Test
    void theFirstAcceptedReportDefinesTheEventsCountries() {
        // MEETING keys ignore the place: the second report says GEO, but the first (no place) defines the event
        h.send(meeting("2024-08-06", "AZE", "ARM", null, "first"), meeting("2024-08-06", "AZE", "ARM", "GEO", "second"));
        Map<String, EngagementRow> latest = h.latestLive();
        assertThat(latest.get("AZE|7|2024-08-06").mentions()).isEqualTo(2);
        assertThat(latest.keySet()).noneMatch(k -> k.startsWith("GEO|"));
    }

    @Test
    void aRepeatedReportIdIsIgnored() {
        Event a = visit("2024-08-06", "RUS", "AZE", "s1");
        h.send(a, a, a);
        Map<String, EngagementRow> latest = h.latestLive();
        assertThat(latest.get("AZE|7|2024-08-06").total()).isEqualTo(1);
        assertThat(latest.get("AZE|7|2024-08-06").mentions()).isEqualTo(1);
        assertThat(metric("duplicate-id-total")).isEqualTo(2.0);
    }

    @Test
    void countsByKindAndRole() {
        String d = "2024-03-01";
        h.send(visit(d, "RUS", "AZE", "v"),                                         // AZE inbound (host)
                meeting(d, "AZE", "ARM", "GEO", "m"),                               // AZE outbound, ARM inbound, GEO venue
                call(d, "TUR", "AZE", "FRA", "c"),                                  // AZE inbound; a call's place counts nothing
                statement(d, "RUS", "Sergei Lavrov", List.of("AZE", "ARM"), "DEU", "s1"), // AZE subject
                statement(d, "AZE", "Ilham Aliyev", List.of("AZE"), null, "s2"));    // AZE outbound once, self pair dropped
        Map<String, EngagementRow> latest = h.latestLive();
        EngagementRow aze = latest.get("AZE|30|2024-03-01");
        assertThat(aze.total()).isEqualTo(5);
        assertThat(aze.byKind()).containsExactly(Map.entry("VISIT", 1L), Map.entry("MEETING", 1L), Map.entry("CALL", 1L), Map.entry("STATEMENT", 2L));
        assertThat(aze.byRole()).containsExactly(Map.entry("outbound", 2L), Map.entry("inbound", 2L), Map.entry("venue", 0L), Map.entry("subject", 1L));
        assertThat(aze.mentions()).isEqualTo(5);
        EngagementRow geo = latest.get("GEO|7|2024-03-01");
        assertThat(geo.total()).isEqualTo(1);
        assertThat(geo.byRole().get("venue")).isEqualTo(1);
        assertThat(geo.byKind().get("MEETING")).isEqualTo(1);
        EngagementRow rus = latest.get("RUS|7|2024-03-01");
        assertThat(rus.byRole()).containsEntry("outbound", 2L).containsEntry("inbound", 0L);
        assertThat(latest.keySet()).noneMatch(k -> k.startsWith("FRA") || k.startsWith("DEU"));
    }

    @Test
    void pairsFollowTheKindRules() {
        String d = "2024-03-01";
        h.send(visit(d, "RUS", "AZE", "v"),
                meeting(d, "AZE", "ARM", "GEO", "m"),
                call(d, "TUR", "AZE", "FRA", "c"),
                statement(d, "RUS", "Sergei Lavrov", List.of("AZE", "ARM"), null, "s1"),
                statement(d, "AZE", "Ilham Aliyev", List.of("AZE"), null, "s2"));
        Map<String, EngagementRow> latest = h.latestLive();
        Set<String> pairs = latest.values().stream().filter(EngagementRow::isPair).map(EngagementRow::entity).collect(Collectors.toSet());
        // VISIT actor–host, MEETING and CALL actor–counterpart, STATEMENT actor–each about; no venue or place pairs, no self pair
        assertThat(pairs).containsExactlyInAnyOrder("AZE|RUS", "ARM|AZE", "AZE|TUR", "ARM|RUS");
        EngagementRow azeRus = latest.get("AZE|RUS|7|2024-03-01");
        assertThat(azeRus.total()).isEqualTo(2);
        assertThat(azeRus.byKind()).containsExactly(Map.entry("VISIT", 1L), Map.entry("MEETING", 0L), Map.entry("CALL", 0L), Map.entry("STATEMENT", 1L));
        assertThat(azeRus.mentions()).isEqualTo(2);
        assertThat(latest.get("ARM|AZE|90|2024-03-01").byKind().get("MEETING")).isEqualTo(1);
    }

    @Test
    void aLateEventWithinGraceUpdatesPastRows() {
        h.send(visit("2024-08-10", "RUS", "AZE", "a"));
        h.liveRecords();
        h.send(visit("2024-08-03", "TUR", "AZE", "b"));   // stream day − 7 exactly: still accepted
        List<TestRecord<String, EngagementRow>> updates = h.liveRecords();
        Set<String> azeSeven = updates.stream().map(TestRecord::key).filter(k -> k.startsWith("AZE|7|")).collect(Collectors.toSet());
        // rows for 08-03 … 08-09 appear; 08-10's 7-day window [08-04, 08-10] does not hold 08-03: unchanged, not re-sent
        assertThat(azeSeven).containsExactlyInAnyOrderElementsOf(
                day("2024-08-03").datesUntil(day("2024-08-10")).map(x -> "AZE|7|" + x).toList());
        assertThat(updates).extracting(TestRecord::key).contains("AZE|30|2024-08-10").doesNotContain("AZE|30|2024-08-11");
        Map<String, EngagementRow> latest = new java.util.HashMap<>();
        updates.forEach(r -> latest.put(r.key(), r.value()));
        assertThat(latest.get("AZE|7|2024-08-09").total()).isEqualTo(1);
        assertThat(h.latestLive().get("AZE|7|2024-08-10").total()).isEqualTo(1);
        assertThat(latest.get("AZE|30|2024-08-10").total()).isEqualTo(2);
        assertThat(latest.get("AZE|30|2024-08-10").byRole().get("inbound")).isEqualTo(2);
        assertThat(h.late.isEmpty()).isTrue();
    }

    @Test
    void aLateRowCanCreateTheFirstZeroRowInsideTheLiveRange() {
        h.send(visit("2024-08-10", "RUS", "AZE", "a"));
        h.send(visit("2024-08-03", "TUR", "GEO", "b"));   // GEO's 7-day count is 1 on 08-03..08-09 and 0 on 08-10
        Map<String, EngagementRow> latest = h.latestLive();
        assertThat(latest.get("GEO|7|2024-08-09").total()).isEqualTo(1);
        assertThat(latest.get("GEO|7|2024-08-10").total()).isZero();
        assertThat(latest.get("GEO|30|2024-08-10").total()).isEqualTo(1);
    }

    @Test
    void anEventPastGraceGoesToTheLateTopicAndCountsNowhere() {
        Event first = visit("2024-08-04", "RUS", "AZE", "a");
        h.send(first, visit("2024-08-12", "TUR", "AZE", "b"));   // stream day 08-12, late before 08-05
        h.liveRecords();
        Event late = visit("2024-08-04", "ARM", "AZE", "c");
        Event followUp = visit("2024-08-04", "RUS", "AZE", "d");   // another report of the accepted 08-04 event
        h.send(late, followUp);
        assertThat(h.liveRecords()).isEmpty();
        List<TestRecord<String, byte[]>> lates = h.late.readRecordsToList();
        assertThat(lates).extracting(TestRecord::key).containsExactly(late.id(), followUp.id());
        JsonNode n = Json.read(lates.get(0).value(), JsonNode.class);
        assertThat(n.get("stream_day").asText()).isEqualTo("2024-08-12");
        assertThat(n.get("grace_days").asInt()).isEqualTo(7);
        assertThat(n.get("reason").asText()).contains("2024-08-04").contains("2024-08-05");
        assertThat(n.get("event").get("id").asText()).isEqualTo(late.id());
        assertThat(n.get("event").get("event_key").asText()).isEqualTo(late.eventKey());
        assertThat(metric("late-total")).isEqualTo(2.0);
        // an event dated on the grace boundary is still accepted
        h.send(visit("2024-08-05", "ARM", "AZE", "e"));
        assertThat(h.latestLive().get("AZE|30|2024-08-12").total()).isEqualTo(3);
        assertThat(h.latestLive().get("AZE|30|2024-08-12").mentions()).isEqualTo(3);
        // the follow-up did not add a mention to the accepted event
        advanceTo("2024-08-13");
        assertThat(h.latestLive().get("RUS|7|2024-08-10").mentions()).isEqualTo(1);
    }

    @Test
    void lateIsCheckedBeforeDuplicateIds() {
        Event a = visit("2024-08-04", "RUS", "AZE", "a");
        h.send(a);
        advanceTo("2024-08-20");
        h.send(a);   // both a duplicate and late: it must be reported late, not silently ignored
        assertThat(h.late.readRecordsToList()).extracting(TestRecord::key).containsExactly(a.id());
        assertThat(metric("duplicate-id-total")).isZero();
    }

    @Test
    void decayEmitsRowsForNewDaysAndOneZeroRowPerWindow() {
        h.send(visit("2024-08-01", "RUS", "AZE", "a"), visit("2024-08-03", "TUR", "AZE", "b"));
        h.liveRecords();
        advanceTo("2024-08-20");
        List<EngagementRow> seven = rowsOf(h.liveRecords().stream().map(TestRecord::value).toList(), "AZE", 7);
        assertThat(seven).extracting(r -> r.windowEnd().toString(), EngagementRow::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-08-04", 2L), org.assertj.core.groups.Tuple.tuple("2024-08-05", 2L),
                org.assertj.core.groups.Tuple.tuple("2024-08-06", 2L), org.assertj.core.groups.Tuple.tuple("2024-08-07", 2L),
                org.assertj.core.groups.Tuple.tuple("2024-08-08", 1L), org.assertj.core.groups.Tuple.tuple("2024-08-09", 1L),
                org.assertj.core.groups.Tuple.tuple("2024-08-10", 0L));
        assertThat(seven.get(4).byKind().get("VISIT")).isEqualTo(1);
        assertThat(seven.get(6).mentions()).isZero();
        // a later move of the stream day adds no more AZE rows for the 7-day window
        advanceTo("2024-08-25");
        assertThat(rowsOf(h.liveRecords().stream().map(TestRecord::value).toList(), "AZE", 7)).isEmpty();
    }

    @Test
    void finalRowsComeOnceWhenWindowEndIsBeforeStreamDayMinusGrace() {
        h.send(visit("2024-08-01", "RUS", "AZE", "a"));
        advanceTo("2024-08-08");
        assertThat(h.finals()).isEmpty();                      // 08-01 is not before 08-08 − 7
        advanceTo("2024-08-09");
        List<EngagementRow> finals = h.finals();
        assertThat(finals).extracting(EngagementRow::rowKey).contains("AZE|7|2024-08-01", "AZE|90|2024-08-01", "AZE|RUS|30|2024-08-01")
                .doesNotContain("AZE|7|2024-08-02");
        assertThat(finals).allSatisfy(r -> {
            assertThat(r.isFinal()).isTrue();
            assertThat(r.windowEnd()).isBefore(day("2024-08-02"));
        });
        advanceTo("2024-12-31");
        List<EngagementRow> all = new ArrayList<>(finals);
        all.addAll(h.finals());
        Set<String> seen = new HashSet<>();
        assertThat(all).allSatisfy(r -> assertThat(seen.add(r.rowKey())).as("once: " + r.rowKey()).isTrue());
        // finals equal the latest live values, and every AZE row is final now
        Map<String, EngagementRow> latest = h.latestLive();
        List<EngagementRow> aze = all.stream().filter(r -> r.entity().equals("AZE")).toList();
        assertThat(aze).hasSize(7 + 1 + 30 + 1 + 90 + 1);
        assertThat(latest.values()).allSatisfy(r -> assertThat(r.isFinal()).isFalse());
        // every final row is the latest live value of its row, marked final
        for (EngagementRow f : all) assertThat(withFinal(latest.get(f.rowKey()), true)).isEqualTo(withFinal(f, true));
        // and every AZE row seen live is final by now (its window_end is long before 12-31 − 7)
        assertThat(latest.keySet().stream().filter(k -> k.startsWith("AZE|")).collect(Collectors.toSet()))
                .isEqualTo(all.stream().map(EngagementRow::rowKey).filter(k -> k.startsWith("AZE|")).collect(Collectors.toSet()));
    }

    static EngagementRow withFinal(EngagementRow r, boolean f) {
        return new EngagementRow(r.schema(), r.country(), r.pair(), r.windowDays(), r.windowStart(), r.windowEnd(), r.total(),
                r.byKind(), r.byRole(), r.mentions(), f, null);
    }

    @Test
    void invalidRecordsGoToTheDeadLetterTopicWithHeadersAndDoNotMoveTheStreamDay() {
        h.send(visit("2024-08-10", "RUS", "AZE", "a"));
        h.sendRaw("k-garbage", "not json at all {".getBytes(StandardCharsets.UTF_8));
        String noSource = """
                {"schema":1,"id":"x1","event_key":"VISIT|RUS|AZE|2030-01-01","kind":"VISIT","date":"2030-01-01",
                 "date_precision":"DAY","actor":{"country":"RUS"},"place":{"country":"AZE"},"about":[]}""";
        h.sendRaw("k-nosource", noSource.getBytes(StandardCharsets.UTF_8));
        h.sendRaw("k-null", null);
        byte[] big = new byte[2_000_000];
        java.util.Arrays.fill(big, (byte) '[');
        h.sendRaw("k-deep", big);
        h.sendRaw("k-binary", new byte[]{(byte) 0xff, 0, (byte) 0xfe, 1});

        List<TestRecord<String, byte[]>> dead = h.dlq.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly("k-garbage", "k-nosource", "k-null", "k-deep", "k-binary");
        TestRecord<String, byte[]> r = dead.get(1);
        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(noSource);
        assertThat(header(r, "__streams.errors.exception")).isEqualTo("parley.model.InvalidEventException");
        assertThat(header(r, "__streams.errors.message")).contains("source");
        assertThat(header(r, "__streams.errors.topic")).isEqualTo(h.settings.topics().events());
        assertThat(header(r, "__streams.errors.partition")).isEqualTo("0");
        assertThat(header(r, "__streams.errors.offset")).isEqualTo("2");
        // cut to fit the record size limit, with the original size and digest in headers (the whole is on the events topic)
        TestRecord<String, byte[]> deep = dead.get(3);
        assertThat(deep.value().length).isLessThan(h.settings.maxRecordBytes()).isGreaterThan(h.settings.maxRecordBytes() - 4096);
        assertThat(header(deep, RecordBudget.HEADER_TRUNCATED)).isEqualTo("2000000");
        assertThat(header(deep, RecordBudget.HEADER_SHA256)).isEqualTo(RecordBudget.sha256(big));
        assertThat(header(r, RecordBudget.HEADER_TRUNCATED)).as("a small dead letter is kept whole").isNull();
        assertThat(dead.get(2).value()).isNull();
        // the invalid record took the partition time, not its bogus 2030 date
        assertThat(r.timestamp()).isEqualTo(Days.timestamp(day("2024-08-10")));
        assertThat(metric("dead-letter-total")).isEqualTo(5.0);
        // 08-03 is on the grace boundary of 08-10: accepted only if no invalid record moved the stream day
        h.send(visit("2024-08-03", "TUR", "AZE", "b"));
        assertThat(h.late.isEmpty()).isTrue();
        assertThat(h.latestLive().get("AZE|30|2024-08-10").total()).isEqualTo(2);
    }

    @Test
    void aRecordFromTheFutureIsADeadLetterAndDoesNotMoveTheStreamDay() {
        h.send(visit("2024-08-10", "RUS", "AZE", "a"));
        for (String future : new String[]{"2999-01-01", "9999-12-31"}) {
            Event e = visit(future, "ITA", "ESP", "future-" + future);
            h.sendRaw(e.id(), TestEvents.json(e).getBytes(StandardCharsets.UTF_8));
        }
        List<TestRecord<String, byte[]>> dead = h.dlq.readRecordsToList();
        assertThat(dead).hasSize(2);
        for (var d : dead) {
            assertThat(header(d, "__streams.errors.message")).contains("source.published", "after the processing day");
            assertThat(d.timestamp()).as("stamped with partition time, not 2999").isEqualTo(Days.timestamp(day("2024-08-10")));
        }
        // 08-03 is on the grace boundary of 08-10: still accepted, so the future records did not move the stream day
        h.send(visit("2024-08-03", "TUR", "AZE", "b"));
        assertThat(h.late.isEmpty()).isTrue();
        assertThat(h.latestLive().get("AZE|30|2024-08-10").total()).isEqualTo(2);
        assertThat(h.latestLive().keySet()).noneMatch(k -> k.startsWith("ITA|") || k.contains("|2999-") || k.contains("|9999-"));
    }

    @Test
    void deadLettersAndLateRecordsOfHugeInputFitTheRecordSizeLimit() throws Exception {
        int limit = h.settings.maxRecordBytes();
        // a dead letter whose key, headers and value are each huge
        String hugeKey = "k".repeat(300_000);
        org.apache.kafka.common.header.internals.RecordHeaders hugeHeaders = new org.apache.kafka.common.header.internals.RecordHeaders();
        for (int i = 0; i < 40; i++) hugeHeaders.add("h" + i, new byte[10_000]);
        byte[] junk = new byte[1_048_400];
        java.util.Arrays.fill(junk, (byte) 'x');
        h.events.pipeInput(new TestRecord<>(hugeKey, junk, hugeHeaders, java.time.Instant.parse("2024-08-10T00:00:00Z")));
        TestRecord<String, byte[]> d = h.dlq.readRecord();
        assertThat(size(d)).isLessThanOrEqualTo(limit);
        assertThat(d.key()).hasSize(1024).isEqualTo(hugeKey.substring(0, 1024));
        assertThat(header(d, RecordBudget.HEADER_KEY_TRUNCATED)).isEqualTo("300000");
        assertThat(header(d, RecordBudget.HEADER_HEADERS_DROPPED)).isEqualTo("40");
        assertThat(header(d, RecordBudget.HEADER_TRUNCATED)).isEqualTo("1048400");
        assertThat(header(d, "__streams.errors.offset")).isEqualTo("0");

        // a valid but late event near 1 MiB: its late record keeps identity, parties and a head of the evidence
        h.send(visit("2024-08-10", "RUS", "AZE", "a"));
        Event big = visit("2024-07-01", "TUR", "AZE", "big");
        var tree = parley.model.EventCodec.tree(big);
        tree.put("evidence", "é".repeat(520_000));
        h.sendRaw(big.id(), Json.bytes(tree));
        TestRecord<String, byte[]> late = h.late.readRecord();
        assertThat(size(late)).isLessThanOrEqualTo(limit);
        JsonNode j = Json.MAPPER.readTree(late.value());
        assertThat(j.path("event").path("id").asText()).isEqualTo(big.id());
        assertThat(j.path("event").path("actor").path("country").asText()).isEqualTo("TUR");
        assertThat(j.path("event").path("evidence").asText()).startsWith("éé").endsWith("…[truncated]");
        assertThat(j.path("event_truncated").path("original_bytes").asInt()).isEqualTo(Json.bytes(tree).length);
        assertThat(j.path("event_truncated").path("sha256").asText()).isEqualTo(RecordBudget.sha256(Json.bytes(tree)));
        assertThat(j.path("reason").asText()).contains("before stream day");
        // a late event of ordinary size is kept whole
        Event small = visit("2024-07-02", "GRC", "AZE", "small");
        h.send(small);
        JsonNode whole = Json.MAPPER.readTree(h.late.readRecord().value());
        assertThat(whole.has("event_truncated")).isFalse();
        assertThat(whole.path("event")).isEqualTo(parley.model.EventCodec.tree(small));
    }

    private static int size(TestRecord<String, byte[]> r) {
        int n = (r.key() == null ? 0 : r.key().getBytes(StandardCharsets.UTF_8).length) + (r.value() == null ? 0 : r.value().length);
        for (Header hd : r.headers()) n += hd.key().length() + (hd.value() == null ? 0 : hd.value().length);
        return n;
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        Header hd = r.headers().lastHeader(name);
        return hd == null ? null : new String(hd.value(), StandardCharsets.UTF_8);
    }

    @Test
    void customWindowsAndGraceAreHonoured() {
        try (Harness custom = new Harness(StreamsSettings.defaults().withWindows(List.of(3)).withGrace(1))) {
            custom.send(visit("2024-08-01", "RUS", "AZE", "a"));
            custom.send(call("2024-08-10", "FRA", "DEU", null, "x"));
            Map<String, EngagementRow> latest = custom.latestLive();
            assertThat(latest.keySet().stream().filter(k -> k.startsWith("AZE|3|")))
                    .containsExactlyInAnyOrder("AZE|3|2024-08-01", "AZE|3|2024-08-02", "AZE|3|2024-08-03", "AZE|3|2024-08-04");
            assertThat(custom.finals()).extracting(EngagementRow::rowKey).contains("AZE|3|2024-08-04").doesNotContain("FRA|3|2024-08-10");
            custom.send(visit("2024-08-08", "TUR", "AZE", "late"));  // before 08-10 − 1
            assertThat(custom.late.readRecordsToList()).hasSize(1);
        }
    }
}
