package parley.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON pieces of a bench report: one method per measured thing, the same names the table reads. */
final class BenchJson {
    private BenchJson() { }

    static Map<String, Object> input(EventFile.Summary s, int span) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", s.records());
        m.put("mean_record_bytes", round(s.meanRecordBytes()));
        m.put("fresh_events", s.stats().fresh());
        m.put("duplicate_reports", s.stats().duplicateReports());
        m.put("redeliveries_same_id", s.stats().redeliveries());
        m.put("disordered_within_grace", s.stats().disordered());
        m.put("codes", EventGenerator.CODES.size());
        m.put("span_days", span);
        return m;
    }

    static Map<String, Object> pipeline(Pipeline.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", r.label());
        m.put("complete", r.complete());
        m.put("events", r.events());
        m.put("produce_s", round3(r.producedS()));
        m.put("streams_in_s", round3(r.inS()));
        m.put("total_s", round3(r.totalS()));
        m.put("events_in_per_s", round(r.eventsInPerS()));
        m.put("events_per_s_end_to_end", round(r.eventsPerSEndToEnd()));
        m.put("rows_out", r.rowsOut());
        m.put("rows_live", r.rowsLive());
        m.put("rows_final", r.rowsFinal());
        m.put("rows_out_per_s", round(r.rowsOutPerS()));
        m.put("records_moved_per_s", round(r.recordsMovedPerS()));
        m.put("us_per_event", round3(r.usPerEvent()));
        m.put("rows_per_event", round3(r.rowsOut() / (double) r.events()));
        m.put("events_by_key_records", r.eventsByKey());
        m.put("deltas_by_entity_records", r.deltas());
        m.put("late", r.late());
        m.put("dead_letters", r.deadLetters());
        m.put("duplicate_ids_ignored", r.duplicateIds());
        m.put("state_dir_mb", round3(r.stateBytes() / 1048576.0));
        m.put("sink_files_mb", round3(r.sinkBytes() / 1048576.0));
        m.put("phase_peak_heap_mb", mb(r.phasePeakHeap()));
        m.put("live_heap_after_gc_mb", mb(r.liveHeapAfter()));
        m.put("phase_peak_rss_mb", mb(r.phasePeakRss()));
        return m;
    }

    /** The baseline next to the pipeline run it mirrors, and their ratio (the number that matters). */
    static Map<String, Object> baseline(Pipeline.Result p, BareShape.Result b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", b.label());
        m.put("definition", "the same events file and the same number of live and final rows, of the sampled byte size, through topics "
                + "made like the pipeline's, by plain producers and consumers (no Streams state, no transactions, no database), concurrently: "
                + "producer → events topic → relay consumer that sends the rows due for the events it has read → sink consumer");
        m.put("events", b.events());
        m.put("rows_live", b.rowsLive());
        m.put("rows_final", b.rowsFinal());
        m.put("row_bytes_live", round(b.rowBytesLive()));
        m.put("row_bytes_final", round(b.rowBytesFinal()));
        m.put("rows_sampled", b.rowsSampled());
        m.put("events_produced_s", round3(b.eventsProducedS()));
        m.put("events_relayed_s", round3(b.eventsRelayedS()));
        m.put("total_s", round3(b.totalS()));
        m.put("records_moved_per_s", round(b.recordsMovedPerS()));
        m.put("pipeline_total_s", round3(p.totalS()));
        m.put("ratio_pipeline_over_bare", round3(p.totalS() / b.totalS()));
        return m;
    }

    static Map<String, Object> latency(Latency.Result l, double maxLoad) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", "per event: producer.send → the sink consumer has written (to every sink) the first live row of the "
                + "event's actor country, smallest window, window_end = event day, whose mentions include the event; warm-up excluded");
        m.put("max_load_events_per_s", round(maxLoad));
        m.put("rate_per_s", round(l.ratePerS()));
        m.put("seconds", l.seconds());
        m.put("day_advances_every_s", l.daySeconds());
        m.put("sent", l.sent());
        m.put("measured", l.measured());
        m.put("unresolved", l.unresolved());
        m.put("p50_ms", round(l.p50Ms()));
        m.put("p90_ms", round(l.p90Ms()));
        m.put("p99_ms", round(l.p99Ms()));
        m.put("max_ms", round(l.maxMs()));
        m.put("mean_ms", round(l.meanMs()));
        return m;
    }

    static Map<String, Object> extraction(Extraction.Result e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("extractor", e.extractor());
        m.put("placeholder", e.placeholder());
        m.put("articles", e.articles());
        m.put("mean_words", e.words() / Math.max(1, e.articles()));
        m.put("warm_up_s", Extraction.WARM_UP.toSeconds());
        m.put("seconds", round3(e.seconds()));
        m.put("articles_per_s_per_core", round(e.articlesPerS()));
        m.put("words_per_s", round(e.wordsPerS()));
        m.put("events_found", e.events());
        return m;
    }

    static Map<String, Object> heap(Memory mem, Long live) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peak_heap_mb", mb(mem.phasePeakHeap()));
        if (live != null) m.put("live_heap_after_gc_mb", mb(live));
        m.put("peak_rss_mb", mb(mem.phasePeakRss()));
        return m;
    }

    static long mb(long bytes) { return bytes < 0 ? -1 : bytes >> 20; }

    static double round(double v) { return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : v; }

    static double round3(double v) { return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v; }
}
