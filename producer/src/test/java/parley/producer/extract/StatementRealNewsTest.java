package parley.producer.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** STATEMENT on phrasings of real news: who speaks, and which reported acts are no statement at all. */
class StatementRealNewsTest {

    @Test
    void anInvertedVerbHasItsSpeakerAfterIt() {
        // the subject of the reported words did not speak; the one named after the verb did
        assertThat(speakers("2024-03-10", "Ghanaian President John Mahama held a phone call on Monday with European leaders "
                + "discussing the crisis in the Sahel, said the Ghanaian presidency.")).doesNotContain("GHA:John Mahama");
        assertThat(speakers("2024-03-10", "Kenya will host the talks in Nairobi, said Foreign Minister Musalia Mudavadi on Monday."))
                .containsExactly("KEN:Musalia Mudavadi");
        // an unnamed speaker after the verb: nobody the rules can name, not the last name before it
        assertThat(speakers("2024-03-10", "Mudavadi will travel at the invitation of Uganda's Foreign Minister Jeje Odongo and "
                + "Tanzania's Foreign Minister January Makamba, said the spokesperson.")).isEmpty();
        // what follows the verb is what was said, not its speaker
        assertThat(speakers("2024-03-10", "Kenya's foreign minister Musalia Mudavadi, speaking in Nairobi at a rally, said Africa "
                + "\"must trade more with itself\".")).containsExactly("KEN:Musalia Mudavadi");
        assertThat(speakers("2024-03-10", "Kenya's foreign minister, Musalia Mudavadi, said Uganda's position was clear."))
                .containsExactly("KEN:Musalia Mudavadi");
    }
}
