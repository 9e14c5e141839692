package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/**
 * Officials who took office in 2023-2026 and are quoted by title and name alone, with no country word: only the
 * curated KB rows tell their country (the generated Wikidata rows stop at 2022-23 for most ministers).
 */
class RecentOfficeHoldersTest {
    private final Kb kb = Kb.get();

    @Test
    void aMinisterNamedWithoutHisCountryGetsItFromTheKb() {
        assertThat(speakers("2025-03-04", "Foreign Minister Thérèse Kayikwamba Wagner said on Monday that the ceasefire "
                + "talks had made no progress.")).containsExactly("COD:Thérèse Kayikwamba Wagner");
        assertThat(speakers("2025-06-10", "Mohamed Ali Nafti said on Monday that his government rejected any foreign "
                + "interference.")).containsExactly("TUN:Mohamed Ali Nafti");
        assertThat(speakers("2024-11-20", "Defence Minister Wellington Koo told reporters on Tuesday that more drones "
                + "would be bought next year.")).containsExactly("TWN:Wellington Koo");
        assertThat(speakers("2025-02-12", "Samuel Okudzeto Ablakwa said on Tuesday that the embassy would reopen "
                + "within weeks.")).containsExactly("GHA:Samuel Okudzeto Ablakwa");
    }

    @Test
    void spokespeopleSpeakForTheirCountries() {
        assertThat(speakers("2025-04-15", "Spokesperson Guo Jiakun said on Monday that the tariffs were unjustified."))
                .containsExactly("CHN:Guo Jiakun");
        assertThat(speakers("2025-05-06", "Esmaeil Baghaei said on Monday that the next round of talks would be held in "
                + "Muscat.")).containsExactly("IRN:Esmaeil Baghaei");
        assertThat(speakers("2024-07-09", "Randhir Jaiswal told reporters on Monday that the visit had been postponed."))
                .containsExactly("IND:Randhir Jaiswal");
    }

    @Test
    void earlierSpokespeopleSpeakForTheirCountriesToo() {
        // real news reaches back years: spokespeople before 2021 are curated as well
        assertThat(speakers("2014-06-10", "Hong Lei said on Monday that the islands were Chinese territory."))
                .containsExactly("CHN:Hong Lei");
        assertThat(speakers("2019-03-05", "Raveesh Kumar told reporters on Monday that the talks had been postponed."))
                .containsExactly("IND:Raveesh Kumar");
        assertThat(speakers("2018-09-12", "Heather Nauert said on Tuesday that the sanctions would stay."))
                .containsExactly("USA:Heather Nauert");
    }

    @Test
    void bothSidesOfAMeetingAreKnown() {
        List<Event> visits = of(run("2024-10-08", "Timčo Mucunski met Hakan Fidan in Ankara on Monday."), Kind.VISIT);
        assertThat(visits).singleElement().satisfies(e -> {
            assertThat(e.actor().country()).isEqualTo("MKD");
            assertThat(e.counterpart().country()).isEqualTo("TUR");
        });
    }

    /** A surname shared with a well-known group is no speaker: only the full name is in the KB. */
    @Test
    void aGroupNamedLikeAMinisterIsNoSpeaker() {
        assertThat(speakers("2025-03-04", "Wagner said on Monday that its fighters had left the town.")).isEmpty();
    }

    @Test
    void holdersOnAGivenDay() {
        assertThat(kb.holder("BGR", "Foreign Minister", LocalDate.of(2023, 9, 1)).name()).isEqualTo("Mariya Gabriel");
        assertThat(kb.holder("ZWE", "Foreign Minister", LocalDate.of(2024, 6, 1)).name()).isEqualTo("Amon Murwira");
        assertThat(kb.holder("PSE", "Foreign Minister", LocalDate.of(2025, 9, 1)).name()).isEqualTo("Varsen Aghabekian");
        assertThat(kb.holder("ESP", "King", LocalDate.of(2025, 9, 1)).name()).isEqualTo("Felipe VI");
        assertThat(kb.holder("CHE", "President", LocalDate.of(2025, 9, 1)).name()).isEqualTo("Karin Keller-Sutter");
        assertThat(kb.holder("IRL", "President", LocalDate.of(2025, 9, 1)).name()).isEqualTo("Michael D. Higgins");
        assertThat(kb.holder("IRL", "President", LocalDate.of(2025, 12, 1)).name()).isEqualTo("Catherine Connolly");
        assertThat(kb.holder("SYR", "Foreign Minister", LocalDate.of(2025, 1, 15)).name()).isEqualTo("Asaad al-Shaibani");
    }
}
