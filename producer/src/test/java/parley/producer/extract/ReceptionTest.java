package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Receptions and courtesy calls of protocol prose: where the visitor is named, who travelled. */
class ReceptionTest {

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e) + "@" + e.date()).toList();
    }

    @Test
    void placeAndDayBetweenTheVerbAndTheVisitor() {
        assertThat(visits(run("2024-12-04", "Foreign Minister Ronald Lamola received in Cape Town on Friday Kenya's Cabinet "
                + "Secretary for Foreign Affairs, Musalia Mudavadi.")))
                .containsExactly("KEN>ZAF@2024-11-29");
        assertThat(visits(run("2024-12-04", "On November 20, Lamola received in Pretoria Mr. Antonio Guterres, the UN "
                + "Secretary-General, ahead of a conference.")))
                .containsExactly("UN>ZAF@2024-11-20");
    }

    @Test
    void possessiveCountryBeforeTheTitle() {
        assertThat(visits(run("2024-12-04", "Foreign Minister Nasser Bourita received on Wednesday Senegal's Foreign Minister Yassine Fall.")))
                .containsExactly("SEN>MAR@2024-12-04");
    }

    @Test
    void titleOfTheLongCountryNameThenTheName() {
        assertThat(visits(run("2024-12-04", "On Friday, Foreign Minister Ronald Lamola received in Cape Town the Minister of "
                + "Foreign Affairs of the Republic of Korea, Cho Tae-yul, for consultations.")))
                .containsExactly("KOR>ZAF@2024-11-29");
    }

    @Test
    void chainOfPortfoliosBeforeTheName() {
        assertThat(visits(run("2024-12-04", "The Foreign Minister received in Cape Town on Monday Ghana's Minister of State, "
                + "Minister of Foreign Affairs and Regional Integration, Shirley Ayorkor Botchwey, who is on a working visit.")))
                .containsExactly("GHA>ZAF@2024-12-02");
    }

    @Test
    void courtesyCallIsTheCallersVisit() {
        List<Event> ev = run("2024-12-04", "On Tuesday, Kenyan Foreign Minister Musalia Mudavadi paid a courtesy call on President "
                + "Paul Kagame at Village Urugwiro.");
        assertThat(visits(ev)).containsExactly("KEN>RWA@2024-12-03");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
        assertThat(visits(run("2024-12-04", "Turkish Foreign Minister Hakan Fidan received a courtesy call from Malaysian "
                + "Foreign Minister Mohamad Hasan on Monday."))).containsExactly("MYS>TUR@2024-12-02");
    }

    @Test
    void courtesyCallOfAResidentEnvoyIsNoVisit() {
        assertThat(run("2024-12-04", "The Ghanaian ambassador paid a courtesy call on President Bola Tinubu in Abuja.").stream()
                .filter(e -> e.kind() == Kind.VISIT)).isEmpty();
    }

    @Test
    void surnameFirstNamesOfForeignMinistryReleases() {
        List<Event> ev = run("2024-07-12", "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, who is visiting Thailand, held a meeting "
                + "with Mr. Maris Sangiampongsa on Monday.");
        assertThat(visits(ev)).containsExactly("JPN>THA@2024-07-08");
        assertThat(of(ev, Kind.VISIT).get(0).actor().name()).isEqualTo("Yoko Kamikawa");
    }

    @Test
    void counterpartsFromSeveralCountriesMetAtHomeEachVisited() {
        assertThat(visits(run("2024-02-22", "During the visit, Kenyan Foreign Minister Musalia Mudavadi met his counterparts from Uganda, "
                + "Tanzania and Rwanda in Nairobi on Monday.")))
                .containsExactlyInAnyOrder("UGA>KEN@2024-02-19", "TZA>KEN@2024-02-19", "RWA>KEN@2024-02-19");
        assertThat(visits(run("2024-02-22", "In Brasília, Foreign Minister Mauro Vieira held bilateral meetings on 21 February with his "
                + "counterparts from Chile, Peru and Colombia.")))
                .containsExactlyInAnyOrder("CHL>BRA@2024-02-21", "PER>BRA@2024-02-21", "COL>BRA@2024-02-21");
    }

    @Test
    void aBareCountryAsGuestStaysNoVisit() {
        assertThat(visits(run("2024-02-22", "Ghanaian Foreign Minister Shirley Ayorkor Botchwey held talks with Togo in Accra on Tuesday.")))
                .isEmpty();
    }

    @Test
    void cityNameSpellingVariants() {
        assertThat(visits(run("2024-02-22", "Foreign Minister Nasser Bourita met his counterparts from Mali and Niger in Marrakech on Monday.")))
                .containsExactlyInAnyOrder("MLI>MAR@2024-02-19", "NER>MAR@2024-02-19");
    }

    @Test
    void companionsOfATravellerMakeTheirOwnTrip() {
        assertThat(visits(run("2024-06-14", "Kenyan President William Ruto arrived in Kampala on Monday for a two-day state visit. "
                + "Foreign Minister Musalia Mudavadi, who is travelling with the president, held talks with his Ugandan counterpart on Tuesday.")))
                .containsExactlyInAnyOrder("KEN>UGA@2024-06-10", "KEN>UGA@2024-06-11");
        assertThat(visits(run("2024-06-14", "In Accra, Nigerian Foreign Minister Yusuf Tuggar, who accompanied President Bola Tinubu, "
                + "met Ghana's foreign minister on Wednesday."))).containsExactly("NGA>GHA@2024-06-12");
        assertThat(visits(run("2024-06-14", "Foreign Minister Vivian Balakrishnan, who travelled with the prime minister, held separate "
                + "talks with his Japanese counterpart on Sunday."))).containsExactly("SGP>JPN@2024-06-09");
    }

    @Test
    void aCompanionAtHomeMakesNoTrip() {
        assertThat(visits(run("2024-06-14", "Senegal's finance minister, who accompanied the prime minister, said the budget was balanced.")))
                .isEmpty();
    }

    @Test
    void aMeetingTakesThePlaceOfItsOwnClause() {
        List<Event> ev = run("2024-06-25", "President William Ruto was received by President Emmanuel Macron in Paris on Monday, the last "
                + "stop of a tour that also took him to Germany, where he met Chancellor Olaf Scholz in Berlin on Sunday.");
        assertThat(visits(ev)).containsExactlyInAnyOrder("KEN>FRA@2024-06-24", "KEN>DEU@2024-06-23");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void delegationsLedByANamedLeader() {
        assertThat(visits(run("2024-12-11", "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Monday. A Jordanian delegation led by "
                + "Foreign Minister Ayman Safadi also landed in the capital on Monday.")))
                .containsExactlyInAnyOrder("TUR>IRQ@2024-12-09", "JOR>IRQ@2024-12-09");
        assertThat(of(run("2024-12-11", "Ghanaian President John Mahama attended the inauguration in Abuja on Tuesday. The Senegalese "
                + "delegation was led by Prime Minister Ousmane Sonko."), Kind.VISIT))
                .extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactlyInAnyOrder("GHA>NGA", "SEN>NGA");
    }

    @Test
    void aDelegationLedAtHomeIsNoTrip() {
        assertThat(visits(run("2024-12-11", "The Kenyan delegation was led by Foreign Minister Musalia Mudavadi."))).isEmpty();
    }

    @Test
    void talksOnATripAreNoSeparateMeetingWhateverTheTopicsPlace() {
        List<Event> ev = run("2024-12-23", "Kenyan President William Ruto had flown to Kampala on Dec. 12 for talks with Museveni on the "
                + "war in Sudan.");
        assertThat(visits(ev)).containsExactly("KEN>UGA@2024-12-12");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void aSentenceWithATripAndALaterMeetingKeepsBoth() {
        List<Event> ev = run("2024-12-23", "Ruto last visited Kampala in January, and Ruto and Museveni met again on the margins of "
                + "the summit in Addis Ababa in November.");
        assertThat(visits(ev)).contains("KEN>UGA@2024-01-01");
        assertThat(of(ev, Kind.MEETING)).hasSize(1);
    }

    /** A country opening the sentence hosts: "Ghana on Friday hosted X"; its welcome of someone's words is no visit. */
    @Test
    void aCountryAsTheHost() {
        assertThat(visits(run("2025-05-10", "Ghana on Friday hosted Nigerian President Bola Tinubu."))).containsExactly("NGA>GHA@2025-05-09");
        assertThat(visits(run("2025-05-10", "Qatar received Iranian Foreign Minister Abbas Araghchi in Doha on Friday."))).containsExactly("IRN>QAT@2025-05-09");
        assertThat(visits(run("2025-05-10", "Japan welcomed Philippine President Ferdinand Marcos Jr.'s remarks on Friday."))).isEmpty();
        assertThat(visits(run("2025-05-10", "In Ghana, officials on Friday hosted a forum on trade."))).isEmpty();
    }

    @Test
    void organizationBeforeTheTitleIsTheVisitorsSide() {
        assertThat(visits(run("2024-03-08", "On Friday, President Alar Karis received NATO Secretary General Mark Rutte in Tallinn.")))
                .containsExactly("NATO>EST@2024-03-08");
    }

    @Test
    void hostUnknownToTheKbIsPlacedByTheCity() {
        assertThat(visits(run("2024-03-08", "On 4 March, State Secretary Jonas Berg received Deputy Foreign Minister of Ghana "
                + "Kwame Asante in Oslo.")))
                .containsExactly("GHA>NOR@2024-03-04");
        assertThat(visits(run("2024-03-08", "Deputy Minister Jonas Berg received in Oslo the Vice Minister of Foreign Affairs "
                + "of the Socialist Republic of Viet Nam, Mr Tran Van Minh, for consultations.")))
                .containsExactly("VNM>NOR@2024-03-08");
        // without a city nothing says which country received him
        assertThat(visits(run("2024-03-08", "On 4 March, State Secretary Jonas Berg received Deputy Foreign Minister of Ghana "
                + "Kwame Asante."))).isEmpty();
    }

    @Test
    void titleOfAnOrganizationThenTheName() {
        assertThat(visits(run("2025-03-08", "President Cyril Ramaphosa received the High Representative of the European Union, "
                + "Kaja Kallas, in Pretoria on Wednesday.")))
                .containsExactly("EU>ZAF@2025-03-05");
    }

    @Test
    void excellencyAbbreviationOfGulfAgencyCopy() {
        assertThat(visits(run("2024-03-08", "Amir Sheikh Tamim bin Hamad Al Thani received on Monday HE Minister of Foreign "
                + "Affairs of the Republic of Turkiye Hakan Fidan.")))
                .containsExactly("TUR>QAT@2024-03-04");
    }

    @Test
    void titleInAppositionPlacesAnUnknownVisitor() {
        assertThat(visits(run("2024-03-08", "President Cyril Ramaphosa received on Tuesday Mr Joao Baptista Mendes, Minister of "
                + "Foreign Affairs of Angola, for talks.")))
                .containsExactly("AGO>ZAF@2024-03-05");
        // an apposition without a title says nothing of his country
        assertThat(visits(run("2024-03-08", "President Cyril Ramaphosa received on Tuesday Mr Joao Baptista Mendes, a businessman "
                + "of Angola, for talks."))).isEmpty();
    }

    /** A courtesy call is a visit to the host; a country the talks were about, after the call's clause, is not where it was. */
    @Test
    void aCourtesyCallIsNotWhereItsTopicIs() {
        List<Event> ev = run("2024-03-02", "Kenya's Foreign Minister Musalia Mudavadi paid a courtesy call on President Lula da Silva "
                + "in Brasilia on 1 March, before talks at which the two discussed the conflict in Sudan.");
        assertThat(visits(ev)).containsExactly("KEN>BRA@2024-03-01");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
        List<Event> topic = run("2024-03-02", "Kenya's Foreign Minister Musalia Mudavadi paid a courtesy call on Brazilian Foreign Minister "
                + "Mauro Vieira on 1 March, before talks at which the two discussed the conflict in Sudan.");
        assertThat(visits(topic)).containsExactly("KEN>BRA@2024-03-01");
    }

    /** "the Minister of Foreign Affairs of Kyrgyzstan X": a formal title with its country before the guest's name. */
    @Test
    void formalTitleOfACountryBeforeTheGuest() {
        assertThat(visits(run("2023-11-02", "On Wednesday, President Serdar Berdimuhamedov received the Minister of Foreign "
                + "Affairs of Kyrgyzstan Jeenbek Kulubaev.")))
                .containsExactly("KGZ>TKM@2023-11-01");
        assertThat(visits(run("2023-11-02", "On Wednesday, President Serdar Berdimuhamedov received the Foreign Minister of "
                + "Kyrgyzstan Jeenbek Kulubaev.")))
                .containsExactly("KGZ>TKM@2023-11-01");
    }

    /** "received the Chinese party and government delegation led by X": past the delegation's own words to its leader. */
    @Test
    void aDelegationWithWordsOfItsOwn() {
        assertThat(visits(run("2023-07-28", "Kim Jong Un on Thursday received the Chinese party and government delegation led by "
                + "Li Hongzhong."))).containsExactly("CHN>PRK@2023-07-27");
    }

    /** "received the party and government delegation of the People's Republic of China (PRC) led by X": the country it is of. */
    @Test
    void aDelegationOfACountryLedByAnUnknownLeader() {
        assertThat(visits(run("2023-07-29", "Kim Jong Un on Friday received the party and government delegation of the People's "
                + "Republic of China (PRC) led by Li Hongzhong, vice-chairman of the Standing Committee."))).containsExactly("CHN>PRK@2023-07-28");
    }

    /** "a delegation of the Communist Party of China led by X": past the body's name to its leader, of the country it names. */
    @Test
    void aDelegationOfABodyNamingItsCountry() {
        assertThat(visits(run("2015-10-10", "Kim Jong Un on Friday received a delegation of the Communist Party of China led by Liu Yunshan.")))
                .containsExactly("CHN>PRK@2015-10-09");
    }
}
