package parley.streams.state;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFilterTest {

    @Test
    void neverSaysNoForAnAddedKeyAndRarelyYesForAnother() {
        KeyFilter f = new KeyFilter();
        Random rnd = new Random(5);
        int n = 200_000;
        for (int i = 0; i < n; i++) f.add(19_000 + i % 8, "id-" + i);
        for (int i = 0; i < n; i++) assertThat(f.mightContain(19_000 + i % 8, "id-" + i)).as("id-%d", i).isTrue();
        int wrong = 0;
        for (int i = 0; i < n; i++) if (f.mightContain(19_000 + rnd.nextInt(8), "other-" + i)) wrong++;
        assertThat(wrong).as("64-bit hashes: false positives").isLessThanOrEqualTo(1);
        // the same key on another day is another key
        assertThat(f.mightContain(18_999, "id-0")).isFalse();
    }

    @Test
    void daysBeforeAreDropped() {
        KeyFilter f = new KeyFilter();
        f.add(10, "a");
        f.add(11, "b");
        f.add(12, "c");
        f.removeBefore(12);
        assertThat(f.mightContain(10, "a")).isFalse();
        assertThat(f.mightContain(11, "b")).isFalse();
        assertThat(f.mightContain(12, "c")).isTrue();
    }

    @Test
    void aKeyWhoseHashIsZeroIsKept() {
        KeyFilter.LongSet s = new KeyFilter.LongSet();
        assertThat(s.contains(0)).isFalse();
        s.add(0);
        s.add(1L << 40);
        assertThat(s.contains(0)).isTrue();
        assertThat(s.contains(1L << 40)).isTrue();
        assertThat(s.contains(1L << 41)).isFalse();
    }
}
