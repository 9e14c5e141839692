package parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goals of issue #18's table, each with the value this run measured: {@code {name, value, goal, met}} plus the
 * unit, the comparison, whether the run was at the scale the goal is stated for, and a detail line. A phase that did
 * not run gives {@code value: null, met: null}; every goal is listed either way.
 */
final class Targets {
    /** One goal. {@code value} and {@code met} are null when not measured; {@code atFullScale} false for a smaller run. */
    record Target(String name, String title, Double value, String unit, String comparison, double goal, Boolean met,
                  boolean atFullScale, String detail) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("value", value == null || !Double.isFinite(value) ? null : BenchJson.round3(value)); // JSON has no NaN
            m.put("goal", goal);
            m.put("met", met);
            m.put("comparison", comparison);
            m.put("unit", unit);
            m.put("full_scale", atFullScale);
            m.put("title", title);
            m.put("detail", detail);
            return m;
        }
    }

    static final double RATIO_GOAL = 1.5;
    static final double DENSE_GOAL = 10_000;
    static final double WALL_GOAL_S = 600;
    static final double P99_GOAL_MS = 1000;
    static final double HEAP_GOAL_MB = 512;
    static final double EXTRACTION_GOAL = 200;

    private Targets() { }

    /** What the targets are computed from; any piece may be null when its phase did not run. */
    record Measured(Plan plan, Pipeline.Result sparse, BareShape.Result sparseBare, Pipeline.Result dense,
                    Latency.Result latency, Extraction.Result extraction, long heapMaxBytes) { }

    static List<Target> of(Measured m) {
        List<Target> t = new ArrayList<>();
        Plan p = m.plan();
        String sparseScale = p.sparseAtFullScale() ? "" : " [not at full scale: " + Plan.label(p.events()) + " events over " + p.spanDays() + " days; the goal is for 1M over 730]";
        if (m.sparse() != null && m.sparseBare() != null) {
            double r = m.sparse().totalS() / m.sparseBare().totalS();
            t.add(target("pipeline_over_bare_shape_sparse", "pipeline time / bare-shape time, 1M sparse", r, "ratio", "<=", RATIO_GOAL,
                    m.sparse().complete() && r <= RATIO_GOAL, p.sparseAtFullScale(),
                    String.format("%.1f s / %.1f s%s", m.sparse().totalS(), m.sparseBare().totalS(), sparseScale)));
        } else t.add(missing("pipeline_over_bare_shape_sparse", "pipeline time / bare-shape time, 1M sparse", "ratio", "<=", RATIO_GOAL,
                "needs the pipeline and bare phases"));

        if (m.dense() != null) {
            double eps = m.dense().eventsPerSEndToEnd();
            t.add(target("dense_events_per_s", "dense scenario, events/s end to end", eps, "events/s", ">=", DENSE_GOAL,
                    m.dense().complete() && eps >= DENSE_GOAL, p.denseAtFullScale(),
                    String.format("%,d events over %d days in %.1f s%s", m.dense().events(), p.denseSpanDays(), m.dense().totalS(),
                            p.denseAtFullScale() ? "" : " [not at full scale: the goal is for 1M events]")));
        } else t.add(missing("dense_events_per_s", "dense scenario, events/s end to end", "events/s", ">=", DENSE_GOAL, "needs the dense phase"));

        if (m.sparse() != null) {
            double s = m.sparse().totalS();
            t.add(target("sparse_wall_s", "1M sparse, wall time (s)", s, "s", "<=", WALL_GOAL_S, m.sparse().complete() && s <= WALL_GOAL_S,
                    p.sparseAtFullScale(), String.format("%,d events end to end%s%s", m.sparse().events(),
                            m.sparse().complete() ? "" : " (DID NOT COMPLETE)", sparseScale)));
        } else t.add(missing("sparse_wall_s", "1M sparse, wall time (s)", "s", "<=", WALL_GOAL_S, "needs the pipeline phase"));

        if (m.latency() != null) {
            Latency.Result l = m.latency();
            boolean full = p.sparseAtFullScale() && l.seconds() >= Plan.FULL_LATENCY_SECONDS || p.latencyRate() != null && l.seconds() >= Plan.FULL_LATENCY_SECONDS;
            t.add(target("p99_latency_ms", "p99 end-to-end latency at 10 % load (ms)", l.p99Ms(), "ms", "<=", P99_GOAL_MS,
                    l.p99Ms() <= P99_GOAL_MS && l.unresolved() == 0, full,
                    String.format("p50 %.0f ms, %,d measured at %.0f events/s, %d unresolved%s", l.p50Ms(), l.measured(), l.ratePerS(), l.unresolved(),
                            full ? "" : " [not at full scale: the load is 10 % of a smaller run's, or the phase is shorter than 40 s]")));
        } else t.add(missing("p99_latency_ms", "p99 end-to-end latency at 10 % load (ms)", "ms", "<=", P99_GOAL_MS, "needs the latency phase"));

        t.add(heap(m));

        if (m.extraction() != null) {
            Extraction.Result e = m.extraction();
            boolean full = e.articles() >= Plan.FULL_ARTICLES;
            t.add(target("extraction_articles_per_s_per_core", "extraction, articles/s/core", e.articlesPerS(), "articles/s/core", ">=",
                    EXTRACTION_GOAL, !e.placeholder() && e.articlesPerS() >= EXTRACTION_GOAL, full,
                    String.format("%,d articles on one thread%s%s", e.articles(), e.placeholder() ? " (PLACEHOLDER extractor: meaningless)" : "",
                            full ? "" : " [not at full scale: fewer than 2,000 articles]")));
        } else t.add(missing("extraction_articles_per_s_per_core", "extraction, articles/s/core", "articles/s/core", ">=", EXTRACTION_GOAL,
                "needs the extraction phase"));
        return t;
    }

    /**
     * Heap at 1M: the sampled peak of the 1M pipeline phases (sparse and dense). A JVM grows into the heap it is given,
     * so a peak above 512 MB under a larger -Xmx proves nothing either way: the run that proves it is one under -Xmx512m.
     */
    private static Target heap(Measured m) {
        String title = "heap at 1M events (MB)";
        long peak = -1;
        boolean complete = true;
        long largest = 0;
        for (Pipeline.Result r : new Pipeline.Result[]{m.sparse(), m.dense()}) {
            if (r == null) continue;
            peak = Math.max(peak, r.phasePeakHeap());
            complete &= r.complete();
            largest = Math.max(largest, r.events());
        }
        if (peak < 0) return missing("heap_mb", title, "MB", "<=", HEAP_GOAL_MB, "needs the pipeline or dense phase");
        double peakMb = peak >> 20; // whole MB, as the memory section shows them
        long maxMb = m.heapMaxBytes() >> 20;
        boolean boundedByXmx = maxMb <= HEAP_GOAL_MB;
        String max = "-Xmx" + maxMb + "m";
        String how = boundedByXmx ? (complete ? "ran to completion inside " + max : "did not complete inside " + max)
                : peakMb <= HEAP_GOAL_MB ? "sampled peak within 512 MB under " + max
                : "sampled peak under " + max + " (a JVM grows into the heap it is given; PARLEY_JAVA_OPTS=\"-Xms256m -Xmx512m\" proves it)";
        boolean full = largest >= Plan.FULL_EVENTS;
        return target("heap_mb", title, peakMb, "MB", "<=", HEAP_GOAL_MB, complete && peakMb <= HEAP_GOAL_MB, full,
                how + "; broker + Streams + consumer in one JVM" + (full ? "" : " [not at full scale: largest run " + Plan.label(largest) + " events]"));
    }

    private static Target target(String name, String title, double value, String unit, String cmp, double goal, boolean met,
                                 boolean full, String detail) {
        return new Target(name, title, value, unit, cmp, goal, met, full, detail);
    }

    private static Target missing(String name, String title, String unit, String cmp, double goal, String why) {
        return new Target(name, title, null, unit, cmp, goal, null, false, "not measured: " + why);
    }
}
