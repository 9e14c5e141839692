package parley.app.bench;

import parley.app.broker.EmbeddedBroker;
import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how close parley runs to the broker's own limit (embedded broker).",
                "In one run: raw producer+consumer limit, the pipeline end to end (exactly-once) at each --scale size, end-to-end latency",
                "at 10%% of the measured load, extraction articles/s, GDELT adapter rows/s and replay, heap/RSS and state size.",
                "Prints a table and writes it as JSON (default target/bench.json under the project root).",
                "Run the JVM with room for broker + Streams + consumer (the launcher's default is -Xmx1g; PARLEY_JAVA_OPTS overrides)."})
public class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--events", description = "Events for the raw phase and the largest pipeline run (default 1,000,000; --quick: 10,000).")
    Long events;

    @Option(names = "--quick", description = "Smoke test: 10k events over 30 days, scale 2k,10k, 10 s latency phase, 200 articles (about 1.5–2 min on a busy 2-core box).")
    boolean quick;

    @Option(names = "--scale", split = ",", paramLabel = "N", description = "Pipeline sizes to run, e.g. 100000,1000000 (default: events/10 and events).")
    List<Long> scale;

    @Option(names = "--out", description = "JSON output file (default <project>/target/bench.json).")
    Path out;

    @Option(names = "--span-days", description = "Event dates spread over this many days (default 730 = two years; --quick: 30, so the row volume stays small).")
    Integer spanDays;

    @Option(names = "--keep", description = "Keep each pipeline run's topics, state and sink files (default: measured, then deleted; 1M events write GBs).")
    boolean keep;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--latency-seconds", description = "Length of the latency phase (default 40; --quick: 10).")
    Integer latencySeconds;

    @Option(names = "--latency-rate", description = "Events/s in the latency phase (default: 10%% of the pipeline's measured end-to-end events/s).")
    Double latencyRate;

    @Option(names = "--day-seconds", defaultValue = "5", description = "Latency phase: event days advance one day every this many seconds (default ${DEFAULT-VALUE}).")
    int daySeconds;

    @Option(names = "--articles", description = "Articles for the extraction phase (default 2000; --quick: 200).")
    Integer articles;

    @Option(names = "--gdelt-dir", description = "The shared GDELT sample (default $PARLEY_SHARED/data/gdelt or <project>/../shared/data/gdelt).")
    Path gdeltDir;

    @Option(names = "--no-gdelt-replay", description = "Time the GDELT adapter only; do not replay its events through the pipeline.")
    boolean noGdeltReplay;

    @Option(names = "--skip", split = ",", description = "Phases to skip: raw, pipeline, latency, extraction, gdelt.")
    Set<String> skip = new TreeSet<>();

    @Option(names = "--timeout", defaultValue = "1800", description = "Seconds allowed per pipeline run (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private final PrintStream o = System.out;

    @Override
    public Integer call() throws Exception {
        long n = events != null ? events : quick ? 10_000 : 1_000_000;
        List<Long> sizes = scale != null && !scale.isEmpty() ? new ArrayList<>(new TreeSet<>(scale))
                : quick && events == null ? List.of(2_000L, 10_000L) : List.of(Math.max(1, n / 10), n);
        if (scale != null && !scale.isEmpty() && events == null) n = sizes.get(sizes.size() - 1);
        int latSecs = latencySeconds != null ? latencySeconds : quick ? 10 : 40;
        int nArticles = articles != null ? articles : quick ? 200 : 2000;
        int progress = quick ? 3 : 5;
        int span = spanDays != null ? spanDays : quick ? 30 : EventGenerator.SPAN_DAYS;
        Path home = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".")).toAbsolutePath().normalize();
        Path outFile = out != null ? out : home.resolve("target/bench.json");
        Path gdelt = gdeltDir != null ? gdeltDir : Path.of(System.getenv().getOrDefault("PARLEY_SHARED", home.resolve("../shared").toString()))
                .resolve("data/gdelt").normalize();

        ParleyConfig base = common.config();
        Path work = Path.of(base.get("work.dir")).toAbsolutePath();
        Path benchDir = work.resolve("bench");
        Path cacheDir = work.resolve("bench-cache");
        deleteTree(benchDir);
        Files.createDirectories(benchDir);
        base = base.with("work.dir", benchDir.toString(), "bench");

        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("events", n);
        params.put("scale", sizes);
        params.put("quick", quick);
        params.put("seed", seed);
        params.put("span_days", span);
        params.put("processing_guarantee", base.get("processing.guarantee"));
        params.put("commit_interval_ms", base.getInt("commit.interval.ms"));
        params.put("windows", base.windows());
        params.put("grace_days", base.graceDays());
        params.put("partitions", base.getInt("topic.partitions"));
        params.put("stream_threads", base.getInt("stream.threads"));
        params.put("sinks", sinkList(base));
        params.put("jvm", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        params.put("heap_max_mb", Memory.heapMax() >> 20);
        params.put("cores", Runtime.getRuntime().availableProcessors());
        params.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        params.put("started", Instant.now().toString());
        report.put("parameters", params);

        o.printf("bench: %,d events, pipeline sizes %s, %s, commit.interval.ms=%d, sinks %s%n", n, sizes,
                base.get("processing.guarantee"), base.getInt("commit.interval.ms"), sinkList(base));
        o.printf("bench: JVM %s, max heap %d MB, %d cores, load average %.1f%n", params.get("jvm"), Memory.heapMax() >> 20,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long tStart = System.nanoTime();
        Map<String, Object> phaseHeap = new LinkedHashMap<>();
        try (Memory mem = new Memory()) {
            // ---- inputs, before any clock
            Map<Long, EventFile.Summary> files = new LinkedHashMap<>();
            // the raw limit needs volume: below ~100k records JIT and batch warm-up dominate and flatter the pipeline
            long rawN = Math.max(n, 100_000);
            Set<Long> needed = new TreeSet<>();
            if (!skip.contains("pipeline")) needed.addAll(sizes);
            if (!skip.contains("raw")) needed.add(rawN);
            for (long size : needed) {
                long t = System.nanoTime();
                EventFile.Summary s = EventFile.generate(cacheDir.resolve("events-v" + EventGenerator.VERSION + "-" + seed + "-" + span + "-" + size + ".bin"), seed, size, span);
                files.put(size, s);
                o.printf("bench: input %,d events (%.0f B/record, %s) ready in %.1f s%n", size, s.meanRecordBytes(), s.stats(),
                        (System.nanoTime() - t) / 1e9);
            }
            EventFile.Summary shown = files.containsKey(n) ? files.get(n) : files.get(sizes.get(sizes.size() - 1));
            if (shown != null) report.put("input", inputJson(shown, span));

            // ---- broker
            EmbeddedBroker broker = null;
            boolean external = common.explicitCluster(base);
            try {
                if (!external) {
                    o.println("bench: starting the embedded Kafka broker...");
                    broker = new EmbeddedBroker(benchDir.resolve("broker"), base.get("broker.host"), 0, 0).start();
                    base = base.with("bootstrap.servers", broker.bootstrapServers(), "bench broker");
                }
                KafkaSetup.awaitCluster(base, Duration.ofSeconds(60));
                phaseHeap.put("after_broker_start", heapJson(mem, null));

                // ---- 1. raw limit
                RawLimit.Result raw = null;
                if (!skip.contains("raw")) {
                    o.printf("%n== raw limit: plain producer then plain consumer, %,d records ==%n", rawN);
                    mem.resetPhase();
                    raw = RawLimit.run(base, "bench.raw." + rawN, files.get(rawN), o);
                    report.put("raw", rawJson(raw));
                    phaseHeap.put("raw", heapJson(mem, null));
                }

                // ---- 2. pipeline at each size
                List<Pipeline.Result> runs = new ArrayList<>();
                if (!skip.contains("pipeline")) {
                    for (long size : sizes) {
                        o.printf("%n== pipeline: %,d events end to end (%s) ==%n", size, base.get("processing.guarantee"));
                        ParleyConfig c = BenchKafka.namespaced(base, benchDir, "p" + size);
                        Pipeline.Result r = Pipeline.run(c, label(size), files.get(size), mem, o, Duration.ofSeconds(timeoutSeconds), progress);
                        runs.add(r);
                        o.printf("  done: %.1f s, %,d rows out, %.0f records moved/s, %.1f µs/event%n", r.totalS(), r.rowsOut(),
                                r.recordsMovedPerS(), r.usPerEvent());
                        phaseHeap.put("pipeline_" + size, heapJson(mem, r.liveHeapAfter()));
                        cleanUp(c, benchDir.resolve("p" + size));
                    }
                    report.put("pipeline", runs.stream().map(BenchCommand::pipelineJson).toList());
                }
                Pipeline.Result main = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (raw != null && main != null) {
                    Map<String, Object> cmp = new LinkedHashMap<>();
                    cmp.put("raw_records_moved_per_s", round(raw.recordsMovedPerS()));
                    cmp.put("pipeline_records_moved_per_s", round(main.recordsMovedPerS()));
                    cmp.put("ratio", round3(main.recordsMovedPerS() / raw.recordsMovedPerS()));
                    cmp.put("pipeline_events_in_vs_raw_produce", round3(main.eventsInPerS() / raw.producePerS()));
                    report.put("pipeline_vs_raw", cmp);
                }
                if (runs.size() >= 2) {
                    Pipeline.Result small = runs.get(0);
                    Map<String, Object> sc = new LinkedHashMap<>();
                    sc.put("sizes", List.of(small.events(), main.events()));
                    sc.put("us_per_event", List.of(round3(small.usPerEvent()), round3(main.usPerEvent())));
                    sc.put("us_per_record_moved", List.of(round3(small.usPerRecordMoved()), round3(main.usPerRecordMoved())));
                    sc.put("rows_per_event", List.of(round3(small.rowsOut() / (double) small.events()), round3(main.rowsOut() / (double) main.events())));
                    sc.put("ratio_us_per_event", round3(main.usPerEvent() / small.usPerEvent()));
                    sc.put("ratio_us_per_record_moved", round3(main.usPerRecordMoved() / small.usPerRecordMoved()));
                    report.put("scaling", sc);
                }

                // ---- 3. latency at 10%% of the measured load
                Latency.Result lat = null;
                if (!skip.contains("latency")) {
                    double maxLoad = main != null ? main.events() / main.totalS() : Double.NaN;
                    double rate = latencyRate != null ? latencyRate : Double.isNaN(maxLoad) ? 500 : Math.max(10, 0.1 * maxLoad);
                    o.printf("%n== latency: %.0f events/s for %d s (%s), days advance every %d s ==%n", rate, latSecs,
                            latencyRate != null ? "--latency-rate" : "10% of the pipeline's " + Math.round(maxLoad) + " events/s end to end", daySeconds);
                    ParleyConfig c = BenchKafka.namespaced(base, benchDir, "latency");
                    lat = Latency.run(c, rate, latSecs, Math.min(5, latSecs / 4), daySeconds, seed + 1, mem, o);
                    report.put("latency", latencyJson(lat, maxLoad));
                    phaseHeap.put("latency", heapJson(mem, null));
                }

                // ---- 4. extraction
                Extraction.Result ex = null;
                if (!skip.contains("extraction")) {
                    o.printf("%n== extraction: %,d generated articles, one thread, after %d s of JIT warm-up ==%n", nArticles, Extraction.WARM_UP.toSeconds());
                    mem.resetPhase();
                    ex = Extraction.run(nArticles, seed, o);
                    report.put("extraction", extractionJson(ex));
                    phaseHeap.put("extraction", heapJson(mem, null));
                }

                // ---- 5. GDELT adapter and replay
                if (!skip.contains("gdelt")) {
                    o.printf("%n== GDELT: adapter on %s and replay through the pipeline ==%n", gdelt);
                    mem.resetPhase();
                    report.put("gdelt", gdelt(base, benchDir, gdelt, mem, progress));
                    phaseHeap.put("gdelt", heapJson(mem, null));
                }

                // ---- 6. memory and targets
                Map<String, Object> memory = new LinkedHashMap<>();
                memory.put("note", "one process hosts broker + Streams + sink consumer (+ producer); heap peaks are sampled every 100 ms "
                        + "and include uncollected garbage; live = after a full GC at the end of the phase");
                memory.put("process_peak_heap_mb", mb(mem.processPeakHeap()));
                memory.put("process_peak_rss_mb", mb(Memory.procStatus("VmHWM")));
                memory.put("rss_now_mb", mb(Memory.procStatus("VmRSS")));
                memory.put("heap_max_mb", mb(Memory.heapMax()));
                memory.put("phases", phaseHeap);
                if (broker != null) memory.put("broker_data_mb", mb(Memory.diskBytes(broker.dataDir())));
                report.put("memory", memory);
                report.put("targets", targets(raw, main, runs, lat, ex, mem));
                report.put("elapsed_s", round((System.nanoTime() - tStart) / 1e9));
            } finally {
                if (broker != null) broker.close();
            }
        }
        o.println();
        o.print(BenchTable.format(report));
        Files.createDirectories(outFile.toAbsolutePath().getParent());
        Files.writeString(outFile, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        o.println("bench: wrote " + outFile);
        return 0;
    }

    private Map<String, Object> gdelt(ParleyConfig base, Path benchDir, Path dir, Memory mem, int progress) throws Exception {
        Map<String, Object> g = new LinkedHashMap<>();
        GdeltHook.Reader reader = GdeltHook.reader();
        if (reader == null) {
            g.put("available", false);
            g.put("reason", GdeltHook.CLASS + " is not on the classpath (written on another branch); wire it after the merge, see GdeltHook");
            o.println("  not available: " + g.get("reason"));
            return g;
        }
        if (!Files.isDirectory(dir)) {
            g.put("available", false);
            g.put("reason", "no GDELT sample at " + dir);
            o.println("  not available: " + g.get("reason"));
            return g;
        }
        g.put("available", true);
        g.put("dir", dir.toString());
        List<Path> parts = new ArrayList<>();
        for (String sub : List.of("v2/events", "v1/sample", "v1/georgia")) if (Files.isDirectory(dir.resolve(sub))) parts.add(dir.resolve(sub));
        if (parts.isEmpty()) parts.add(dir);
        long rows = 0;
        for (Path p : parts) rows += GdeltHook.inputRows(p);
        // pass 1: adapter speed alone (events counted, nothing kept); one untimed warm-up pass on the smallest part
        reader.read(parts.get(parts.size() > 1 ? 1 : 0), e -> { });
        long[] count = {0};
        long t0 = System.nanoTime();
        for (Path p : parts) reader.read(p, e -> count[0]++);
        double s = (System.nanoTime() - t0) / 1e9;
        g.put("input_rows", rows);
        g.put("events", count[0]);
        g.put("seconds", round3(s));
        g.put("rows_per_s", round(rows / s));
        g.put("events_per_s", round(count[0] / s));
        o.printf("  adapter: %,d rows → %,d events in %.2f s (%.0f rows/s)%n", rows, count[0], s, rows / s);
        if (noGdeltReplay) return g;
        // pass 2: replay in event-time order through the pipeline
        List<Event> all = new ArrayList<>();
        for (Path p : parts) reader.read(p, all::add);
        all.sort(Comparator.comparing(Event::date));
        EventFile.Summary f = EventFile.write(benchDir.resolve("gdelt-replay.bin"), all);
        all.clear();
        ParleyConfig c = BenchKafka.namespaced(base, benchDir, "gdelt");
        Pipeline.Result r = Pipeline.run(c, "gdelt", f, mem, o, Duration.ofSeconds(timeoutSeconds), progress);
        g.put("replay", pipelineJson(r));
        cleanUp(c, benchDir.resolve("gdelt"));
        return g;
    }

    /** Deletes a finished run's topics and files (the sinks alone hold GBs for 1M events) unless --keep. */
    private void cleanUp(ParleyConfig c, Path dir) {
        if (keep) return;
        try (org.apache.kafka.clients.admin.Admin admin = KafkaSetup.admin(c)) {
            parley.model.Topics t = parley.model.Topics.from(c);
            var ss = parley.streams.StreamsSettings.from(c);
            List<String> names = new ArrayList<>(List.of(t.events(), t.late(), t.deadLetters(), t.rejects(), t.live(), t.fin()));
            names.addAll(parley.streams.EngagementApp.repartitionTopics(ss));
            admin.listTopics().names().get().stream().filter(x -> x.startsWith(c.get("application.id") + "-")).forEach(names::add);
            admin.deleteTopics(names).all().get(60, java.util.concurrent.TimeUnit.SECONDS);
            deleteTree(dir);
        } catch (Exception e) {
            o.println("  (cleanup of " + dir + " failed: " + e.getMessage() + ")");
        }
    }

    // ---- targets ------------------------------------------------------------------------------------------------

    private Map<String, Object> targets(RawLimit.Result raw, Pipeline.Result main, List<Pipeline.Result> runs,
                                        Latency.Result lat, Extraction.Result ex, Memory mem) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (raw != null && main != null) {
            double ratio = main.recordsMovedPerS() / raw.recordsMovedPerS();
            t.put("pipeline_ge_50pct_of_raw_records_moved", target(ratio >= 0.5, String.format("%.1f %% of raw", ratio * 100)));
        }
        if (lat != null) t.put("p99_latency_le_1s_at_10pct_load", target(lat.p99Ms() <= 1000 && lat.unresolved() == 0,
                String.format("p99 %.0f ms (p50 %.0f ms), %d unresolved", lat.p99Ms(), lat.p50Ms(), lat.unresolved())));
        if (ex != null) t.put("extraction_ge_200_articles_per_s_per_core", target(!ex.placeholder() && ex.articlesPerS() >= 200,
                String.format("%.0f articles/s on one thread%s", ex.articlesPerS(), ex.placeholder() ? " (PLACEHOLDER extractor: meaningless)" : "")));
        if (main != null) {
            long peak = mem.processPeakHeap();
            long max = Memory.heapMax();
            boolean fitsMax = max <= 512L << 20 && main.complete();
            boolean met = fitsMax || main.phasePeakHeap() <= 512L << 20;
            String how = fitsMax ? "ran to completion inside -Xmx" + mb(max) + "m" : met ? "sampled peak within 512 MB"
                    : "sampled peak above 512 MB under -Xmx" + mb(max) + "m (a JVM grows into the heap it is given; rerun with PARLEY_JAVA_OPTS=-Xmx512m to prove)";
            t.put("heap_le_512mb_for_" + main.events() + "_events", target(met,
                    String.format("%s; pipeline phase peak %d MB, live after GC %d MB, whole-run peak %d MB; broker+Streams+consumer in one JVM",
                            how, mb(main.phasePeakHeap()), mb(main.liveHeapAfter()), mb(peak))));
        }
        if (runs.size() >= 2) {
            double r = main.usPerEvent() / runs.get(0).usPerEvent();
            t.put("cost_flat_per_event_10x", target(r <= 1.25, String.format("µs/event %.1f → %.1f (×%.2f, flat = ≤ ×1.25)",
                    runs.get(0).usPerEvent(), main.usPerEvent(), r)));
        }
        return t;
    }

    private static Map<String, Object> target(boolean met, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("met", met);
        m.put("detail", detail);
        return m;
    }

    // ---- JSON pieces --------------------------------------------------------------------------------------------

    private static Map<String, Object> inputJson(EventFile.Summary s, int span) {
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

    private static Map<String, Object> rawJson(RawLimit.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", r.records());
        m.put("produce_s", round3(r.produceS()));
        m.put("produce_per_s", round(r.producePerS()));
        m.put("produce_mb_per_s", round3(r.produceMBps()));
        m.put("consume_s", round3(r.consumeS()));
        m.put("consume_per_s", round(r.consumePerS()));
        m.put("consume_mb_per_s", round3(r.consumeMBps()));
        m.put("records_moved_per_s", round(r.recordsMovedPerS()));
        return m;
    }

    static Map<String, Object> pipelineJson(Pipeline.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", r.label());
        m.put("complete", r.complete());
        m.put("events", r.events());
        m.put("produce_s", round3(r.producedS()));
        m.put("streams_in_s", round3(r.inS()));
        m.put("total_s", round3(r.totalS()));
        m.put("events_in_per_s", round(r.eventsInPerS()));
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

    private static Map<String, Object> latencyJson(Latency.Result l, double maxLoad) {
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

    private static Map<String, Object> extractionJson(Extraction.Result e) {
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

    private static Map<String, Object> heapJson(Memory mem, Long live) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peak_heap_mb", mb(mem.phasePeakHeap()));
        if (live != null) m.put("live_heap_after_gc_mb", mb(live));
        m.put("peak_rss_mb", mb(mem.phasePeakRss()));
        return m;
    }

    private static List<String> sinkList(ParleyConfig c) {
        List<String> s = new ArrayList<>();
        for (String k : List.of("sink.sqlite", "sink.jsonl", "sink.csv", "sink.postgres")) if (!c.get(k).isBlank()) s.add(k.substring(5));
        return s;
    }

    private static String label(long size) {
        return size % 1_000_000 == 0 ? size / 1_000_000 + "M" : size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    static long mb(long bytes) { return bytes < 0 ? -1 : bytes >> 20; }

    static double round(double v) { return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : v; }

    static double round3(double v) { return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v; }

    static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> w = Files.walk(p)) {
            for (Path x : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
