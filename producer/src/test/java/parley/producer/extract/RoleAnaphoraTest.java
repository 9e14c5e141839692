package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** A title without a name refers back to a person already named, not forward to one the same sentence introduces later. */
class RoleAnaphoraTest {

    private static List<String> visits(List<Event> ev) {
        return of(ev, Kind.VISIT).stream().map(e -> e.actor().name() + ":" + e.actor().country() + ">" + hostOf(e)).toList();
    }

    @Test
    void theTitleIsTheEarlierPersonNotTheOneMetLater() {
        List<Event> ev = run("2025-06-10", "Kenyan President William Ruto spoke in Nairobi on Monday about trade.\n\n"
                + "The president travelled to Tokyo in May for the expo, where he met President Lee Jae-myung of South Korea.");
        assertThat(visits(ev)).contains("William Ruto:KEN>JPN").noneMatch(v -> v.startsWith("Lee Jae-myung"));
    }

    /** A name right after the rest of the title is the title's own apposition. */
    @Test
    void aNameAfterTheRestOfTheTitleIsItsApposition() {
        List<Event> ev = run("2025-05-15", "President Abdelmadjid Tebboune received on Wednesday in Algiers the Minister of Foreign Affairs "
                + "and Cooperation of Mauritania, Mr Mohamed Salem Ould Merzoug.");
        assertThat(visits(ev)).containsExactly("Mohamed Salem Ould Merzoug:MRT>DZA");
    }

    /** A role of another country after "X," is not X's apposition but the subject of the main clause. */
    @Test
    void aRoleOfAnotherCountryAfterACommaIsNotTheNameBeforeIt() {
        List<Event> ev = run("2025-05-15", "Brazilian Foreign Minister Mauro Vieira arrived in Lima on Tuesday.\n\n"
                + "After talks with Peruvian Foreign Minister Elmer Schialer, the Brazilian minister said trade would double.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().name() + ":" + e.actor().country()).containsExactly("Mauro Vieira:BRA");
    }

    /** "the visiting minister" is the guest, though the host minister was named more recently. */
    @Test
    void theVisitingMinisterIsTheGuestNotTheHost() {
        List<Event> ev = run("2025-05-15", "Chilean Foreign Minister Alberto van Klaveren arrived in Canberra on Monday for a three-day visit.\n\n"
                + "He held talks with Australian Trade Minister Don Farrell on Tuesday.\n\n"
                + "The visiting minister told reporters that Chile wanted more Australian investment in lithium.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().country()).doesNotContain("AUS");
    }

    /** "his host" is the person named last of the country visited. */
    @Test
    void hisHostIsThePersonOfTheCountryVisited() {
        List<Event> ev = run("2025-05-15", "Ghanaian President John Mahama arrived in Abuja on Monday for a two-day visit.\n\n"
                + "He held talks with Nigerian President Bola Tinubu on Tuesday.\n\n"
                + "His host said Nigeria would supply more gas to Ghana.");
        assertThat(of(ev, Kind.STATEMENT)).extracting(e -> e.actor().name() + ":" + e.actor().country()).containsExactly("Bola Tinubu:NGA");
    }

    @Test
    void theTitleTheTextGaveIsTheOfficeWhileOthersOverlap() {
        // Manmohan Singh was prime minister and, for a while, also held a ministry: "the Prime Minister" is still he
        List<Event> ev = run("2009-12-01", "Indian Prime Minister Manmohan Singh chaired a cabinet meeting on Monday.\n\n"
                + "U.S. President Barack Obama called the Prime Minister this morning.");
        assertThat(of(ev, Kind.CALL)).singleElement().satisfies(e -> {
            assertThat(e.actor().country()).isEqualTo("USA");
            assertThat(e.counterpart().name()).isEqualTo("Manmohan Singh");
        });
        // a title the document never named is nobody to call
        assertThat(of(run("2009-12-01", "U.S. President Barack Obama called the Prime Minister this morning."), Kind.CALL)).isEmpty();
    }

    @Test
    void theTwoLeadersAreTheTwoTheStoryJustNamed() {
        List<Event> ev = run("2023-08-09", "Kenyan President William Ruto thanked Egyptian President Abdel Fattah al-Sisi for his support "
                + "on Sudan.\n\nThe two leaders engaged in a telephone conversation on Tuesday.");
        assertThat(of(ev, Kind.CALL)).singleElement().satisfies(e -> assertThat(java.util.Set.of(e.actor().country(),
                e.counterpart().country())).containsExactlyInAnyOrder("KEN", "EGY"));
        assertThat(of(run("2023-08-09", "Kenyan President William Ruto thanked Egyptian President Abdel Fattah al-Sisi for his support. "
                + "They spoke by phone on Tuesday."), Kind.CALL)).hasSize(1);
        // a plan of theirs is no event, and with one party named there is no pair
        assertThat(of(run("2023-08-09", "Ruto said the two leaders would meet again next year."), Kind.MEETING)).isEmpty();
        assertThat(of(run("2023-08-09", "Kenyan President William Ruto spoke in Nairobi.\n\nThe two leaders held talks on Tuesday."),
                Kind.MEETING)).isEmpty();
    }

    /** "Repeatedly expressing gratitude to the respected Comrade X, he ...": X is in the opening clause; "he" is the story's subject. */
    @Test
    void heAfterAnOpeningParticipleClause() {
        List<Event> ev = run("2023-07-29", "North Korean leader Kim Jong Un received a Chinese delegation led by Li Hongzhong on Friday.\n\n"
                + "Repeatedly expressing gratitude to the respected Comrade Xi Jinping for dispatching the delegation, he extended thanks "
                + "to the Chinese people.\n\nHe said that the Korean people would always remember the feats of the volunteers.");
        assertThat(of(ev, Kind.STATEMENT)).isNotEmpty().allSatisfy(e -> assertThat(e.actor().country()).isEqualTo("PRK"));
    }

    /** "At his meeting with X on Saturday, Minister Y offered ...": "his" looks ahead to the main clause's subject, not the one met. */
    @Test
    void hisAheadIsTheSubjectNotTheOneMet() {
        List<Event> ev = run("2021-12-12", "At his meeting with Annalena Baerbock of Germany on Saturday, Japanese Foreign Minister "
                + "Yoshimasa Hayashi offered his congratulations.");
        assertThat(of(ev, Kind.MEETING)).singleElement().satisfies(e -> assertThat(e.actor().country()).isEqualTo("JPN"));
    }
}
