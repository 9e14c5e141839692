package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Issue #14, class 1: every party of a coordinated list of counterparts is an event of its own. */
class CoordinationTest {

    private static List<String> pairs(List<Event> ev, Kind k) {
        return of(ev, k).stream().map(e -> e.actor().country() + "-" + e.counterpart().country()).toList();
    }

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e)).toList();
    }

    @Test
    void countriesAfterCounterpartsFrom() {
        List<Event> ev = run("2025-03-07", "The Canadian foreign minister met his counterparts from Brazil, Japan, Kenya and Mexico on Tuesday in Geneva.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("CAN-BRA", "CAN-JPN", "CAN-KEN", "CAN-MEX");
        assertThat(of(ev, Kind.MEETING)).allSatisfy(e -> assertThat(e.date()).hasToString("2025-03-04"));
    }

    @Test
    void presidentsOfSeveralCountriesByPhone() {
        List<Event> ev = run("2025-03-08", "Spanish Prime Minister Pedro Sanchez spoke by phone with the presidents of Chile, Peru and Ecuador on Friday.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("ESP-CHL", "ESP-PER", "ESP-ECU");
    }

    @Test
    void hostReceivesSeveralHeadsOfGovernment() {
        List<Event> ev = run("2025-03-07", "Ghanaian President John Mahama hosted the heads of government of Togo, Benin and Niger in Accra on Wednesday.");
        assertThat(visits(ev)).containsExactlyInAnyOrder("TGO>GHA", "BEN>GHA", "NER>GHA");
    }

    @Test
    void demonymsSharingOneHeadNoun() {
        List<Event> ev = run("2025-03-07", "Finnish Foreign Minister Elina Valtonen held separate calls with her Estonian and Latvian counterparts on Thursday.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("FIN-EST", "FIN-LVA");
    }

    @Test
    void namedPersonsInAList() {
        List<Event> ev = run("2025-06-12", "In Suva, Australian Foreign Minister Penny Wong met Fijian Prime Minister Sitiveni Rabuka, "
                + "Tongan Prime Minister Siaosi Sovaleni and Samoan Prime Minister Fiame Naomi Mataafa on Wednesday.");
        // Suva is in Fiji: the meeting with Fiji's leader is part of Wong's visit; the other two are meetings in a third country
        assertThat(visits(ev)).containsExactly("AUS>FJI");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("AUS-TON", "AUS-WSM");
    }

    @Test
    void aNewClauseEndsTheList() {
        List<Event> ev = run("2025-03-07", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday, and Ugandan President Yoweri Museveni said the region was calm.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("KEN-ETH");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country()).containsExactly("UGA");
    }

    @Test
    void travellersListedBeforeTheVerb() {
        assertThat(visits(run("2025-03-07", "Kenyan President William Ruto, Ugandan President Yoweri Museveni and Rwandan President Paul Kagame "
                + "visited Juba on Monday."))).containsExactlyInAnyOrder("KEN>SSD", "UGA>SSD", "RWA>SSD");
        assertThat(visits(run("2025-03-07", "Kenyan President William Ruto and Ugandan President Yoweri Museveni arrived in Kigali on Monday.")))
                .containsExactlyInAnyOrder("KEN>RWA", "UGA>RWA");
    }

    @Test
    void visitingAsAnAdjectiveIsNoTrip() {
        assertThat(visits(run("2025-03-07", "Chinese President Xi Jinping received the visiting leaders of Laos and Cambodia in Beijing on Tuesday.")))
                .containsExactlyInAnyOrder("LAO>CHN", "KHM>CHN");
    }

    @Test
    void aGroupSubjectOfSeveralCountriesTravels() {
        assertThat(visits(run("2025-03-07", "The presidents of Kenya, Uganda and Rwanda arrived in Arusha on Monday for the EAC summit.")))
                .containsExactlyInAnyOrder("KEN>TZA", "UGA>TZA", "RWA>TZA");
        assertThat(visits(run("2025-03-07", "The foreign ministers of Chile and Peru visited Quito on Monday.")))
                .containsExactlyInAnyOrder("CHL>ECU", "PER>ECU");
    }

    @Test
    void aGroupAfterTheVerbIsTheObjectOfItsSubject() {
        // a role phrase as the subject: each member of the group is its counterpart, the members do not call each other
        assertThat(pairs(run("2025-05-10", "The Qatari emir telephoned the presidents of Egypt and Turkey on Friday to discuss Gaza."), Kind.CALL))
                .containsExactlyInAnyOrder("QAT-EGY", "QAT-TUR");
        assertThat(pairs(run("2025-05-10", "Norway's prime minister spoke by phone with the foreign ministers of Jordan and Lebanon on Friday."), Kind.CALL))
                .containsExactlyInAnyOrder("NOR-JOR", "NOR-LBN");
        // the group as the subject still meets itself
        assertThat(pairs(run("2025-05-10", "The foreign ministers of Turkey and Azerbaijan spoke by phone on Friday."), Kind.CALL))
                .containsExactly("TUR-AZE");
    }

    @Test
    void coordinatedDemonymsBeforeAPluralTitle() {
        // the pair is the subject of a reciprocal verb; each demonym its own party
        assertThat(pairs(run("2025-05-10", "The Turkish and Azerbaijani foreign ministers held telephone talks on Friday."), Kind.CALL))
                .containsExactly("TUR-AZE");
        assertThat(pairs(run("2025-05-10", "The Thai and Cambodian defence ministers met in Kuala Lumpur on Friday."), Kind.MEETING))
                .containsExactly("THA-KHM");
        // a longer list is not a pair
        assertThat(run("2025-05-10", "The Thai, Lao and Cambodian defence ministers met in Kuala Lumpur on Friday.")
                .stream().filter(e -> e.kind() == Kind.MEETING)).noneMatch(e -> e.actor().country().equals("LAO") && e.counterpart().country().equals("KHM"));
    }

    @Test
    void demonymCounterpartsAfterTheMediumOrBeforeTheirNames() {
        assertThat(pairs(run("2025-05-10", "Hungarian Foreign Minister Peter Szijjarto also spoke by phone to his Serbian and Slovak counterparts on Friday."),
                Kind.CALL)).containsExactlyInAnyOrder("HUN-SRB", "HUN-SVK");
        assertThat(pairs(run("2025-05-10", "Romanian Foreign Minister Emil Hurezeanu spoke to his Moldovan and Bulgarian counterparts, Mihai Popsoi "
                + "and Georg Georgiev, by phone on Friday."), Kind.CALL)).containsExactlyInAnyOrder("ROU-MDA", "ROU-BGR");
    }

    @Test
    void everyCityOfATripNounIsAVisit() {
        assertThat(visits(run("2025-03-07", "Chilean President Gabriel Boric's trip to Lima and Quito last month was short.")))
                .containsExactlyInAnyOrder("CHL>PER", "CHL>ECU");
    }

    @Test
    void tourLegsAfterMovingOnTo() {
        assertThat(visits(run("2025-03-07", "Chilean President Gabriel Boric began the tour in Lima on March 2 before moving on to "
                + "Quito and Bogota.")))
                .containsExactlyInAnyOrder("CHL>PER", "CHL>ECU", "CHL>COL");
        // a thing that moves on is no traveller
        assertThat(run("2025-03-07", "The negotiations moved on to Geneva on Monday.")).isEmpty();
    }

    @Test
    void aClosedRelativeClauseIsNotTheSubjectOfTheNextVerb() {
        assertThat(visits(run("2025-08-20", "Chilean President Gabriel Boric travelled to Lima in May, where he met President Dina Boluarte, "
                + "and then went to Quito for a forum.")))
                .containsExactlyInAnyOrder("CHL>PER", "CHL>ECU");
        assertThat(visits(run("2025-08-20", "Chilean President Gabriel Boric, who met Peruvian President Dina Boluarte on Monday, "
                + "travelled to Quito on Tuesday.")))
                .containsExactly("CHL>ECU");
    }

    /** A group subject that "met on the sidelines of" a body met each other; the body is the occasion, not a party. */
    @Test
    void aGroupSubjectMeetsItselfAtABodysGathering() {
        List<Event> ev = run("2021-09-24", "The Estonian and Georgian foreign ministers met on the side-lines of the UN "
                + "General Assembly on Thursday.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("EST-GEO");
    }

    /** MEETING pairs with the two countries sorted. */
    private static List<String> meetings(String text) {
        return of(run("2024-07-27", text), Kind.MEETING).stream().map(e -> {
            String a = e.actor().country(), b = e.counterpart().country();
            return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        }).toList();
    }

    @Test
    void threeOrMorePartiesOfOneMeetingMeetEachOther() {
        assertThat(meetings("Japanese Foreign Minister Yoko Kamikawa, South Korean Foreign Minister Cho Tae-yul and US Secretary "
                + "of State Antony Blinken met in Vientiane on Friday.")).containsExactlyInAnyOrder("JPN-KOR", "JPN-USA", "KOR-USA");
        assertThat(meetings("Talks were also held among Japanese Foreign Minister Yoko Kamikawa, South Korean Foreign Minister "
                + "Cho Tae-yul and US Secretary of State Antony Blinken on Friday.")).containsExactlyInAnyOrder("JPN-KOR", "JPN-USA", "KOR-USA");
        assertThat(meetings("The foreign ministers of Japan, South Korea and China met in Vientiane on Friday."))
                .containsExactlyInAnyOrder("JPN-KOR", "CHN-JPN", "CHN-KOR");
    }

    /** "met in Geneva for talks on Ukraine": the country after "talks on" is their topic, not a third party. */
    @Test
    void theCountryTalksAreAboutIsNoParty() {
        List<Event> ev = run("2022-01-22", "US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met in "
                + "Geneva on Friday for talks on Ukraine.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("USA-RUS");
        // a party after the topic is still one: "held a meeting on Afghanistan with X"
        assertThat(pairs(run("2022-01-22", "Pakistani Foreign Minister Shah Mahmood Qureshi held a meeting on Afghanistan with "
                + "Uzbek Foreign Minister Abdulaziz Kamilov in Tashkent on Friday."), Kind.MEETING)).doesNotContain("AFG-PAK");
    }

    /** "met EU officials in Brussels on Thursday, as well as with A and B": the list goes on past the first party's place and day. */
    @Test
    void asWellAsWithAfterThePlaceAndDay() {
        List<Event> ev = run("2023-10-27", "Serbian President Aleksandar Vucic met EU Council President Charles Michel in Brussels on "
                + "Thursday, as well as with German Chancellor Olaf Scholz and French President Emmanuel Macron.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("SRB-EU", "SRB-DEU", "SRB-FRA");
        // what follows is no party when it is not one: "..., as well as visiting the Atomium"
        assertThat(pairs(run("2023-10-27", "Serbian President Aleksandar Vucic met EU Council President Charles Michel in Brussels "
                + "on Thursday, as well as touring the city."), Kind.MEETING)).containsExactly("SRB-EU");
    }

    /** "spoke with A, B and C, immediately following his meeting with D in Riyadh": calls with each; his meeting is the subject's. */
    @Test
    void callsAfterTheSubjectsOwnMeeting() {
        List<Event> ev = run("2025-02-18", "Secretary of State Marco Rubio spoke with the foreign ministers of France, Germany, Italy, "
                + "and the United Kingdom and the EU's High Representative for Foreign Affairs, immediately following his meeting with "
                + "Russia's foreign minister earlier today in Riyadh, Saudi Arabia.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("USA-FRA", "USA-DEU", "USA-ITA", "USA-GBR", "USA-EU");
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("USA-RUS");
    }

    /** "X received Y at his residence": his is the subject's. */
    @Test
    void hisIsTheSubjects() {
        List<Event> ev = run("2025-03-07", "Kenyan President William Ruto spoke with Ugandan President Yoweri Museveni after his "
                + "meeting with Tanzanian President Samia Suluhu Hassan on Thursday.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactly("KEN-TZA");
    }
}
