package parley.streams.topology;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import parley.model.AcceptedEvent;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.model.Involvement;
import parley.streams.EventGenerator;
import parley.streams.ReferenceModel;
import parley.streams.StreamsSettings;
import parley.streams.TestEvents;
import parley.streams.time.Days;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accepted-events topic holds exactly the events the counts contain: one record per accepted report, the latest
 * per event_key naming the first report and every accepted report id in order, no late report and no duplicate id
 * (compared with {@link ReferenceModel}); and counting those events per window gives the rows.
 */
class AcceptedTopicTest {

    @Test
    void holdsExactlyTheEventsTheCountsContain() {
        run(StreamsSettings.defaults().withInMemoryStores(true), 4242L, 2000, 70);
    }

    @Test
    void sameWithTheRekeyedShape() {
        run(StreamsSettings.defaults().withInMemoryStores(true).withRekey(true), 17L, 1200, 50);
    }

    private void run(StreamsSettings settings, long seed, int count, int span) {
        List<Event> events = new EventGenerator(seed).spanDays(span).disorder(0.2, settings.graceDays())
                .followUps(0.3).repeats(0.03).late(0.02, settings.graceDays()).generate(count);
        ReferenceModel.Result expected = ReferenceModel.computeEvents(events, settings.windows(), settings.graceDays());
        assertThat(expected.lateIds()).as("the input has late reports").isNotEmpty();
        assertThat(expected.duplicateIds()).as("and repeated report ids").isPositive();
        assertThat(expected.acceptedReports()).as("and events with several reports").isGreaterThan(expected.events());

        Map<String, AcceptedEvent> latest = new LinkedHashMap<>();
        Map<String, EngagementRow> rows;
        int records = 0;
        try (Harness h = new Harness(settings)) {
            for (Event e : events) {
                h.send(e);
                for (TestRecord<String, AcceptedEvent> r : h.accepted.readRecordsToList()) {
                    records++;
                    AcceptedEvent a = r.value();
                    assertThat(r.key()).isEqualTo(a.eventKey());
                    assertThat(r.timestamp()).as("timestamp = event day").isEqualTo(Days.timestamp(a.date()));
                    AcceptedEvent before = latest.put(r.key(), a);
                    // each later record adds the report just accepted to what the event had
                    if (before != null) {
                        assertThat(a.reportIds()).startsWith(before.reportIds().toArray(String[]::new));
                        assertThat(a.mentions()).isEqualTo(before.mentions() + 1);
                        assertThat(a.added().id()).isEqualTo(a.reportIds().get(a.reportIds().size() - 1));
                    } else {
                        assertThat(a.added()).isNull();
                    }
                }
                h.dropChangelogs();
            }
            rows = h.latestLive();
        }

        assertThat(records).as("one record per accepted report").isEqualTo(expected.acceptedReports());
        assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(expected.accepted().keySet());
        for (var e : expected.accepted().entrySet()) {
            AcceptedEvent a = latest.get(e.getKey());
            Event first = e.getValue().first();
            Involvement inv = Involvement.of(first);
            assertThat(a.reportIds()).as(e.getKey()).isEqualTo(e.getValue().reportIds());
            assertThat(a.mentions()).isEqualTo(e.getValue().reportIds().size());
            assertThat(a.id()).isEqualTo(first.id());
            assertThat(a.kind()).isEqualTo(first.kind());
            assertThat(a.date()).isEqualTo(first.date());
            assertThat(a.actor()).isEqualTo(first.actor());
            assertThat(a.counterpart()).isEqualTo(first.counterpart());
            assertThat(a.place()).isEqualTo(first.place());
            assertThat(a.evidence()).isEqualTo(first.evidence());
            assertThat(a.source()).isEqualTo(first.source());
            assertThat(a.countries()).isEqualTo(inv.countries());
            assertThat(a.pairs()).isEqualTo(inv.pairs());
        }

        // by construction: the accepted events of a window are the row's events (total and mentions)
        Map<String, List<AcceptedEvent>> byEntity = new HashMap<>();
        for (AcceptedEvent a : latest.values()) {
            for (String c : a.countries().keySet()) byEntity.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
            for (List<String> p : a.pairs()) byEntity.computeIfAbsent(Involvement.pairKey(p), k -> new ArrayList<>()).add(a);
        }
        int checked = 0;
        for (EngagementRow row : rows.values()) {
            String entity = row.country() != null ? row.country() : Involvement.pairKey(row.pair());
            long total = 0, mentions = 0;
            for (AcceptedEvent a : byEntity.getOrDefault(entity, List.of()))
                if (!a.date().isBefore(row.windowStart()) && !a.date().isAfter(row.windowEnd())) {
                    total++;
                    mentions += a.mentions();
                }
            assertThat(total).as(row.rowKey()).isEqualTo(row.total());
            assertThat(mentions).as(row.rowKey()).isEqualTo(row.mentions());
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aRecordIsCompactAndCutsLongTexts() {
        try (Harness h = Harness.defaults()) {
            Event e = TestEvents.visit("2024-08-05", "RUS", "AZE", "long");
            Event longOne = new Event(e.schema(), null, null, e.kind(), e.date(), e.datePrecision(), e.actor(),
                    e.counterpart(), e.place(), e.about(), e.source(), "x".repeat(10_000), e.confidence(), e.extractor(),
                    e.extra()).withKeys();
            h.send(longOne);
            var r = h.driver.createOutputTopic(h.settings.topics().accepted(),
                    new org.apache.kafka.common.serialization.StringDeserializer(),
                    new org.apache.kafka.common.serialization.StringDeserializer()).readRecord();
            assertThat(r.value()).doesNotContain("\n  ").startsWith("{\"event_key\":");
            assertThat(r.value().length()).isLessThan(3_000);
            assertThat(r.value()).contains("\"report_ids\":[\"" + longOne.id() + "\"]");
            assertThat(LocalDate.parse(r.value().replaceAll(".*\"date\":\"([0-9-]+)\".*", "$1"))).isEqualTo(LocalDate.of(2024, 8, 5));
        }
    }
}
