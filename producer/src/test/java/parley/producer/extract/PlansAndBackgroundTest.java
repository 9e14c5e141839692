package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Issue #14 class 6: plans are no events; background keeps its own date; a period's start is not an event's day. */
class PlansAndBackgroundTest {

    private static List<String> keys(String pub, String text) {
        return run(pub, text).stream().map(Event::eventKey).toList();
    }

    @Test
    void plansAreNoEvents() {
        assertThat(run("2025-03-07", "Kenyan President William Ruto will visit Uganda next week.")).isEmpty();
        assertThat(run("2025-03-07", "Indonesian President Prabowo Subianto is scheduled to travel to India on Sunday.")).isEmpty();
        assertThat(run("2025-03-07", "The Egyptian president is due to receive his Kenyan counterpart in Cairo on Sunday.")).isEmpty();
        assertThat(run("2025-03-07", "South African President Cyril Ramaphosa invited Nigerian President Bola Tinubu to visit Pretoria.")).isEmpty();
    }

    @Test
    void aVerbAfterAndSharesTheFirstVerbsModal() {
        assertThat(run("2024-07-15", "German Chancellor Olaf Scholz will travel to South Africa on Monday, where he will give a lecture at a "
                + "university and also meet with President Cyril Ramaphosa.")).isEmpty();
        assertThat(run("2024-07-15", "Kenyan President William Ruto is expected to attend the summit in Addis Ababa and meet "
                + "Ethiopian Prime Minister Abiy Ahmed.")).isEmpty();
        // the same sentence told as past: the trip and the talks happened
        assertThat(keys("2024-07-15", "German Chancellor Olaf Scholz traveled to South Africa on Monday, where he gave a lecture at a "
                + "university and also met with President Cyril Ramaphosa.")).containsExactly("VISIT|DEU|ZAF|2024-07-15");
    }

    @Test
    void sinceGivesNoDateEvenRightBeforeTheEventsDay() {
        assertThat(keys("2025-03-07", "Chinese Foreign Minister Wang Yi and Japanese Foreign Minister Takeshi Iwaya held their first formal "
                + "talks since 2018 on Thursday in Beijing.")).containsExactly("VISIT|JPN|CHN|2025-03-06");
        assertThat(keys("2025-03-07", "Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Geneva on Thursday, "
                + "their first formal talks since 2018.")).containsExactly("MEETING|CHN|JPN|2025-03-06");
    }

    @Test
    void aSinceClausesDateBelongsToTheClause() {
        // the visit is the current one; March is when the host took office
        assertThat(keys("2024-11-22", "Chilean President Gabriel Boric arrived in Asuncion on Thursday. Boric's visit to Paraguay is the "
                + "first since Santiago Pena took over the presidency in August last year."))
                .containsExactly("VISIT|CHL|PRY|2024-11-21");
        // an event inside the since-clause keeps the clause's date
        assertThat(keys("2024-11-22", "Chilean President Gabriel Boric and Paraguayan President Santiago Pena have not sat at the same "
                + "table since their meeting in Brasilia in May 2023.")).contains("MEETING|CHL|PRY|2023-05-01");
    }

    @Test
    void anEarlierTripKeepsItsOwnDate() {
        assertThat(keys("2025-03-07", "Brazilian President Lula met Argentine President Javier Milei in Montevideo on Friday. "
                + "Lula had visited Buenos Aires in July 2023."))
                .contains("MEETING|ARG|BRA|2025-03-07", "VISIT|BRA|ARG|2023-07-01");
    }

    @Test
    void aRelativeClausesFutureIsNotTheEventsPlan() {
        assertThat(keys("2024-06-28", "On Tuesday, Serbian President Aleksandar Vucic spoke by phone with Hungarian Prime Minister Viktor Orban, "
                + "who will take over the rotating EU Council presidency on July 1.")).containsExactly("CALL|HUN|SRB|2024-06-25");
        assertThat(keys("2024-06-28", "Serbian President Aleksandar Vucic will speak by phone with Hungarian Prime Minister Viktor Orban on Friday."))
                .isEmpty();
    }

    @Test
    void aRelativeClausesDateStaysInTheClause() {
        // the trip in the relative clause keeps February; the main clause's meeting is Friday's
        assertThat(keys("2025-05-10", "Peruvian Foreign Minister Elmer Schialer, who visited Brasilia in February, met Chilean Foreign Minister "
                + "Alberto van Klaveren in Lima on Friday.")).containsExactlyInAnyOrder("VISIT|PER|BRA|2025-02-01", "VISIT|CHL|PER|2025-05-09");
        assertThat(keys("2025-05-10", "Nepal's prime minister, whose last trip abroad was to India in March, arrived in Beijing on Tuesday."))
                .contains("VISIT|NPL|CHN|2025-05-06");
    }

    @Test
    void theMonthMayIsNoModal() {
        assertThat(keys("2025-05-10", "Kazakh President Kassym-Jomart Tokayev on May 9 received Turkish President Recep Tayyip Erdogan in Astana."))
                .containsExactly("VISIT|TUR|KAZ|2025-05-09");
        assertThat(run("2025-05-10", "Kazakh President Kassym-Jomart Tokayev may receive Turkish President Recep Tayyip Erdogan in Astana.")).isEmpty();
    }

    @Test
    void aTripToAttendAMeetingGoesWhereTheSentenceSays() {
        // the story's venue (Beijing) is not where a sentence that names its own destination went
        assertThat(keys("2025-06-07", "Chinese President Xi Jinping hosted the SCO summit in Beijing on Thursday. "
                + "Earlier, the Pakistani foreign minister visited Astana on 20 May to attend the meeting of the SCO foreign ministers."))
                .contains("VISIT|PAK|KAZ|2025-05-20").doesNotContain("VISIT|PAK|CHN|2025-05-20");
    }

    /** "the last sitting U.S. president to visit Argentina in 1997": the infinitive after an ordinal is a fact; "will be the first" a plan. */
    @Test
    void theFirstOrLastToVisit() {
        assertThat(keys("2023-09-10", "Bill Clinton was the last sitting U.S. president to visit Argentina in 1997."))
                .containsExactly("VISIT|USA|ARG|1997-01-01");
        assertThat(keys("2024-08-22", "Indian Prime Minister Narendra Modi became the first Indian prime minister to visit Poland in "
                + "45 years on Wednesday.")).containsExactly("VISIT|IND|POL|2024-08-21");
        assertThat(keys("2024-08-20", "Indian Prime Minister Narendra Modi will be the first Indian prime minister to visit Poland in 45 years.")).isEmpty();
        assertThat(keys("2024-08-20", "Indian Prime Minister Narendra Modi plans to visit Poland next week.")).isEmpty();
    }
}
