package parley.producer.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** Speakers of readouts and of analysts' quotes. */
class StatementPhrasingTest {

    @Test
    void readoutsReaffirm() {
        assertThat(speakers(run("2024-06-25", "On Tuesday, President Yoweri Museveni reaffirmed that Uganda would keep its troops in Somalia.")))
                .containsExactly("UGA:Yoweri Museveni");
    }

    @Test
    void analystWithALongDescriptionAfterTheDemonym() {
        assertThat(speakers(run("2024-06-25", "\"The junta has no exit strategy,\" said Moussa Diallo, a Guinean human rights defender "
                + "and political analyst.")))
                .containsExactly("GIN:Moussa Diallo");
    }

    @Test
    void coordinatedObjectsAreNotTheSpeakerOfTheNextVerb() {
        assertThat(speakers(run("2024-03-08", "On Monday, Tanzanian President Samia Suluhu Hassan received Ruto and Museveni together and "
                + "said Tanzania was ready to host further talks.")))
                .containsExactly("TZA:Samia Suluhu Hassan");
        assertThat(speakers(run("2024-03-08", "Kenyan President William Ruto and Ugandan President Yoweri Museveni said on Monday the border "
                + "would reopen."))).containsExactlyInAnyOrder("KEN:William Ruto", "UGA:Yoweri Museveni");
    }

    /** A capital as the subject speaks for its government (wire style); as a place, or with nothing said, it does not. */
    @Test
    void aCapitalSpeaksForItsGovernment() {
        assertThat(speakers(run("2025-05-10", "Moscow said on Friday that it would respond to the new sanctions.")))
                .containsExactly("RUS:Government of Russia");
        assertThat(speakers(run("2025-05-10", "Beijing on Friday accused Manila of provoking the incident at the shoal.")))
                .containsExactly("CHN:Government of China");
        assertThat(speakers(run("2025-05-10", "In Nairobi, the talks ended on Friday without a deal."))).isEmpty();
        assertThat(speakers(run("2025-05-10", "Ottawa has responded."))).isEmpty();
        // a city that is no capital is no government
        assertThat(speakers(run("2025-05-10", "Shanghai said on Friday that the port would reopen."))).isEmpty();
    }
}
