package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.DatePrecision;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    private static final LocalDate PUB = LocalDate.of(2024, 8, 7);   // a Wednesday

    private static Dates.Mention one(String s) {
        return one(s, PUB, null);
    }

    private static Dates.Mention one(String s, LocalDate pub, LocalDate anchor) {
        List<Dates.Mention> l = Dates.find(s, pub, anchor);
        assertThat(l).as(s).hasSize(1);
        return l.get(0);
    }

    /** "In 2013, during his visit ...": a year opening the sentence is capitalised like any first word. */
    @Test
    void aYearOpeningTheSentence() {
        Dates.Mention m = one("In 2013, during his visit to Tanzania, he put forth a principle.");
        assertThat(m.date()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(m.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(one("Since 2019, the two sides have met often.").date()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void monthDayWithoutYearIsInThePublicationYearUnlessLater() {
        assertThat(one("He arrived on August 6.").date()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(one("They signed it on February 22.").date()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(one("They met on December 20.").date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(one("on 5 March 2019 in Baku").date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(one("on July 18, 2022").date()).isEqualTo(LocalDate.of(2022, 7, 18));
    }

    @Test
    void rangesTakeTheFirstDay() {
        Dates.Mention m = one("The visit took place on October 2-3.", LocalDate.of(2024, 10, 5), null);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(one("from 14 to 16 May", LocalDate.of(2024, 6, 1), null).date()).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void numericDates() {
        assertThat(one("Bakinskiy Rabochiy, 25.04.2024").date()).isEqualTo(LocalDate.of(2024, 4, 25));
        assertThat(one("published 2024-08-01 in print").date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(one("dated 13/05/2024").date()).isEqualTo(LocalDate.of(2024, 5, 13));
    }

    @Test
    void weekdaysAreTheMostRecentOnOrBeforePublication() {
        assertThat(one("on Tuesday").date()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(one("on Wednesday").date()).isEqualTo(LocalDate.of(2024, 8, 7));
        assertThat(one("on Thursday").date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(one("last Wednesday").date()).isEqualTo(LocalDate.of(2024, 7, 31));
    }

    @Test
    void relativeDays() {
        assertThat(one("yesterday").date()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(one("three days ago").date()).isEqualTo(LocalDate.of(2024, 8, 4));
        LocalDate anchor = LocalDate.of(2024, 7, 18);
        assertThat(one("the following day", PUB, anchor).date()).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(one("the day before", PUB, anchor).date()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(one("just three days earlier", PUB, anchor).date()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(one("the day before", PUB, null).date()).isEqualTo(LocalDate.of(2024, 8, 6));
        // an explicit day earlier in the same sentence wins over the anchor
        List<Dates.Mention> l = Dates.find("on Monday she was in Baku, and the following day in Tbilisi", PUB, anchor);
        assertThat(l).extracting(Dates.Mention::date).containsExactly(LocalDate.of(2024, 8, 5), LocalDate.of(2024, 8, 6));
    }

    @Test
    void vaguePeriodsGetCoarsePrecision() {
        Dates.Mention m = one("earlier this month");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
        Dates.Mention june = one("in June");
        assertThat(june.date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(june.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(one("in September").date()).isEqualTo(LocalDate.of(2023, 9, 1));
        Dates.Mention y = one("in 2018");
        assertThat(y.date()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(y.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(one("about a year ago").date()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(one("last week").date()).isBetween(LocalDate.of(2024, 7, 29), LocalDate.of(2024, 8, 4));
    }

    @Test
    void neverAfterPublicationAndNotFooledByModalMay() {
        assertThat(Dates.find("The ministers may meet again.", PUB, null)).isEmpty();
        assertThat(Dates.find("the 2020 war", PUB, null)).isEmpty();
        for (Dates.Mention m : Dates.find("on Friday, on Saturday, on December 31, in November", PUB, null))
            assertThat(m.date()).isBeforeOrEqualTo(PUB.plusDays(1));
    }
}
