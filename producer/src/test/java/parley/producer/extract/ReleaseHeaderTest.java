package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Issue #14 classes 2 and 5: a release's header names its issuer; hyphenated country names are found. */
class ReleaseHeaderTest {

    private static List<String> keys(String text) { return keysOn("2025-03-07", text); }

    private static List<String> keysOn(String pub, String text) {
        return run(pub, text).stream().map(Event::eventKey).toList();
    }

    @Test
    void unnamedMinisterOfAReleaseIsTheIssuers() {
        assertThat(keys("PRESS RELEASE\nMinistry of Foreign Affairs, Republic of Indonesia\n\n"
                + "Jakarta, 6 March 2025 - The Minister received the Foreign Minister of Timor-Leste, Bendito Freitas, on Thursday."))
                .containsExactly("VISIT|TLS|IDN|2025-03-06");
        assertThat(keys("Media statement\nOffice of the President, Republic of Ghana\n\n"
                + "The President received the Prime Minister of Guinea-Bissau in Accra on Wednesday."))
                .containsExactly("VISIT|GNB|GHA|2025-03-05");
    }

    @Test
    void aSeatHeadingTheReleaseIsItsIssuerEvenBelowASiteNotice() {
        // an archived readout: the site's notice, then "The White House" and the press office, then the text
        assertThat(keys("This page is an archived copy of an earlier administration's website and is no longer kept up to date by anyone.\n\n"
                + "The White House\nOffice of the Press Secretary\n\n"
                + "The President spoke by phone with Kenyan President William Ruto on Thursday."))
                .containsExactly("CALL|KEN|USA|2025-03-06");
        assertThat(keys("Kremlin\nPress release\n\nThe President spoke by phone with Kenyan President William Ruto on Thursday."))
                .containsExactly("CALL|KEN|RUS|2025-03-06");
    }

    @Test
    void withoutAReleaseHeaderAnUnnamedMinisterHasNoCountry() {
        assertThat(keys("Jakarta, 6 March 2025 - The Minister received the Foreign Minister of Timor-Leste, Bendito Freitas, on Thursday."))
                .isEmpty();
    }

    @Test
    void hyphenatedCountryNames() {
        assertThat(keys("The Foreign Minister of Timor-Leste visited Kenya on Monday.")).containsExactly("VISIT|TLS|KEN|2025-03-03");
        assertThat(keys("The President of Guinea-Bissau visited Senegal on Monday.")).containsExactly("VISIT|GNB|SEN|2025-03-03");
    }

    /** The White House's press-office line is its issuer; the readout's title names the other side after "with". */
    @Test
    void aReadoutTitleNamesTheOtherSide() {
        assertThat(keysOn("2009-09-10", "Office of the Press Secretary\nFor Immediate Release September 10, 2009\n"
                + "Readout of the President's call with UK Prime Minister Brown\n\n"
                + "The President and Prime Minister Brown had a productive call earlier today on several issues."))
                .containsExactly("CALL|GBR|USA|2009-09-10");
    }

    /** "spoke to X yesterday ahead of seeing each other at the G7 meeting in Brussels next week": a call, not that meeting. */
    @Test
    void aLaterOccasionDoesNotMakeACallAMeeting() {
        assertThat(keysOn("2014-05-26", "Following the phone call, a Downing Street spokesperson said:\n\nBritish Prime Minister David Cameron "
                + "spoke to President Obama yesterday evening ahead of seeing each other at the G7 meeting in Brussels next week."))
                .contains("CALL|GBR|USA|2014-05-25").noneMatch(k -> k.startsWith("MEETING"));
    }

    /** A first-person statement signed at its end (name line, title line with a country): its "I" is the signer. */
    @Test
    void aSignatureAtTheEndIsTheNarrator() {
        List<Event> ev = run("2025-07-31", "Today I held constructive discussions with Nigerian Foreign Minister Yusuf Tuggar in Accra.\n\n"
                + "Ghana and Nigeria cherish our bond of friendship.\n\nSamuel Okudzeto Ablakwa\n\nGhana's Minister For Foreign Affairs");
        assertThat(ev).extracting(Event::eventKey).containsExactly("VISIT|NGA|GHA|2025-07-31");
        // a last line without a country or title signs nothing
        assertThat(run("2025-07-31", "Today I held constructive discussions with Nigerian Foreign Minister Yusuf Tuggar in Accra.\n\n"
                + "Samuel Okudzeto Ablakwa\n\nAccra, Thursday")).isEmpty();
    }
}
