package parley.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed table carries the baseline ratio, the dense scenario and every target with its verdict. */
class BenchTableTest {
    static Map<String, Object> report(Plan plan, List<Targets.Target> targets, Pipeline.Result sparse, BareShape.Result bare, Pipeline.Result dense) {
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("events", plan.events());
        p.put("scale", plan.sizes());
        p.put("span_days", plan.spanDays());
        p.put("dense_events", plan.denseEvents());
        p.put("dense_span_days", plan.denseSpanDays());
        p.put("quick", plan.quick());
        p.put("processing_guarantee", "exactly_once_v2");
        p.put("commit_interval_ms", 500);
        p.put("windows", List.of(7, 30, 90));
        p.put("sinks", List.of("sqlite"));
        p.put("jvm", "-Xmx512m");
        p.put("cores", 2);
        p.put("load_average_at_start", 1.5);
        r.put("parameters", p);
        if (sparse != null) r.put("pipeline", List.of(BenchJson.pipeline(sparse)));
        if (bare != null) r.put("baseline", BenchJson.baseline(sparse, bare));
        if (dense != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("span_days", plan.denseSpanDays());
            d.put("pipeline", BenchJson.pipeline(dense));
            r.put("dense", d);
        }
        r.put("targets", targets.stream().map(Targets.Target::json).toList());
        return r;
    }

    @Test
    void fullRunTable() {
        Plan plan = TargetsTest.plan();
        Pipeline.Result sparse = TargetsTest.pipeline(1_000_000, 540, 480, true);
        BareShape.Result bare = TargetsTest.bare(1_000_000, 400);
        Pipeline.Result dense = TargetsTest.pipeline(1_000_000, 80, 500, true);
        List<Targets.Target> t = Targets.of(new Targets.Measured(plan, sparse, bare, dense, null, null, 512L << 20));
        String out = BenchTable.format(report(plan, t, sparse, bare, dense));
        assertThat(out).contains("pipeline / bare shape: 540.0 s / 400.0 s = 1.35");
        assertThat(out).contains("DENSE scenario: 1,000,000 events over 30 days").contains("12,500 events/s end to end");
        assertThat(out).contains("TARGETS");
        assertThat(out).containsPattern("pipeline time / bare-shape time, 1M sparse +1\\.35 +≤ 1\\.50 +MET ");
        assertThat(out).containsPattern("dense scenario, events/s end to end +12,500 +≥ 10,000 +MET ");
        assertThat(out).containsPattern("p99 end-to-end latency at 10 % load \\(ms\\) +— +≤ 1,000 +n/a ");
        assertThat(out).doesNotContain("not measured at the scale");
    }

    @Test
    void quickRunValuesAreStarred() {
        Plan plan = TargetsTest.plan("--quick");
        Pipeline.Result sparse = TargetsTest.pipeline(10_000, 30, 400, true);
        List<Targets.Target> t = Targets.of(new Targets.Measured(plan, sparse, TargetsTest.bare(10_000, 5), null, null, null, 1024L << 20));
        String out = BenchTable.format(report(plan, t, sparse, TargetsTest.bare(10_000, 5), null));
        assertThat(out).containsPattern("1M sparse +6\\.00\\* +≤ 1\\.50 +MISS ");
        assertThat(out).contains("* not measured at the scale the goal is stated for");
        assertThat(out).contains("(--quick)");
    }
}
