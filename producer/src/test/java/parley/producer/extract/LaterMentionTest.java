package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** Issue #14 class 8: later mentions of a person named before ("Mr Lee", a bare surname, a transliteration). */
class LaterMentionTest {

    private static List<String> speakers(String text) { return ExtractorTestSupport.speakers("2025-05-10", text); }

    @Test
    void aFamilyNameWrittenFirstNamesThePersonLater() {
        // Korean and Chinese names put the family name first: "Mr Lee" and "President Lee" are Lee Jae-myung, not the other party
        assertThat(speakers("Kenyan President William Ruto met South Korean President Lee Jae-myung in Seoul on Friday. "
                + "President Lee said Korea would invest in Kenya.")).containsExactly("KOR:Lee Jae-myung");
        assertThat(speakers("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday. "
                + "Mr Lee said the two countries must cooperate.")).containsExactly("KOR:Lee Jae-myung");
    }

    @Test
    void aBareSurnameAndATransliteration() {
        assertThat(speakers("Peruvian Foreign Minister Elmer Schialer met Bolivian Foreign Minister Celinda Sosa in Lima on Thursday. "
                + "Schialer said both countries would reopen the border.")).containsExactly("PER:Elmer Schialer");
        assertThat(speakers("Egyptian President Abdel Fattah el-Sisi met Jordan's King Abdullah II in Cairo on Friday. "
                + "Al-Sisi said the war in Gaza must end.")).extracting(s -> s.substring(0, 4)).containsExactly("EGY:");
        List<Event> ev = run("2025-05-10", "Ukrainian President Volodymyr Zelensky arrived in Warsaw on Thursday. Zelenskyy said Poland was a true friend.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country()).containsExactly("UKR");
    }

    @Test
    void aBareSurnameIsThePersonNamedBeforeNotAnOfficeHolderOfThatSurname() {
        // Finland's president is Alexander Stubb; the councillor is someone else and has no country from the KB
        assertThat(speakers("Councillor Anna Stubb spoke at the town hall on Friday. Stubb said the bridge would reopen in June."))
                .noneMatch(s -> s.startsWith("FIN:"));
        assertThat(speakers("Finnish President Alexander Stubb arrived in Oslo on Friday. Stubb said Nordic unity mattered."))
                .containsExactly("FIN:Alexander Stubb");
    }

    @Test
    void spellingToleranceDoesNotMergeTwoPeople() {
        // "Li Ming" is not the KB's "Li Jiming": the j of "Ji" is a letter of its own, not the Dutch "ij"
        assertThat(of(run("2025-05-10", "BEIJING - Foreign ministry spokesman Li Ming said on Friday that China opposed the sanctions."), Kind.STATEMENT))
                .extracting(e -> e.actor().name()).containsExactly("Li Ming");
    }

    @Test
    void aWeekdayAfterTheFirstNameDoesNotLoseThePerson() {
        // wire style puts the day right after the name; the later "the Ghanaian leader" is still that person
        List<Event> ev = run("2025-05-10", "President John Mahama Thursday flew to Lome for a regional summit. "
                + "In Lome, the Ghanaian leader met with his Togolese counterpart, Faure Gnassingbe.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ":" + e.actor().name()).containsExactly("GHA:John Mahama");
    }

    @Test
    void aCounterpartTitleNamesThePersonAfterIt() {
        List<Event> ev = run("2025-05-10", "Foreign Minister Ahmed Attaf holds talks with his Tunisian counterpart Mohamed Ali Nafti in Algiers, May 9, 2025.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ":" + e.actor().name()).containsExactly("TUN:Mohamed Ali Nafti");
    }

    @Test
    void aTwoLetterFamilyNameNamesThePersonMetBefore() {
        assertThat(speakers("Chinese Vice Premier Ma Kai met Brazilian Foreign Minister Mauro Vieira in Beijing on Friday. "
                + "Ma said China would buy more soybeans.")).containsExactly("CHN:Ma Kai");
        // a two-letter word the document has not met names nobody
        assertThat(speakers("Brazilian Foreign Minister Mauro Vieira arrived in Beijing on Friday. Ma said China would buy more soybeans."))
                .isEmpty();
    }

    @Test
    void aPersonAQuoteTalksAboutIsNotTheNextHe() {
        // the quote runs over two sentences; "he" after it is its speaker, not the person the quote praises
        assertThat(speakers("Latvian Foreign Minister Baiba Braze arrived in Vilnius on Friday.\n\n"
                + "\"I have known Mr Sikorski for years and we work closely together. Mr Sikorski is a friend of the Baltic states,\" "
                + "she said in a statement.")).extracting(s -> s.substring(0, 4)).containsExactly("LVA:");
    }
}
