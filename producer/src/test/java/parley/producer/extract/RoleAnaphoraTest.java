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
}
