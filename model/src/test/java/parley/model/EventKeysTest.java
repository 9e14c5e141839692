package parley.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventKeysTest {
    static Event event(Kind kind, Party actor, Party counterpart, Place place, List<String> about, String source) {
        return new Event(1, null, null, kind, LocalDate.of(2024, 8, 6), DatePrecision.DAY, actor, counterpart, place, about,
                new Source(source, null, null, LocalDate.of(2024, 8, 7), null), null, null, null, null).withKeys();
    }

    @Test
    void visitKeyUsesTheHostFromPlaceElseCounterpart() {
        Event a = event(Kind.VISIT, new Party("Shoigu", "RUS", null), new Party("Aliyev", "AZE", null), new Place("Baku", "AZE"), List.of(), "s1");
        Event b = event(Kind.VISIT, new Party("Shoigu", "RUS", null), new Party("Aliyev", "AZE", null), null, List.of(), "s2");
        assertThat(a.eventKey()).isEqualTo("VISIT|RUS|AZE|2024-08-06").isEqualTo(b.eventKey());
        assertThat(a.id()).isNotEqualTo(b.id()).hasSize(32);
    }

    @Test
    void meetingAndCallKeysAreUnordered() {
        Event ab = event(Kind.CALL, new Party("Lavrov", "RUS", null), new Party("Bayramov", "AZE", null), null, List.of(), "s");
        Event ba = event(Kind.CALL, new Party("Bayramov", "AZE", null), new Party("Lavrov", "RUS", null), null, List.of(), "s");
        assertThat(ab.eventKey()).isEqualTo("CALL|AZE|RUS|2024-08-06").isEqualTo(ba.eventKey());
    }

    @Test
    void statementKeyIsTheFoldedSurnameOrTheInstitutionsHeadWord() {
        assertThat(EventKeys.speakerKey("Recep Tayyip Erdoğan")).isEqualTo("erdogan");
        assertThat(EventKeys.speakerKey("Ministry of Foreign Affairs of Russia")).isEqualTo("ministry");
        assertThat(EventKeys.speakerKey("the Kremlin")).isEqualTo("kremlin");
        assertThat(EventKeys.speakerKey(null)).isEqualTo("unknown");
        Event s = event(Kind.STATEMENT, new Party("Hakan Fidan", "TUR", null), null, null, List.of("ARM"), "s");
        assertThat(s.eventKey()).isEqualTo("STATEMENT|TUR|fidan|2024-08-06");
    }

    @Test
    void sameReportGivesTheSameIdAndAnotherSourceAnother() {
        Event a = event(Kind.VISIT, new Party("X", "FRA", null), null, new Place(null, "DEU"), List.of(), "s1");
        Event b = event(Kind.VISIT, new Party("X", "FRA", null), null, new Place(null, "DEU"), List.of(), "s1");
        Event c = event(Kind.VISIT, new Party("X", "FRA", null), null, new Place(null, "DEU"), List.of(), "s9");
        assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id());
    }
}
