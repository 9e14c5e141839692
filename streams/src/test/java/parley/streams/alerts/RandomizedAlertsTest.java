package parley.streams.alerts;

import org.junit.jupiter.api.Test;
import parley.json.Json;
import parley.model.Alert;
import parley.model.Event;
import parley.streams.EventGenerator;
import parley.streams.ReferenceModel;
import parley.streams.StreamsSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts against {@link AlertReference} applied to {@link ReferenceModel}'s final rows, on generated input with
 * disorder within grace, follow-up reports, repeats and late events; and a replay of the same events in event-time
 * order against the live run, byte for byte.
 */
class RandomizedAlertsTest {
    private static final StreamsSettings SETTINGS = StreamsSettings.defaults().withInMemoryStores(true);

    @Test
    void defaultRulesMatchTheReference() {
        // 30 codes over 150 days: quiet entities and bursts; the default rules need 91 days of history
        run(AlertRules.defaults(), new EventGenerator(20241206L).codes(30).spanDays(150), 1500);
    }

    @Test
    void shortLookBacksMatchTheReference() {
        run(new AlertRules(7, 14, 2, 2.0, 21), new EventGenerator(5L).codes(60).spanDays(120), 2000);
    }

    @Test
    void aReplayInEventTimeOrderRaisesTheLiveRunsAlertsByteForByte() {
        List<Event> live = new EventGenerator(77L).codes(40).spanDays(160).disorder(0.3, SETTINGS.graceDays())
                .followUps(0.2).repeats(0.02).generate(2000);
        List<Event> replay = new ArrayList<>(live);
        replay.sort(Comparator.comparing(Event::date)); // what ./parley replay publishes (no late events here)
        assertThat(replay).isNotEqualTo(live);
        AlertRules rules = new AlertRules(7, 28, 3, 2.5, 30);
        try (AlertHarness a = new AlertHarness(SETTINGS, rules); AlertHarness b = new AlertHarness(SETTINGS.withRekey(true), rules)) {
            a.send(live);
            b.send(replay);
            assertThat(a.alertRecords).hasSizeGreaterThan(10);
            assertThat(b.alertRecords).extracting(r -> r.key() + " " + r.timestamp() + " " + new String(r.value()))
                    .containsExactlyElementsOf(a.alertRecords.stream().map(r -> r.key() + " " + r.timestamp() + " " + new String(r.value())).toList());
        }
    }

    private static void run(AlertRules rules, EventGenerator generator, int count) {
        List<Event> events = generator.disorder(0.2, SETTINGS.graceDays()).followUps(0.2).repeats(0.02)
                .late(0.01, SETTINGS.graceDays()).generate(count);
        List<Map.Entry<String, byte[]>> records = events.stream().map(e -> Map.entry(e.id(), EventGenerator.bytes(e))).toList();
        ReferenceModel.Result reference = ReferenceModel.compute(records, SETTINGS.windows(), SETTINGS.graceDays());
        List<Alert> expected = AlertReference.alerts(reference.finals().values(), rules);
        assertThat(reference.lateIds()).as("the input has late events").isNotEmpty();
        assertThat(expected).extracting(Alert::rule).as("both rules fire").contains(Alert.SPIKE, Alert.FIRST_CONTACT);
        try (AlertHarness h = new AlertHarness(SETTINGS, rules)) {
            h.sendRecords(records);
            List<Alert> actual = new ArrayList<>(h.alerts());
            actual.sort(Comparator.comparing(Alert::day).thenComparing(Alert::entity).thenComparing(Alert::rule));
            System.out.printf("alerts: %d events, %d final rows, %d alerts (%d spikes)%n", events.size(), reference.finals().size(),
                    expected.size(), expected.stream().filter(x -> x.rule().equals(Alert.SPIKE)).count());
            assertThat(actual).extracting(Json::string).containsExactlyElementsOf(expected.stream().map(Json::string).toList());
        }
    }
}
