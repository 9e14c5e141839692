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
}
