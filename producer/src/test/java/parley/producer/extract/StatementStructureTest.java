package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** Issue #14: structure, not word lists. A speech word is a verb where it stands, its speaker is its subject, not a source. */
class StatementStructureTest {

    private static List<String> speakers(String text) { return ExtractorTestSupport.speakers("2025-03-07", text); }

    @Test
    void theTaggerReadsASpeechWordAsANounOrAVerb() {
        assertThat(Nlp.tags(Tok.tokenize("The Baltic states held talks."))[2]).isNotIn("VERB", "AUX");
        assertThat(Nlp.tags(Tok.tokenize("The minister said it would rain."))[2]).isEqualTo("VERB");
    }

    @Test
    void aSpeechWordUsedAsANounIsNoStatement() {
        assertThat(speakers("On Monday, Kenyan President William Ruto held talks with his Ugandan and Tanzanian counterparts, "
                + "Yoweri Museveni and Samia Suluhu Hassan, on the East African states' trade rules.")).isEmpty();
    }

    @Test
    void speechVerbsStillFire() {
        assertThat(speakers("Kenyan President William Ruto warns on Monday that the talks with Uganda are stalled."))
                .containsExactly("KEN:William Ruto");
        assertThat(speakers("\"We will not back down,\" said Foreign Minister Wang Yi on Monday.")).containsExactly("CHN:Wang Yi");
        assertThat(speakers("Kenyan President William Ruto congratulated Ghanaian President John Mahama on Monday, saying the two "
                + "countries would trade more.")).containsExactly("KEN:William Ruto");
    }

    @Test
    void theObjectOfAVerbAfterItsModifierIsNotTheSpeaker() {
        assertThat(speakers("Chinese President Xi Jinping on Monday urged visiting Russian President Vladimir Putin to seek peace "
                + "and stressed that dialogue was the only way.")).containsExactly("CHN:Xi Jinping");
        // the object a relative clause opens on speaks in it
        assertThat(speakers("Kenyan President William Ruto on Monday hosted visiting Ugandan President Yoweri Museveni, who said "
                + "the talks were useful.")).containsExactly("UGA:Yoweri Museveni");
        assertThat(speakers("Kenyan President William Ruto on Monday hosted Ugandan President Yoweri Museveni, who said "
                + "the talks were useful.")).containsExactly("UGA:Yoweri Museveni");
    }

    @Test
    void newsAgenciesAndUnnamedSourcesAreNoSpeakers() {
        assertThat(speakers("The two leaders discussed trade on Monday, according to China's official Xinhua news agency.")).isEmpty();
        assertThat(speakers("The talks went well, according to a senior Kenyan official.")).isEmpty();
        // the one an agency quotes speaks
        assertThat(speakers("Russia's TASS news agency quoted Foreign Minister Sergei Lavrov as saying on Monday that the talks "
                + "with the United States had ended.")).singleElement().satisfies(s -> assertThat(s).startsWith("RUS:").doesNotContain("TASS"));
        // "quoted by X as saying": the subject of the passive speaks, not X
        assertThat(speakers("Japanese Prime Minister Shigeru Ishiba was quoted by Japan's foreign ministry as saying on Monday that "
                + "he hoped the talks would continue.")).containsExactly("JPN:Shigeru Ishiba");
    }

    @Test
    void theSourceOfAReportedEventOrStatementIsNoSecondSpeaker() {
        assertThat(speakers("Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping on Monday, "
                + "according to the Kazakh presidential press service.")).isEmpty();
        assertThat(speakers("According to the Kremlin, Russian President Vladimir Putin said on Monday that the talks with "
                + "Kazakhstan were useful.")).containsExactly("RUS:Vladimir Putin");
        // what the source itself says about the talks is its statement
        assertThat(speakers("According to the Egyptian Foreign Ministry, the talks between Egypt and Qatar on Monday were part "
                + "of a wider effort to end the war.")).hasSize(1);
    }

    @Test
    void anAdverbInsideAPassiveKeepsItPassive() {
        assertThat(speakers("The visit to Moscow in May by a Kenyan delegation headed by President William Ruto was also recalled."))
                .isEmpty();
        assertThat(speakers("The strike on the port was strongly condemned by Russian Foreign Minister Sergei Lavrov on Monday."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("RUS:"));
    }

    @Test
    void theOccasionOfASpeakingPhraseDatesTheStatement() {
        List<Event> st = of(run("2025-03-07", "Speaking to reporters in Nairobi on Monday, Kenyan President William Ruto compared "
                + "the Sudan war with a fire next door."), Kind.STATEMENT);
        assertThat(st).hasSize(1);
        assertThat(st.get(0).date()).hasToString("2025-03-03");
    }

    @Test
    void aQuoteRunOverParagraphsEndsWhereItsClosingMarkIs() {
        // news opens a long quote in one paragraph and closes it in the next; the words after the closing mark are not quoted
        String text = "Japan and the United States held talks in Tokyo on Tuesday.\n\n"
                + "\"The two ministers discussed the situation around China and North Korea.\n\n"
                + "They agreed on the need to continue close cooperation,\" the Japanese Ministry of Foreign Affairs said in a statement.";
        assertThat(ExtractorTestSupport.speakers("2025-03-07", text)).containsExactly("JPN:Japanese Ministry of Foreign Affairs");
    }

    /** A name inside the quote is not who says it: the attributed spokesman is, or nobody when his country is unknown. */
    @org.junit.jupiter.api.Test
    void aNameInsideTheQuoteIsNoSpeaker() {
        assertThat(speakers("\"The ministry wishes to inform that the President of Ghana called President Buhari,\" ministry "
                + "spokesman Ferdinand Nwonye stated.")).noneMatch(s -> s.contains("Buhari"));
    }

    /** "the Prime Minister's Office (of Singapore) said": the office speaks for the government whose head is named. */
    @org.junit.jupiter.api.Test
    void thePrimeMinistersOfficeSpeaks() {
        assertThat(speakers("\"The leaders had a good discussion,\" the Prime Minister's Office of Singapore said in a statement."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("SGP:").contains("Office"));
        assertThat(speakers("SINGAPORE - \"The leaders had a good discussion,\" the Prime Minister's Office said."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("SGP:").contains("Office"));
    }

    /** "pointed out that", "pointed to the need": words said; "pointed at the map": a gesture. */
    @org.junit.jupiter.api.Test
    void pointedOutIsSpeech() {
        assertThat(speakers("Chinese President Xi Jinping pointed out that the trends of turbulence are becoming more evident."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("CHN:"));
        assertThat(speakers("Chinese President Xi Jinping pointed at the map during the visit.")).isEmpty();
        assertThat(speakers("Kenyan President William Ruto cautioned against foreign interference in Somalia."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("KEN:"));
    }

    /** Seats and nicknames of foreign ministries stand for their country: "Wisma Putra", "the Farnesina", "South Block". */
    @org.junit.jupiter.api.Test
    void ministryNicknames() {
        assertThat(speakers("The Foreign Ministry, commonly referred to as Wisma Putra, stated in a Facebook post that Malaysia and "
                + "Australia agreed to cooperate.")).singleElement().satisfies(s -> assertThat(s).startsWith("MYS:"));
        assertThat(speakers("The Farnesina said on Monday that Italy would send aid.")).singleElement().satisfies(s -> assertThat(s).startsWith("ITA:"));
    }

    /** Acts told with speech verbs are no statements: pictures tweeted, a participation confirmed; "drew attention to" is one. */
    @org.junit.jupiter.api.Test
    void actsToldWithSpeechVerbs() {
        assertThat(speakers("Indian Prime Minister Narendra Modi also tweeted pictures of his interaction with several leaders.")).isEmpty();
        assertThat(speakers("Moldovan President Maia Sandu confirmed her participation in the event.")).isEmpty();
        assertThat(speakers("Indian Prime Minister Narendra Modi tweeted that the talks were excellent.")).hasSize(1);
        assertThat(speakers("The Russian Foreign Minister drew attention to the demands of Moscow on the return of the property."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("RUS:"));
        assertThat(speakers("The Russian Foreign Minister drew criticism for the remarks.")).isEmpty();
    }
}
