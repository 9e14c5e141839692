package parley.producer.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import parley.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorPropertiesTest {
    private static final LocalDate PUB = LocalDate.of(2024, 8, 7);

    @Property(tries = 300)
    void neverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 400) String text) {
        List<Event> ev = Extractors.standard().extract(new Article("p", null, null, PUB, null, text));
        assertThat(ev).isNotNull();
    }

    @Property(tries = 200)
    void neverThrowsOnWordSalad(@ForAll("salad") String text) {
        List<Event> ev = Extractors.standard().extract(new Article("p", null, null, PUB, null, text));
        for (Event e : ev) {
            assertThat(e.date()).isBeforeOrEqualTo(PUB.plusDays(1));
            assertThat(e.actor().country()).isNotBlank();
            assertThat(e.id()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> salad() {
        Arbitrary<String> word = Arbitraries.of("President", "Putin", "visited", "Baku", "met", "with", "his", "Azeri", "counterpart",
                "on", "Monday", "said", "the", "following", "day", "in", "Kenya", "\"", ",", ".", "\n", "will", "phone", "call",
                "according", "to", "Ministry", "of", "Foreign", "Affairs", "received", "by", "was", "October", "2-3", "25.04.2024",
                "he", "she", "von", "der", "Leyen", "Naryskin", "’s", "'s", "(SVR)", "Speaking", "at", "summit", "Astana", "U.S.");
        return word.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 100)
    void datesNeverAfterPublication(@ForAll("dateText") String s) {
        for (Dates.Mention m : Dates.find(s, PUB, null)) assertThat(m.date()).isBeforeOrEqualTo(PUB.plusDays(1));
    }

    @Provide
    Arbitrary<String> dateText() {
        Arbitrary<String> month = Arbitraries.of("January", "March", "June", "August", "September", "December");
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
        Arbitrary<String> wd = Arbitraries.of("on Monday", "on Friday", "last Sunday", "yesterday", "the following day", "in 2030", "in 1850");
        return net.jqwik.api.Combinators.combine(month, day, wd).as((m, d, w) -> "on " + m + " " + d + " and " + w);
    }
}
