package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** A later mention by one name that the gazetteer also has as a city ("Mao" is a town in the Dominican Republic). */
class SurnameCityTest {

    @Test
    void aFamilyNameThatIsACityIsThePersonMetBefore() {
        List<Event> ev = run("2025-03-04", "Foreign ministry spokesperson Mao Ning held a briefing on Monday. "
                + "\"Dialogue is the only way out,\" Mao said.");
        assertThat(of(ev, Kind.STATEMENT)).singleElement().satisfies(e -> assertThat(e.actor().name()).isEqualTo("Mao Ning"));
    }

    @Test
    void afterAPrepositionOfPlaceItStaysTheCity() {
        List<Event> ev = run("2025-03-04", "Foreign ministry spokesperson Mao Ning held a briefing on Monday. "
                + "Colombian President Gustavo Petro travelled to Mao on Sunday.");
        assertThat(of(ev, Kind.VISIT)).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Mao");
            assertThat(e.place().country()).isEqualTo("DOM");
        });
    }
}
