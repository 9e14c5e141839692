package parley.consumer.web;

import org.junit.jupiter.api.Test;
import parley.model.EngagementRow;
import parley.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.consumer.web.WebFixtures.country;
import static parley.consumer.web.WebFixtures.visit;

/** DashboardState without HTTP: consistency of counts and drill-downs, memory bounds, the change feed. */
class DashboardStateTest {

    @Test
    void healthSaysCatchingUpUntilTheStartUpHistoryIsRead() {
        DashboardState s = new DashboardState();
        assertThat(s.health(0).status()).isEqualTo("ok"); // no feed: nothing to catch up with
        s.behind(-1);
        assertThat(s.health(0).status()).isEqualTo("catching_up");
        assertThat(s.health(0).behind()).isNull();
        s.behind(120);
        assertThat(s.health(0).status()).isEqualTo("catching_up");
        assertThat(s.health(0).behind()).isEqualTo(120L);
        s.behind(0);
        assertThat(s.health(0).status()).isEqualTo("ok");
        assertThat(s.health(0).behind()).isZero();
    }

    @Test
    void everyRankedCountDrillsDownToExactlyThatManyEvents() {
        LocalDate end = LocalDate.parse("2024-08-07");
        List<Event> events = WebFixtures.sampleEvents(end.minusDays(100), end, 7);
        DashboardState state = new DashboardState();
        for (EngagementRow r : WebFixtures.rowsFor(events, List.of(7, 30, 90))) state.onRow(r);
        for (Event e : events) WebFixtures.report(state, e);
        for (int w : List.of(7, 30, 90)) {
            for (boolean pairs : List.of(false, true)) {
                Views.Ranking ranking = state.ranking(pairs, w, end.minusDays(3), null, 1000);
                assertThat(ranking.entries()).isNotEmpty();
                for (Views.RankEntry e : ranking.entries()) {
                    Views.EventList list = state.events(e.country(), e.pair(), null, e.windowStart(), e.windowEnd(),
                            1000, DashboardState.Order.DATE);
                    assertThat((long) list.count()).as(w + " " + e).isEqualTo(e.total());
                    assertThat(list.mentions()).as(w + " " + e).isEqualTo(e.mentions());
                    Views.EventList visits = state.events(e.country(), e.pair(), "VISIT", e.windowStart(),
                            e.windowEnd(), 1000, DashboardState.Order.DATE);
                    assertThat((long) visits.count()).isEqualTo(e.byKind().get("VISIT"));
                }
            }
        }
    }

    @Test
    void eventsAreBoundedByTheNumberKept() {
        DashboardState state = new DashboardState(DashboardState.Options.defaults().withMaxEvents(3));
        WebFixtures.report(state, visit("RUS", "AZE", "2024-08-01", "a"));
        WebFixtures.report(state, visit("TUR", "AZE", "2024-08-02", "c"));
        WebFixtures.report(state, visit("RUS", "AZE", "2024-08-01", "b")); // second report: the 08-01 event is fresh again
        WebFixtures.report(state, visit("FRA", "AZE", "2024-08-03", "d"));
        Views.EventList all = state.events("AZE", null, null, null, null, 100, DashboardState.Order.DATE);
        assertThat(all.count()).isEqualTo(3);
        assertThat(all.mentions()).isEqualTo(4);
        WebFixtures.report(state, visit("DEU", "AZE", "2024-08-04", "e")); // evicts the least recently updated: TUR
        all = state.events("AZE", null, null, null, null, 100, DashboardState.Order.DATE);
        assertThat(all.events()).extracting(Views.EventView::eventKey)
                .containsExactly("VISIT|DEU|AZE|2024-08-04", "VISIT|FRA|AZE|2024-08-03", "VISIT|RUS|AZE|2024-08-01");
        assertThat(state.events("TUR", null, null, null, null, 100, DashboardState.Order.DATE).count()).isZero();
        Views.Health h = state.health(0);
        assertThat(h.reports()).isEqualTo(4);
        assertThat(h.evictedEvents()).isEqualTo(1);
    }

    @Test
    void rowsAreBoundedByHistoryDaysAndCount() {
        DashboardState state = new DashboardState(DashboardState.Options.defaults().withHistory(10, 25));
        LocalDate d0 = LocalDate.parse("2024-01-01");
        for (int i = 0; i < 40; i++) state.onRow(country("AZE", 7, d0.plusDays(i).toString(), i + 1));
        List<Views.Point> points = state.history("AZE", null, 7, null, null).points();
        assertThat(points).hasSize(11);
        assertThat(points.get(0).windowEnd()).isEqualTo(d0.plusDays(29));
        assertThat(state.onRow(country("AZE", 7, d0.toString(), 5))).as("older than the history kept").isFalse();

        for (int i = 30; i < 40; i++) {
            state.onRow(country("RUS", 7, d0.plusDays(i).toString(), 1));
            state.onRow(country("ARM", 7, d0.plusDays(i).toString(), 1));
        }
        assertThat(state.health(0).rows()).isLessThanOrEqualTo(25);
        assertThat(state.ranking(false, 7, null, null, 10).entries()).hasSize(3);
    }

    @Test
    void equalRowsAreNotChangesButNewValuesAre() {
        DashboardState state = new DashboardState();
        long start = state.feed().lastId();
        assertThat(state.onRow(country("AZE", 7, "2024-08-01", 1))).isTrue();
        assertThat(state.onRow(country("AZE", 7, "2024-08-01", 1))).isFalse();
        assertThat(state.onRow(country("AZE", 7, "2024-08-01", 2))).isTrue();
        assertThat(state.onRow(null)).isFalse();
        assertThat(state.feed().lastId()).isEqualTo(start + 2);
        assertThat(state.health(0).ignoredRecords()).isEqualTo(1);
    }

    @Test
    void changeFeedResumesOrResets() throws Exception {
        ChangeFeed feed = new ChangeFeed(3, 100);
        assertThat(feed.after(100, 10, 10).messages()).isEmpty();
        for (int i = 0; i < 5; i++) feed.publish("row", "{\"n\":" + i + "}");
        assertThat(feed.lastId()).isEqualTo(105);
        assertThat(feed.oldestId()).isEqualTo(103);
        assertThat(feed.after(102, 10, 10).messages()).extracting(ChangeFeed.Message::id).containsExactly(103L, 104L, 105L);
        assertThat(feed.after(104, 10, 10).messages()).extracting(ChangeFeed.Message::id).containsExactly(105L);
        assertThat(feed.after(103, 10, 1).messages()).extracting(ChangeFeed.Message::id).containsExactly(104L);
        assertThat(feed.after(101, 10, 10).reset()).isTrue();
        assertThat(feed.after(106, 10, 10).reset()).as("an id from the future").isTrue();
        assertThat(new String(feed.after(104, 10, 10).messages().get(0).frame(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("id: 105\nevent: row\ndata: {\"n\":4}\n\n");
        long t = System.nanoTime();
        assertThat(feed.after(105, 150, 10).messages()).isEmpty();
        assertThat((System.nanoTime() - t) / 1_000_000).isGreaterThanOrEqualTo(140);
    }
}
