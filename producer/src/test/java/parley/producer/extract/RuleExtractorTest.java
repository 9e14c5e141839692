package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

class RuleExtractorTest {

    @Test
    void twoCallsOfOnePairOfCountriesByOtherPeopleAreTwoEvents() {
        List<Event> calls = of(run("2025-03-10", "US President Donald Trump spoke by phone with Mexican President Claudia Sheinbaum on "
                + "Sunday. Separately, US Secretary of State Marco Rubio spoke by phone with Mexican Foreign Secretary Juan Ramon de la "
                + "Fuente on Sunday."), Kind.CALL);
        assertThat(calls).extracting(e -> e.actor().name()).containsExactlyInAnyOrder("Donald Trump", "Marco Rubio");
        // the same call told twice, the second time by surname: one event
        assertThat(of(run("2025-03-10", "US President Donald Trump spoke by phone with Mexican President Claudia Sheinbaum on Sunday. "
                + "Trump said his call with Sheinbaum on Sunday was very good."), Kind.CALL)).hasSize(1);
    }

    @Test
    void visitWithArrivalAndReceptionIsOneEvent() {
        List<Event> ev = run("2023-09-23", """
                Kenyan President William Ruto arrived in Addis Ababa on Tuesday for a two-day state visit.
                Ethiopian Prime Minister Abiy Ahmed received Ruto at the National Palace on Tuesday.
                """);
        List<Event> visits = of(ev, Kind.VISIT);
        assertThat(visits).hasSize(1);
        Event v = visits.get(0);
        assertThat(v.actor().country()).isEqualTo("KEN");
        assertThat(v.actor().name()).isEqualTo("William Ruto");
        assertThat(hostOf(v)).isEqualTo("ETH");
        assertThat(v.place().name()).isEqualTo("Addis Ababa");
        assertThat(v.date()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(v.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(v.eventKey()).isEqualTo("VISIT|KEN|ETH|2023-09-19");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void hostReceivingAGuestMakesTheGuestTheTraveller() {
        List<Event> ev = run("2023-05-14", "Brazilian President Luiz Inácio Lula da Silva hosted Colombian President Gustavo Petro in Brasília on 12 May 2023.");
        List<Event> visits = of(ev, Kind.VISIT);
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).actor().country()).isEqualTo("COL");
        assertThat(hostOf(visits.get(0))).isEqualTo("BRA");
        assertThat(visits.get(0).date()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(visits.get(0).counterpart().country()).isEqualTo("BRA");
    }

    @Test
    void passiveReceptionIsAVisit() {
        List<Event> ev = run("2024-02-10", "Indonesian Foreign Minister Retno Marsudi was received by Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday.");
        List<Event> visits = of(ev, Kind.VISIT);
        assertThat(visits).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("IDN>VNM");
        assertThat(visits.get(0).date()).isEqualTo(LocalDate.of(2024, 2, 8));
    }

    @Test
    void meetingInAThirdCountryIsAMeetingAndTheTripsAreVisits() {
        List<Event> ev = run("2023-09-07", "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Jakarta on Wednesday.");
        List<Event> meetings = of(ev, Kind.MEETING);
        assertThat(meetings).hasSize(1);
        Event m = meetings.get(0);
        assertThat(List.of(m.actor().country(), m.counterpart().country())).containsExactlyInAnyOrder("JPN", "PHL");
        assertThat(m.place().country()).isEqualTo("IDN");
        assertThat(m.eventKey()).isEqualTo("MEETING|JPN|PHL|2023-09-06");
    }

    @Test
    void meetingInOnePartysCapitalIsTheOthersVisit() {
        List<Event> ev = run("2024-03-02", "Senegalese President Macky Sall met Malian leader Assimi Goita in Bamako on Friday.");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("SEN>MLI");
    }

    @Test
    void meetingWithoutPlaceInsideAReportedVisitIsNotAMeeting() {
        List<Event> ev = run("2024-06-20", """
                Australian Foreign Minister Penny Wong visited Port Moresby on Monday.
                Wong met Papua New Guinea Prime Minister James Marape and discussed policing.
                """);
        assertThat(of(ev, Kind.VISIT)).hasSize(1);
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void phoneCallWithCounterpartUsesTheKnowledgeBaseForTheName() {
        List<Event> ev = run("2024-07-10", "South African Foreign Minister Ronald Lamola held a phone call with his Nigerian counterpart on Monday.");
        List<Event> calls = of(ev, Kind.CALL);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).actor().name()).isEqualTo("Ronald Lamola");
        assertThat(calls.get(0).counterpart().country()).isEqualTo("NGA");
        assertThat(calls.get(0).date()).isEqualTo(LocalDate.of(2024, 7, 8));
        assertThat(calls.get(0).place()).isNull();
    }

    @Test
    void roleOnlyMentionResolvesToTheOfficeHolderOnTheDay() {
        List<Event> ev = run("2024-03-15", "The Turkish foreign minister had a telephone conversation with his Greek counterpart on Wednesday.");
        List<Event> calls = of(ev, Kind.CALL);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).actor().name()).isEqualTo("Hakan Fidan");
        assertThat(calls.get(0).counterpart().country()).isEqualTo("GRC");
        // the same words in 2021 mean the minister then in office
        List<Event> old = run("2021-03-15", "The Turkish foreign minister had a telephone conversation with his Greek counterpart on Wednesday.");
        assertThat(of(old, Kind.CALL).get(0).actor().name()).isEqualTo("Mevlüt Çavuşoğlu");
    }

    @Test
    void statementOncePerSpeakerPerOccasion() {
        List<Event> ev = run("2024-05-02", """
                Kremlin spokesman Dmitry Peskov said on Wednesday that talks were "useful".
                "We will continue the dialogue," Peskov added. He also noted that no date had been set.
                """);
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).hasSize(1);
        assertThat(st.get(0).actor().country()).isEqualTo("RUS");
        assertThat(st.get(0).eventKey()).isEqualTo("STATEMENT|RUS|peskov|2024-05-01");
    }

    @Test
    void institutionsAndAccordingToAreSpeakers() {
        List<Event> ev = run("2024-05-02", """
                According to the Egyptian Foreign Ministry, the ceasefire talks made progress.
                Qatar's foreign ministry said the negotiations would resume.
                """);
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).extracting(e -> e.actor().country()).containsExactlyInAnyOrder("EGY", "QAT");
        assertThat(st).allSatisfy(e -> assertThat(e.eventKey()).contains("|ministry|"));
    }

    @Test
    void plansInvitationsHypotheticalsAndHabitsAreNotEvents() {
        List<Event> ev = run("2024-05-02", """
                Chilean President Gabriel Boric will visit Peru next week.
                Boric is expected to meet Peruvian President Dina Boluarte in Lima.
                Boric invited Bolivian President Luis Arce to visit Santiago.
                If the talks succeed, Arce could travel to Chile in June.
                Boric has visited Argentina a number of times.
                """);
        assertThat(of(ev, Kind.VISIT)).isEmpty();
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void negatedVisitIsNotAnEvent() {
        List<Event> ev = run("2024-05-02", "Kenyan President William Ruto did not travel to Kigali on Monday.");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
    }

    @Test
    void transliterationVariantsAreOneActor() {
        List<Event> ev = run("2022-07-21", """
                On July 18, Russian intelligence chief Sergei Naryshkin paid a visit to Armenia.
                Naryskin later told reporters in Yerevan that the talks were constructive.
                """);
        assertThat(of(ev, Kind.VISIT)).hasSize(1);
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).hasSize(1);
        assertThat(st.get(0).actor().name()).isEqualTo("Sergey Naryshkin");
        assertThat(st.get(0).actor().country()).isEqualTo("RUS");
    }

    @Test
    void pronounAndSurnameCoreference() {
        List<Event> ev = run("2024-11-20", """
                New Zealand Foreign Minister Winston Peters arrived in Suva on Monday.
                He said the Pacific needed stable partners.
                """);
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).hasSize(1);
        assertThat(st.get(0).actor().name()).isEqualTo("Winston Peters");
        assertThat(st.get(0).actor().country()).isEqualTo("NZL");
        assertThat(of(ev, Kind.VISIT)).extracting(ExtractorTestSupport::hostOf).containsExactly("FJI");
    }

    @Test
    void formerOfficialIsNotGivenAGovernmentRole() {
        List<Event> ev = run("2024-08-07", "Arif Mammadli, Azerbaijan's former ambassador to the European Union, told a radio station that Russia was wary.");
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).hasSize(1);
        assertThat(st.get(0).actor().country()).isEqualTo("AZE");
        assertThat(st.get(0).actor().role()).containsIgnoringCase("former");
    }

    @Test
    void followingDayIsRelativeToThePreviousEvent() {
        List<Event> ev = run("2023-06-30", """
                On June 12, Indian Prime Minister Narendra Modi visited Washington.
                The following day Modi was in Cairo, where he met Egyptian President Abdel Fattah el-Sisi.
                """);
        List<Event> visits = of(ev, Kind.VISIT);
        assertThat(visits).extracting(e -> hostOf(e) + "@" + e.date()).containsExactlyInAnyOrder("USA@2023-06-12", "EGY@2023-06-13");
    }

    @Test
    void repeatedParagraphsAndBoilerplateDoNotDuplicateEvents() {
        String para = "Mongolian President Ukhnaagiin Khurelsukh visited Tokyo on Tuesday, where he met Prime Minister Fumio Kishida.";
        List<Event> ev = run("2023-11-30", para + "\n" + "Share on Facebook\nRelated news\n" + para + "\n" + para + "\nCopyright 2023 All rights reserved");
        assertThat(of(ev, Kind.VISIT)).hasSize(1);
        assertThat(ev.stream().map(Event::id).distinct().count()).isEqualTo(ev.size());
    }

    @Test
    void outputIsCompleteAndKeyed() {
        List<Event> ev = run("2024-04-10", "French President Emmanuel Macron travelled to Beijing on Thursday for talks with Xi Jinping.");
        assertThat(ev).isNotEmpty();
        for (Event e : ev) {
            assertThat(e.id()).hasSize(32);
            assertThat(e.eventKey()).startsWith(e.kind().name() + "|");
            assertThat(e.extractor().name()).isEqualTo("rules");
            assertThat(e.extractor().kbVersion()).matches("[0-9a-f]{12}");          // a hash of the KB files (RulesVersion)
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.evidence()).contains("Macron travelled to Beijing");
            assertThat(e.date()).isBeforeOrEqualTo(LocalDate.of(2024, 4, 11));
            assertThat(e.source().id()).isEqualTo("test-doc");
        }
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("FRA>CHN");
    }

    @Test
    void undatedEventFallsBackToPublicationDay() {
        List<Event> ev = run("2024-04-10", "Pakistani Foreign Minister Ishaq Dar arrived in Tehran for consultations.");
        Event v = of(ev, Kind.VISIT).get(0);
        assertThat(v.date()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(v.datePrecision()).isEqualTo(DatePrecision.PUBLISHED);
    }

    @Test
    void organizationOfficialsTakeTheOrganizationCode() {
        List<Event> ev = run("2023-06-15", "NATO Secretary General Jens Stoltenberg visited Ankara on Tuesday.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("NATO>TUR");
    }

    @Test
    void quotedClaimsAreNotSeparateStatements() {
        List<Event> ev = run("2024-01-20", "Ghanaian analyst Kwame Mensah said: \"Nigeria warns its neighbours every year, and Togo says nothing.\"");
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).extracting(e -> e.actor().country()).containsExactly("GHA");
    }

    @Test
    void emptyOrOddInputGivesNoEvents() {
        assertThat(run("2024-01-01", "")).isEmpty();
        assertThat(run("2024-01-01", "\n\n   \n")).isEmpty();
        assertThat(run("2024-01-01", "12345 67890 !!! ???")).isEmpty();
    }

    @Test
    void onAVisitAndWhoIsVisitingNameTheTraveller() {
        List<Event> ev = run("2024-10-25", """
                Vietnamese Foreign Minister Bui Thanh Son is on a three-day visit to Laos.
                Cambodian Prime Minister Hun Manet, who is visiting Japan, said on Monday that investment was rising.
                """);
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactlyInAnyOrder("VNM>LAO", "KHM>JPN");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().name()).containsExactly("Hun Manet");
    }

    @Test
    void phoneCallPhrasingsAndJointSubjects() {
        List<Event> ev = run("2024-10-25", """
                Egypt's Foreign Minister Badr Abdelatty spoke with his Jordanian counterpart Ayman Safadi by phone on Sunday.
                Fijian Prime Minister Sitiveni Rabuka and his Solomon Islands counterpart discussed fisheries in a phone conversation.
                """);
        assertThat(of(ev, Kind.CALL)).extracting(e -> e.actor().country() + "-" + e.counterpart().country())
                .containsExactlyInAnyOrder("EGY-JOR", "FJI-SLB");
    }

    @Test
    void heldTalksWithoutPlaceIsAMeeting() {
        List<Event> ev = run("2024-10-25", "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first formal talks in five years on Wednesday.");
        List<Event> m = of(ev, Kind.MEETING);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).eventKey()).isEqualTo("MEETING|CHN|IND|2024-10-23");
        assertThat(m.get(0).place()).isNull();
    }

    @Test
    void theMinistryRefersToTheMinistryNamedBefore() {
        List<Event> ev = run("2024-10-25", "The Thai foreign ministry welcomed the ceasefire. In a statement on Tuesday, the ministry said talks should resume.");
        List<Event> st = of(ev, Kind.STATEMENT);
        assertThat(st).hasSize(1);
        assertThat(st.get(0).actor().country()).isEqualTo("THA");
    }

    @Test
    void aPersonsOfficeSpeaksForTheCountry() {
        List<Event> ev = run("2024-10-25", "Kenyan President William Ruto met investors in Nairobi, Ruto's office said.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country() + ":" + e.actor().name()).containsExactly("KEN:Office of William Ruto");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
    }

    @Test
    void futureCuesAfterTheTriggerMakeItAPlan() {
        List<Event> ev = run("2024-05-10", """
                Prime Minister Narendra Modi's visit to the United States next month will focus on defence ties.
                German Chancellor Olaf Scholz visits India next week.
                French President Emmanuel Macron met Chinese President Xi Jinping in Paris on Monday and will travel to Serbia on Tuesday.
                """);
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("CHN>FRA");
    }

    @Test
    void sidelineMeetingAbroadGivesAMeetingAndTheVisit() {
        List<Event> ev = run("2023-04-14", "Earlier this week, Chinese Foreign Minister Qin Gang met with his Russian counterpart Sergei Lavrov on the sidelines of a Shanghai Cooperation Organisation meeting in India.");
        assertThat(of(ev, Kind.MEETING)).extracting(e -> e.eventKey().substring(0, 16) + "@" + e.place().country()).containsExactly("MEETING|CHN|RUS|@IND");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).contains("CHN>IND");
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        String text = """
                Kenyan President William Ruto arrived in Addis Ababa on Tuesday for a two-day state visit.
                Indonesian Foreign Minister Retno Marsudi was received by Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Thursday.
                Kremlin spokesman Dmitry Peskov said on Wednesday that talks were useful.
                """;
        List<Event> expected = run("2023-09-23", text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Event>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) fs.add(pool.submit(() -> run("2023-09-23", text)));
            for (var f : fs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void roleMentionsCorefToTheLastMatchingPerson() {
        List<Event> ev = run("2024-09-17", """
                Russian Security Council Secretary Sergei Shoigu arrived in Pyongyang on Friday.
                The Russian official said Moscow valued its partnership with North Korea.
                Malaysian Foreign Minister Mohamad Hasan visited Dhaka on Monday.
                The minister told reporters that trade would double.
                """);
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().name() + "/" + e.actor().country())
                .containsExactlyInAnyOrder("Sergey Shoigu/RUS", "Mohamad Hasan/MYS");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e) + "@" + e.date())
                .containsExactlyInAnyOrder("RUS>PRK@2024-09-13", "MYS>BGD@2024-09-16");
    }

    @Test
    void jointSigningInOnePartysCountryIsAVisit() {
        List<Event> ev = run("2024-10-05", """
                Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed a border treaty in Tashkent on Thursday.
                Putin signed a decree in Moscow on Friday, Aliyev said.
                """);
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("KAZ>UZB");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void titledSpeakerWithoutCountryTakesTheSentencesCountry() {
        List<Event> ev = run("2024-05-12", "Algeria will not accept foreign interference, Foreign Minister Ahmed Attaf said on Sunday.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country() + "@" + e.date()).containsExactly("DZA@2024-05-12");
    }

    @Test
    void particleNamesAndTitlesWithOf() {
        List<Event> ev = run("2023-06-20", "On Sunday the President of the European Commission Ursula von der Leyen visited Tunis with the Italian premier.");
        List<Event> v = of(ev, Kind.VISIT);
        assertThat(v).extracting(e -> e.actor().name() + "/" + e.actor().country() + ">" + hostOf(e))
                .contains("Ursula von der Leyen/EU>TUN");
    }

    @Test
    void hostedCounterpartsAndDelegations() {
        List<Event> ev = run("2024-09-06", """
                Turkish President Recep Tayyip Erdogan hosted his Egyptian counterpart Abdel Fattah el-Sisi in Ankara on Wednesday.
                A Chinese delegation led by a vice premier arrived in Islamabad on Monday.
                Nigerian President Bola Tinubu welcomed his Ghanaian counterpart to Abuja on Tuesday.
                """);
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().name() + "/" + e.actor().country() + ">" + hostOf(e))
                .containsExactlyInAnyOrder("Abdel Fattah el-Sisi/EGY>TUR", "China delegation/CHN>PAK", "Nana Akufo-Addo/GHA>NGA");
        assertThat(of(ev, Kind.STATEMENT)).isEmpty();
    }

    @Test
    void meetingAVisitingLeaderIsTheVisitorsVisit() {
        List<Event> ev = run("2023-11-08", """
                Chinese Premier Li Qiang met visiting Australian Prime Minister Anthony Albanese on Monday.
                The visiting Kenyan foreign minister held talks with Chinese Foreign Minister Wang Yi.
                """);
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactlyInAnyOrder("AUS>CHN", "KEN>CHN");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void callsFromAndPhoned() {
        List<Event> ev = run("2024-06-12", """
                Pakistani Prime Minister Shehbaz Sharif received a phone call from Saudi Crown Prince Mohammed bin Salman on Sunday.
                German Chancellor Olaf Scholz phoned Chinese President Xi Jinping on Tuesday.
                """);
        assertThat(of(ev, Kind.CALL)).extracting(Event::eventKey)
                .containsExactlyInAnyOrder("CALL|PAK|SAU|2024-06-09", "CALL|CHN|DEU|2024-06-11");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
    }
}
