package parley.producer.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.run;

/**
 * One visit or meeting told the many ways outlets phrase it: tenses, fronted time and place, passives, subject and
 * object forms, agency formulae and regional English. Each sentence is written for this table; negatives are plans,
 * invitations, hypotheticals, habits, denials and domestic trips.
 */
class VisitMeetingParaphraseTest {

    private static final String PUB = "2025-03-07";

    /** VISIT as actor>host@date, MEETING as the sorted pair@date. */
    private static List<String> keys(List<Event> ev) {
        return ev.stream().filter(e -> e.kind() == Kind.VISIT || e.kind() == Kind.MEETING).map(e -> {
            if (e.kind() == Kind.VISIT) return "VISIT " + e.actor().country() + ">" + hostOf(e) + "@" + e.date();
            String a = e.actor().country(), b = e.counterpart().country();
            return "MEETING " + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a) + "@" + e.date();
        }).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Senegalese President Bassirou Diomaye Faye arrived in Nouakchott on Tuesday for a two-day official visit. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye arrives in Nouakchott for two-day visit. ; VISIT SEN>MRT@2025-03-07
            Senegalese President Bassirou Diomaye Faye has arrived in Nouakchott on a two-day official visit. ; VISIT SEN>MRT@2025-03-07
            On Tuesday, Senegalese President Bassirou Diomaye Faye arrived in Nouakchott. ; VISIT SEN>MRT@2025-03-04
            In Nouakchott on Tuesday, Senegalese President Bassirou Diomaye Faye held talks with Mauritanian President Mohamed Ould Ghazouani. ; VISIT SEN>MRT@2025-03-04
            Arriving in Nouakchott on Tuesday, Senegalese President Bassirou Diomaye Faye was welcomed by Mauritanian President Mohamed Ould Ghazouani. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye was received by Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye inspected a guard of honour at the presidential palace in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye laid a wreath at the national monument in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye was welcomed at Nouakchott airport on Tuesday by Mauritanian Prime Minister Mokhtar Ould Djay. ; VISIT SEN>MRT@2025-03-04
            Bassirou Diomaye Faye, the president of Senegal, arrived in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegal's president, Bassirou Diomaye Faye, arrived in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            The Senegalese president arrived in Nouakchott on Tuesday for talks with his Mauritanian counterpart. ; VISIT SEN>MRT@2025-03-04
            Mauritanian President Mohamed Ould Ghazouani on Tuesday received his Senegalese counterpart Bassirou Diomaye Faye in Nouakchott. ; VISIT SEN>MRT@2025-03-04
            Mauritanian President Mohamed Ould Ghazouani hosted Senegalese President Bassirou Diomaye Faye in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye paid a state visit to Mauritania on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye is on a two-day state visit to Mauritania. ; VISIT SEN>MRT@2025-03-07
            Senegalese President Bassirou Diomaye Faye on Tuesday began a two-day state visit to Mauritania. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye wrapped up a two-day visit to Mauritania on Wednesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye concluded his two-day state visit to Mauritania on Wednesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye ended his visit to Mauritania on Wednesday. ; VISIT SEN>MRT@2025-03-05
            Senegalese President Bassirou Diomaye Faye returned home on Wednesday after a two-day state visit to Mauritania. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye flew into Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye landed in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye travelled to Nouakchott on Tuesday for talks. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye traveled to Mauritania on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye visited Mauritania on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye was in Nouakchott on Tuesday for talks with Mauritanian President Mohamed Ould Ghazouani. ; VISIT SEN>MRT@2025-03-04
            NOUAKCHOTT, March 4 (AFP) - Senegalese President Bassirou Diomaye Faye arrived here on Tuesday. ; VISIT SEN>MRT@2025-03-04
            NOUAKCHOTT, March 4 (Reuters) - Senegal's president held talks with his Mauritanian counterpart on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Mauritania's president, Mohamed Ould Ghazouani, welcomed Senegalese President Bassirou Diomaye Faye to Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Senegalese President Bassirou Diomaye Faye and Mauritanian President Mohamed Ould Ghazouani held talks in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            Talks between Senegalese President Bassirou Diomaye Faye and Mauritanian President Mohamed Ould Ghazouani took place in Nouakchott on Tuesday. ; VISIT SEN>MRT@2025-03-04
            ABU DHABI, 4th March, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Indonesian President Prabowo Subianto at Qasr Al Watan today. ; VISIT IDN>ARE@2025-03-04
            ABU DHABI, 4th March, 2025 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, UAE President, welcomed Indonesian President Prabowo Subianto on Tuesday. ; VISIT IDN>ARE@2025-03-04
            RIYADH, March 4 (SPA) -- Crown Prince Mohammed bin Salman received Indonesian President Prabowo Subianto at Al-Yamamah Palace on Tuesday. ; VISIT IDN>SAU@2025-03-04
            KUWAIT, March 4 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Indonesian President Prabowo Subianto at Bayan Palace on Tuesday. ; VISIT IDN>KWT@2025-03-04
            DOHA, March 4 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held official talks with Indonesian President Prabowo Subianto at the Amiri Diwan on Tuesday. ; VISIT IDN>QAT@2025-03-04
            ANKARA (AA) - Turkish President Recep Tayyip Erdogan received Indonesian President Prabowo Subianto at the presidential complex on Tuesday. ; VISIT IDN>TUR@2025-03-04
            NEW DELHI, March 4 (PTI) Prime Minister Narendra Modi on Tuesday held talks with visiting Indonesian President Prabowo Subianto. ; VISIT IDN>IND@2025-03-04
            Kenyan Foreign Minister Musalia Mudavadi met visiting Ugandan colleague Jeje Odongo on Tuesday. ; VISIT UGA>KEN@2025-03-04
            NAIROBI, March 4 (KNA) - President William Ruto said during talks in a limited format with Ugandan President Yoweri Museveni that trade was growing. ; VISIT UGA>KEN@2025-03-07
            Kenyan Foreign Minister Musalia Mudavadi said that in a meeting with his visiting Ugandan counterpart Jeje Odongo on Tuesday the two agreed to reopen the border. ; VISIT UGA>KEN@2025-03-04
            TOKYO, March 4 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Tokyo on Tuesday. ; VISIT IDN>JPN@2025-03-04
            SEOUL, March 4 (Yonhap) -- South Korean President Lee Jae-myung held summit talks with Indonesian President Prabowo Subianto at Cheong Wa Dae on Tuesday. ; VISIT IDN>KOR@2025-03-04
            BEIJING, March 4 (Xinhua) -- Chinese President Xi Jinping held talks with Indonesian President Prabowo Subianto in Beijing on Tuesday. ; VISIT IDN>CHN@2025-03-04
            BEIJING, March 4 (Xinhua) -- Chinese President Xi Jinping on Tuesday held talks with Indonesian President Prabowo Subianto, who is on a state visit to China. ; VISIT IDN>CHN@2025-03-04
            Indonesian President Prabowo Subianto met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Tuesday. ; VISIT IDN>CHN@2025-03-04
            Prime Minister Shehbaz Sharif called on President Shavkat Mirziyoyev in Tashkent on Tuesday, Pakistan's foreign office said. ; VISIT PAK>UZB@2025-03-04
            Pakistani Foreign Minister Ishaq Dar paid a courtesy call on Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday. ; VISIT PAK>UZB@2025-03-04
            Sri Lankan President Anura Kumara Dissanayake was accorded a ceremonial welcome at Rashtrapati Bhavan on Tuesday. ; VISIT LKA>IND@2025-03-04
            Sri Lankan President Anura Kumara Dissanayake, who is on a three-day state visit to India, met Prime Minister Narendra Modi in New Delhi on Tuesday. ; VISIT LKA>IND@2025-03-04
            Philippine President Ferdinand Marcos Jr. arrived in Jakarta on Tuesday for a state visit. ; VISIT PHL>IDN@2025-03-04
            Philippine President Ferdinand Marcos Jr. on Tuesday flew to Jakarta for a two-day state visit. ; VISIT PHL>IDN@2025-03-04
            Nigerian President Bola Tinubu departed Abuja on Tuesday for Accra. ; VISIT NGA>GHA@2025-03-04
            Nigerian President Bola Tinubu on Tuesday arrived Accra for a one-day working visit. ; VISIT NGA>GHA@2025-03-04
            Ghana's foreign minister, Samuel Okudzeto Ablakwa, arrived in Abuja on Tuesday. ; VISIT GHA>NGA@2025-03-04
            Ghana's Foreign Minister Samuel Okudzeto Ablakwa met his Nigerian counterpart Yusuf Tuggar in Abuja on Tuesday. ; VISIT GHA>NGA@2025-03-04
            The Ghanaian foreign minister held talks with his Nigerian counterpart Yusuf Tuggar in Abuja on Tuesday. ; VISIT GHA>NGA@2025-03-04
            Ghanaian Foreign Minister Samuel Okudzeto Ablakwa is visiting Nigeria. ; VISIT GHA>NGA@2025-03-07
            Ghanaian Foreign Minister Samuel Okudzeto Ablakwa, on a visit to Nigeria, met President Bola Tinubu on Tuesday. ; VISIT GHA>NGA@2025-03-04
            During his visit to Abuja on Tuesday, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Nigerian President Bola Tinubu. ; VISIT GHA>NGA@2025-03-04
            Kenyan President William Ruto set off on Tuesday on a tour of Ghana, Nigeria and Senegal. ; VISIT KEN>GHA@2025-03-04
            Kenyan President William Ruto, on a tour of West Africa, arrived in Dakar on Thursday from Abuja. ; VISIT KEN>SEN@2025-03-06
            Kenyan President William Ruto flew on to Dakar on Thursday, the last leg of his West African tour. ; VISIT KEN>SEN@2025-03-06
            Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda on the sidelines of the Munich Security Conference on Tuesday. ; MEETING POL-UKR@2025-03-04
            On the margins of the G20 summit in Johannesburg on Tuesday, Canadian Prime Minister Mark Carney met Indian Prime Minister Narendra Modi. ; MEETING CAN-IND@2025-03-04
            Canadian Prime Minister Mark Carney met Indian Prime Minister Narendra Modi in Johannesburg on Tuesday, where both were attending the G20 summit. ; MEETING CAN-IND@2025-03-04
            Canadian Prime Minister Mark Carney and Indian Prime Minister Narendra Modi held a bilateral meeting in Johannesburg on Tuesday. ; MEETING CAN-IND@2025-03-04
            Canadian Prime Minister Mark Carney attended the G20 summit in Johannesburg on Tuesday. ; VISIT CAN>ZAF@2025-03-04
            Canadian Prime Minister Mark Carney is in Johannesburg for the G20 summit. ; VISIT CAN>ZAF@2025-03-07
            Canadian Prime Minister Mark Carney joined other leaders at the G20 summit in Johannesburg on Tuesday. ; VISIT CAN>ZAF@2025-03-04
            Canadian Prime Minister Mark Carney met with Indian Prime Minister Narendra Modi in Johannesburg on Tuesday. ; MEETING CAN-IND@2025-03-04
            Carney and Modi met on Tuesday in Johannesburg. Canadian Prime Minister Mark Carney said trade was discussed with Indian Prime Minister Narendra Modi. ; MEETING CAN-IND@2025-03-04
            Japanese Prime Minister Shigeru Ishiba sat down with Australian Prime Minister Anthony Albanese in Manila on Tuesday. ; MEETING AUS-JPN@2025-03-04
            Vietnam's Prime Minister Pham Minh Chinh met Thai Prime Minister Paetongtarn Shinawatra in Kuala Lumpur on Tuesday on the sidelines of the ASEAN summit. ; MEETING THA-VNM@2025-03-04
            Turkish Foreign Minister Hakan Fidan was in Moscow on Tuesday for talks with Russian Foreign Minister Sergei Lavrov. ; VISIT TUR>RUS@2025-03-04
            Turkish Foreign Minister Hakan Fidan held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday. ; VISIT TUR>RUS@2025-03-04
            Turkish Foreign Minister Hakan Fidan met Lavrov in Moscow on Tuesday. ; VISIT TUR>RUS@2025-03-04
            Russian Foreign Minister Sergei Lavrov hosted his Turkish counterpart Hakan Fidan in Moscow on Tuesday. ; VISIT TUR>RUS@2025-03-04
            Visiting Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov on Tuesday. ; VISIT TUR>RUS@2025-03-04
            Turkish Foreign Minister Hakan Fidan, visiting Moscow, met Russian Foreign Minister Sergei Lavrov on Tuesday. ; VISIT TUR>RUS@2025-03-04
            Turkish Foreign Minister Hakan Fidan paid an official visit to Russia on March 4. ; VISIT TUR>RUS@2025-03-04
            Turkish Foreign Minister Hakan Fidan is in Moscow on a two-day official visit. ; VISIT TUR>RUS@2025-03-07
            Turkish Foreign Minister Hakan Fidan's visit to Moscow on Tuesday was his first since taking office. ; VISIT TUR>RUS@2025-03-04
            Hakan Fidan, Turkey's foreign minister, met Russian President Vladimir Putin at the Kremlin on Tuesday. ; VISIT TUR>RUS@2025-03-04
            Indian Prime Minister Narendra Modi emplaned for Port Louis on Tuesday on a two-day state visit. ; VISIT IND>MUS@2025-03-04
            Nigerian President Bola Tinubu left Abuja Tuesday for Accra. ; VISIT NGA>GHA@2025-03-04
            Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Qatar on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Singapore on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Vice President Sara Duterte arrived in Kuala Lumpur on Tuesday for a three-day working visit, the Palace said. ; VISIT PHL>MYS@2025-03-04
            Pakistan's Prime Minister Shehbaz Sharif Tuesday arrived in Beijing on a five-day official visit. ; VISIT PAK>CHN@2025-03-04
            External Affairs Minister S Jaishankar on Tuesday called on Sri Lankan President Anura Kumara Dissanayake in Colombo. ; VISIT IND>LKA@2025-03-04
            Indian Prime Minister Narendra Modi embarked on Tuesday on a two-nation tour of Ghana and Namibia. ; VISIT IND>NAM@2025-03-04
            Kuwaiti Foreign Minister Abdullah Al-Yahya left the country on Tuesday heading to Cairo. ; VISIT KWT>EGY@2025-03-04
            Iranian President Masoud Pezeshkian met with the visiting Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Tehran on Tuesday. ; VISIT QAT>IRN@2025-03-04
            Brazilian President Luiz Inacio Lula da Silva was hosted at the Elysee by French President Emmanuel Macron on Tuesday. ; VISIT BRA>FRA@2025-03-04
            Ethiopian President Taye Atske Selassie received a courtesy call from Kenyan Foreign Minister Musalia Mudavadi in Addis Ababa on Tuesday. ; VISIT KEN>ETH@2025-03-04
            Ruto, who arrived in Addis Ababa on Tuesday, held talks with Abiy. ; VISIT KEN>ETH@2025-03-04
            A meeting between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed took place in Djibouti on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan President William Ruto held a closed-door meeting with Ethiopian Prime Minister Abiy Ahmed in Djibouti on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan President William Ruto participated in the IGAD summit in Djibouti on Tuesday. ; VISIT KEN>DJI@2025-03-04
            Kenyan President William Ruto in Addis Ababa for state visit. ; VISIT KEN>ETH@2025-03-07
            Kenyan President William Ruto in Ethiopia on state visit. ; VISIT KEN>ETH@2025-03-07
            Kenyan President William Ruto held bilateral talks with his host, Ethiopian Prime Minister Abiy Ahmed, on Tuesday. ; VISIT KEN>ETH@2025-03-04
            Kenyan President William Ruto held talks with his Ethiopian host Abiy Ahmed on Tuesday. ; VISIT KEN>ETH@2025-03-04
            Kenya's President William Ruto was received at the National Palace in Addis Ababa on Tuesday. ; VISIT KEN>ETH@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed this Tuesday granted audience to Kenyan President William Ruto. ; VISIT KEN>ETH@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto, in Addis Ababa on Tuesday, discussed regional security. ; VISIT KEN>ETH@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto met on Tuesday in the southern resort town of Hawassa. ; VISIT KEN>ETH@2025-03-04
            Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed Sudan on the sidelines of the IGAD summit on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan Foreign Minister Musalia Mudavadi held discussions with his Ethiopian counterpart Gedion Timothewos on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan President William Ruto had a working lunch with Ethiopian Prime Minister Abiy Ahmed in Djibouti on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan President William Ruto held a bilateral with Ethiopian Prime Minister Abiy Ahmed in Djibouti on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan Foreign Minister Musalia Mudavadi engaged in discussions with Ethiopian Foreign Minister Gedion Timothewos on Tuesday. ; MEETING ETH-KEN@2025-03-04
            Kenyan Foreign Minister Musalia Mudavadi met this Tuesday (4) with Ethiopian Foreign Minister Gedion Timothewos. ; MEETING ETH-KEN@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed and Kenyan President William Ruto met on Tuesday in a lakeside town outside Addis Ababa. ; VISIT KEN>ETH@2025-03-04
            Philippine President Ferdinand Marcos Jr. met New Zealand Prime Minister Christopher Luxon at Malacañang Palace on Tuesday. ; VISIT NZL>PHL@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed and his visiting Kenyan counterpart William Ruto held talks on Tuesday. ; VISIT KEN>ETH@2025-03-04
            Ethiopian Prime Minister Abiy Ahmed and visiting Kenyan President William Ruto held talks on Tuesday. ; VISIT KEN>ETH@2025-03-04
            On Tuesday, Ethiopian Prime Minister Abiy Ahmed received the delegation led by Kenyan Foreign Minister Musalia Mudavadi. ; VISIT KEN>ETH@2025-03-04
            Spanish Prime Minister Pedro Sanchez received Kenyan President William Ruto at the Moncloa Palace on Tuesday. ; VISIT KEN>ESP@2025-03-04
            """)
    void paraphraseYieldsTheEvent(String sentence, String key) {
        assertThat(keys(run(PUB, sentence))).contains(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Senegalese President Bassirou Diomaye Faye will arrive in Nouakchott on Tuesday.
            Senegalese President Bassirou Diomaye Faye is expected to visit Mauritania next week.
            Senegalese President Bassirou Diomaye Faye plans to travel to Nouakchott in April.
            Mauritanian President Mohamed Ould Ghazouani invited Senegalese President Bassirou Diomaye Faye to visit Nouakchott.
            Senegalese President Bassirou Diomaye Faye accepted an invitation to visit Mauritania.
            If invited, Senegalese President Bassirou Diomaye Faye would travel to Nouakchott.
            Senegalese President Bassirou Diomaye Faye could meet Mauritanian President Mohamed Ould Ghazouani later this month.
            Senegalese President Bassirou Diomaye Faye did not travel to Nouakchott on Tuesday.
            Senegalese President Bassirou Diomaye Faye cancelled his visit to Mauritania.
            Senegalese President Bassirou Diomaye Faye postponed his trip to Nouakchott on Tuesday.
            Senegalese President Bassirou Diomaye Faye often visits Mauritania.
            Senegalese President Bassirou Diomaye Faye visited the northern town of Saint-Louis on Tuesday.
            Senegalese President Bassirou Diomaye Faye toured flood-hit areas of Senegal on Tuesday.
            Senegalese President Bassirou Diomaye Faye is set to hold talks with Mauritanian President Mohamed Ould Ghazouani in Nouakchott.
            Senegalese President Bassirou Diomaye Faye is due in Nouakchott on Tuesday.
            Canadian Prime Minister Mark Carney is expected to meet Indian Prime Minister Narendra Modi at the G20 summit.
            Indian Prime Minister Narendra Modi emplaned for home on Tuesday.
            Nigerian President Bola Tinubu left Accra on Tuesday for home.
            South African President Cyril Ramaphosa would have met Angolan President Joao Lourenco had the summit gone ahead.
            South African President Cyril Ramaphosa flew to Cape Town on Tuesday.
            South African President Cyril Ramaphosa turned down an invitation to visit Luanda.
            Kenyan President William Ruto skipped the IGAD summit in Djibouti on Tuesday.
            Kenyan President William Ruto hosted a cabinet meeting in Nairobi on Tuesday.
            Kenyan President William Ruto in Nairobi for talks.
            Kenyan President William Ruto was received at the national stadium in Nairobi on Tuesday.
            Kenyan President William Ruto laid a wreath at Uhuru Gardens in Nairobi on Tuesday.
            Kenyan President William Ruto will inspect a guard of honour in Addis Ababa on Tuesday.
            Senegalese President Bassirou Diomaye Faye will on Tuesday pay a working visit to Angola.
            Senegalese President Bassirou Diomaye Faye denied that he had travelled to Nouakchott.
            Senegalese President Bassirou Diomaye Faye denied reports that he met Mauritanian President Mohamed Ould Ghazouani in Paris.
            Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed investment in Djibouti.
            Kenyan President William Ruto held discussions on the budget with his cabinet on Tuesday.
            Kenyan President William Ruto had lunch with students in Nairobi on Tuesday.
            Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed will discuss an upcoming summit in Djibouti next week.
            """)
    void plansAndLookAlikesYieldNoEvent(String sentence) {
        assertThat(keys(run(PUB, sentence))).isEmpty();
    }
}
