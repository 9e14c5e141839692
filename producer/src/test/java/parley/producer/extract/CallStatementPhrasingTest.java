package parley.producer.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/**
 * How wire copy, state agencies, readouts and regional outlets phrase calls and statements (a catalogue of patterns,
 * each in a sentence of its own): the event each must yield, and the plans, appeals and look-alikes that must yield none.
 */
class CallStatementPhrasingTest {

    private static final String PUB = "2025-03-07";

    /** CALL as the sorted pair@date. */
    private static List<String> calls(List<Event> ev) {
        return of(ev, Kind.CALL).stream().map(e -> {
            String a = e.actor().country(), b = e.counterpart().country();
            return (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + "@" + e.date();
        }).toList();
    }

    /** STATEMENT as COUNTRY:speaker@date. */
    private static List<String> statements(List<Event> ev) {
        return of(ev, Kind.STATEMENT).stream().map(e -> e.actor().country() + ":" + e.actor().name() + "@" + e.date()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Ghanaian President John Mahama held a phone call with Nigerian President Bola Tinubu on Tuesday. ; GHA-NGA@2025-03-04
            Kenyan President William Ruto spoke by phone on Wednesday with Ethiopian Prime Minister Abiy Ahmed. ; ETH-KEN@2025-03-05
            Turkish President Recep Tayyip Erdogan had a telephone conversation with Egyptian President Abdel Fattah al-Sisi on Monday. ; EGY-TUR@2025-03-03
            President Emmanuel Macron of France spoke with German Chancellor Friedrich Merz by telephone on Tuesday. ; DEU-FRA@2025-03-04
            Saudi Crown Prince Mohammed bin Salman received a phone call on Tuesday from Qatari Emir Sheikh Tamim bin Hamad Al Thani. ; QAT-SAU@2025-03-04
            ABU DHABI, March 7 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call today from Egyptian President Abdel Fattah El-Sisi. ; ARE-EGY@2025-03-07
            RIYADH, March 4 (SPA) -- Foreign Minister Prince Faisal bin Farhan received a phone call from Iranian Foreign Minister Abbas Araghchi on Tuesday. ; IRN-SAU@2025-03-04
            KUWAIT, March 4 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya received a phone call from his Omani counterpart Badr Albusaidi on Tuesday. ; KWT-OMN@2025-03-04
            Indian Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Tuesday. ; IND-RUS@2025-03-04
            Japanese Prime Minister Shigeru Ishiba held talks by phone with South Korean President Lee Jae-myung on Wednesday. ; JPN-KOR@2025-03-05
            Japanese Prime Minister Shigeru Ishiba held phone talks with South Korean President Lee Jae-myung on Wednesday. ; JPN-KOR@2025-03-05
            Chinese Foreign Minister Wang Yi spoke over the phone with his Brazilian counterpart Mauro Vieira on Tuesday. ; BRA-CHN@2025-03-04
            In a phone call on Tuesday, Pakistani Prime Minister Shehbaz Sharif and Iranian President Masoud Pezeshkian discussed regional tensions. ; IRN-PAK@2025-03-04
            During a telephone conversation on Wednesday, French President Emmanuel Macron and Ukrainian President Volodymyr Zelensky discussed air defence. ; FRA-UKR@2025-03-05
            Putin and Erdogan spoke by phone on Tuesday, the Kremlin said. ; RUS-TUR@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed on Tuesday had a phone conversation with Kenyan President William Ruto. ; ETH-KEN@2025-03-04
            Ugandan President Yoweri Museveni on Monday telephoned Tanzanian President Samia Suluhu Hassan. ; TZA-UGA@2025-03-03
            British Prime Minister Keir Starmer called Canadian Prime Minister Mark Carney on Wednesday. ; CAN-GBR@2025-03-05
            Philippine President Ferdinand Marcos Jr. talked by phone with Japanese Prime Minister Shigeru Ishiba on Tuesday. ; JPN-PHL@2025-03-04
            Egypt's President Abdel Fattah al-Sisi received a phone call from Jordan's King Abdullah II on Monday. ; EGY-JOR@2025-03-03
            Qatari Emir Sheikh Tamim bin Hamad Al Thani held a phone call with US President Donald Trump on Tuesday. ; QAT-USA@2025-03-04
            The Indonesian foreign minister, Sugiono, spoke by telephone with Australian Foreign Minister Penny Wong on Tuesday. ; AUS-IDN@2025-03-04
            Kenyan President William Ruto held a video call with French President Emmanuel Macron on Tuesday. ; FRA-KEN@2025-03-04
            Chinese President Xi Jinping held a video conference with Vietnamese leader To Lam on Tuesday. ; CHN-VNM@2025-03-04
            A phone call between Saudi Crown Prince Mohammed bin Salman and Iranian President Masoud Pezeshkian took place on Tuesday. ; IRN-SAU@2025-03-04
            Modi thanked Putin for his greetings in a phone call on Tuesday. ; IND-RUS@2025-03-04
            German Chancellor Friedrich Merz phoned US President Donald Trump on Tuesday. ; DEU-USA@2025-03-04
            Brazilian President Luiz Inacio Lula da Silva spoke on the phone on Tuesday with his Mexican counterpart Claudia Sheinbaum. ; BRA-MEX@2025-03-04
            South African President Cyril Ramaphosa held telephone talks with Nigerian President Bola Tinubu on Wednesday. ; NGA-ZAF@2025-03-05
            Emirati President Sheikh Mohamed bin Zayed exchanged views in a phone call with Turkish President Recep Tayyip Erdogan on Tuesday. ; ARE-TUR@2025-03-04
            Nigerian President Bola Tinubu has spoken by phone with Ghanaian President John Mahama. ; GHA-NGA@2025-03-07
            US Secretary of State Marco Rubio spoke with Indian External Affairs Minister S. Jaishankar on Tuesday, according to a State Department readout. ; IND-USA@2025-03-04
            Chinese Foreign Minister Wang Yi held a phone call with Russian Foreign Minister Sergey Lavrov, Xinhua reported on Tuesday. ; CHN-RUS@2025-03-04
            Turkish President Recep Tayyip Erdogan held separate phone calls with Qatari Emir Sheikh Tamim bin Hamad Al Thani and Egyptian President Abdel Fattah al-Sisi on Tuesday. ; EGY-TUR@2025-03-04
            Indian Prime Minister Narendra Modi made a phone call to Russian President Vladimir Putin on Tuesday. ; IND-RUS@2025-03-04
            Saudi Crown Prince Mohammed bin Salman received a telephone call on Tuesday from Iranian President Masoud Pezeshkian. ; IRN-SAU@2025-03-04
            Chinese President Xi Jinping had a phone call with French President Emmanuel Macron on Tuesday, Xinhua said. ; CHN-FRA@2025-03-04
            Kuwait's Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah made a phone call on Tuesday to Bahraini King Hamad bin Isa Al Khalifa. ; BHR-KWT@2025-03-04
            Ghanaian President John Mahama spoke with Nigerian President Bola Tinubu over the telephone on Tuesday. ; GHA-NGA@2025-03-04
            Emirati President Sheikh Mohamed bin Zayed and Egyptian President Abdel Fattah al-Sisi exchanged phone calls on Tuesday. ; ARE-EGY@2025-03-04
            Turkish President Recep Tayyip Erdogan spoke via telephone with Azerbaijani President Ilham Aliyev on Tuesday. ; AZE-TUR@2025-03-04
            US President Donald Trump held a call with Russian President Vladimir Putin on Tuesday that lasted two hours. ; RUS-USA@2025-03-04
            In a telephone call with Ukrainian President Volodymyr Zelensky on Tuesday, German Chancellor Friedrich Merz pledged support. ; DEU-UKR@2025-03-04
            Indian External Affairs Minister S. Jaishankar received a call from Iranian Foreign Minister Abbas Araghchi on Tuesday. ; IND-IRN@2025-03-04
            Russian President Vladimir Putin and Chinese President Xi Jinping held talks via a secure video link on Tuesday. ; CHN-RUS@2025-03-04
            Ghanaian President John Mahama spoke with Nigerian President Bola Tinubu over an encrypted phone line on Tuesday. ; GHA-NGA@2025-03-04
            Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed an upcoming summit in a telephone conversation on Tuesday. ; RUS-TUR@2025-03-04
            Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart, Badr Abdelatty, have discussed Gaza over the phone, the ministry said. ; EGY-TUR@2025-03-07
            Moroccan Foreign Minister Nasser Bourita met, on Tuesday via videoconference with Kenyan Foreign Minister Musalia Mudavadi. ; KEN-MAR@2025-03-04
            Jordan's King Abdullah II, in a phone call on Tuesday, checked on the health of Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah. ; JOR-KWT@2025-03-04
            Kenyan President William Ruto and Egyptian President Abdel Fattah al-Sisi engaged in a telephone conversation on Tuesday. ; EGY-KEN@2025-03-04
            Minister of Foreign Affairs, African Cooperation and Moroccans Abroad Nasser Bourita spoke by phone on Tuesday with Minister of Foreign Affairs and Minister of State for Cabinet Affairs of Kuwait Abdullah Al-Yahya. ; KWT-MAR@2025-03-04
            The presidency said on Tuesday that Ghanaian President John Mahama had spoken by phone with Nigerian President Bola Tinubu. ; GHA-NGA@2025-03-04
            ISLAMABAD, March 4 (APP) - Prime Minister Shehbaz Sharif on Tuesday telephoned President Recep Tayyip Erdogan of Turkiye. ; PAK-TUR@2025-03-04
            Thai Prime Minister Paetongtarn Shinawatra and Cambodian Prime Minister Hun Manet held a phone conversation on Tuesday. ; KHM-THA@2025-03-04
            Malaysian Prime Minister Anwar Ibrahim has held a telephone conversation with Indonesian President Prabowo Subianto. ; IDN-MYS@2025-03-07
            Japanese Prime Minister Shigeru Ishiba spoke with Philippine President Ferdinand Marcos Jr. by video link on Tuesday. ; JPN-PHL@2025-03-04
            Egyptian President Abdel Fattah al-Sisi and Emirati President Sheikh Mohamed bin Zayed spoke over the phone on Tuesday. ; ARE-EGY@2025-03-04
            On Tuesday, Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a telephone call from Iranian President Masoud Pezeshkian. ; IRN-QAT@2025-03-04
            Spanish Prime Minister Pedro Sanchez and Moroccan King Mohammed VI spoke by telephone on Tuesday, the Moroccan royal cabinet said. ; ESP-MAR@2025-03-04
            Algerian Foreign Minister Ahmed Attaf met on Tuesday with his Tunisian counterpart Mohamed Ali Nafti via videoconference. ; DZA-TUN@2025-03-04
            Chilean President Gabriel Boric made a telephone call yesterday to Argentine President Javier Milei. ; ARG-CHL@2025-03-06
            """)
    void callPhrasingYieldsTheCall(String sentence, String key) {
        assertThat(calls(run(PUB, sentence))).contains(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Ghanaian President John Mahama said on Tuesday that the economy was recovering. ; GHA:John Mahama@2025-03-04
            Kenyan President William Ruto told parliament on Wednesday that taxes would fall. ; KEN:William Ruto@2025-03-05
            "We will not back down," Turkish President Recep Tayyip Erdogan said on Tuesday. ; TUR:Recep Tayyip Erdoğan@2025-03-04
            "We will not back down," said Turkish President Recep Tayyip Erdogan on Tuesday. ; TUR:Recep Tayyip Erdoğan@2025-03-04
            The Chinese Foreign Ministry said on Tuesday that Beijing opposed the new tariffs. ; CHN:Chinese Foreign Ministry@2025-03-04
            Chinese foreign ministry spokesperson Mao Ning told a regular press briefing on Tuesday that China opposed the tariffs. ; CHN:Mao Ning@2025-03-04
            Iran's foreign ministry spokesman Esmaeil Baghaei condemned the strikes on Tuesday. ; IRN:Esmaeil Baghaei@2025-03-04
            The Egyptian presidency said in a statement on Tuesday that Sisi had approved the plan. ; EGY:Egyptian presidency@2025-03-04
            The Indian embassy in Washington said on Tuesday that the visa rules would change. ; IND:Indian embassy@2025-03-04
            Pakistani Foreign Minister Ishaq Dar wrote on X on Tuesday that the ceasefire was holding. ; PAK:Ishaq Dar@2025-03-04
            Nigerian President Bola Tinubu warned on Tuesday that corruption would not be tolerated. ; NGA:Bola Tinubu@2025-03-04
            South African President Cyril Ramaphosa urged calm on Wednesday. ; ZAF:Cyril Ramaphosa@2025-03-05
            Japanese Prime Minister Shigeru Ishiba welcomed the agreement on Tuesday. ; JPN:Shigeru Ishiba@2025-03-04
            Russian Foreign Minister Sergey Lavrov rejected the proposal on Tuesday. ; RUS:Sergey Lavrov@2025-03-04
            Ukrainian President Volodymyr Zelensky said in his nightly video address on Tuesday that Russia had launched more drones. ; UKR:Volodymyr Zelensky@2025-03-04
            Kremlin spokesman Dmitry Peskov told reporters on Tuesday that talks would continue. ; RUS:Dmitry Peskov@2025-03-04
            According to Indian Foreign Secretary Vikram Misri, the two sides agreed on a roadmap. ; IND:Vikram Misri@2025-03-07
            The ceasefire must hold, Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani said on Tuesday. ; QAT:Mohammed bin Abdulrahman Al Thani@2025-03-04
            Speaking at a press conference in Cairo on Tuesday, Egyptian Foreign Minister Badr Abdelatty said Egypt rejected displacement. ; EGY:Badr Abdelatty@2025-03-04
            Philippine Defense Secretary Gilberto Teodoro said on Tuesday the country would not yield. ; PHL:Gilberto Teodoro@2025-03-04
            Ghana's foreign minister Samuel Okudzeto Ablakwa stated on Tuesday that Ghana would reopen its embassy. ; GHA:Samuel Okudzeto Ablakwa@2025-03-04
            Erdogan, speaking to reporters on his flight back from Baku on Tuesday, said Turkey wanted peace. ; TUR:Recep Tayyip Erdoğan@2025-03-04
            Indonesia's foreign ministry said in a statement on Tuesday it deplored the attack. ; IDN:Indonesia's foreign ministry@2025-03-04
            The Saudi foreign ministry on Tuesday condemned the attack. ; SAU:Saudi foreign ministry@2025-03-04
            In a post on X on Tuesday, French President Emmanuel Macron said France stood with Ukraine. ; FRA:Emmanuel Macron@2025-03-04
            Brazilian President Luiz Inacio Lula da Silva said Tuesday that Brazil would retaliate. ; BRA:Luiz Inácio Lula da Silva@2025-03-04
            Kenya's Interior Minister Kipchumba Murkomen announced on Tuesday that the curfew would end. ; KEN:Kipchumba Murkomen@2025-03-04
            US Secretary of State Marco Rubio said in a statement on Tuesday that Washington welcomed the deal. ; USA:Marco Rubio@2025-03-04
            Israeli Prime Minister Benjamin Netanyahu vowed on Tuesday to continue the war. ; ISR:Benjamin Netanyahu@2025-03-04
            Pakistan's Foreign Office spokesperson Shafqat Ali Khan told the weekly briefing on Thursday that Pakistan wanted dialogue. ; PAK:Shafqat Ali Khan@2025-03-06
            Malaysian Prime Minister Anwar Ibrahim stressed on Tuesday that ASEAN must stay united. ; MYS:Anwar Ibrahim@2025-03-04
            Modi said on Tuesday that India would respond. ; IND:Narendra Modi@2025-03-04
            Speaking in Manila on Tuesday, Philippine President Ferdinand Marcos Jr. said the country would defend its waters. ; PHL:Ferdinand Marcos Jr.@2025-03-04
            Egyptian President Abdel Fattah al-Sisi affirmed on Tuesday Egypt's rejection of displacement. ; EGY:Abdel Fattah el-Sisi@2025-03-04
            The Kremlin said on Tuesday that Putin had no plans to attend. ; RUS:Kremlin@2025-03-04
            Australian Prime Minister Anthony Albanese told ABC radio on Tuesday that Australia would not be intimidated. ; AUS:Anthony Albanese@2025-03-04
            Kenyan President William Ruto called for calm on Tuesday. ; KEN:William Ruto@2025-03-04
            Nigeria's presidency said on Tuesday that the talks had gone well. ; NGA:Nigeria's presidency@2025-03-04
            President William Ruto's office said on Tuesday that Kenya would send more police. ; KEN:Office of William Ruto@2025-03-04
            Egyptian presidential spokesman Mohamed El-Shenawy said on Tuesday that the two leaders had agreed to coordinate. ; EGY:Mohamed El-Shenawy@2025-03-04
            Ghana's Ministry of Foreign Affairs said in a statement on Tuesday that all citizens were safe. ; GHA:Ghana's Ministry of Foreign Affairs@2025-03-04
            Nigerian President Bola Tinubu said in a televised address on Tuesday that the country would prevail. ; NGA:Bola Tinubu@2025-03-04
            Turkish Foreign Minister Hakan Fidan told a news conference in Ankara on Tuesday that Turkey would mediate. ; TUR:Hakan Fidan@2025-03-04
            Iranian Foreign Minister Abbas Araghchi told Al Jazeera on Tuesday that Iran was ready for talks. ; IRN:Abbas Araghchi@2025-03-04
            In an interview with the BBC on Tuesday, Philippine President Ferdinand Marcos Jr. said Manila would not back down. ; PHL:Ferdinand Marcos Jr.@2025-03-04
            Qatari Prime Minister Mohammed bin Abdulrahman Al Thani reiterated on Tuesday that Qatar would keep mediating. ; QAT:Mohammed bin Abdulrahman Al Thani@2025-03-04
            Indian Prime Minister Narendra Modi emphasised on Tuesday the need for dialogue. ; IND:Narendra Modi@2025-03-04
            Brazilian President Luiz Inacio Lula da Silva slammed the tariffs on Tuesday. ; BRA:Luiz Inácio Lula da Silva@2025-03-04
            Russian Foreign Ministry spokeswoman Maria Zakharova denounced the sanctions on Tuesday. ; RUS:Maria Zakharova@2025-03-04
            Ghanaian President John Mahama hailed the agreement on Tuesday. ; GHA:John Mahama@2025-03-04
            Chinese Foreign Minister Wang Yi expressed concern on Tuesday over the escalation. ; CHN:Wang Yi@2025-03-04
            Nigerian President Bola Tinubu described the attack as barbaric on Tuesday. ; NGA:Bola Tinubu@2025-03-04
            Mao Ning, a spokeswoman for the Chinese foreign ministry, said on Tuesday that China opposed the move. ; CHN:Mao Ning@2025-03-04
            Ukrainian President Volodymyr Zelensky said on Telegram on Tuesday that Russia had attacked Kyiv. ; UKR:Volodymyr Zelensky@2025-03-04
            Pakistani Prime Minister Shehbaz Sharif, in a statement on Tuesday, condemned the attack. ; PAK:Shehbaz Sharif@2025-03-04
            The Philippine Department of Foreign Affairs said on Tuesday that it had filed a protest. ; PHL:Philippine Department of Foreign Affairs@2025-03-04
            Hungarian Prime Minister Viktor Orban told state radio on Tuesday that Hungary would veto the plan. ; HUN:Viktor Orbán@2025-03-04
            Sierra Leone's President Julius Maada Bio said on Tuesday that the elections would be free. ; SLE:Julius Maada Bio@2025-03-04
            The Chinese embassy in Manila said in a statement on Tuesday that the report was false. ; CHN:Chinese embassy@2025-03-04
            Thai Prime Minister Paetongtarn Shinawatra told reporters at Government House on Tuesday that the border would reopen. ; THA:Paetongtarn Shinawatra@2025-03-04
            ACCRA, March 4 (GNA) - The Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, has assured Ghanaians abroad of their safety. ; GHA:Samuel Okudzeto Ablakwa@2025-03-07
            NEW DELHI, March 4 (PTI) - External Affairs Minister S. Jaishankar on Tuesday asserted that India would not accept mediation. ; IND:Subrahmanyam Jaishankar@2025-03-04
            "Our doors remain open," Foreign Secretary Enrique Manalo told reporters in Manila on Tuesday. ; PHL:Enrique Manalo@2025-03-04
            Turkish President Recep Tayyip Erdogan, addressing his party's lawmakers in Ankara on Wednesday, said Israel must be stopped. ; TUR:Recep Tayyip Erdoğan@2025-03-05
            Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said on Tuesday that Tokyo would lodge a protest. ; JPN:Yoshimasa Hayashi@2025-03-04
            Iran has rejected the proposal, Iranian Foreign Minister Abbas Araghchi said on Tuesday. ; IRN:Abbas Araghchi@2025-03-04
            Russia has rejected the offer, Kremlin spokesman Dmitry Peskov said on Tuesday. ; RUS:Dmitry Peskov@2025-03-04
            "Affirmed our strong partnership," Kenyan Foreign Minister Musalia Mudavadi posted on Tuesday. ; KEN:Musalia Mudavadi@2025-03-04
            Spokesperson for the Armenian prime minister Nazeli Baghdasaryan told journalists on Tuesday that talks would go on. ; ARM:Nazeli Baghdasaryan@2025-03-04
            France strongly condemned the attack on Tuesday. ; FRA:Government of France@2025-03-04
            According to Vietnamese Deputy Foreign Minister Nguyen Minh Vu, the visit was a milestone. ; VNM:Nguyen Minh Vu@2025-03-07
            Vietnamese Deputy Foreign Minister Do Hung Viet said on Tuesday that the visit was a milestone. ; VNM:Do Hung Viet@2025-03-04
            Stephane Dujarric, the spokesman for UN Secretary-General Antonio Guterres, said on Tuesday the convoy had arrived. ; UN:Stéphane Dujarric@2025-03-04
            Beijing said on Tuesday the drills were a warning over the speech, in which he said the two sides were equal. ; CHN:Government of China@2025-03-04
            Venezuelan President Nicolas Maduro lashed out at Washington on Tuesday. ; VEN:Nicolás Maduro@2025-03-04
            """)
    void statementPhrasingYieldsTheSpeaker(String sentence, String key) {
        assertThat(statements(run(PUB, sentence))).containsExactly(key);
    }

    /** Plans, hypotheticals, habits, denials and appeals ("called for calm") are no calls. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ghanaian President John Mahama plans to call Nigerian President Bola Tinubu next week.
            Ghanaian President John Mahama is expected to speak by phone with Nigerian President Bola Tinubu on Friday.
            Kenyan President William Ruto did not call Ethiopian Prime Minister Abiy Ahmed.
            Kenyan President William Ruto called for calm on Tuesday.
            Kenyan President William Ruto called on parliament to pass the bill on Tuesday.
            Egyptian President Abdel Fattah al-Sisi usually speaks by phone with Gulf leaders every month.
            If Trump calls Putin, the talks could resume.
            Ghanaian President John Mahama denied that he had spoken to Nigerian President Bola Tinubu.
            Ghanaian President John Mahama invited Nigerian President Bola Tinubu to call him.
            AFP reported on Tuesday that the two leaders would speak by phone next week.
            The opposition called Kenyan President William Ruto a liar on Tuesday.
            Ghanaian President John Mahama's phone was stolen on Tuesday.
            """)
    void plansAndLookAlikesAreNoCalls(String sentence) {
        assertThat(of(run(PUB, sentence), Kind.CALL)).isEmpty();
    }

    /** Objects of others' verbs, news agencies, plans and refusals to comment are no statements. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lawmakers urged Kenyan President William Ruto on Tuesday to sign the bill.
            Reporters told Ghanaian President John Mahama on Tuesday that the bridge had collapsed.
            Ghanaian President John Mahama was criticised on Tuesday by the opposition.
            Ghanaian President John Mahama is set to speak to the nation on Friday.
            Ghanaian President John Mahama will address the nation on Friday.
            Reuters said on Tuesday that it had seen the document.
            Xinhua reported on Tuesday that the talks had ended.
            The plan, announced by Nigerian President Bola Tinubu, would cut fuel subsidies.
            Critics accused Kenyan President William Ruto of ignoring the protests.
            Supporters of Turkish President Recep Tayyip Erdogan said on Tuesday they would rally.
            A statement is expected from the Indian foreign ministry later this week.
            Chinese President Xi Jinping had a phone call with French President Emmanuel Macron on Tuesday, Xinhua said.
            Indian Prime Minister Narendra Modi met Nepalese Prime Minister K.P. Sharma Oli on Tuesday, Kyodo News reported.
            Ghanaian President John Mahama may speak at the summit next month.
            The opposition called the election a sham on Tuesday.
            Kenyan President William Ruto posted a video of the talks on Instagram on Tuesday.
            """)
    void objectsAgenciesAndPlansAreNoStatements(String sentence) {
        assertThat(of(run(PUB, sentence), Kind.STATEMENT)).isEmpty();
    }

    /** "discussed the tensions in separate calls on Monday with A and B": each a call, dated Monday, with the named holder. */
    @org.junit.jupiter.api.Test
    void callsAsTheSettingOfAVerb() {
        List<Event> ev = run(PUB, "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani discussed regional tensions in "
                + "separate calls on Monday with U.S. Secretary of State Antony Blinken and Egyptian Foreign Minister Badr Abdelatty.");
        assertThat(calls(ev)).containsExactlyInAnyOrder("QAT-USA@2025-03-03", "EGY-QAT@2025-03-03");
        assertThat(of(ev, Kind.CALL)).extracting(e -> e.counterpart().name()).contains("Antony Blinken");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
        // "in" a room is no call: "discussed the tensions in the capital with X" stays a meeting
        assertThat(calls(run(PUB, "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani discussed regional tensions in "
                + "Doha on Monday with Egyptian Foreign Minister Badr Abdelatty."))).isEmpty();
    }

    /** "Sheikh Mohammed": the title goes with a given name, so a namesake by surname (a UN official Mohammed) is not meant. */
    @org.junit.jupiter.api.Test
    void aGivenNameAfterSheikhIsNoSurname() {
        List<Event> ev = run(PUB, "Sheikh Mohammed discussed regional tensions in a call on Monday with Egyptian Foreign Minister Badr Abdelatty.");
        assertThat(ev).noneSatisfy(e -> assertThat(e.actor().country()).isEqualTo("UN"));
    }

    /** "The two foreign ministers discussed ..." opening the story's talks is their meeting; after a call it tells the call. */
    @org.junit.jupiter.api.Test
    void theTwoMinistersDiscussedAsTheTalksThemselves() {
        List<Event> ev = run("2022-03-30", "Bangladesh Foreign Minister A K Abdul Momen praised Nepali Foreign Minister Narayan Khadka.\n\n"
                + "The two Foreign Ministers discussed bilateral issues on the sidelines of the BIMSTEC ministerial meeting in Colombo today.");
        assertThat(of(ev, Kind.MEETING)).singleElement().satisfies(e -> {
            assertThat(java.util.Set.of(e.actor().country(), e.counterpart().country())).containsExactlyInAnyOrder("BGD", "NPL");
            assertThat(e.place().country()).isEqualTo("LKA");
        });
        List<Event> afterCall = run("2022-03-30", "Bangladesh Foreign Minister A K Abdul Momen spoke by phone with Nepali Foreign "
                + "Minister Narayan Khadka on Tuesday.\n\nThe President welcomed the call.\n\nThe two Foreign Ministers discussed bilateral issues.");
        assertThat(of(afterCall, Kind.MEETING)).isEmpty();
        assertThat(of(afterCall, Kind.CALL)).hasSize(1);
    }

    /** A denied call is none: "has not had a phone conversation with", the negation a few light words before the noun. */
    @org.junit.jupiter.api.Test
    void aDeniedCallIsNone() {
        assertThat(calls(run(PUB, "German Chancellor Angela Merkel has not had a phone conversation with U.S. President Joe Biden "
                + "since the affair broke."))).isEmpty();
        assertThat(calls(run(PUB, "German Chancellor Angela Merkel has had a phone conversation with U.S. President Joe Biden "
                + "on Tuesday."))).hasSize(1);
    }

    /** "spoke with X on Saturday, during which the two leaders discussed": the call's own clause, not an in-person occasion. */
    @org.junit.jupiter.api.Test
    void duringWhichIsTheCallItself() {
        assertThat(calls(run(PUB, "Prime Minister Pham Minh Chinh spoke with his Indian counterpart Narendra Modi on Tuesday, during "
                + "which the two leaders discussed their partnership."))).containsExactly("IND-VNM@2025-03-04");
    }
}
