package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Lists and groups of parties in meetings, calls and visits: each listed party is an event of its own. */
class ListedPartiesTest {

    private static List<String> pairs(List<Event> ev, Kind k) {
        return of(ev, k).stream().map(e -> e.actor().country() + "-" + e.counterpart().country()).toList();
    }

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e)).toList();
    }

    @Test
    void listInAppositionToAGroupPhrase() {
        List<Event> ev = run("2025-04-10", "On Wednesday, Indian Prime Minister Narendra Modi spoke with two of Europe's longest-serving leaders, "
                + "Hungarian Prime Minister Viktor Orban and Polish President Andrzej Duda, about energy.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("IND-HUN", "IND-POL");
    }

    @Test
    void listAfterAColonOrIncluding() {
        assertThat(visits(run("2025-04-10", "Brazilian President Luiz Inacio Lula da Silva met three visiting leaders in Brasilia on Monday: "
                + "Chilean President Gabriel Boric, Colombian President Gustavo Petro and Argentine President Javier Milei.")))
                .containsExactlyInAnyOrder("CHL>BRA", "COL>BRA", "ARG>BRA");
        assertThat(visits(run("2025-04-10", "Brazilian President Luiz Inacio Lula da Silva hosted three leaders on Monday: "
                + "Chilean President Gabriel Boric, Colombian President Gustavo Petro and Argentine President Javier Milei.")))
                .containsExactlyInAnyOrder("CHL>BRA", "COL>BRA", "ARG>BRA");
        assertThat(pairs(run("2025-04-10", "Kenyan President William Ruto held talks with several African leaders on Friday, including "
                + "Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye."), Kind.MEETING))
                .containsExactlyInAnyOrder("KEN-GHA", "KEN-SEN");
    }

    @Test
    void aGroupWithItsCountriesStaysThatGroup() {
        // "ministers from A, B and C" names the countries: no person list starts after their comma
        assertThat(pairs(run("2025-04-10", "Japanese Foreign Minister Takeshi Iwaya met ministers from Fiji, Samoa and Tonga on Tuesday."),
                Kind.MEETING)).containsExactlyInAnyOrder("JPN-FJI", "JPN-WSM", "JPN-TON");
        // a clause after the group's comma is no list of its members, nor is its subject the party
        assertThat(pairs(run("2025-04-10", "Japanese Foreign Minister Takeshi Iwaya spoke with Pacific leaders on Tuesday, "
                + "Fijian Prime Minister Sitiveni Rabuka said."), Kind.CALL)).isEmpty();
    }

    @Test
    void membersNamedInTheNextSentence() {
        List<Event> ev = run("2025-04-10", "Spanish Prime Minister Pedro Sanchez held a video call on Tuesday with Baltic leaders. "
                + "The leaders included Estonian Prime Minister Kristen Michal, Latvian Prime Minister Evika Silina and Lithuanian President Gitanas Nauseda.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("ESP-EST", "ESP-LVA", "ESP-LTU");
        assertThat(of(ev, Kind.CALL)).allSatisfy(e -> assertThat(e.date()).hasToString("2025-04-08"));
    }

    @Test
    void membersOfATalkInTheHostsCapitalAreItsVisitors() {
        List<Event> ev = run("2025-04-10", "Italian Prime Minister Giorgia Meloni held talks in Rome on Monday with Balkan leaders. "
                + "Among the participants were Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama.");
        assertThat(visits(ev)).containsExactlyInAnyOrder("SRB>ITA", "ALB>ITA");
    }

    @Test
    void noMembersUnlessTheNextSentenceListsThem() {
        assertThat(pairs(run("2025-04-10", "Spanish Prime Minister Pedro Sanchez held a video call on Tuesday with Baltic leaders. "
                + "The leaders were worried about Russia, Estonian Prime Minister Kristen Michal told reporters."), Kind.CALL)).isEmpty();
        // two sentences later the list is about something else
        assertThat(pairs(run("2025-04-10", "Spanish Prime Minister Pedro Sanchez held a video call on Tuesday with Baltic leaders. "
                + "Energy was the main topic. Participants at a later forum included Estonian Prime Minister Kristen Michal."), Kind.CALL)).isEmpty();
    }

    @Test
    void separatelyWithASecondParty() {
        List<Event> ev = run("2025-04-10", "Canadian Prime Minister Mark Carney spoke with Mexican President Claudia Sheinbaum and, separately, "
                + "with Japanese Prime Minister Shigeru Ishiba on Thursday.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("CAN-MEX", "CAN-JPN");
    }

    @Test
    void aBareTitleReadAsItsOwnCounterpartIsNoSubject() {
        // "The President" resolved to the president named after it cannot have called himself, nor the others then
        assertThat(pairs(run("2025-04-10", "The President spoke with French President Emmanuel Macron and, separately, "
                + "with German Chancellor Friedrich Merz on Thursday."), Kind.CALL)).doesNotContain("FRA-DEU", "DEU-FRA");
    }

    @Test
    void placesWithTheInAList() {
        assertThat(visits(run("2025-04-10", "New Zealand Foreign Minister Winston Peters visited Fiji, the Solomon Islands and Vanuatu last week.")))
                .containsExactlyInAnyOrder("NZL>FJI", "NZL>SLB", "NZL>VUT");
        // "the" after a comma alone opens an apposition: "Greenland, the Denmark-ruled island" is no visit to Denmark
        assertThat(visits(run("2025-04-10", "Norwegian Prime Minister Jonas Gahr Store visited Greenland, the Denmark-ruled island, "
                + "and Iceland on Monday."))).containsExactlyInAnyOrder("NOR>GRL", "NOR>ISL");
    }

    @Test
    void membersNamedWithTheirCountryAfterTheName() {
        List<Event> ev = run("2025-04-10", "Qatar's Emir Sheikh Tamim bin Hamad Al Thani held phone calls on Wednesday with several leaders, including "
                + "President Recep Tayyip Erdogan of Turkey, President Emmanuel Macron of France and Canada's Prime Minister Mark Carney.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("QAT-TUR", "QAT-FRA", "QAT-CAN");
    }

    @Test
    void phoneDiscussionsWithTheLeadersOfSeveralCountries() {
        List<Event> ev = run("2025-04-10", "It is to be recalled that Kenyan President William Ruto held phone discussions on Monday "
                + "with the leaders of Uganda, Tanzania and Rwanda.");
        assertThat(pairs(ev, Kind.CALL)).containsExactlyInAnyOrder("KEN-UGA", "KEN-TZA", "KEN-RWA");
    }

    @Test
    void videoMeetingsAndConferenceCallsAreCalls() {
        assertThat(pairs(run("2025-04-10", "Chinese President Xi Jinping held a virtual meeting on Tuesday with European leaders, including "
                + "French President Emmanuel Macron and German Chancellor Friedrich Merz."), Kind.CALL)).containsExactlyInAnyOrder("CHN-FRA", "CHN-DEU");
        assertThat(pairs(run("2025-04-10", "Chinese President Xi Jinping spoke on a conference call on Tuesday with French President "
                + "Emmanuel Macron and British Prime Minister Keir Starmer."), Kind.CALL)).containsExactlyInAnyOrder("CHN-FRA", "CHN-GBR");
        assertThat(pairs(run("2025-04-10", "Chinese President Xi Jinping held a video meeting with French President Emmanuel Macron on Tuesday."),
                Kind.CALL)).containsExactly("CHN-FRA");
    }

    @Test
    void aTopicBetweenTheTalkAndItsParties() {
        assertThat(pairs(run("2025-04-10", "Indonesian President Prabowo Subianto had a short conversation about fisheries with the leaders "
                + "of Australia and New Zealand on Friday."), Kind.MEETING)).containsExactlyInAnyOrder("IDN-AUS", "IDN-NZL");
    }

    @Test
    void aTelephonicConversationIsACall() {
        assertThat(pairs(run("2025-04-10", "Pakistani Prime Minister Shehbaz Sharif held a telephonic conversation on Sunday with "
                + "Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev."), Kind.CALL))
                .containsExactlyInAnyOrder("PAK-TUR", "PAK-AZE");
    }

    @Test
    void eachPartyOnItsOwnDay() {
        List<Event> ev = run("2025-04-12", "Chinese President Xi Jinping held talks with French President Emmanuel Macron on Monday "
                + "and with German Chancellor Friedrich Merz on Thursday.");
        assertThat(of(ev, Kind.MEETING)).extracting(e -> e.counterpart().country() + "@" + e.date())
                .containsExactlyInAnyOrder("FRA@2025-04-07", "DEU@2025-04-10");
    }

    @Test
    void everySubjectOfAListMeetsTheObject() {
        assertThat(visits(run("2025-04-10", "Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II and Saudi Crown Prince "
                + "Mohammed bin Salman held talks with French President Emmanuel Macron in Paris on Monday.")))
                .containsExactlyInAnyOrder("EGY>FRA", "JOR>FRA", "SAU>FRA");
    }

    @Test
    void aGroupAndOneMore() {
        assertThat(pairs(run("2025-04-10", "Japanese Prime Minister Shigeru Ishiba also met the leaders of Laos and Cambodia, as well as "
                + "Indian Prime Minister Narendra Modi, on the sidelines of the summit on Monday."), Kind.MEETING))
                .containsExactlyInAnyOrder("JPN-LAO", "JPN-KHM", "JPN-IND");
    }

    @Test
    void aCountryNameAmongDemonymsSharingAHead() {
        assertThat(pairs(run("2025-04-10", "French President Emmanuel Macron held a phone call on Monday with the Egyptian, Jordanian and "
                + "Saudi leaders."), Kind.CALL)).containsExactlyInAnyOrder("FRA-EGY", "FRA-JOR", "FRA-SAU");
    }

    @Test
    void theseIncludedAfterMeetingsWithSeveralLeaders() {
        List<Event> ev = run("2025-04-10", "Malaysian Prime Minister Anwar Ibrahim held bilateral meetings with several other leaders on the "
                + "sidelines on Sunday. These included Thai Prime Minister Paetongtarn Shinawatra and Vietnamese Prime Minister Pham Minh Chinh.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("MYS-THA", "MYS-VNM");
    }

    @Test
    void laterWithASecondPartyAfterTheFirstOnesDay() {
        assertThat(pairs(run("2025-04-12", "Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron on Monday, "
                + "and later with German Chancellor Friedrich Merz."), Kind.CALL)).containsExactlyInAnyOrder("CHN-FRA", "CHN-DEU");
        // without a "with" the party after "and" opens a clause of its own
        assertThat(pairs(run("2025-04-12", "Chinese President Xi Jinping met French President Emmanuel Macron on Monday and German "
                + "Chancellor Friedrich Merz said he was pleased."), Kind.MEETING)).containsExactly("CHN-FRA");
    }

    @Test
    void guestsOfAHostNamedInTheNextSentence() {
        List<Event> ev = run("2025-04-10", "German Chancellor Friedrich Merz hosted Nordic leaders in Berlin on Tuesday. "
                + "The leaders included Swedish Prime Minister Ulf Kristersson and Finnish President Alexander Stubb.");
        assertThat(visits(ev)).containsExactlyInAnyOrder("SWE>DEU", "FIN>DEU");
    }

    @Test
    void amongThoseHeMetWere() {
        List<Event> ev = run("2025-04-10", "Indian External Affairs Minister S. Jaishankar held several bilateral meetings in New York on Tuesday. "
                + "Among the ministers he met were Australian Foreign Minister Penny Wong and Japanese Foreign Minister Takeshi Iwaya.");
        assertThat(pairs(ev, Kind.MEETING)).containsExactlyInAnyOrder("IND-AUS", "IND-JPN");
    }
}
