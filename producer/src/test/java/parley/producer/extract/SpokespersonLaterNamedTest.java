package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** "a ministry spokesperson said" and, a few sentences on, the named spokesperson: one statement, the named one's. */
class SpokespersonLaterNamedTest {

    @Test
    void theAnonymousSpokespersonIsTheOneNamedTwoSentencesLater() {
        List<Event> ev = run("2025-03-04", "Japan's naval exercise with the Philippines harms regional stability, a Chinese foreign ministry "
                + "spokesperson said on Monday. Spokesperson Mao Ning made the remarks when asked about the exercise. "
                + "\"Countries in the region want calm waters,\" Mao told a daily news briefing.");
        assertThat(of(ev, Kind.STATEMENT)).singleElement().satisfies(e -> assertThat(e.actor().name()).isEqualTo("Mao Ning"));
    }
}
