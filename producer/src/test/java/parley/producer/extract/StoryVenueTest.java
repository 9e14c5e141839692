package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Visits whose host is only the story's venue, named in an earlier sentence or the dateline. */
class StoryVenueTest {

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e)).toList();
    }

    /** "Liberia's President" names a nationality, not where the ceremony was: the host is the story's venue. */
    @Test
    void attendingTheOpeningCeremonyOfTheStorysGathering() {
        List<Event> ev = run("2024-03-01", "ACCRA, Feb 28 - Nigerian President Bola Tinubu arrived in Accra on Wednesday for the "
                + "summit of West African leaders.\n\nLiberia's President Joseph Boakai attended the opening ceremony on Sunday.");
        assertThat(visits(ev)).contains("NGA>GHA", "LBR>GHA");
    }

    /** A trip years before the story does not move its venue: a later bare arrival is still at the story's place. */
    @Test
    void aBackgroundTripIsNotTheVenueOfLaterArrivals() {
        List<Event> ev = run("2024-08-29", "Kenyan President William Ruto arrived in Suva on Tuesday for the regional meeting.\n\n"
                + "It was his first visit to the region since 2019, when he travelled to Samoa and Tonga.\n\n"
                + "Japanese Prime Minister Fumio Kishida, who arrived on Wednesday, held talks with the Fijian prime minister.");
        assertThat(visits(ev)).contains("KEN>FJI", "JPN>FJI").doesNotContain("JPN>TON");
    }

    /** Without an earlier visit, the dateline names where the story's ceremony was; each listed guest attended it. */
    @Test
    void listedGuestsAtTheDatelinesCeremony() {
        List<Event> ev = run("2024-06-03", "PRETORIA, June 2 - Cyril Ramaphosa was sworn in for a second term on Sunday.\n\n"
                + "Kenya's William Ruto, Angola's João Lourenço and Ghana's Nana Akufo-Addo attended the ceremony.");
        assertThat(visits(ev)).containsExactlyInAnyOrder("KEN>ZAF", "AGO>ZAF", "GHA>ZAF");
    }

    /** A story without dateline or venue gives the ceremony no place: no visit. */
    @Test
    void noDatelineNoVenue() {
        assertThat(visits(run("2024-06-03", "Kenya's William Ruto attended the ceremony on Sunday."))).isEmpty();
    }

    /** A gathering named after its city, or one that always meets in one place, places a side-line meeting there. */
    @Test
    void aNamedGatheringPlacesItsSidelineMeetings() {
        assertThat(visits(run("2023-09-22", "U.S. President Joe Biden met Kenyan President William Ruto on the sidelines of the "
                + "78th UN General Assembly on Wednesday."))).containsExactly("KEN>USA");
        assertThat(visits(run("2023-06-05", "U.S. Defense Secretary Lloyd Austin met Singapore's Prime Minister Lee Hsien Loong on "
                + "Saturday on the sidelines of the Shangri-La Dialogue."))).containsExactly("USA>SGP");
        assertThat(visits(run("2024-02-18", "Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky at the Munich "
                + "Security Conference on Saturday."))).containsExactly("UKR>DEU");
        // an earlier sentence names the gathering; the host's later talks are at its venue
        assertThat(visits(run("2019-02-11", "Prime Minister Abiy Ahmed held talks with several leaders on the sidelines of the "
                + "32nd African Union (AU) summit.\n\nHe also conferred with Kenyan President Uhuru Kenyatta on Monday.")))
                .containsExactly("KEN>ETH");
    }

    /** The fixed venue is a fallback: a place the sentence gives wins, and a title is not a gathering. */
    @Test
    void aGivenPlaceOrATitleIsNotTheFixedVenue() {
        List<Event> ev = run("2010-07-26", "Ugandan President Yoweri Museveni met Kenyan President Mwai Kibaki on the sidelines of "
                + "the African Union summit in Kampala on Sunday.");
        assertThat(visits(ev)).containsExactly("KEN>UGA");
        ev = run("2023-09-22", "Irish Foreign Minister Micheal Martin met UN General Assembly President Dennis Francis on Friday.");
        assertThat(visits(ev)).isEmpty();
    }

    /** "leaders from Fiji": where the people come from, not where they met; the story's venue still places the talks. */
    @Test
    void leadersFromACountryAreNotAPlace() {
        List<Event> ev = run("2022-07-13", "SUVA, July 13 - Australian Prime Minister Anthony Albanese arrived in Fiji on Tuesday "
                + "for the regional leaders meeting.\n\nMr Albanese held bilateral meetings with leaders from Fiji and Tonga on "
                + "Wednesday.");
        assertThat(visits(ev)).contains("AUS>FJI");
        assertThat(of(ev, Kind.MEETING)).extracting(e -> e.counterpart().country()).containsExactly("TON");
    }

    /** "visited the country in 2016": the country the story is in (here its latest visit's host), with its own date. */
    @Test
    void theCountryIsTheStorysCountry() {
        List<Event> ev = run("2024-08-20", "TBILISI, Aug 20 - German President Frank-Walter Steinmeier arrived in Georgia on "
                + "Monday.\n\nHe earlier visited the country in 2016 as foreign minister.");
        assertThat(ev.stream().filter(e -> e.kind() == Kind.VISIT).map(e -> hostOf(e) + "@" + e.date()).toList())
                .containsExactlyInAnyOrder("GEO@2024-08-19", "GEO@2016-01-01");
        // a story with no place of its own gives "the country" none
        assertThat(visits(run("2024-08-20", "Steinmeier visited the country in 2016."))).isEmpty();
    }

    /** "Pakistan is hosting the summit": talks the story tells with no place are in the host country, the guests' visits. */
    @Test
    void theCountryHostingTheSummitIsWhereItsTalksAre() {
        List<Event> ev = run("2024-10-16", "Kenyan President William Ruto on Tuesday held separate meetings with leaders on the "
                + "sidelines of the summit.\n\nKenya is hosting the two-day regional summit on October 15 and 16.\n\n"
                + "Ruto held separate meetings with Ugandan President Yoweri Museveni and Rwandan President Paul Kagame.");
        assertThat(visits(ev)).contains("UGA>KEN", "RWA>KEN");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    /** A host named as a plan or hosting a person is no venue: the talks stay unplaced meetings. */
    @Test
    void hostingAPersonIsNoVenue() {
        List<Event> ev = run("2024-10-16", "Kenya hosted a delegation of farmers last year.\n\n"
                + "Ruto held separate meetings with Ugandan President Yoweri Museveni and Rwandan President Paul Kagame.");
        assertThat(visits(ev)).isEmpty();
        assertThat(of(ev, Kind.MEETING)).hasSize(2);
    }

    /** "The discussion took place ... in Bratislava": a later sentence places the talks, in the host's country a visit. */
    @Test
    void aLaterSentencePlacesTheTalks() {
        List<Event> ev = run("2019-12-06", "Russian Foreign Minister Sergey Lavrov on Thursday held a meeting with Slovak Foreign "
                + "Minister Miroslav Lajcak.\n\n\"Cooperation was discussed,\" the ministry said in a statement.\n\n"
                + "The discussion took place on the sidelines of the ministerial council in Slovakia's capital of Bratislava.");
        assertThat(visits(ev)).containsExactly("RUS>SVK");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
        List<Event> elsewhere = run("2019-12-06", "Russian Foreign Minister Sergey Lavrov on Thursday held a meeting with Slovak "
                + "Foreign Minister Miroslav Lajcak.\n\nThe meeting was held in Vienna.");
        assertThat(of(elsewhere, Kind.MEETING)).singleElement().satisfies(e -> assertThat(e.place().country()).isEqualTo("AUT"));
    }

    /** "has taken part in the Ministerial Council of the Organization for ... (OSCE) held in Vienna": past a long body's name. */
    @Test
    void aGatheringHeldInACityAfterALongBodyName() {
        List<Event> ev = run("2025-12-05", "Turkish Foreign Minister Hakan Fidan has taken part in the 32nd Ministerial Council of "
                + "the Organization for Security and Cooperation in Europe (OSCE) held in Vienna.");
        assertThat(visits(ev)).containsExactly("TUR>AUT");
    }
}
