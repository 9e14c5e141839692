package parley.bench;

import java.util.List;
import java.util.Map;

/** The human-readable table of a bench report (the same numbers as the JSON). */
final class BenchTable {
    private BenchTable() { }

    @SuppressWarnings("unchecked")
    static String format(Map<String, Object> r) {
        StringBuilder b = new StringBuilder();
        Map<String, Object> p = (Map<String, Object>) r.get("parameters");
        b.append("parley bench — sparse ").append(p.get("scale")).append(" events over ").append(p.get("span_days")).append(" days, dense ")
                .append(p.get("dense_events")).append(" over ").append(p.get("dense_span_days")).append(" days")
                .append(Boolean.TRUE.equals(p.get("quick")) ? " (--quick)" : "")
                .append(", ").append(p.get("processing_guarantee")).append(" commit ").append(p.get("commit_interval_ms")).append(" ms")
                .append(", windows ").append(p.get("windows")).append(", sinks ").append(p.get("sinks")).append('\n');
        b.append("JVM: ").append(p.get("jvm")).append(" | cores ").append(p.get("cores"))
                .append(" | load avg at start ").append(String.format("%.1f", (Double) p.get("load_average_at_start"))).append('\n');
        Map<String, Object> in = (Map<String, Object>) r.get("input");
        if (in != null) b.append(String.format("input: %,d records, %.0f B each; fresh %,d, duplicate reports %,d, redeliveries %,d, disordered %,d%n",
                (Long) in.get("records"), (Double) in.get("mean_record_bytes"), (Long) in.get("fresh_events"),
                (Long) in.get("duplicate_reports"), (Long) in.get("redeliveries_same_id"), (Long) in.get("disordered_within_grace")));
        b.append('\n');

        List<Map<String, Object>> pipe = (List<Map<String, Object>>) r.get("pipeline");
        if (pipe != null && !pipe.isEmpty()) {
            b.append("PIPELINE end to end, sparse (producer → Streams → sinks, all concurrent)\n");
            pipelineHeader(b);
            for (Map<String, Object> x : pipe) pipelineRow(b, x);
            Map<String, Object> last = pipe.get(pipe.size() - 1);
            b.append(String.format("  largest run: %,d live + %,d final rows; %,d accepted reports re-keyed, %,d deltas; late %d, DLQ %d, duplicate ids ignored %.0f%n",
                    (Long) last.get("rows_live"), (Long) last.get("rows_final"), (Long) last.get("events_by_key_records"),
                    (Long) last.get("deltas_by_entity_records"), (Long) last.get("late"), (Long) last.get("dead_letters"),
                    (Double) last.get("duplicate_ids_ignored")));
        }
        Map<String, Object> bl = (Map<String, Object>) r.get("baseline");
        if (bl != null) baseline(b, bl);
        Map<String, Object> sc = (Map<String, Object>) r.get("scaling");
        if (sc != null) b.append(String.format("  scaling %s: µs/event %s (×%.2f), µs/record moved %s (×%.2f), rows/event %s%n",
                sc.get("sizes"), sc.get("us_per_event"), sc.get("ratio_us_per_event"), sc.get("us_per_record_moved"),
                sc.get("ratio_us_per_record_moved"), sc.get("rows_per_event")));
        b.append('\n');

        Map<String, Object> dense = (Map<String, Object>) r.get("dense");
        if (dense != null) {
            Map<String, Object> dp = (Map<String, Object>) dense.get("pipeline");
            b.append(String.format("DENSE scenario: %,d events over %s days, end to end%n", (Long) dp.get("events"), dense.get("span_days")));
            pipelineHeader(b);
            pipelineRow(b, dp);
            b.append(String.format("  %,.0f events/s end to end; %,d live + %,d final rows%n", dp.get("events_per_s_end_to_end"),
                    (Long) dp.get("rows_live"), (Long) dp.get("rows_final")));
            Map<String, Object> dbl = (Map<String, Object>) dense.get("baseline");
            if (dbl != null) baseline(b, dbl);
            b.append('\n');
        }
        Map<String, Object> lat = (Map<String, Object>) r.get("latency");
        if (lat != null) {
            b.append(String.format("LATENCY at %.0f events/s (10%% of %.0f) for %s s: measured %,d of %,d sent, %d unresolved%n",
                    lat.get("rate_per_s"), lat.get("max_load_events_per_s"), lat.get("seconds"), (Long) lat.get("measured"),
                    (Long) lat.get("sent"), (Long) lat.get("unresolved")));
            b.append(String.format("  p50 %.0f ms   p90 %.0f ms   p99 %.0f ms   max %.0f ms   (send → row in sink)%n%n",
                    lat.get("p50_ms"), lat.get("p90_ms"), lat.get("p99_ms"), lat.get("max_ms")));
        }
        Map<String, Object> ex = (Map<String, Object>) r.get("extraction");
        if (ex != null) b.append(String.format("EXTRACTION %s%s: %,d articles (~%d words) in %.2f s = %,.0f articles/s/core, %,d events%n%n",
                ex.get("extractor"), Boolean.TRUE.equals(ex.get("placeholder")) ? " [PLACEHOLDER: number meaningless]" : "",
                (Integer) ex.get("articles"), (Long) ex.get("mean_words"), ex.get("seconds"), ex.get("articles_per_s_per_core"), (Long) ex.get("events_found")));
        Map<String, Object> g = (Map<String, Object>) r.get("gdelt");
        if (g != null) {
            if (!Boolean.TRUE.equals(g.get("available"))) b.append("GDELT: not available — ").append(g.get("reason")).append("\n\n");
            else {
                b.append(String.format("GDELT adapter: %,d rows → %,d events in %.2f s = %,.0f rows/s%n", (Long) g.get("input_rows"),
                        (Long) g.get("events"), g.get("seconds"), g.get("rows_per_s")));
                Map<String, Object> rp = (Map<String, Object>) g.get("replay");
                if (rp != null) b.append(String.format("GDELT replay: %,d events → %,d rows in %.1f s = %,.0f events/s, %,.0f records moved/s%n",
                        (Long) rp.get("events"), (Long) rp.get("rows_out"), rp.get("total_s"), rp.get("events_in_per_s"), rp.get("records_moved_per_s")));
                b.append('\n');
            }
        }
        Map<String, Object> m = (Map<String, Object>) r.get("memory");
        if (m != null) {
            b.append(String.format("MEMORY (one JVM: broker + Streams + consumer): peak heap %d MB of %d MB max, peak RSS (VmHWM) %d MB%n",
                    (Long) m.get("process_peak_heap_mb"), (Long) m.get("heap_max_mb"), (Long) m.get("process_peak_rss_mb")));
            Map<String, Object> ph = (Map<String, Object>) m.get("phases");
            for (var e : ph.entrySet()) {
                Map<String, Object> v = (Map<String, Object>) e.getValue();
                b.append(String.format("  %-22s peak heap %5d MB%s   peak RSS %5d MB%n", e.getKey(), (Long) v.get("peak_heap_mb"),
                        v.containsKey("live_heap_after_gc_mb") ? String.format(", live after GC %4d MB", (Long) v.get("live_heap_after_gc_mb")) : "",
                        (Long) v.get("peak_rss_mb")));
            }
            b.append('\n');
        }
        List<Map<String, Object>> t = (List<Map<String, Object>>) r.get("targets");
        if (t != null) targets(b, t);
        return b.toString();
    }

    private static void pipelineHeader(StringBuilder b) {
        b.append(String.format("  %-10s %9s %8s %8s %10s %11s %11s %12s %9s %8s %8s %8s %6s%n", "size", "events", "total s",
                "in s", "events/s", "rows out", "rows/s", "moved/s", "µs/event", "rows/ev", "state MB", "heap MB", "done"));
    }

    /** events/s here is end to end (events / total s), as the dense target counts it. */
    private static void pipelineRow(StringBuilder b, Map<String, Object> x) {
        b.append(String.format("  %-10s %,9d %8.1f %8.1f %,10.0f %,11d %,11.0f %,12.0f %9.1f %8.1f %8.1f %8d %6s%n",
                x.get("label"), (Long) x.get("events"), x.get("total_s"), x.get("streams_in_s"), x.get("events_per_s_end_to_end"),
                (Long) x.get("rows_out"), x.get("rows_out_per_s"), x.get("records_moved_per_s"), x.get("us_per_event"),
                x.get("rows_per_event"), x.get("state_dir_mb"), (Long) x.get("phase_peak_heap_mb"), x.get("complete")));
    }

    private static void baseline(StringBuilder b, Map<String, Object> bl) {
        b.append(String.format("  bare shape of %s (plain clients, same events and rows, no state/transactions/database): %.1f s "
                        + "(events produced %.1f s, relayed %.1f s), %,d live rows of %.0f B + %,d final of %.0f B%n",
                bl.get("label"), bl.get("total_s"), bl.get("events_produced_s"), bl.get("events_relayed_s"), (Long) bl.get("rows_live"),
                bl.get("row_bytes_live"), (Long) bl.get("rows_final"), bl.get("row_bytes_final")));
        b.append(String.format("  pipeline / bare shape: %.1f s / %.1f s = %.2f%n", bl.get("pipeline_total_s"), bl.get("total_s"),
                bl.get("ratio_pipeline_over_bare")));
    }

    /** The targets as a table: value, goal, verdict; "*" marks a value not measured at the goal's scale. */
    static void targets(StringBuilder b, List<Map<String, Object>> t) {
        b.append("TARGETS (issue #18)\n");
        b.append(String.format("  %-44s %14s %12s  %-5s %s%n", "target", "value", "goal", "met", "detail"));
        boolean starred = false;
        for (Map<String, Object> x : t) {
            Object v = x.get("value");
            boolean full = Boolean.TRUE.equals(x.get("full_scale"));
            String value = v == null ? "—" : fmt((Double) v) + (full ? "" : "*");
            starred |= v != null && !full;
            String goal = ("<=".equals(x.get("comparison")) ? "≤ " : "≥ ") + fmt((Double) x.get("goal"));
            Object met = x.get("met");
            String verdict = met == null ? "n/a" : Boolean.TRUE.equals(met) ? "MET" : "MISS";
            b.append(String.format("  %-44s %14s %12s  %-5s %s%n", x.get("title"), value, goal,
                    verdict, x.get("detail")));
        }
        if (starred) b.append("  * not measured at the scale the goal is stated for (see detail): a smoke-test value, not the verdict\n");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) >= 100 ? String.format("%,.0f", v) : Math.abs(v) >= 100 ? String.format("%,.0f", v)
                : String.format("%.2f", v);
    }
}
