package parley.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline's arithmetic: rows sent in proportion to events read, finals spread evenly, exact totals. */
class BareShapeTest {
    @Test
    void rowsDueGrowWithEventsReadAndEndAtTheTotal() {
        long events = 1_000_000, rows = 46_502_622;
        long prev = 0;
        for (long read = 0; read <= events; read += 9_973) {
            long due = BareShape.rowsDue(read, events, rows);
            assertThat(due).isBetween(prev, rows);
            prev = due;
        }
        assertThat(BareShape.rowsDue(events, events, rows)).isEqualTo(rows);
        assertThat(BareShape.rowsDue(events / 2, events, rows)).isEqualTo(rows / 2);
        assertThat(BareShape.rowsDue(0, events, rows)).isZero();
        assertThat(BareShape.rowsDue(5, 0, 7)).isEqualTo(7);
    }

    @Test
    void exactlyTheFinalCountIsFinalSpreadOverTheRun() {
        long[][] cases = {{401_995, 113_478}, {1000, 0}, {1000, 1000}, {7, 3}, {1, 1}};
        for (long[] c : cases) {
            long rows = c[0], fin = c[1], finals = 0, firstHalf = 0;
            for (long i = 0; i < rows; i++) {
                if (BareShape.isFinal(i, fin, rows)) {
                    finals++;
                    if (i < rows / 2) firstHalf++;
                }
            }
            assertThat(finals).as("rows %d, final %d", rows, fin).isEqualTo(fin);
            assertThat(Math.abs(firstHalf - fin / 2)).as("spread").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theSampleCyclesAndAveragesItsRows() {
        RowSample s = new RowSample(java.util.List.of(new RowSample.Row(new byte[10], new byte[90], 1), new RowSample.Row(new byte[10], new byte[190], 2)));
        assertThat(s.meanBytes()).isEqualTo(150.0);
        assertThat(s.cycle(0).timestamp()).isEqualTo(1);
        assertThat(s.cycle(5).timestamp()).isEqualTo(2);
        assertThat(new RowSample(java.util.List.of()).meanBytes()).isZero();
    }
}
