package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Lists of counterparts in real reports: each listed party its own event, named as the text names it. */
class CounterpartListTest {

    private static List<String> pairs(List<Event> ev, Kind k) {
        return of(ev, k).stream().map(e -> e.actor().country() + "-" + e.counterpart().country()).toList();
    }

    @Test
    void theNameAfterADemonymCounterpartIsTheParty() {
        List<Event> ev = run("2024-03-06", "Chilean President Gabriel Boric met his Argentine counterpart Javier Milei in Santiago on Tuesday.");
        assertThat(of(ev, Kind.VISIT)).singleElement().satisfies(e -> {
            assertThat(e.actor().name()).isEqualTo("Javier Milei");
            assertThat(e.counterpart().name()).isEqualTo("Gabriel Boric");
        });
    }

    @Test
    void aTitledOfficialOfABodyEndsAListOfCallees() {
        List<Event> ev = run("2025-03-10", "The Dutch foreign minister spoke by phone on Friday with Belgian Foreign Minister Maxime Prévot, "
                + "Luxembourg's Foreign Minister Xavier Bettel, and NATO Secretary General Mark Rutte.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("NLD-BEL", "NLD-LUX", "NLD-NATO");
    }

    @Test
    void aGroupOfThreeAsSubjectCallsTheObject() {
        List<Event> ev = run("2024-05-09", "The prime ministers of Estonia, Latvia and Lithuania spoke by phone with European Commission "
                + "President Ursula von der Leyen on Wednesday.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("EST-EU", "LVA-EU", "LTU-EU");
    }

    @Test
    void aGroupOfTwoAsSubjectVisitsTheHost() {
        List<Event> ev = run("2024-05-09", "The foreign ministers of Armenia and Azerbaijan met Kazakh President Kassym-Jomart Tokayev in Almaty on Friday.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + e.place().country())
                .containsExactlyInAnyOrder("ARM>KAZ", "AZE>KAZ");
    }

    @Test
    void aGroupThatMeetsItselfStaysAPair() {
        List<Event> ev = run("2024-05-09", "The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("ARM-AZE");
    }

    @Test
    void aTitleOfSeveralCountriesInAListIsEachCountrysOfficial() {
        List<Event> ev = run("2024-09-27", "In New York the Brazilian foreign minister met the Thai Prime Minister and foreign minister of "
                + "Ghana, Peru and Guinea Bissau on Thursday.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("BRA-THA", "BRA-GHA", "BRA-PER", "BRA-GNB");
        assertThat(of(ev, Kind.MEETING)).noneMatch(e -> e.counterpart().name().startsWith("Government of"));
    }

    @Test
    void twoSubjectsOneWithATitleInAppositionBothCallTheObject() {
        List<Event> ev = run("2024-02-02", "On Thursday, Prime Minister Mark Rutte and the Prime Minister of Belgium, Alexander De Croo, "
                + "spoke with the President of Ukraine, Volodymyr Zelenskyy.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("NLD-UKR", "BEL-UKR");
    }

    @Test
    void threeTitledNamesOpeningTheSentenceShareOneCall() {
        List<Event> ev = run("2024-02-02", "President of Estonia Alar Karis, President of Latvia Edgars Rinkevics and Prime Minister of "
                + "Lithuania Ingrida Simonyte held a video call on Thursday.");
        // a call of three: each pair of them talked (a host's guests are the host's pairs only; these three are peers)
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("EST-LVA", "EST-LTU", "LVA-LTU");
    }

    @Test
    void aNameBeforeTheListIsNoMember() {
        List<Event> ev = run("2024-02-02", "Speaking after talks with Emmanuel Macron, Olaf Scholz and Pedro Sanchez met in Brussels on Thursday.");
        assertThat(pairs(ev, Kind.MEETING)).doesNotContain("FRA-DEU", "FRA-ESP");
    }

    @Test
    void anAppositionEndsAtTheNextTitledName() {
        List<Event> ev = run("2024-02-02", "Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister of Poland Donald Tusk "
                + "met in Berlin on Thursday.");
        // Scholz's country comes from the KB, not from "of Poland" further on; the guests visited Germany
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + e.place().country())
                .containsExactlyInAnyOrder("FRA>DEU", "POL>DEU");
    }

    @Test
    void theCounterpartsNamedAfterAPossessorAreTheParties() {
        List<Event> ev = run("2025-02-10", "On Friday the Swedish foreign minister spoke by phone with Valtonen's counterparts, "
                + "Norwegian Foreign Minister Espen Barth Eide and Danish Foreign Minister Lars Løkke Rasmussen.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("SWE-NOR", "SWE-DNK");
    }

    @Test
    void aPlaceInsideAWhichClauseIsNotWhereTheyMet() {
        List<Event> ev = run("2024-07-08", "The Indian foreign minister also met Fijian Prime Minister Sitiveni Rabuka, during which "
                + "the two reviewed India's development projects in Fiji.");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("IND-FJI");
    }

    /** "Title of Country Honorific Name" items: the honorific ("Sheikh") does not end the list, nor the first item's title. */
    @Test
    void honorificsInsideTitledListItems() {
        List<Event> ev = run("2020-01-02", "The Indian prime minister on Wednesday telephoned President of the Maldives Ibrahim Mohamed "
                + "Solih, Prime Minister of Bangladesh Sheikh Hasina and President of Sri Lanka Gotabaya Rajapaksa.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("IND-MDV", "IND-BGD", "IND-LKA");
        ev = run("2020-01-02", "PM Modi telephoned the Druk Gyalpo of Bhutan Jigme Khesar Namgyel Wangchuck and President of the "
                + "Maldives Ibrahim Mohamed Solih on Wednesday.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("IND-BTN", "IND-MDV");
        // an abbreviated honorific with its period, "Dr.", is one token of its own
        ev = run("2020-01-02", "PM Modi telephoned Prime Minister of Bhutan Dr. Lotay Tshering and President of the Maldives "
                + "Ibrahim Mohamed Solih on Wednesday.");
        assertThat(of(ev, Kind.CALL)).extracting(e -> e.counterpart().name()).containsExactlyInAnyOrder("Lotay Tshering", "Ibrahim Mohamed Solih");
    }

    /** "A, and the President of the Republic of Senegal, B": the next item of the list, not A's apposition (A keeps his country). */
    @Test
    void aTitledNextItemIsNoApposition() {
        List<Event> ev = run("2022-12-08", "King Mohammed VI on Tuesday received phone calls from the President of the State of "
                + "Palestine, Mahmoud Abbas, and the President of the Republic of Senegal, Macky Sall.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("MAR-PSE", "MAR-SEN");
        // three items, the middle one with no "and", each title of "the Republic of X" and its holder after a comma
        ev = run("2022-12-08", "King Mohammed VI on Tuesday received phone calls from the President of the State of Palestine, "
                + "Mahmoud Abbas, the President of the Republic of Gabon, Ali Bongo Ondimba, and the President of the Republic of "
                + "Senegal, Macky Sall.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("MAR-PSE", "MAR-GAB", "MAR-SEN");
    }

    /** ", as Caribbean leaders gathered in Georgetown": others' occasion does not put the callers together. */
    @Test
    void othersGatheringDoesNotMakeACallAMeeting() {
        List<Event> ev = run("2024-02-28", "Prime Minister Justin Trudeau today spoke with the Prime Minister of Jamaica, Andrew "
                + "Holness, as Caribbean leaders gathered in Georgetown for their summit.");
        assertThat(pairs(ev, Kind.CALL)).containsExactly("CAN-JAM");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void aListAfterTheOccasionOrAGroupNounNamesEachParty() {
        // ", including with A, B and C" after the occasion and the day
        List<Event> ev = run("2024-09-25", "Ghanaian President Nana Akufo-Addo held a series of bilateral meetings on the sidelines of the UN "
                + "General Assembly on Tuesday, including with Brazilian President Luiz Inacio Lula da Silva, Japanese Prime Minister "
                + "Fumio Kishida and Chilean President Gabriel Boric.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("GHA-BRA", "GHA-JPN", "GHA-CHL");
        // "interacted with a number of leaders, including A, B": the members, not the group
        ev = run("2024-09-25", "On the sidelines of the summit, Ghanaian President Nana Akufo-Addo interacted with a number of heads "
                + "of government, including Japanese Prime Minister Fumio Kishida and Chilean President Gabriel Boric.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("GHA-JPN", "GHA-CHL");
        // the group alone names nobody
        ev = run("2024-09-25", "Ghanaian President Nana Akufo-Addo interacted with a number of business leaders in New York on Tuesday.");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }
}
