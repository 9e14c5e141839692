package parley.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentilesTest {
    @Test
    void nearestRankOnOneToHundred() {
        Percentiles p = new Percentiles();
        for (int i = 100; i >= 1; i--) p.add(i); // unsorted on purpose
        assertEquals(50, p.percentile(50));
        assertEquals(99, p.percentile(99));
        assertEquals(100, p.percentile(100));
        assertEquals(1, p.percentile(0.5));
        assertEquals(100, p.max());
        assertEquals(50.5, p.mean(), 1e-9);
    }

    @Test
    void nearestRankRoundsUpOnSmallSamples() {
        Percentiles p = new Percentiles();
        for (long v : new long[]{10, 20, 30}) p.add(v);
        assertEquals(20, p.percentile(50));  // rank ceil(1.5) = 2
        assertEquals(30, p.percentile(99));  // rank ceil(2.97) = 3
        assertEquals(10, p.percentile(33));  // rank ceil(0.99) = 1
    }

    @Test
    void growsPastItsInitialCapacityAndRejectsBadP() {
        Percentiles p = new Percentiles();
        for (int i = 0; i < 5000; i++) p.add(i);
        assertEquals(5000, p.count());
        assertEquals(4949, p.percentile(99));
        assertTrue(Double.isNaN(new Percentiles().percentile(50)));
        assertThrows(IllegalArgumentException.class, () -> p.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> p.percentile(101));
    }
}
