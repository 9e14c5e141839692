package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Place names that formal prose spells out in full or runs into a form of address. */
class PlaceNameTest {

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e)).toList();
    }

    @Test
    void aTownTooSmallForTheGazetteerTakesItsDemonymsCountry() {
        // a meeting there is a visit of the guest to the host's country, or a meeting in a third one
        assertThat(visits(run("2024-07-10", "Paraguayan President Santiago Pena held talks on Tuesday with his Bolivian counterpart Luis Arce "
                + "in the Bolivian town of Villamontes."))).containsExactly("PRY>BOL");
        List<Event> third = of(run("2024-07-10", "Paraguayan President Santiago Pena met Bolivian President Luis Arce on Tuesday "
                + "at a hotel in the Argentine coastal city of Puerto Madryn."), Kind.MEETING);
        assertThat(third).singleElement().satisfies(e -> assertThat(e.place().country()).isEqualTo("ARG"));
    }

    @Test
    void peoplesRepublicsAreNotTheirShorterNamesakes() {
        assertThat(visits(run("2024-07-10", "Kenyan Foreign Minister Musalia Mudavadi visited the People's Republic of China on Tuesday.")))
                .containsExactly("KEN>CHN");
        assertThat(visits(run("2024-07-10", "North Korean Foreign Minister Choe Son Hui visited the Lao People's Democratic Republic on Monday.")))
                .containsExactly("PRK>LAO");
        assertThat(visits(run("2024-07-10", "Foreign Minister Choe Son Hui of the Democratic People's Republic of Korea arrived in Hanoi on Monday.")))
                .containsExactly("PRK>VNM");
    }

    @Test
    void cityBeforeAFormOfAddressIsStillTheCity() {
        List<Event> ev = run("2024-11-22", "On November 20, Foreign Minister Ronald Lamola received in Pretoria Mr. Antonio Guterres, "
                + "the UN Secretary-General.");
        assertThat(visits(ev)).containsExactly("UN>ZAF");
        assertThat(of(ev, Kind.VISIT).get(0).place().name()).isEqualTo("Pretoria");
    }

    @Test
    void aCityNameInsideAPersonsNameStaysTheName() {
        assertThat(visits(run("2024-08-14", "President Abdel Fattah El-Sisi received in Cairo on Wednesday President Hassan Sheikh "
                + "Mohamud of the Federal Republic of Somalia.")))
                .containsExactly("SOM>EGY");
    }

    @Test
    void relativeClauseSpeakerIsTheNameBeforeWho() {
        List<Event> ev = run("2024-03-14", "On Tuesday, Tanzanian President Samia Suluhu Hassan held talks in Dodoma with Kenyan President "
                + "William Ruto, who said the border crossings would reopen next month.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().name()).containsExactly("William Ruto");
    }

    @Test
    void anEndonymFoldingToAnEnglishWordIsNoPlace() {
        // "Ísland" folds to "Island": a portfolio's "Pacific Island Affairs" is not Iceland
        assertThat(visits(run("2025-07-10", "Minister for Pacific Island Affairs Pat Conroy visited Fiji on Tuesday.")))
                .containsExactly("AUS>FJI");
        assertThat(visits(run("2025-07-10", "Kenyan Foreign Minister Musalia Mudavadi visited Iceland on Tuesday.")))
                .containsExactly("KEN>ISL");
    }

    @Test
    void demonymTownOfPlace() {
        assertThat(visits(run("2023-08-10", "Peruvian President Dina Boluarte travelled to the Bolivian lakeside town of Copacabana on July 8.")))
                .containsExactly("PER>BOL");
        assertThat(visits(run("2023-08-10", "Chilean President Gabriel Boric travelled to the Argentine border city of Mendoza on July 8.")))
                .containsExactly("CHL>ARG");
        // the town's word must be followed by "of": a Bolivian delegation is no place
        assertThat(visits(run("2023-08-10", "Peruvian President Dina Boluarte travelled with the Bolivian delegation on July 8."))).isEmpty();
    }

    /** "José Eduardo dos Santos": a city after a name's particle ends the name, it is no place (Santos, Brazil). */
    @Test
    void aCityAfterANameParticleIsTheName() {
        List<Event> ev = run("2010-12-15", "Angolan President Jose Eduardo dos Santos on Tuesday began a state visit to South Africa.");
        assertThat(visits(ev)).containsExactly("AGO>ZAF");
        assertThat(of(ev, Kind.VISIT).get(0).actor().name()).isEqualTo("José Eduardo dos Santos");
        // a place after a locative particle-like word stays a place
        assertThat(visits(run("2010-12-15", "Angolan President Joao Lourenco on Tuesday travelled to Santos in Brazil."))).containsExactly("AGO>BRA");
    }

    /** Wire copy's "this capital" is the dateline's city. */
    @Test
    void thisCapitalIsTheDatelines() {
        assertThat(visits(run("2021-05-04", "NAIROBI, May 4 - The President of Tanzania, Samia Suluhu Hassan, began today a "
                + "two-day state visit to this capital."))).containsExactly("TZA>KEN");
        assertThat(visits(run("2021-05-04", "The President of Tanzania, Samia Suluhu Hassan, began today a two-day state visit "
                + "to this capital."))).isEmpty();
    }

    /** A misspelt title word ("Minsitry") is no person's name; a name that looks like a title's ("Marshall") still is. */
    @Test
    void misspeltTitleWordsAreNoNames() {
        assertThat(Lexicon.misspeltTitleOrOrg("minsitry")).isTrue();
        assertThat(Lexicon.misspeltTitleOrOrg("presidnet")).isTrue();
        assertThat(Lexicon.misspeltTitleOrOrg("ambasador")).isTrue();
        assertThat(Lexicon.misspeltTitleOrOrg("marshall")).isFalse();
        assertThat(Lexicon.misspeltTitleOrOrg("ministry")).isFalse();
        List<Event> ev = run("2016-07-15", "Moscow proposed practical steps during the Russia-NATO council in Brussels on July 14, "
                + "Russian Foreign Minsitry spokeswoman Maria Zakharova told reporters.");
        assertThat(visits(ev)).isEmpty();
    }
}
