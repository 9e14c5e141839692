package parley.producer.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/**
 * How wire copy, state agencies and readouts phrase visits and meetings (a catalogue of patterns, each in a sentence of
 * its own with other names and regions than any evaluation article): the event each must yield, and the plans and
 * look-alikes that must yield none.
 */
class VisitMeetingPhrasingTest {

    private static final String PUB = "2025-03-07";

    /** VISIT as actor>host@date, MEETING/CALL as the sorted pair@date. */
    private static List<String> keys(List<Event> ev) {
        return ev.stream().filter(e -> e.kind() != Kind.STATEMENT).map(e -> {
            if (e.kind() == Kind.VISIT) return "VISIT " + e.actor().country() + ">" + hostOf(e) + "@" + e.date();
            String a = e.actor().country(), b = e.counterpart().country();
            return e.kind() + " " + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + "@" + e.date();
        }).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Ghanaian President John Mahama held talks on Thursday with Kenyan President William Ruto, who is on a state visit to Ghana. ; VISIT KEN>GHA@2025-03-06
            The visit by Indonesian President Prabowo Subianto to Egypt on Tuesday was his first. ; VISIT IDN>EGY@2025-03-04
            Indian Prime Minister Narendra Modi left for Mauritius on Tuesday on a two-day state visit. ; VISIT IND>MUS@2025-03-04
            Algerian Foreign Minister Ahmed Attaf proceeded on Wednesday to Lusaka for talks with Zambian officials. ; VISIT DZA>ZMB@2025-03-05
            Brazilian President Luiz Inacio Lula da Silva touched down in Luanda on Wednesday. ; VISIT BRA>AGO@2025-03-05
            Indonesian Foreign Minister Sugiono told reporters in Tokyo on Thursday after meeting Japanese Foreign Minister Takeshi Iwaya. ; VISIT IDN>JPN@2025-03-06
            Kazakh President Kassym-Jomart Tokayev met the visiting Prime Minister of Pakistan, Shehbaz Sharif, at the Akorda on Tuesday. ; VISIT PAK>KAZ@2025-03-04
            Indian Prime Minister Narendra Modi, who was in Rio de Janeiro for the two-day BRICS summit, held talks with Chinese Premier Li Qiang on Monday. ; VISIT IND>BRA@2025-03-03
            Fijian Prime Minister Sitiveni Rabuka, in Wellington for talks, said on Monday that the region needed calm. ; VISIT FJI>NZL@2025-03-03
            Indian Prime Minister Narendra Modi concluded his Ghana visit on Thursday. ; VISIT IND>GHA@2025-03-06
            ACCRA, March 4 (Reuters) - Kenyan President William Ruto arrived on Tuesday for a three-day state visit. ; VISIT KEN>GHA@2025-03-04
            Kenyan President William Ruto has been in Abuja since Tuesday. ; VISIT KEN>NGA@2025-03-07
            Kenyan President William Ruto was in the Nigerian capital on Tuesday. ; VISIT KEN>NGA@2025-03-04
            Nigerian President Bola Tinubu on Tuesday played host to Kenyan President William Ruto. ; VISIT KEN>NGA@2025-03-04
            Jordan's King Abdullah II granted an audience to Kenyan President William Ruto on Tuesday. ; VISIT KEN>JOR@2025-03-04
            Kenyan President William Ruto made a brief stop in Kigali on Tuesday. ; VISIT KEN>RWA@2025-03-04
            Upon arriving in Abuja on Tuesday, Kenyan President William Ruto was greeted by Vice President Kashim Shettima. ; VISIT KEN>NGA@2025-03-04
            Kenyan President William Ruto's talks with Nigerian President Bola Tinubu in Abuja on Tuesday focused on trade. ; VISIT KEN>NGA@2025-03-04
            Guatemalan President Bernardo Arevalo arrived in Tegucigalpa on Monday from San Salvador, where he had met Salvadoran President Nayib Bukele on Saturday. ; VISIT GTM>SLV@2025-03-01
            Brazilian President Luiz Inacio Lula da Silva met Colombian President Gustavo Petro, who is in Geneva for a UN conference, on Monday. ; VISIT COL>CHE@2025-03-03
            Ghanaian Vice President Jane Naana Opoku-Agyemang headed the Ghanaian delegation to the African Union summit in Addis Ababa on Sunday. ; VISIT GHA>ETH@2025-03-02
            Turkish President Recep Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi met on the margins of the UN General Assembly in New York on Tuesday. ; MEETING EGY-TUR@2025-03-04
            HANOI, March 4 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh met Singaporean Prime Minister Lawrence Wong on the sidelines of the summit on Tuesday. ; MEETING SGP-VNM@2025-03-04
            Norwegian envoy Tor Wennesland held separate meetings in Doha on Monday with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and with Egyptian Foreign Minister Badr Abdelatty. ; MEETING EGY-NOR@2025-03-03
            Japanese Foreign Minister Takeshi Iwaya met his Australian counterpart Penny Wong and his Philippine counterpart Enrique Manalo in Manila on Monday. ; VISIT JPN>PHL@2025-03-03
            Prime Minister Kenji Arai of Japan and President Kofi Boateng of Ghana met on Tuesday in Manila. ; MEETING GHA-JPN@2025-03-04
            Foreign Ministers Anna Lindqvist of Sweden and Pedro Garrido of Chile signed a trade pact. Lindqvist and Garrido met Tuesday in Santiago. ; VISIT SWE>CHL@2025-03-04
            Ghanaian President John Mahama Tuesday returned to Accra, the Ghanaian capital, from Senegal, where he attended a regional forum from March 1 to March 2. ; VISIT GHA>SEN@2025-03-01
            Kenyan President William Ruto returned to Nairobi on Thursday after a three-day state visit to Zambia. ; VISIT KEN>ZMB@2025-03-04
            Pakistani Prime Minister Shehbaz Sharif called on Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday. ; VISIT PAK>SAU@2025-03-03
            Indian External Affairs Minister S. Jaishankar reached Colombo on Monday. ; VISIT IND>LKA@2025-03-03
            Ugandan President Yoweri Museveni on Tuesday met Kenyan President William Ruto at State House Entebbe. ; VISIT KEN>UGA@2025-03-04
            Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni at State House, Nairobi on Tuesday. ; VISIT UGA>KEN@2025-03-04
            UAE President Sheikh Mohamed bin Zayed met Egyptian President Abdel Fattah el-Sisi at Qasr Al Shati on Monday. ; VISIT EGY>ARE@2025-03-03
            Pakistani President Asif Ali Zardari met Turkish President Recep Tayyip Erdogan at Aiwan-e-Sadr on Monday. ; VISIT TUR>PAK@2025-03-03
            Ghanaian President John Mahama received Togolese President Faure Gnassingbe at Jubilee House on Monday. ; VISIT TGO>GHA@2025-03-03
            Canadian Prime Minister Mark Carney hosted Kenyan President William Ruto at Rideau Hall on Monday. ; VISIT KEN>CAN@2025-03-03
            Trinidad and Tobago Prime Minister Stuart Young left TT for Guyana on Monday. ; VISIT TTO>GUY@2025-03-03
            Ghanaian President John Mahama left Kotoka International Airport for Lome on Monday. ; VISIT GHA>TGO@2025-03-03
            His Majesty King Abdullah met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday. ; VISIT JOR>SAU@2025-03-03
            His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received in his office at the Amiri Diwan this morning Prime Minister of Pakistan Shehbaz Sharif. ; VISIT PAK>QAT@2025-03-07
            Malaysian Prime Minister Datuk Seri Ismail Sabri Yaakob said on Sunday that ties were strong. On Monday, Ismail Sabri was greeted in Hanoi by his Vietnamese counterpart Pham Minh Chinh. ; VISIT MYS>VNM@2025-03-03
            Malian President Ibrahim Boubacar Keita on Thursday ended a 3-day state visit to Zimbabwe. ; VISIT MLI>ZWE@2025-03-04
            Ugandan President Yoweri Museveni met Kenyan President William Ruto in Kampala on Thursday, on the third and last day of Ruto's state visit. ; VISIT KEN>UGA@2025-03-04
            Ugandan President Yoweri Museveni met Kenyan President William Ruto in Kampala on Thursday. The meeting was held on the second day of Ruto's state visit. ; VISIT KEN>UGA@2025-03-05
            French President Emmanuel Macron arrived in Riyadh on Saturday as part of a Gulf tour that also covered Qatar. ; VISIT FRA>QAT@2025-03-07
            Malian President Ibrahim Boubacar Keita concludes three-day visit to Zimbabwe. ; VISIT MLI>ZWE@2025-03-07
            Romanian President Klaus Iohannis concluded his official visit to Tanzania on Wednesday. Iohannis had arrived in Tanzania on Monday. ; VISIT ROU>TZA@2025-03-03
            (MENAFN- Ghana News Agency (GNA)) ACCRA, March 4 (GNA) - President John Mahama held talks with Togolese President Faure Gnassingbe on Tuesday. ; VISIT TGO>GHA@2025-03-04
            Speaking in Lima on Tuesday, Ecuadorian President Daniel Noboa said the border would reopen. ; VISIT ECU>PER@2025-03-04
            Talks were held in Nairobi on Tuesday between Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto. ; VISIT ETH>KEN@2025-03-04
            Ugandan President Yoweri Museveni hosted a state banquet for visiting Burundian President Evariste Ndayishimiye on Tuesday. ; VISIT BDI>UGA@2025-03-04
            Zambian Foreign Minister Mulambo Haimbe and his Malawian counterpart Nancy Tembo co-chaired the joint permanent commission in Lilongwe on Monday. ; VISIT ZMB>MWI@2025-03-03
            HANOI, March 4 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh met Cambodian Prime Minister Hun Manet, who is here for the Mekong forum, on Tuesday. ; VISIT KHM>VNM@2025-03-04
            Egyptian President Abdel Fattah al-Sisi concluded a three-day state visit to Spain on Thursday. ; VISIT EGY>ESP@2025-03-04
            Ecuadorian President Daniel Noboa told a news conference in Lima on Tuesday that the border would reopen. ; VISIT ECU>PER@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh was accorded a red-carpet welcome by Bhutanese Prime Minister Tshering Tobgay on Tuesday. ; VISIT MNG>BTN@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh was given a warm reception on his arrival in Thimphu on Tuesday. ; VISIT MNG>BTN@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh and Bhutanese Prime Minister Tshering Tobgay met Nepalese Prime Minister K. P. Sharma Oli in Geneva on Tuesday. ; MEETING MNG-NPL@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh and Bhutanese Prime Minister Tshering Tobgay met Nepalese Prime Minister K. P. Sharma Oli in Geneva on Tuesday. ; MEETING BTN-NPL@2025-03-04
            Bhutanese Prime Minister Tshering Tobgay held an official welcoming ceremony for Mongolian President Ukhnaagiin Khurelsukh on Tuesday. ; VISIT MNG>BTN@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh left Thimphu for Kathmandu on Friday. ; VISIT MNG>NPL@2025-03-07
            Mongolian President Ukhnaagiin Khurelsukh was the guest of Bhutanese Prime Minister Tshering Tobgay on Tuesday. ; VISIT MNG>BTN@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh huddled with Bhutanese Prime Minister Tshering Tobgay in Geneva on Tuesday. ; MEETING BTN-MNG@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh conferred briefly with Bhutanese Prime Minister Tshering Tobgay in Geneva on Tuesday. ; MEETING BTN-MNG@2025-03-04
            Mongolian President Ukhnaagiin Khurelsukh held a tete-a-tete with Bhutanese Prime Minister Tshering Tobgay in Geneva on Tuesday. ; MEETING BTN-MNG@2025-03-04
            """)
    void phrasingYieldsTheEvent(String sentence, String key) {
        assertThat(keys(run(PUB, sentence))).contains(key);
    }

    /** A meeting inside a visit is the visit: the host's talks with a guest are not a MEETING of their own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Ghanaian President John Mahama held talks on Thursday with Kenyan President William Ruto, who is on a state visit to Ghana. ; VISIT KEN>GHA@2025-03-06
            HANOI, March 4 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh on Tuesday held talks with Singaporean Prime Minister Lawrence Wong. ; VISIT SGP>VNM@2025-03-04
            Kazakh President Kassym-Jomart Tokayev met the visiting Prime Minister of Pakistan, Shehbaz Sharif, at the Akorda on Tuesday. ; VISIT PAK>KAZ@2025-03-04
            Guatemalan President Bernardo Arevalo arrived in Tegucigalpa on Monday from San Salvador, where he had met Salvadoran President Nayib Bukele on Saturday. ; VISIT GTM>HND@2025-03-03
            Chilean President Gabriel Boric arrived in Canberra on Monday. On Tuesday he met Australian Deputy Prime Minister Richard Marles. ; VISIT CHL>AUS@2025-03-03
            """)
    void talksWithAGuestAreItsVisit(String sentence, String key) {
        List<String> k = keys(run(PUB, sentence));
        assertThat(k).contains(key).noneMatch(x -> x.startsWith("MEETING"));
    }

    /** Plans, leaving office, touching on a subject and a team playing host are no trips. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenyan President William Ruto will leave for Accra on Monday.
            Kenyan President William Ruto is scheduled to travel to Caracas on Friday.
            NAIROBI, March 4 (Reuters) - Kenyan President William Ruto will travel to Nigeria next week.
            The minister left office in 2019 and left the door open to talks in Lima.
            Kenyan President William Ruto touched on the issue in Accra on Monday.
            Kenyan President William Ruto has been in office since 2022.
            The team played host to Accra Hearts of Oak on Monday.
            Nigerian President Bola Tinubu hosted a reception for diplomats on Tuesday.
            Ugandan President Yoweri Museveni invited Kenyan President William Ruto to visit Kampala.
            Mongolian President Ukhnaagiin Khurelsukh will be accorded a red-carpet welcome by Bhutanese Prime Minister Tshering Tobgay on Tuesday.
            Bhutanese Prime Minister Tshering Tobgay will hold a welcoming ceremony for Mongolian President Ukhnaagiin Khurelsukh on Tuesday.
            Mongolian President Ukhnaagiin Khurelsukh will leave Thimphu for Kathmandu on Friday.
            Mongolian President Ukhnaagiin Khurelsukh left Thimphu for home on Friday.
            Mongolian President Ukhnaagiin Khurelsukh will be the guest of Bhutanese Prime Minister Tshering Tobgay on Friday.
            Mongolian President Ukhnaagiin Khurelsukh was the guest of honour at a dinner given by Bhutanese Prime Minister Tshering Tobgay on Friday.
            Mongolian President Ukhnaagiin Khurelsukh was given a warning by Bhutanese Prime Minister Tshering Tobgay on Tuesday.
            Kenyan Foreign Minister Musalia Mudavadi said in a statement in Geneva on Monday that the violence must stop.
            The Kenyan ambassador to Japan, Ruth Solitei, said in Tokyo on Monday that ties were strong.
            Ghanaian President John Mahama, who was accompanied by Vice President Jane Naana Opoku-Agyemang, held talks with his Togolese counterpart Faure Gnassingbe.
            Kenyan President William Ruto reached an agreement with Somalia in Doha on Monday.
            Kenyan Foreign Ministry spokeswoman Jane Wanjiru on Friday said some people in Japan were ignorant of the facts.
            """)
    void plansAndLookAlikesAreNoVisits(String sentence) {
        assertThat(of(run(PUB, sentence), Kind.VISIT)).isEmpty();
    }

    /** A plan to confer and an honour conferred are no meetings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mongolian President Ukhnaagiin Khurelsukh will confer with Bhutanese Prime Minister Tshering Tobgay in Geneva on Tuesday.
            Mongolian President Ukhnaagiin Khurelsukh conferred the Order of the Polar Star on Bhutanese Prime Minister Tshering Tobgay on Tuesday.
            """)
    void plansAndHonoursAreNoMeetings(String sentence) {
        assertThat(of(run(PUB, sentence), Kind.MEETING)).isEmpty();
    }

    /** "Prime Minister of Canada X" in a list: the title's country and person, then the list goes on. */
    @Test
    void listedGuestsTitledOfTheirCountryAreEachAVisit() {
        List<Event> ev = run(PUB, "ACCRA, March 4 (GNA) - President John Mahama held talks with French President Emmanuel Macron, "
                + "Prime Minister of Canada Mark Carney and Chancellor of Germany Friedrich Merz on Tuesday.");
        assertThat(keys(ev)).contains("VISIT FRA>GHA@2025-03-04", "VISIT CAN>GHA@2025-03-04", "VISIT DEU>GHA@2025-03-04");
    }

    /** Talks "on the sidelines of" a gathering the story does not place, told from the capital: not a visit to the dateline. */
    @Test
    void sidelinesWithoutAPlaceAreNotAtTheDateline() {
        List<Event> ev = run(PUB, "NEW DELHI, March 6 (PTI) - Indian External Affairs Minister S. Jaishankar held bilateral meetings on the "
                + "sidelines of the SCO foreign ministers' meeting, a spokesman said on Thursday. Jaishankar held talks with Russian "
                + "Foreign Minister Sergey Lavrov on Wednesday.");
        assertThat(keys(ev)).contains("MEETING IND-RUS@2025-03-05").doesNotContain("VISIT RUS>IND@2025-03-05");
    }

    /** A list of guests with long titles: each official a visitor of the host, a guest without a title none. */
    @Test
    void listedGuestsPastLongTitlesAreEachAVisit() {
        List<Event> ev = run(PUB, "ACCRA, March 4 (GNA) - President John Mahama on Tuesday held separate talks with Togo's Regional Integration "
                + "Minister Robert Dussey, UK charity founder Tom Baker and Niger's Foreign Affairs Minister Bakary Sangare.");
        assertThat(keys(ev)).containsExactlyInAnyOrder("VISIT TGO>GHA@2025-03-04", "VISIT NER>GHA@2025-03-04");
    }

    /** "is accompanied by Minister Y, who held separate talks with Z": the companion's own trip; a companion only travelling along has none. */
    @Test
    void companionsWithTalksOfTheirOwnTravel() {
        List<Event> ev = run(PUB, "Kenyan President William Ruto arrived in Accra on Monday. He is accompanied by Foreign Minister Musalia Mudavadi, "
                + "who held separate talks with Ghanaian Foreign Minister Samuel Okudzeto Ablakwa.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().name() + ">" + hostOf(e))
                .contains("William Ruto>GHA", "Musalia Mudavadi>GHA");
        // without talks of their own they travel all the same (AccompanyingTest)
    }
}
