package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** Precision of STATEMENT (and the CALL/MEETING it is confused with) on isolated wire sentences (eval/wire). */
class SpeakerPrecisionTest {

    private static List<String> kinds(String pub, String text) {
        return run(pub, text).stream().map(e -> e.kind() + ":" + e.actor().country()
                + (e.counterpart() == null ? "" : "-" + e.counterpart().country())).toList();
    }

    @Test
    void spokeToAnOfficialIsACallNotAStatement() {
        assertThat(kinds("2024-09-12", "Zambian President Hakainde Hichilema spoke to the President of Malawi, Lazarus Chakwera, "
                + "on Tuesday about fuel supplies.")).containsExactly("CALL:ZMB-MWI");
        assertThat(kinds("2024-09-12", "The Peruvian foreign minister spoke to his Chilean counterpart on Wednesday."))
                .containsExactly("CALL:PER-CHL");
        assertThat(kinds("2024-09-12", "Zambian President Hakainde Hichilema spoke to Malawian President Lazarus Chakwera on Tuesday."))
                .containsExactly("CALL:ZMB-MWI");
        assertThat(kinds("2024-09-12", "Zambian President Hakainde Hichilema spoke to Malawi's President Lazarus Chakwera on Tuesday."))
                .containsExactly("CALL:ZMB-MWI");
        // an occasion word in the topic ("about the summit") does not make it a meeting
        assertThat(kinds("2024-09-12", "Zambian President Hakainde Hichilema spoke with Malawian President Lazarus Chakwera on Tuesday "
                + "about the stalled border talks.")).containsExactly("CALL:ZMB-MWI");
        // speaking to a medium or an audience is still a statement
        assertThat(speakers("2024-09-12", "Zambian President Hakainde Hichilema spoke to reporters in Lusaka on Tuesday about fuel supplies."))
                .containsExactly("ZMB:Hakainde Hichilema");
    }

    @Test
    void hisOfficeSaidAttributesTheReportedEvent() {
        assertThat(kinds("2024-09-12", "Swedish Prime Minister Ulf Kristersson held a phone call with Estonian Prime Minister Kristen Michal "
                + "on Tuesday, his office said.")).containsExactly("CALL:SWE-EST");
        assertThat(kinds("2024-09-12", "Swedish Prime Minister Ulf Kristersson held a phone call with Estonian Prime Minister Kristen Michal "
                + "on Tuesday, his office said, ahead of a summit of Nordic and Baltic leaders.")).containsExactly("CALL:SWE-EST");
        // the speaker's own words with the same attribution: one statement, the speaker's
        assertThat(speakers("2024-09-12", "Kristersson said on Tuesday that the Baltic Sea cables must be protected, his office said."))
                .containsExactly("SWE:Ulf Kristersson");
        // words of the office's own after the attribution still make it speak
        assertThat(speakers("2024-09-12", "Kristersson met the Estonian prime minister on Tuesday, his office said, adding that "
                + "the two leaders agreed to protect the Baltic Sea cables.")).hasSize(1);
    }

    @Test
    void anUnnamedOfficialOrGroupIsNoSpeaker() {
        assertThat(speakers("2024-09-12", "A bridge collapsed near the port of Mombasa on Monday, a Kenyan transport official said.")).isEmpty();
        assertThat(speakers("2024-09-12", "A Turkish official, who asked not to be named, said Ankara had received the proposal.")).isEmpty();
        // the group is the verb's subject: no earlier name or place speaks instead
        assertThat(speakers("2024-09-12", "Floods cut roads across Malawi's Zomba district on Monday, rescue workers said.")).isEmpty();
        assertThat(speakers("2024-09-12", "Thousands marched in Kenya's capital, organisers said.")).isEmpty();
        // a named official, or a titled one the knowledge base resolves, still speaks
        assertThat(speakers("2024-09-12", "A bridge collapsed near the port of Mombasa on Monday, Kenyan President William Ruto said."))
                .containsExactly("KEN:William Ruto");
    }

    @Test
    void aVerbsObjectByTelephoneIsACall() {
        assertThat(kinds("2024-09-12", "Senegalese President Bassirou Diomaye Faye congratulated Ghanaian President John Mahama on his "
                + "inauguration by telephone on Tuesday.")).contains("CALL:SEN-GHA");
        // the call and the words told in it
        assertThat(kinds("2024-09-12", "Peru's foreign minister told his Bolivian counterpart in a phone call on Tuesday that the border "
                + "would stay open.")).containsExactlyInAnyOrder("CALL:PER-BOL", "STATEMENT:PER");
        assertThat(kinds("2024-09-12", "Peru's foreign minister told his Bolivian counterpart in a call on Tuesday that the border "
                + "would stay open.")).containsExactlyInAnyOrder("CALL:PER-BOL", "STATEMENT:PER");
        // without a medium no call
        assertThat(of(run("2024-09-12", "Senegalese President Bassirou Diomaye Faye congratulated Ghanaian President John Mahama on his "
                + "inauguration on Tuesday."), Kind.CALL)).isEmpty();
    }

    @Test
    void respondingByAnActIsNoStatement() {
        assertThat(speakers("2024-09-12", "Caracas responded by closing its airspace to flights from Panama.")).isEmpty();
        assertThat(speakers("2024-09-12", "Venezuela responded that the flights would resume on Monday.")).hasSize(1);
    }

    @Test
    void aPlaceInWhatWasSaidIsNotTheSpeakersCountry() {
        assertThat(speakers("2024-09-12", "Chief executive Marta Lindqvist said the group would open a plant in Vietnam next year.")).isEmpty();
        // a country the sentence names as the subject still gives an unknown minister his country
        assertThat(speakers("2024-09-12", "Vietnam will open a plant next year, Industry Minister Tran Van Hoa said."))
                .containsExactly("VNM:Tran Van Hoa");
    }

    @Test
    void thePossessorOfAPassivesAgentIsNoSpeaker() {
        assertThat(speakers("2024-09-12", "The speech by the Venezuelan president was criticised by Colombia's neighbours.")).isEmpty();
        // a body of the possessor speaks for it
        assertThat(speakers("2024-09-12", "The speech was criticised by Colombia's foreign ministry.")).hasSize(1);
    }

    @Test
    void aLongHeldStanceIsNoStatement() {
        assertThat(speakers("2024-09-12", "Moldovan President Maia Sandu has long argued that Moldova belongs in the European Union.")).isEmpty();
        assertThat(speakers("2024-09-12", "Moldovan President Maia Sandu has argued that Moldova belongs in the European Union.")).hasSize(1);
    }

    @Test
    void aCommonNounSubjectNamesNoSpeaker() {
        assertThat(speakers("2024-09-12", "Ghanaian President John Mahama is expected to visit Togo next month, although neither side has "
                + "confirmed the dates.")).isEmpty();
        assertThat(speakers("2024-09-12", "Ghanaian President John Mahama arrived in Lome on Monday, aid groups said.")).isEmpty();
        // a time phrase between the speaker and the verb keeps the speaker
        assertThat(speakers("2024-09-12", "Ghanaian President John Mahama last week said the border would reopen."))
                .containsExactly("GHA:John Mahama");
    }

    @Test
    void wordsReportedBySomeoneElseAreNotTheirSpeakersStatement() {
        assertThat(speakers("2024-09-12", "Malawi's foreign ministry said on Monday that Zambian President Hakainde Hichilema had told Chakwera "
                + "the border would stay open.")).extracting(s -> s.substring(0, 3)).containsExactly("MWI");
        // two speakers in two clauses both speak; a speaker named after the verb too
        assertThat(speakers("2024-09-12", "Zambian President Hakainde Hichilema said on Monday that the border would stay open, while "
                + "Malawian President Lazarus Chakwera said trade would grow.")).hasSize(2);
        assertThat(speakers("2024-09-12", "\"The border will stay open,\" said Zambian President Hakainde Hichilema.")).hasSize(1);
    }

    @Test
    void aBodyAndItsSpokespersonOnOneOccasionAreOneStatement() {
        assertThat(speakers("2024-09-12", "The Kremlin said on Monday that the talks had failed. Kremlin spokesman Dmitry Peskov told "
                + "reporters that Moscow would respond.")).containsExactly("RUS:Dmitry Peskov");
        // a spokesperson on another day is another occasion
        assertThat(speakers("2024-09-12", "The Kremlin said on Monday that the talks had failed. On Wednesday, Kremlin spokesman "
                + "Dmitry Peskov told reporters that Moscow would respond.")).hasSize(2);
    }

    @Test
    void aMannerAdverbKeepsSpokeWithAMeetingOrCall() {
        assertThat(kinds("2024-09-12", "The Thai prime minister spoke briefly with the Malaysian prime minister on the sidelines of the "
                + "summit in Lima.")).contains("MEETING:THA-MYS");
        assertThat(kinds("2024-09-12", "Thai Prime Minister Paetongtarn Shinawatra spoke separately to Malaysian Prime Minister Anwar "
                + "Ibrahim on Tuesday.")).containsExactly("CALL:THA-MYS");
    }

    @Test
    void welcomingSomeonesProposalIsNoReception() {
        assertThat(of(run("2024-09-12", "Brazilian President Luiz Inacio Lula da Silva welcomed UN Secretary-General Antonio Guterres's "
                + "proposal for a climate fund."), Kind.VISIT)).isEmpty();
        assertThat(of(run("2024-09-12", "Brazilian President Luiz Inacio Lula da Silva welcomed UN Secretary-General Antonio Guterres "
                + "in Brasilia on Monday."), Kind.VISIT)).hasSize(1);
    }

    @Test
    void aDemonymOfAThingGivesNoSpeakerItsCountry() {
        assertThat(speakers("2024-09-12", "Sudanese shells hit a market near the border overnight, district commissioner Amos Lokiru said."))
                .isEmpty();
        // the country as the subject still does
        assertThat(speakers("2024-09-12", "Sudan will reopen the border, Interior Minister Amos Lokiru said."))
                .containsExactly("SDN:Amos Lokiru");
    }
}
