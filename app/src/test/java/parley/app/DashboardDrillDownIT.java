package parley.app;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import parley.config.ParleyConfig;
import parley.consumer.web.DashboardFeed;
import parley.consumer.web.DashboardState;
import parley.consumer.web.Views;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.model.AcceptedEvent;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;
import parley.streams.EventGenerator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: the dashboard reads the events the Streams application counted (the accepted-events topic), not the raw
 * events, so a drill-down lists exactly the events behind a count; and it reads only the last largest window + grace
 * of that topic, so start-up does not grow with history.
 */
@ExtendWith(BrokerExtension.class)
class DashboardDrillDownIT {
    static final int LOOKBACK = 90 + 7; // largest window + grace (the defaults)

    @Test
    void drillDownEventsAreTheEventsBehindEveryCount(@TempDir Path dir) throws Exception {
        // 300 days, with follow-up reports, repeated ids, disorder within grace and late reports
        List<Event> events = new EventGenerator(5).start("2023-03-01").spanDays(300).codes(30)
                .disorder(0.1, 5).followUps(0.2).repeats(0.03).late(0.02, 7).generate(4_000);
        try (Pipeline p = new Pipeline("drilldown", dir)) {
            p.publish(events);
            p.awaitResults();
            DashboardState state = new DashboardState();
            try (Running feed = Running.start(p.config, state)) {
                Views.Health h = state.health(0);
                LocalDate streamDay = h.streamDay();
                assertThat(h.latestWindowEnd()).isEqualTo(streamDay);
                assertThat(h.lateEvents()).as("the input had late reports").isPositive();
                LocalDate firstRead = streamDay.minusDays(LOOKBACK);
                // start-up read only the bounded range: older accepted events were skipped, not read
                assertThat(feed.feed.acceptedStart().values().stream().mapToLong(Long::longValue).sum()).isPositive();
                // (records are in arrival order, up to grace days out of order, and the start is found from a tail
                // that may be grace days behind: a few weeks before firstRead are read too, nothing older)
                assertThat(state.events(null, null, null, null, firstRead.minusDays(3 * 7 + 1), 10, DashboardState.Order.DATE).count()).isZero();
                assertThat(state.events(null, null, null, null, null, 1, DashboardState.Order.DATE).count())
                        .as("events read, of 300 days").isLessThan(state.health(0).events() + 1).isLessThan(2_000);

                int checked = 0;
                for (int w : List.of(7, 30, 90))
                    // every window that lies within what was read: each ranked count, country or pair
                    for (LocalDate end = firstRead.plusDays(w - 1); !end.isAfter(streamDay); end = end.plusDays(1))
                        for (boolean pairs : List.of(false, true))
                            for (Views.RankEntry e : state.ranking(pairs, w, end, null, 10_000).entries()) {
                                if (!e.windowEnd().equals(end)) continue; // a lagging value from an earlier day
                                Views.EventList list = state.events(e.country(), e.pair(), null, e.windowStart(),
                                        e.windowEnd(), 1000, DashboardState.Order.DATE);
                                assertThat((long) list.count()).as(w + " " + e).isEqualTo(e.total());
                                assertThat(list.mentions()).as(w + " " + e).isEqualTo(e.mentions());
                                for (var k : e.byKind().entrySet())
                                    assertThat((long) state.events(e.country(), e.pair(), k.getKey(), e.windowStart(),
                                            e.windowEnd(), 1000, DashboardState.Order.DATE).count()).isEqualTo(k.getValue());
                                checked++;
                            }
                assertThat(checked).as("ranked counts compared").isGreaterThan(1_000);
            }
        }
    }

    @Test
    void startUpReadsOnlyTheLastLargestWindowPlusGraceOfAYearOfEvents() throws Exception {
        String ns = "bounded-" + System.nanoTime();
        ParleyConfig.Builder b = ParleyConfig.builder().set("bootstrap.servers", BrokerExtension.bootstrapServers());
        for (String t : List.of("events", "late", "dlq", "rejects", "live", "final", "alerts")) b.set("topic." + t, ns + "." + t);
        ParleyConfig c = b.build();
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        assertThat(c.get("topic.accepted")).isEqualTo(ns + ".events.accepted");
        // a year of accepted events, 20 a day, ending today (within the topic's retention), written in day order
        LocalDate last = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = last.minusDays(364);
        LocalDate bound = last.minusDays(LOOKBACK);
        LocalDate readFrom = bound.minusDays(7); // the search allows for records up to grace days out of order
        long older = 0, kept = 0;
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", c.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            String[] codes = {"AZE", "RUS", "TUR", "ARM", "GEO", "IRN", "KAZ", "UZB", "CHN", "IND"};
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1))
                for (int i = 0; i < 20; i++) {
                    AcceptedEvent a = AcceptedEvent.first(visit(codes[i % codes.length], codes[(i / codes.length + i + 1) % codes.length], d, "s" + i));
                    long ts = d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    p.send(new ProducerRecord<>(c.get("topic.accepted"), null, ts, a.eventKey(), Json.bytes(a)));
                    if (d.isBefore(readFrom)) older++;
                    else kept++;
                }
            p.flush();
        }
        DashboardState state = new DashboardState();
        try (Running feed = Running.start(c, state)) {
            Map<TopicPartition, Long> start = feed.feed.acceptedStart();
            assertThat(start).containsExactly(Map.entry(new TopicPartition(c.get("topic.accepted"), 0), older));
            Views.Health h = state.health(0);
            assertThat(h.events()).as("events read at start-up").isEqualTo((int) kept);
            assertThat(h.streamDay()).isEqualTo(last);
            assertThat(state.events(null, null, null, null, null, 1, DashboardState.Order.DATE).count()).isEqualTo((int) kept);
            assertThat(state.events(null, null, null, bound, bound, 100, DashboardState.Order.DATE).count()).isEqualTo(20);
        }
        assertThat(older).as("most of the year is before the bound").isGreaterThan(2 * kept);
    }

    static Event visit(String actor, String host, LocalDate d, String source) {
        if (actor.equals(host)) host = "FRA";
        return new Event(1, null, null, Kind.VISIT, d, DatePrecision.DAY, new Party("Minister of " + actor, actor, "Minister"),
                null, new Place("Capital", host), List.of(), new Source(source + d, "title", "https://news.example/" + source, d, "test"),
                "evidence", 0.9, null, null).withKeys();
    }

    /** A dashboard feed on its own thread, started and caught up. */
    record Running(DashboardFeed feed, Thread thread) implements AutoCloseable {
        static Running start(ParleyConfig c, DashboardState state) throws Exception {
            DashboardFeed feed = new DashboardFeed(c, state);
            Thread t = new Thread(feed, "drill-down-feed");
            t.start();
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!state.health(0).status().equals("ok") && System.nanoTime() < until) Thread.sleep(20);
            assertThat(state.health(0).status()).isEqualTo("ok");
            return new Running(feed, t);
        }

        @Override
        public void close() throws Exception {
            feed.close();
            thread.join(10_000);
        }
    }
}
