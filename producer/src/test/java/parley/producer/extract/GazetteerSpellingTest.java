package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** A country written with or without its hyphen ("Guinea-Bissau", "Guinea Bissau") is the same country. */
class GazetteerSpellingTest {

    @Test
    void bothSpellingsOfAHyphenatedCountryAreFound() {
        for (String spelling : List.of("Guinea-Bissau", "Guinea Bissau")) {
            List<Event> ev = run("2024-06-05", "Senegalese President Bassirou Diomaye Faye visited " + spelling + " on Tuesday.");
            assertThat(of(ev, Kind.VISIT)).extracting(ExtractorTestSupport::hostOf).containsExactly("GNB");
        }
    }

    @Test
    void commonMisspellingsOfADemonymOrCountryAreFound() {
        assertThat(of(run("2024-06-05", "Nigerian President Bola Tinubu on Tuesday received his Ghanian counterpart John Mahama in Abuja."),
                Kind.VISIT)).extracting(e -> e.actor().country()).containsExactly("GHA");
        assertThat(of(run("2024-06-05", "Japanese Prime Minister Fumio Kishida visited the Phillipines on Tuesday."), Kind.VISIT))
                .extracting(ExtractorTestSupport::hostOf).containsExactly("PHL");
    }
}
