package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** "is to attend", "are also to meet": an arrangement is no event yet. */
class ArrangementTest {

    @Test
    void isAlsoToAttendAMeetingIsAPlan() {
        List<Event> ev = run("2024-11-05", "Besides his talks in Tashkent, the German foreign minister is also to attend a joint ministerial "
                + "meeting with the foreign ministers of Kazakhstan, Kyrgyzstan and Tajikistan.");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void aMeetingThatHappenedInTheNextClauseStillCounts() {
        List<Event> ev = run("2024-11-05", "The talks are to continue next month, and on Monday Kazakh Foreign Minister Murat Nurtleu "
                + "met Kyrgyz Foreign Minister Jeenbek Kulubaev in Geneva.");
        assertThat(of(ev, Kind.MEETING)).extracting(e -> e.actor().country() + "-" + e.counterpart().country()).containsExactly("KAZ-KGZ");
    }
}
