package parley.producer.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction-quality floor: runs the extractor in-process (as {@code parley extract} does) on every evaluation set
 * of {@code eval/floors.properties} and fails when its F1 is below the set's floor. A set whose folder is absent (the
 * dev set without {@code ../shared}, a set not in this checkout) is reported as skipped with the reason; a set that is
 * there but cannot be scored (missing gold, unreadable document) fails.
 */
class ExtractionQualityTest {

    @TestFactory
    Stream<DynamicTest> everySetScoresAtLeastItsFloor() throws Exception {
        Floors floors = Floors.read(Floors.projectRoot());
        return floors.entries().stream().map(e -> DynamicTest.dynamicTest(e.name() + " F1 >= " + e.floor(), () -> {
            String absent = e.absent(floors);
            if (absent != null) System.out.println("== " + e.label() + ": SKIPPED, " + absent);
            Assumptions.assumeTrue(absent == null, () -> e.name() + " skipped: " + absent);
            EvalSet set = floors.load(e);
            assertThat(set.goldByDoc()).as("%s: gold events", e.label()).isNotEmpty();
            EvalSet.Run run = set.run(EvalSet.extractor(), 1);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
                ScoreText.print(out, run, false);
            }
            String table = buf.toString(StandardCharsets.UTF_8);
            System.out.print("== " + e.label() + " (floor " + e.floor() + ")\n" + table);
            assertThat(run.problems()).as("%s: documents the extractor could not read", e.label()).isEmpty();
            assertThat(run.report().f1()).as("%s: F1 below the floor in %s%n%s", e.label(), Floors.FILE, table)
                    .isGreaterThanOrEqualTo(e.floor());
        }));
    }
}
