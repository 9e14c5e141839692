package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** Real news phrasings: one-word KB names inside longer names, and how calls with several leaders are told. */
class NameTailAndCallListTest {

    private static List<String> calls(String pub, String text) {
        return of(run(pub, text), Kind.CALL).stream().map(e -> e.actor().country() + "-" + e.counterpart().country()).toList();
    }

    @Test
    void aCommonWordEndingAnotherNameIsNoCountry() {
        assertThat(speakers("2024-09-12", "Several Gulf States condemned the strike on Tuesday, saying it violated international law."))
                .noneMatch(s -> s.startsWith("USA:"));
        assertThat(speakers("2024-09-12", "The National Democratic Congress said on Tuesday that the count was rigged.")).isEmpty();
        assertThat(speakers("2024-09-12", "Peru's Congress condemned the strike on Tuesday.")).noneMatch(s -> s.startsWith("USA:"));
        assertThat(speakers("2024-09-12", "Tendai Moyo, the MDC Alliance chairperson, said on Tuesday that the count was rigged."))
                .noneMatch(s -> s.startsWith("NATO:"));
        // on their own, or after their own country, they still stand for it
        assertThat(speakers("2024-09-12", "The U.S. Congress condemned the strike on Tuesday.")).containsExactly("USA:Congress");
        assertThat(speakers("2024-09-12", "The Alliance said on Tuesday that it would boost its presence in the Baltic."))
                .singleElement().asString().startsWith("NATO:");
    }

    @Test
    void theOppositionOfACountryIsNoGovernment() {
        assertThat(speakers("2024-09-12", "The main opposition in Malawi on Tuesday rejected the provisional results.")).isEmpty();
    }

    @Test
    void aClosedRelativeClauseLeavesTheMainSubjectSpeaking() {
        assertThat(speakers("2024-09-12", "Zambian President Hakainde Hichilema congratulated Malawian President Lazarus Chakwera, "
                + "who won a second term, and praised the conduct of the vote.")).containsExactly("ZMB:Hakainde Hichilema");
    }

    @Test
    void initialsAndSuffixesDoNotHideAKnownName() {
        assertThat(calls("2023-07-31", "Secretary of Defense Lloyd J. Austin III spoke on the phone with Angolan President "
                + "Joao Lourenco on Friday.")).containsExactly("USA-AGO");
    }

    @Test
    void aTitleAndSurnameNameTheOfficeHolderOfTheDay() {
        assertThat(calls("2010-03-03", "President Obama spoke by phone with Chancellor Angela Merkel on Tuesday."))
                .containsExactly("USA-DEU");
    }

    @Test
    void aCallBetweenTwoLeaders() {
        assertThat(calls("2024-09-12", "Details emerged on Thursday of a call between Zambian President Hakainde Hichilema and "
                + "Malawian President Lazarus Chakwera.")).containsExactly("ZMB-MWI");
    }

    @Test
    void phoneCallsSpeakingWithTheListedLeaders() {
        assertThat(calls("2024-09-12", "Zambian President Hakainde Hichilema made phone calls to regional leaders on Tuesday, "
                + "speaking with Malawian President Lazarus Chakwera and Tanzanian President Samia Suluhu Hassan."))
                .containsExactlyInAnyOrder("ZMB-MWI", "ZMB-TZA");
        // speaking with reporters is no call
        assertThat(calls("2024-09-12", "Zambian President Hakainde Hichilema, speaking with reporters after a phone call, "
                + "said fuel supplies were secured.")).isEmpty();
    }

    @Test
    void joiningTheHostOnTheCallWereTheOtherLeaders() {
        List<Event> ev = run("2024-09-12", "Zambian President Hakainde Hichilema hosted a video call on Tuesday about fuel supplies. "
                + "Joining Hichilema on the call were Malawian President Lazarus Chakwera, Tanzanian President Samia Suluhu Hassan "
                + "and Kenyan President William Ruto.");
        assertThat(of(ev, Kind.CALL).stream().map(e -> e.actor().country() + "-" + e.counterpart().country()).toList())
                .containsExactlyInAnyOrder("ZMB-MWI", "ZMB-TZA", "ZMB-KEN");
    }
}
