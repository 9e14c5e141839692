package parley.producer.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** Whose country a local speaker has when the text does not say it: the dateline's, else the story's. */
class StoryCountryTest {

    @Test
    void aCityCountryDatelineGivesTheHome() {
        assertThat(speakers("2024-09-12", "Lilongwe, Malawi - Floods cut the main road to the south on Tuesday.\n\n"
                + "\"The bridge is gone,\" district commissioner Tamanda Phiri told reporters.")).containsExactly("MWI:Tamanda Phiri");
    }

    @Test
    void hereIsTheStorysCountryWhenThereIsNoDateline() {
        String story = "Malawi and Zambia signed a road deal. Malawi's ministers said Malawian exports would grow, and Malawi's "
                + "parliament approved it.\n\nZambian Foreign Minister Mulambo Haimbe arrived here on Tuesday for two days of talks.";
        assertThat(run("2024-09-12", story)).extracting(e -> e.eventKey()).contains("VISIT|ZMB|MWI|2024-09-10");
        // no dateline and no country the story is clearly about: "here" is nowhere
        assertThat(run("2024-09-12", "Zambian Foreign Minister Mulambo Haimbe arrived here on Tuesday for two days of talks.")).isEmpty();
    }

    @Test
    void theDatelinePlaceIsNoSpeaker() {
        assertThat(speakers("2024-09-12", "Lilongwe, Malawi - The main opposition on Tuesday rejected the provisional results, "
                + "accusing the electoral body of fraud.")).isEmpty();
    }

    @Test
    void aLocalOfficialOfAStoryWithoutDatelineSpeaksForItsCountry() {
        String story = "Floods hit southern Malawi on Monday.\n\nMalawi's army was sent to the worst-hit districts, and Malawian "
                + "police closed two roads.\n\n\"Three villages are cut off,\" local administration official Tamanda Phiri told AFP.";
        assertThat(speakers("2024-09-12", story)).containsExactly("MWI:Tamanda Phiri");
        // a minister the knowledge base does not know may be a foreign one commenting: no country is guessed
        assertThat(speakers("2024-09-12", story + "\n\nFederal Minister Hans Grubermann issued the following statement today.")).hasSize(1);
    }

    @Test
    void aParticipleAfterADeterminerOrPrepositionIsNoSpeechVerb() {
        assertThat(speakers("2024-09-12", "Kenyan President William Ruto and Ugandan President Yoweri Museveni had a call today "
                + "on shared regional priorities.")).isEmpty();
    }

    @Test
    void aBodyNamedByManyGovernmentsIsTheCountryBeforeItOrTheStorys() {
        // "Foreign Office" is Britain's unless the text or the dateline says whose
        assertThat(speakers("2024-09-12", "The German Foreign Office said on Tuesday that the ambassador had been summoned."))
                .containsExactly("DEU:Foreign Office");
        assertThat(speakers("2024-09-12", "ISLAMABAD, Pakistan - The Foreign Office said on Tuesday that the ambassador had been summoned."))
                .containsExactly("PAK:Foreign Office");
        assertThat(speakers("2024-09-12", "The Foreign Office said on Tuesday that the ambassador had been summoned."))
                .containsExactly("GBR:Foreign Office");
    }
}
