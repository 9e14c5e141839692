package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Officials who travel with a trip's leader make the trip too: one VISIT per traveller (the guidelines' rule). */
class AccompanyingTest {

    private static List<String> travellers(String pub, String text) {
        return of(run(pub, text), Kind.VISIT).stream().map(e -> e.actor().name() + ">" + hostOf(e) + "@" + e.date()).toList();
    }

    @Test
    void companionsNamedAfterTheCueTravelWithTheLeader() {
        assertThat(travellers("2025-03-05", "Kenyan President William Ruto arrived in Accra on Tuesday, accompanied by Foreign Minister "
                + "Musalia Mudavadi and Trade Minister Lee Kinyanjui."))
                .containsExactlyInAnyOrder("William Ruto>GHA@2025-03-04", "Musalia Mudavadi>GHA@2025-03-04", "Lee Kinyanjui>GHA@2025-03-04");
        // the next sentence may name them, too
        assertThat(travellers("2025-03-05", "Kenyan President William Ruto arrived in Accra on Tuesday. He was joined by Trade Minister "
                + "Lee Kinyanjui.")).contains("Lee Kinyanjui>GHA@2025-03-04");
    }

    @Test
    void companionsNamedBeforeTheDelegation() {
        assertThat(travellers("2025-03-05", "Kenyan President William Ruto arrived in Accra on Tuesday. Trade Minister Lee Kinyanjui "
                + "and Energy Minister Opiyo Wandayi are part of the delegation."))
                .contains("Lee Kinyanjui>GHA@2025-03-04", "Opiyo Wandayi>GHA@2025-03-04");
    }

    @Test
    void hostsSpousesAndPeopleAfterTheListAreNoCompanions() {
        // the host who joins the visitor, a spouse, and an official who sees the traveller off at home
        assertThat(travellers("2025-03-05", "Kenyan President William Ruto arrived in Kampala on Tuesday, where he was joined by "
                + "Ugandan President Yoweri Museveni for talks.")).containsExactly("William Ruto>UGA@2025-03-04");
        assertThat(travellers("2025-03-05", "Kenyan President William Ruto arrived in Accra on Tuesday. Accompanied by First Lady "
                + "Rachel Ruto, he was welcomed at the airport by Vice President Jane Opoku-Agyemang."))
                .containsExactly("William Ruto>GHA@2025-03-04");
        // no trip, no companions
        List<Event> none = run("2025-03-05", "Trade Minister Lee Kinyanjui, accompanied by Energy Minister Opiyo Wandayi, opened a plant in Mombasa.");
        assertThat(of(none, Kind.VISIT)).isEmpty();
    }

    /** "Tusk and Sikorski visited Berlin": two travellers of one country, a trip each (one key downstream). */
    @Test
    void twoTravellersOfOneCountry() {
        List<Event> ev = run("2008-01-10", "Polish Prime Minister Donald Tusk and Foreign Minister Radoslaw Sikorski visited Berlin in early December.");
        assertThat(ev).extracting(e -> e.actor().name()).containsExactlyInAnyOrder("Donald Tusk", "Radosław Sikorski");
        assertThat(ev).extracting(Event::eventKey).containsOnly("VISIT|POL|DEU|2007-12-01");
    }
}
