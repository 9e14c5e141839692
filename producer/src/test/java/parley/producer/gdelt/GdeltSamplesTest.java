package parley.producer.gdelt;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the adapter over the real GDELT samples in the shared data directory (not copied into the repo): counts
 * reconcile for every file, row counts match the data README, layouts are detected as documented. The per-file
 * table is written to target/gdelt-sample-counts.txt for the report.
 */
class GdeltSamplesTest {
    static Path root;

    @BeforeAll
    static void findData() {
        Path p = SharedData.dir().resolve("data/gdelt");
        if (Files.isDirectory(p.resolve("v2/events"))) {
            root = p;
            return;
        }
        Assumptions.abort("GDELT samples not found in " + SharedData.where(p) + ": skipped");
    }

    private static final List<Event> events = new ArrayList<>();

    private static GdeltStats read(String sub) throws IOException {
        events.clear();
        GdeltStats s = new GdeltAdapter().read(root.resolve(sub), events::add);
        Path out = Path.of("target/gdelt-sample-counts.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "== " + sub + "\n" + s.table() + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.println("== " + sub + "\n" + s.table());
        assertThat(s.errors()).as("files that stopped early").isEmpty();
        assertThat(s.ignored()).isEmpty();
        for (GdeltStats.FileStats f : s.files())
            assertThat(f.reconciles()).as("read = mapped + skipped for %s", f).isTrue();
        assertThat(s.skipped()).doesNotContainKey(Skip.MALFORMED_ROW).doesNotContainKey(Skip.INVALID_EVENT);
        assertThat(s.mapped()).isEqualTo(events.size()).isPositive();
        for (Event e : events) {
            assertThat(e.date()).isBeforeOrEqualTo(e.source().published().plusDays(1));
            if (e.kind() == Kind.VISIT) {
                String host = e.place() != null ? e.place().country() : e.counterpart().country();
                assertThat(host).as("visit host of %s", e.eventKey()).isNotEqualTo(e.actor().country());
            }
            if (e.kind() == Kind.MEETING || e.kind() == Kind.CALL)
                assertThat(e.counterpart().country()).isNotEqualTo(e.actor().country());
        }
        return s;
    }

    private static Map<String, Long> readByFile(GdeltStats s) {
        Map<String, Long> m = new HashMap<>();
        for (GdeltStats.FileStats f : s.files()) m.put(Path.of(f.file()).getFileName().toString(), f.read());
        return m;
    }

    @Test
    void v2Exports() throws IOException {
        GdeltStats s = read("v2/events");
        assertThat(readByFile(s)).containsExactlyInAnyOrderEntriesOf(Map.of("20151027220000.export.CSV", 2116L,
                "20180101000000.export.CSV", 2414L, "20190121220000.export.CSV", 1629L, "20191024143000.export.CSV", 2111L));
        for (GdeltStats.FileStats f : s.files()) assertThat(f.layouts()).containsOnlyKeys("v2-61");
        // every v2 row is dated in its DATEADDED slice's past: nothing is in the future
        assertThat(s.skipped()).doesNotContainKey(Skip.FUTURE_DATE).doesNotContainKey(Skip.BAD_DATE);
        // exactly the rows outside root 01 and root 04-minus-045, by the data README's own counts:
        // 8,270 rows − (1,831 root 04 − 32 code 045) − 1,153 root 01
        assertThat(s.skipped().get(Skip.CAMEO_NOT_MAPPED)).isEqualTo(8270 - (1831 - 32) - 1153);
        assertThat(s.mappedByKind()).containsKeys(Kind.VISIT, Kind.MEETING, Kind.STATEMENT);
        // published = DATEADDED day of the slice
        assertThat(events).allSatisfy(e -> assertThat(e.source().url()).startsWith("http"));
    }

    @Test
    void v1MixedSample() throws IOException {
        GdeltStats s = read("v1/sample");
        assertThat(s.read()).isEqualTo(710);
        assertThat(s.skipped().get(Skip.CAMEO_NOT_MAPPED)).isEqualTo(710 - (174 - 2) - 114); // README counts
        assertThat(s.files().get(0).layouts()).containsExactlyInAnyOrderEntriesOf(Map.of("v1-58", 509L, "v1-57", 201L));
        // back-file rows (57 columns) have no SOURCEURL
        assertThat(events).anySatisfy(e -> assertThat(e.source().url()).isNull());
        assertThat(events).anySatisfy(e -> assertThat(e.source().url()).startsWith("http"));
    }

    @Test
    void v1GeorgiaCommaCsv() throws IOException {
        GdeltStats s = read("v1/georgia");
        assertThat(s.files()).hasSize(23);
        assertThat(s.read()).isEqualTo(105_444);
        assertThat(s.skipped().get(Skip.CAMEO_NOT_MAPPED)).isEqualTo(105_444 - (29_677 - 127) - 14_502); // README counts
        Map<String, Long> byFile = readByFile(s);
        assertThat(byFile).containsEntry("feb2012.csv", 8484L).containsEntry("june2011.csv", 5274L).containsEntry("may13.csv", 3268L);
        for (GdeltStats.FileStats f : s.files()) {
            String n = Path.of(f.file()).getFileName().toString();
            if (List.of("december12.csv", "january13.csv", "february13.csv", "april13.csv", "may13.csv").contains(n))
                assertThat(f.layouts()).as(n).containsOnlyKeys("csv-header-58+rownum");
            else if (n.equals("june2011.csv")) assertThat(f.layouts()).containsOnlyKeys("csv-header-59");
            else assertThat(f.layouts()).as(n).containsOnlyKeys("csv-header-58");
        }
        // the subset was selected for Georgia (actor GEO or GG in any geo field): most mapped events involve GEO
        long georgian = events.stream().filter(e -> parley.model.Involvement.of(e).countries().containsKey("GEO")).count();
        System.out.println("Georgia files: " + georgian + " of " + events.size() + " events involve GEO");
        assertThat(georgian).isGreaterThan(events.size() / 2);
    }
}
