package parley.streams.engagement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DayTableTest {

    @Test
    void daysDroppedOrClearedAreGoneAlsoForTheLookupCache() {
        DayTable<String> t = new DayTable<>();
        Counts a = Counts.zero(), b = Counts.zero(), c = Counts.zero();
        t.put(100, "x", a);
        t.put(116, "x", b); // the same cache slot as day 100
        t.put(117, "y", c);
        assertThat(t.get(100, "x")).isSameAs(a);
        assertThat(t.get(116, "x")).isSameAs(b);
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.removeBefore(117)).containsOnlyKeys(100, 116);
        assertThat(t.get(100, "x")).isNull();
        assertThat(t.get(116, "x")).isNull();
        assertThat(t.get(117, "y")).isSameAs(c);
        assertThat(t.size()).isEqualTo(1);
        t.put(100, "x", a); // a day put again after it was dropped is a new day
        assertThat(t.get(100, "x")).isSameAs(a);
        assertThat(t.firstDay()).isEqualTo(100);
        t.clear();
        assertThat(t.get(117, "y")).isNull();
        assertThat(t.size()).isZero();
    }

    @Test
    void anEmptyOrReversedRangeOfDaysIsEmptyNotAnError() {
        // the engagement stage's first watermark can be before the first day with counts (deltas ahead of it)
        DayTable<String> t = new DayTable<>();
        t.put(10, "x", Counts.zero());
        assertThat(t.days(12, 11)).isEmpty();
        assertThat(t.days(11, 11)).isEmpty();
        assertThat(t.days(10, 11)).containsOnlyKeys(10);
    }

    @Test
    void rowIdsAreEqualByWindowAndEntity() {
        assertThat(new RowId(7, "C:AZE")).isEqualTo(new RowId(7, "C:AZE")).hasSameHashCodeAs(new RowId(7, "C:AZE"))
                .isNotEqualTo(new RowId(30, "C:AZE")).isNotEqualTo(new RowId(7, "C:ARM"));
        assertThat(new RowId(30, "P:AZE|RUS")).hasToString("30|P:AZE|RUS");
    }
}
