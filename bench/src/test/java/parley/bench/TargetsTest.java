package parley.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets of issue #18: every goal listed, computed from the measured values, marked when not at full scale. */
class TargetsTest {
    static final List<String> NAMES = List.of("pipeline_over_bare_shape_sparse", "dense_events_per_s", "sparse_wall_s", "p99_latency_ms",
            "heap_mb", "extraction_articles_per_s_per_core");

    static Plan plan(String... args) {
        BenchCommand cmd = new BenchCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.plan();
    }

    static Pipeline.Result pipeline(long events, double totalS, long heapMb, boolean complete) {
        return new Pipeline.Result("p", events, totalS / 2, totalS - 1, totalS, events * 20, events * 12, events * 8, 0, 0, 0, 0, 0,
                0, 0, heapMb << 20, 100L << 20, 900L << 20, complete);
    }

    static BareShape.Result bare(long events, double totalS) {
        return new BareShape.Result("p", events, events * 12, events * 8, 280, 260, 40_000, totalS / 3, totalS - 0.5, totalS);
    }

    static Latency.Result latency(double p99, long unresolved, int seconds) {
        return new Latency.Result(75, seconds, 5, 3000, 2600, unresolved, p99 / 2, p99 * 0.8, p99, p99 * 1.2, p99 / 2, 400L << 20);
    }

    static Extraction.Result extraction(int articles, double seconds) {
        return new Extraction.Result("x", articles, articles * 800L, seconds, articles * 5L, false);
    }

    static Map<String, Targets.Target> byName(List<Targets.Target> t) {
        return t.stream().collect(java.util.stream.Collectors.toMap(Targets.Target::name, x -> x));
    }

    @Test
    void aFullRunListsEveryGoalWithItsValueAndVerdict() {
        Plan p = plan();
        List<Targets.Target> t = Targets.of(new Targets.Measured(p, pipeline(1_000_000, 540, 480, true), bare(1_000_000, 400),
                pipeline(1_000_000, 80, 500, true), latency(700, 0, 40), extraction(2000, 5), 512L << 20));
        assertThat(t).extracting(Targets.Target::name).containsExactlyElementsOf(NAMES);
        Map<String, Targets.Target> m = byName(t);
        assertThat(m.get("pipeline_over_bare_shape_sparse").value()).isEqualTo(1.35);
        assertThat(m.get("pipeline_over_bare_shape_sparse").met()).isTrue();
        assertThat(m.get("dense_events_per_s").value()).isEqualTo(12_500.0);
        assertThat(m.get("dense_events_per_s").met()).isTrue();
        assertThat(m.get("sparse_wall_s").value()).isEqualTo(540.0);
        assertThat(m.get("p99_latency_ms").met()).isTrue();
        assertThat(m.get("heap_mb").value()).isEqualTo(500.0); // the larger of the 1M phases' peaks
        assertThat(m.get("heap_mb").met()).isTrue();
        assertThat(m.get("extraction_articles_per_s_per_core").value()).isEqualTo(400.0);
        assertThat(t).allSatisfy(x -> assertThat(x.atFullScale()).as(x.name()).isTrue());
    }

    @Test
    void missesAreMisses() {
        Plan p = plan();
        Map<String, Targets.Target> m = byName(Targets.of(new Targets.Measured(p, pipeline(1_000_000, 700, 600, true), bare(1_000_000, 400),
                pipeline(1_000_000, 200, 500, true), latency(1200, 0, 40), extraction(2000, 20), 1024L << 20)));
        assertThat(m.get("pipeline_over_bare_shape_sparse").value()).isEqualTo(1.75);
        assertThat(m.values()).allSatisfy(x -> assertThat(x.met()).as(x.name()).isFalse());
        // above 512 MB under a larger -Xmx: the detail says how to prove it
        assertThat(m.get("heap_mb").detail()).contains("-Xmx512m");
    }

    @Test
    void unresolvedLatencyOrAnIncompleteRunIsNeverMet() {
        Plan p = plan();
        Map<String, Targets.Target> m = byName(Targets.of(new Targets.Measured(p, pipeline(1_000_000, 100, 300, false), bare(1_000_000, 100),
                null, latency(100, 3, 40), null, 512L << 20)));
        assertThat(m.get("p99_latency_ms").met()).isFalse();
        assertThat(m.get("sparse_wall_s").met()).isFalse();
        assertThat(m.get("pipeline_over_bare_shape_sparse").met()).isFalse();
        assertThat(m.get("heap_mb").met()).isFalse();
    }

    @Test
    void aPhaseThatDidNotRunIsListedAsNotMeasured() {
        Map<String, Targets.Target> m = byName(Targets.of(new Targets.Measured(plan("--skip", "bare,dense"), pipeline(1_000_000, 500, 400, true),
                null, null, null, null, 512L << 20)));
        assertThat(m.keySet()).containsExactlyInAnyOrderElementsOf(NAMES);
        for (String n : List.of("pipeline_over_bare_shape_sparse", "dense_events_per_s", "p99_latency_ms", "extraction_articles_per_s_per_core")) {
            assertThat(m.get(n).value()).as(n).isNull();
            assertThat(m.get(n).met()).as(n).isNull();
            assertThat(m.get(n).detail()).as(n).startsWith("not measured");
        }
        assertThat(m.get("sparse_wall_s").met()).isTrue();
    }

    @Test
    void aQuickRunIsMarkedNotAtFullScale() {
        Plan p = plan("--quick");
        List<Targets.Target> t = Targets.of(new Targets.Measured(p, pipeline(10_000, 30, 400, true), bare(10_000, 5),
                pipeline(30_000, 10, 400, true), latency(500, 0, 10), extraction(200, 1), 1024L << 20));
        assertThat(t).extracting(Targets.Target::name).containsExactlyElementsOf(NAMES);
        assertThat(t).allSatisfy(x -> {
            assertThat(x.atFullScale()).as(x.name()).isFalse();
            assertThat(x.value()).as(x.name()).isNotNull();
            assertThat(x.detail()).as(x.name()).contains("not at full scale");
        });
    }

    @Test
    void theJsonCarriesNameValueGoalAndMet() {
        Targets.Target x = Targets.of(new Targets.Measured(plan(), pipeline(1_000_000, 600, 400, true), bare(1_000_000, 300),
                null, null, null, 512L << 20)).get(0);
        Map<String, Object> j = x.json();
        assertThat(j).containsKeys("name", "value", "goal", "met");
        assertThat(j.get("name")).isEqualTo("pipeline_over_bare_shape_sparse");
        assertThat(j.get("value")).isEqualTo(2.0);
        assertThat(j.get("goal")).isEqualTo(1.5);
        assertThat(j.get("met")).isEqualTo(false);
    }
}
