package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Occasions of public speech that real news tells without a verb of saying, and reactions told with other verbs. */
class PublicOccasionTest {

    private static List<String> speakers(String pub, String text) {
        return of(run(pub, text), Kind.STATEMENT).stream().map(e -> e.actor().country() + ":" + e.actor().name() + "@" + e.date()).toList();
    }

    @Test
    void holdingAPressConferenceIsSpeakingThatDay() {
        assertThat(speakers("2024-09-12", "Chinese Foreign Ministry spokesperson Lin Jian held a regular news briefing on Tuesday."))
                .containsExactly("CHN:Lin Jian@2024-09-10");
        assertThat(speakers("2024-09-12", "Russian Foreign Minister Sergei Lavrov gave a press conference in Moscow on Wednesday."))
                .containsExactly("RUS:Sergey Lavrov@2024-09-11");
        // a conference of another kind, or one only planned, is none
        assertThat(speakers("2024-09-12", "Russian Foreign Minister Sergei Lavrov held a conference with business leaders on Wednesday.")).isEmpty();
        assertThat(speakers("2024-09-12", "Russian Foreign Minister Sergei Lavrov will hold a press conference on Friday.")).isEmpty();
    }

    @Test
    void withASpeakerSayingIsThatSpeakersStatement() {
        assertThat(speakers("2024-09-12", "The verdict drew criticism on Wednesday, with Kenyan President William Ruto saying "
                + "that the court had been misled.")).containsExactly("KEN:William Ruto@2024-09-11");
    }

    @Test
    void aBodyNamedAfterTheSpeakerIsNoPersonOfItsOwn() {
        // "the Federal Reserve" is a body, so the apposition's head, the chairman, speaks
        assertThat(speakers("2022-09-22", "Jerome Powell, the chairman of the Federal Reserve, stated on Wednesday that rates would rise."))
                .containsExactly("USA:Jerome Powell@2022-09-21");
        assertThat(speakers("2024-09-12", "The fighting killed 12 people, according to the Syrian Observatory for Human Rights.")).isEmpty();
    }

    @Test
    void aCountryThatSlamsOrDenouncesSpeaks() {
        assertThat(speakers("2024-09-12", "Britain slammed the sentence on Wednesday as a new low for the rule of law."))
                .singleElement().asString().startsWith("GBR:");
        assertThat(speakers("2024-09-12", "Kenyan President William Ruto denounced the attack on Wednesday."))
                .containsExactly("KEN:William Ruto@2024-09-11");
    }
}
