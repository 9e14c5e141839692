package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Visits and calls as news in general tells them: phrasal verbs, trips in background clauses, stays with a purpose. */
class VisitAndCallRecallTest {

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e)).toList();
    }

    private static List<String> calls(List<Event> ev) {
        return of(ev, Kind.CALL).stream().map(e -> e.actor().country() + "-" + e.counterpart().country()).toList();
    }

    @Test
    void calledUpIsACall() {
        List<Event> ev = run("2024-03-08", "Peruvian President Dina Boluarte on Thursday called up Colombian President Gustavo Petro "
                + "to discuss the border.");
        assertThat(calls(ev)).containsExactly("PER-COL");
    }

    @Test
    void spokeOnADayWithIsACall() {
        List<Event> ev = run("2024-03-08", "Zambian President Hakainde Hichilema spoke on Wednesday with Malawian President Lazarus Chakwera.");
        assertThat(calls(ev)).containsExactly("ZMB-MWI");
    }

    @Test
    void aCallInAnAfterPhraseIsTheMainSubjects() {
        List<Event> ev = run("2024-03-08", "Spanish Prime Minister Pedro Sanchez called Moroccan King Mohammed VI after holding a phone "
                + "conversation with Algerian President Abdelmadjid Tebboune.");
        assertThat(calls(ev)).containsExactlyInAnyOrder("ESP-MAR", "ESP-DZA");
    }

    @Test
    void aCountryNameBeforeCounterpartIsTheCounterpartsCountry() {
        List<Event> ev = run("2024-03-08", "President Bola Tinubu on Monday received his Niger Republic counterpart, Mohamed Bazoum, "
                + "at the Presidential Villa, Abuja.");
        assertThat(visits(ev)).containsExactly("NER>NGA");
    }

    @Test
    void aVisitHeMadeToIsHisTrip() {
        List<Event> ev = run("2024-03-08", "Indonesian President Joko Widodo recalled that the first visit he made to Papua New Guinea "
                + "in May 2015 opened a new chapter.");
        assertThat(visits(ev)).containsExactly("IDN>PNG");
        assertThat(of(ev, Kind.VISIT).get(0).date()).hasToString("2015-05-01");
    }

    @Test
    void backAfterADaysLongVisitIsDatedByItsStart() {
        List<Event> ev = run("2024-03-08", "President Cyril Ramaphosa is back in Pretoria after a four-day state visit to Egypt.");
        assertThat(visits(ev)).containsExactly("ZAF>EGY");
        assertThat(of(ev, Kind.VISIT).get(0).date()).hasToString("2024-03-05");
    }

    @Test
    void hisVisitToTheOtherPartysCountryIsTheSubjects() {
        List<Event> ev = run("2024-03-08", "Chilean President Gabriel Boric met Peruvian President Dina Boluarte during his working visit "
                + "to Peru on Friday.");
        assertThat(visits(ev)).containsExactly("CHL>PER");
    }

    @Test
    void inACityToAttendASummitIsAVisit() {
        List<Event> ev = run("2024-03-08", "Senegalese President Macky Sall, who is in Madrid, Spain, to attend the NATO summit, "
                + "held talks with Spanish Prime Minister Pedro Sanchez on Thursday.");
        assertThat(visits(ev)).containsExactly("SEN>ESP");
    }

    @Test
    void inACityWithoutAPurposeStaysNoVisit() {
        List<Event> ev = run("2024-03-08", "Senegalese President Macky Sall, who is in Madrid, Spain, said the talks were useful.");
        assertThat(visits(ev)).isEmpty();
    }

    @Test
    void aTelephonicConversationIsACall() {
        List<Event> ev = run("2024-03-08", "Bangladeshi Prime Minister Sheikh Hasina held a telephonic conversation with Nepalese "
                + "Prime Minister Pushpa Kamal Dahal on Friday.");
        assertThat(calls(ev)).containsExactly("BGD-NPL");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void phoneDiscussionsWithLeadersOfSeveralCountriesAreCalls() {
        List<Event> ev = run("2024-03-08", "It is to be recalled that President Hassan Sheikh Mohamud held phone discussions on Monday "
                + "with the leaders of Kenya, Uganda and Burundi.");
        assertThat(calls(ev)).containsExactlyInAnyOrder("SOM-KEN", "SOM-UGA", "SOM-BDI");
    }

    @Test
    void aStayToldInARelativeClauseIsTheNamedPersons() {
        List<Event> ev = run("2024-03-08", "Barbadian Prime Minister Mia Mottley held talks with UN Secretary-General "
                + "Antonio Guterres who is in Jamaica to attend the regional summit.");
        assertThat(visits(ev)).containsExactly("UN>JAM");
    }

    @Test
    void aTourCoveringACountryAfterTheIsALegToo() {
        List<Event> ev = run("2024-03-08", "German Chancellor Olaf Scholz arrived in Riyadh on Saturday on a regional tour that also "
                + "covered Qatar and the United Arab Emirates.");
        assertThat(visits(ev)).contains("DEU>QAT", "DEU>ARE");
    }

    @Test
    void aListEndingInANewClauseAddsNoLeg() {
        List<Event> ev = run("2024-03-08", "German Chancellor Olaf Scholz visited Ghana, and the United States said it would follow.");
        assertThat(visits(ev)).containsExactly("DEU>GHA");
    }

    @Test
    void leavingAPlaceTheGazetteerLacksForAnotherIsATrip() {
        List<Event> ev = run("2024-03-08", "Barbadian Prime Minister Mia Mottley left Bridgetown-West for Jamaica on Sunday.");
        assertThat(visits(ev)).containsExactly("BRB>JAM");
        assertThat(visits(run("2024-03-08", "Barbadian Prime Minister Mia Mottley left Parliament for lunch on Sunday."))).isEmpty();
    }

    @Test
    void aMeetingAtAPresidentialSeatIsAVisitToItsCountry() {
        List<Event> ev = run("2024-03-08", "Ghanaian President Nana Akufo-Addo met with Nigerian President Bola Tinubu at Aso Rock on Monday.");
        assertThat(visits(ev)).containsExactly("GHA>NGA");
    }

    @Test
    void talksOnTheSidelinesAbroadPlaceTheStorysLaterMeetings() {
        List<Event> ev = run("2024-03-08", "NAIROBI, March 8 - Kenyan Foreign Minister Musalia Mudavadi met Arab ministers this week in Geneva, "
                + "Switzerland, on the sidelines of the Human Rights Council. On Thursday, Mudavadi met with the Foreign Minister "
                + "of Qatar, Mohammed bin Abdulrahman Al Thani.");
        assertThat(visits(ev)).doesNotContain("QAT>KEN");
    }

    @Test
    void aCourtesyCallAtHomeOnAVisitorIsTheVisitorsTrip() {
        List<Event> ev = run("2024-03-08", "NEW DELHI, March 8 - Mongolian President Ukhnaa Khurelsukh arrived in New Delhi on Monday. "
                + "External Affairs Minister S Jaishankar called on President Khurelsukh in the evening.");
        assertThat(visits(ev)).containsExactly("MNG>IND");
    }

    @Test
    void aVisitPaidByAMinisterThatWrappedUpIsToTheStorysCountry() {
        List<Event> ev = run("2024-03-08", "Mongolian Prime Minister Luvsannamsrai Oyun-Erdene received Chinese Foreign Minister Wang Yi "
                + "in Ulaanbaatar. The two-day visit paid by the Chinese Foreign Minister wrapped up on Thursday.");
        assertThat(visits(ev)).containsExactly("CHN>MNG");
        assertThat(of(ev, Kind.VISIT).get(0).date()).hasToString("2024-03-06");   // begun the day before it ended
    }

    @Test
    void anOpeningCallPhraseGivesTheMainClausesParties() {
        assertThat(calls(run("2024-03-08", "In a phone call with Tanzanian President Samia Suluhu Hassan on Monday, Rwandan President "
                + "Paul Kagame said the border would reopen."))).containsExactly("RWA-TZA");
        assertThat(calls(run("2024-03-08", "During a phone call on Monday, Rwandan President Paul Kagame told Tanzanian President Samia "
                + "Suluhu Hassan that the border would reopen."))).containsExactly("RWA-TZA");
    }

    @Test
    void aPassiveCallHasTheCallerAfterBy() {
        assertThat(calls(run("2024-03-08", "Rwandan President Paul Kagame was called by Tanzanian President Samia Suluhu Hassan on Monday.")))
                .containsExactly("TZA-RWA");
    }

    @Test
    void aCallPlacedToSomeoneIsACall() {
        assertThat(calls(run("2024-03-08", "Rwandan President Paul Kagame placed a call to Tanzanian President Samia Suluhu Hassan on Monday.")))
                .containsExactly("RWA-TZA");
    }

    @Test
    void aConversationThatTookPlaceBetweenTwoIsACall() {
        assertThat(calls(run("2024-03-08", "A telephone conversation took place on Monday between Rwandan President Paul Kagame and "
                + "Tanzanian President Samia Suluhu Hassan."))).containsExactly("RWA-TZA");
    }

    @Test
    void virtualTalksAndTalksByVideoLinkAreCalls() {
        List<Event> ev = run("2024-03-08", "Rwandan President Paul Kagame held virtual talks with Tanzanian President Samia Suluhu Hassan on Monday.");
        assertThat(calls(ev)).containsExactly("RWA-TZA");
        ev = run("2024-03-08", "Rwandan President Paul Kagame and Tanzanian President Samia Suluhu Hassan held talks via video link on Monday.");
        assertThat(calls(ev)).containsExactly("RWA-TZA");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void aPhoneInAnotherClauseLeavesTalksInPerson() {
        List<Event> ev = run("2024-03-08", "Rwandan President Paul Kagame held talks with Tanzanian President Samia Suluhu Hassan in Geneva "
                + "on Monday, a week after speaking by phone with Kenyan President William Ruto.");
        assertThat(calls(ev)).doesNotContain("RWA-TZA");
        assertThat(of(ev, Kind.MEETING)).extracting(e -> e.counterpart().country()).contains("TZA");
    }

    @Test
    void spokeToReportersAbroadIsAVisit() {
        List<Event> ev = run("2024-03-08", "Japanese Prime Minister Fumio Kishida spoke to reporters in Bangkok on Sunday.");
        assertThat(visits(ev)).containsExactly("JPN>THA");
    }

    @Test
    void aPronounVisitingItsOwnCountryIsTheOtherPerson() {
        List<Event> ev = run("2024-03-08", "Ghanaian President John Kufuor recalled that he thanked George W Bush when he visited Ghana in 2008.");
        assertThat(visits(ev)).containsExactly("USA>GHA");
        assertThat(of(ev, Kind.VISIT).get(0).date()).hasToString("2008-01-01");
    }

    /** "sent to Ghana by President X", "X sent Y to Accra", "was dispatched to Accra": the envoy's trip, of the sender's country. */
    @Test
    void anEnvoySentAbroad() {
        assertThat(visits(run("2025-07-31", "Nigerian President Bola Tinubu sent Minister of State for Foreign Affairs Bianca "
                + "Odumegwu-Ojukwu to Accra on Thursday."))).containsExactly("NGA>GHA");
        assertThat(visits(run("2025-07-31", "Minister of State Bianca Odumegwu-Ojukwu, who was sent to Ghana by President Bola "
                + "Tinubu, met Ghanaian Foreign Minister Samuel Okudzeto Ablakwa on Thursday."))).containsExactly("NGA>GHA");
        assertThat(visits(run("2025-07-31", "Nigerian Minister of State Bianca Odumegwu-Ojukwu was dispatched to Accra on Thursday.")))
                .containsExactly("NGA>GHA");
        // a message or an aid shipment sent is no trip; a plan is none either
        assertThat(visits(run("2025-07-31", "Nigerian President Bola Tinubu sent a letter to Accra on Thursday."))).isEmpty();
        assertThat(visits(run("2025-07-31", "Nigerian President Bola Tinubu will send Minister Bianca Odumegwu-Ojukwu to Accra."))).isEmpty();
    }

    /** "a phone call took place between <long title> X, and <title> Y": past the titles to the two countries. */
    @Test
    void aCallBetweenPartiesWithLongTitles() {
        List<Event> ev = run("2025-08-11", "On 10 August 2025, a phone call took place between the National Leader of the Turkmen "
                + "People, Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov, and President of Azerbaijan Ilham Aliyev.");
        assertThat(calls(ev)).containsExactly("TKM-AZE");
    }

    /** "at a joint press conference with his German counterpart X in Abu Dhabi": they met there, X's visit. */
    @Test
    void aJointPressConferenceIsAMeeting() {
        assertThat(visits(run("2017-07-04", "Speaking at a joint press conference with his German counterpart Sigmar Gabriel in Abu "
                + "Dhabi on Monday, UAE Foreign Minister Abdullah bin Zayed said the demands stood."))).containsExactly("DEU>ARE");
        assertThat(visits(run("2017-07-04", "UAE Foreign Minister Abdullah bin Zayed said during a press conference with German "
                + "Foreign Minister Sigmar Gabriel in Abu Dhabi on Monday that the demands were not negotiable."))).containsExactly("DEU>ARE");
        // a press conference alone meets nobody
        assertThat(of(run("2017-07-04", "UAE Foreign Minister Abdullah bin Zayed told a press conference in Abu Dhabi on Monday that "
                + "the demands stood."), Kind.MEETING)).isEmpty();
    }

    /** "In a joint press conference at the Malacanang Palace, A and B agreed": the pair met there. */
    @Test
    void aJointPressConferenceOfAPair() {
        assertThat(visits(run("2023-03-02", "MANILA: In a joint press conference at the Malacanang Palace on Wednesday, Malaysian Prime "
                + "Minister Anwar Ibrahim and President Ferdinand Marcos Jr. agreed to boost trade."))).containsExactly("MYS>PHL");
    }

    /** "Adviser Md. Touhid Hossain": the abbreviated given name ends no sentence and makes no person of its own. */
    @Test
    void anAbbreviatedGivenName() {
        List<Event> ev = run("2025-02-17", "Bangladesh Foreign Affairs Adviser Md. Touhid Hossain met Indian External Affairs Minister "
                + "S. Jaishankar in Muscat on Sunday.\n\nThe Adviser emphasized the importance of initiating the discussion.");
        assertThat(ev).extracting(e -> e.actor().name()).containsOnly("Md. Touhid Hossain");
        assertThat(of(ev, Kind.MEETING)).hasSize(1);
    }
}
