package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** A visit told as a stay ("is now in Fiji for ...") or a stop-over, and the meeting with the host that belongs to it. */
class StayAndStopoverTest {

    @Test
    void nowInACountryForAVisitIsAVisit() {
        List<Event> ev = run("2024-08-14", "Tongan Prime Minister Siaosi Sovaleni is now in Samoa for his first official visit to the country. "
                + "Sovaleni on Tuesday met with his Samoan counterpart Fiame Naomi Mataafa.");
        assertThat(of(ev, Kind.VISIT)).singleElement().satisfies(e -> {
            assertThat(e.actor().country()).isEqualTo("TON");
            assertThat(hostOf(e)).isEqualTo("WSM");
        });
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void nowInACountryWithoutAPurposeIsNoVisit() {
        List<Event> ev = run("2024-08-14", "The former Tongan Prime Minister Siaosi Sovaleni is now in Samoa, his office said.");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
    }

    @Test
    void aStopOverToMeetTheHostIsAVisit() {
        List<Event> ev = run("2024-08-14", "Australian Foreign Minister Penny Wong made a brief stop-over in Port Vila on Tuesday to meet Vanuatu's prime minister.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("AUS>VUT");
    }

    @Test
    void daysSpentInACountryAreAVisitThatHoldsItsMeeting() {
        List<Event> ev = run("2024-08-14", "New Zealand's Foreign Minister Winston Peters flew home on Wednesday after spending two days "
                + "in Samoa. He also met Samoan Prime Minister Fiame Naomi Mataafa.");
        assertThat(of(ev, Kind.VISIT)).extracting(e -> e.actor().country() + ">" + hostOf(e)).containsExactly("NZL>WSM");
        assertThat(of(ev, Kind.MEETING)).isEmpty();
    }

    @Test
    void moneySpentInACountryIsNoStay() {
        List<Event> ev = run("2024-08-14", "New Zealand's Foreign Minister Winston Peters said his country spent millions in Samoa.");
        assertThat(of(ev, Kind.VISIT)).isEmpty();
    }
}
