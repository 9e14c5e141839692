package parley.streams;

import org.junit.jupiter.api.Test;
import parley.model.EngagementRow;
import parley.model.Event;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.streams.TestEvents.statement;
import static parley.streams.TestEvents.visit;

/** The reference is only useful if it is right: a few values worked out by hand. */
class ReferenceModelTest {
    @Test
    void handWorkedExample() {
        Event a = visit("2024-08-01", "RUS", "AZE", "a");
        Event a2 = visit("2024-08-01", "RUS", "AZE", "a2");           // second report: one more mention
        Event s = statement("2024-08-03", "AZE", "Ilham Aliyev", List.of("ARM", "AZE"), "FRA", "s");
        Event late = visit("2024-07-20", "TUR", "AZE", "late");       // 08-03 − 3 = 07-31: late with grace 3
        Event clock = visit("2024-08-12", "USA", "CAN", "clock");
        var r = ReferenceModel.computeEvents(List.of(a, a2, s, a, late, clock), List.of(3), 3);
        assertThat(r.streamDay()).hasToString("2024-08-12");
        assertThat(r.lateIds()).containsExactly(late.id());
        assertThat(r.duplicateIds()).isEqualTo(1);
        assertThat(r.events()).isEqualTo(3);
        // AZE, 3-day windows: 08-01 (1), 08-02 (1), 08-03 (2: visit + statement), 08-04 (1), 08-05 (1), 08-06 (0)
        assertThat(r.rows().keySet().stream().filter(k -> k.startsWith("AZE|3|")).sorted())
                .containsExactly("AZE|3|2024-08-01", "AZE|3|2024-08-02", "AZE|3|2024-08-03", "AZE|3|2024-08-04",
                        "AZE|3|2024-08-05", "AZE|3|2024-08-06");
        EngagementRow third = r.rows().get("AZE|3|2024-08-03");
        assertThat(third.total()).isEqualTo(2);
        assertThat(third.mentions()).isEqualTo(3);
        assertThat(third.byRole()).containsEntry("inbound", 1L).containsEntry("outbound", 1L).containsEntry("subject", 0L);
        assertThat(third.windowStart()).hasToString("2024-08-01");
        assertThat(r.rows().get("AZE|3|2024-08-06").total()).isZero();
        assertThat(r.rows()).containsKey("ARM|AZE|3|2024-08-03").doesNotContainKey("AZE|AZE|3|2024-08-03")
                .doesNotContainKey("FRA|3|2024-08-03");
        // final: window_end < 08-12 − 3 = 08-09
        assertThat(r.finals()).containsKey("AZE|3|2024-08-06").doesNotContainKey("CAN|3|2024-08-12");
        assertThat(r.finals().values()).allMatch(EngagementRow::isFinal);
        assertThat(r.rows().get("CAN|USA|3|2024-08-12").total()).isEqualTo(1);
    }

    @Test
    void theGeneratorIsDeterministicAndShapedAsPromised() {
        List<Event> one = new EventGenerator(3).generate(500);
        List<Event> two = new EventGenerator(3).generate(500);
        assertThat(one).isEqualTo(two);
        long distinctKeys = one.stream().map(Event::eventKey).distinct().count();
        long distinctIds = one.stream().map(Event::id).distinct().count();
        assertThat(distinctIds).isLessThan(one.size());          // repeats
        assertThat(distinctKeys).isLessThan(distinctIds);        // follow-up reports
        assertThat(one.stream().map(Event::kind).distinct()).hasSize(4);
        assertThat(one.get(one.size() - 1).date()).isAfter(one.get(0).date());
        for (Event e : one) assertThat(e.withKeys().id()).isEqualTo(e.id());
    }
}
