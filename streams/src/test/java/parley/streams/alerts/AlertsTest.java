package parley.streams.alerts;

import org.junit.jupiter.api.Test;
import parley.config.ParleyConfig;
import parley.model.Alert;
import parley.model.Event;
import parley.streams.StreamsSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static parley.streams.TestEvents.call;
import static parley.streams.TestEvents.statement;
import static parley.streams.TestEvents.visit;

/** The alert rules on hand-made input (docs/alerts.md), with the default rules: window 7, baseline 84, ≥ 3 and ≥ 3×, first contact 90. */
class AlertsTest {
    private static final StreamsSettings SETTINGS = StreamsSettings.defaults().withInMemoryStores(true);

    /** 2024-01-01 starts the stream; TUR has a quiet baseline, then three events in two days in April. */
    private static List<Event> story() {
        return new ArrayList<>(List.of(
                statement("2024-01-01", "FRA", "Marie Dupont", List.of(), null, "s0"),
                // a burst in the first days: no alert, nothing before 2024-01-01 was seen
                call("2024-01-03", "RUS", "CHN", null, "s1"), call("2024-01-03", "RUS", "IND", null, "s2"),
                visit("2024-01-04", "RUS", "BLR", "s3"),
                call("2024-01-31", "TUR", "AZE", null, "s4"),
                call("2024-04-10", "TUR", "GEO", null, "s5"),
                visit("2024-04-11", "TUR", "IRQ", "s6"), call("2024-04-11", "TUR", "ARM", null, "s7"),
                statement("2024-05-10", "FRA", "Marie Dupont", List.of(), null, "s8")));   // moves the stream day on
    }

    @Test
    void aSpikeFiresOnceOnItsFirstDayAndAPairsFirstEngagementIn90DaysIsAFirstContact() {
        try (AlertHarness h = new AlertHarness(SETTINGS, AlertRules.defaults())) {
            h.send(story());
            List<Alert> alerts = h.alerts();
            assertThat(alerts).extracting(Alert::alertKey).containsExactly( // day by day, as the rows become final
                    "GEO|TUR|first_contact|2024-04-10",
                    "TUR|spike|2024-04-11",            // hot on 04-11..04-17: one alert, on the first day
                    "ARM|TUR|first_contact|2024-04-11", "IRQ|TUR|first_contact|2024-04-11");
            Alert spike = alerts.get(1);
            assertThat(spike.count()).isEqualTo(3);
            // 7-day counts of 1 on 01-31..02-06 and on 04-10: 8 over the 84 days 01-18..04-10
            assertThat(spike.baseline()).isEqualTo(0.095);
            assertThat(spike.baselineDays()).isEqualTo(84);
            assertThat(spike.windowStart()).isEqualTo(LocalDate.parse("2024-04-05"));
            assertThat(spike.isFinal()).isTrue();
            assertThat(spike.events()).isEqualTo("/api/events?country=TUR&from=2024-04-05&to=2024-04-11");
            assertThat(alerts.get(0).events()).isEqualTo("/api/events?pair=GEO%7CTUR&from=2024-04-04&to=2024-04-10");
            assertThat(alerts.get(0).count()).isEqualTo(1);
            assertThat(h.alertRecords.get(1).key()).isEqualTo("TUR|spike|2024-04-11");
            assertThat(h.alertRecords.get(1).timestamp()).isEqualTo(LocalDate.parse("2024-04-11").toEpochDay() * 86_400_000L);
        }
    }

    @Test
    void noAlertBeforeItsDayIsFinal() {
        List<Event> events = story();
        events.remove(events.size() - 1); // the stream day stays at 04-11: those rows are not final yet
        try (AlertHarness h = new AlertHarness(SETTINGS, AlertRules.defaults())) {
            h.send(events);
            assertThat(h.alerts()).isEmpty();
        }
    }

    @Test
    void anEventWithinGraceThatArrivesAfterLaterOnesGivesTheAlertsOfTheOrderedReplay() {
        List<Event> replay = story();
        List<Event> live = new ArrayList<>(replay);
        Event lateOne = live.remove(5);              // 04-10 TUR–GEO ...
        live.add(live.size() - 1, statement("2024-04-15", "FRA", "Marie Dupont", List.of(), null, "s9"));
        live.add(live.size() - 1, lateOne);          // ... after 04-15: 5 days late, grace is 7
        replay.add(statement("2024-04-15", "FRA", "Marie Dupont", List.of(), null, "s9"));
        replay.sort(Comparator.comparing(Event::date));
        try (AlertHarness a = new AlertHarness(SETTINGS, AlertRules.defaults());
             AlertHarness b = new AlertHarness(SETTINGS, AlertRules.defaults())) {
            a.send(live);
            b.send(replay);
            assertThat(a.alerts()).extracting(Alert::alertKey).contains("TUR|spike|2024-04-11", "GEO|TUR|first_contact|2024-04-10");
            assertThat(a.alertRecords).extracting(r -> r.key() + " " + new String(r.value()))
                    .containsExactlyElementsOf(b.alertRecords.stream().map(r -> r.key() + " " + new String(r.value())).toList());
        }
    }

    @Test
    void rulesFollowTheirConfiguration() {
        // ratio 40: 3 is less than 40 × 0.095, so no spike; first contact off
        try (AlertHarness h = new AlertHarness(SETTINGS, new AlertRules(7, 84, 3, 40, 0))) {
            h.send(story());
            assertThat(h.alerts()).isEmpty();
        }
        // a 1-day window and a minimum of 2: TUR's count is 1 on 04-10 and 2 on 04-11
        try (AlertHarness h = new AlertHarness(SETTINGS.withWindows(List.of(1, 7)), new AlertRules(1, 84, 2, 3, 0))) {
            h.send(story());
            assertThat(h.alerts()).extracting(Alert::alertKey).containsExactly("TUR|spike|2024-04-11");
            assertThat(h.alerts().get(0).count()).isEqualTo(2);
            assertThat(h.alerts().get(0).windowStart()).isEqualTo(LocalDate.parse("2024-04-11"));
        }
    }

    @Test
    void alertKeysAreValidatedWithWhatToFix() {
        assertThat(AlertRules.from(ParleyConfig.builder().set("alerts.spike.ratio", "2.5").build()).ratio()).isEqualTo(2.5);
        assertThatThrownBy(() -> ParleyConfig.builder().set("alerts.window", "14").build())
                .hasMessageContaining("alerts.window must be one of windows [7, 30, 90]");
        assertThatThrownBy(() -> ParleyConfig.builder().set("alerts.spike.ratio", "lots").build())
                .hasMessageContaining("alerts.spike.ratio must be a number");
        assertThatThrownBy(() -> ParleyConfig.builder().set("alerts.spike.min.count", "0").build())
                .hasMessageContaining("alerts.spike.min.count must be at least 1");
        assertThatThrownBy(() -> ParleyConfig.builder().set("alerts.first.contact.days", "5").build())
                .hasMessageContaining("alerts.first.contact.days must be 0 (off) or 7..3660");
        assertThatThrownBy(() -> ParleyConfig.builder().set("alerts.baseline.days", "0").build())
                .hasMessageContaining("alerts.baseline.days must be 1..3660");
    }
}
