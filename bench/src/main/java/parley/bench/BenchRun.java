package parley.bench;

import org.apache.kafka.clients.admin.Admin;
import parley.app.broker.EmbeddedBroker;
import parley.config.ParleyConfig;
import parley.json.Json;
import parley.kafka.KafkaSetup;
import parley.model.Event;
import parley.producer.gdelt.GdeltAdapter;
import parley.producer.gdelt.GdeltStats;
import parley.streams.EngagementApp;
import parley.streams.StreamsSettings;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One bench run, phase by phase: inputs (before any clock), the broker, the sparse pipeline sizes, the bare-shape
 * baseline of the largest, the dense scenario and its baseline, latency, extraction, GDELT, then memory and targets.
 * Each phase is one method that runs it, records its JSON section and its heap, and keeps its result for the targets.
 */
final class BenchRun {
    /** Rows read back per result topic to give the baseline the pipeline's row sizes and contents. */
    static final int ROW_SAMPLE = 20_000;

    private final Plan plan;
    private final PrintStream o;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final Map<String, Object> phaseHeap = new LinkedHashMap<>();
    private final Path benchDir;
    private final Path cacheDir;
    private final boolean externalCluster;
    private ParleyConfig base;
    private Memory mem;

    // results, for the comparisons and the targets
    private final List<Pipeline.Result> sparseRuns = new ArrayList<>();
    private BareShape.Result sparseBare;
    private Pipeline.Result dense;
    private Latency.Result latency;
    private Extraction.Result extraction;

    /** {@code externalCluster}: --bootstrap-servers or the configuration names a cluster; else an embedded broker is started. */
    BenchRun(Plan plan, ParleyConfig config, boolean externalCluster, PrintStream out) {
        this.plan = plan;
        this.externalCluster = externalCluster;
        this.o = out;
        Path work = Path.of(config.get("work.dir")).toAbsolutePath();
        this.benchDir = work.resolve("bench");
        this.cacheDir = work.resolve("bench-cache");
        this.base = config.with("work.dir", benchDir.toString(), "bench");
    }

    int run() throws Exception {
        deleteTree(benchDir);
        Files.createDirectories(benchDir);
        report.put("parameters", parameters());
        printHeader();
        long tStart = System.nanoTime();
        try (Memory m = new Memory()) {
            mem = m;
            Map<String, EventFile.Summary> inputs = prepareInputs();
            try (EmbeddedBroker broker = startBroker()) {
                KafkaSetup.awaitCluster(base, Duration.ofSeconds(60));
                phaseHeap.put("after_broker_start", BenchJson.heap(mem, null));
                if (plan.runs("pipeline")) sparse(inputs);
                if (plan.runs("dense")) dense(inputs.get("dense"));
                if (plan.runs("latency")) latency();
                if (plan.runs("extraction")) extraction();
                if (plan.runs("gdelt")) gdelt();
                report.put("memory", memory(broker));
            }
            report.put("targets", Targets.of(new Targets.Measured(plan, largestSparse(), sparseBare, dense, latency, extraction, Memory.heapMax()))
                    .stream().map(Targets.Target::json).toList());
            report.put("elapsed_s", BenchJson.round((System.nanoTime() - tStart) / 1e9));
        }
        writeReport();
        return 0;
    }

    // ---- set-up -------------------------------------------------------------------------------------------------

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("events", plan.events());
        p.put("scale", plan.sizes());
        p.put("quick", plan.quick());
        p.put("seed", plan.seed());
        p.put("span_days", plan.spanDays());
        p.put("dense_events", plan.denseEvents());
        p.put("dense_span_days", plan.denseSpanDays());
        p.put("skipped", new java.util.TreeSet<>(plan.skip()));
        p.put("processing_guarantee", base.get("processing.guarantee"));
        p.put("commit_interval_ms", base.getInt("commit.interval.ms"));
        p.put("windows", base.windows());
        p.put("grace_days", base.graceDays());
        p.put("partitions", base.getInt("topic.partitions"));
        p.put("stream_threads", base.getInt("stream.threads"));
        p.put("sinks", sinkList(base));
        p.put("jvm", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        p.put("heap_max_mb", Memory.heapMax() >> 20);
        p.put("cores", Runtime.getRuntime().availableProcessors());
        p.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        p.put("started", Instant.now().toString());
        return p;
    }

    private void printHeader() {
        o.printf("bench: sparse %s events over %d days, dense %,d over %d days, %s, commit.interval.ms=%d, sinks %s%n",
                plan.sizes(), plan.spanDays(), plan.denseEvents(), plan.denseSpanDays(), base.get("processing.guarantee"),
                base.getInt("commit.interval.ms"), sinkList(base));
        o.printf("bench: JVM %s, max heap %d MB, %d cores, load average %.1f%n", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                Memory.heapMax() >> 20, Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The events files, generated once into the cache (not timed): one per sparse size (key = size) and "dense". */
    private Map<String, EventFile.Summary> prepareInputs() throws IOException {
        Map<String, EventFile.Summary> files = new LinkedHashMap<>();
        if (plan.runs("pipeline")) {
            for (long size : plan.sizes()) files.put(String.valueOf(size), input(size, plan.spanDays()));
            report.put("input", BenchJson.input(files.get(String.valueOf(plan.events())), plan.spanDays()));
        }
        if (plan.runs("dense")) files.put("dense", input(plan.denseEvents(), plan.denseSpanDays()));
        return files;
    }

    private EventFile.Summary input(long size, int span) throws IOException {
        long t = System.nanoTime();
        EventFile.Summary s = EventFile.generate(cacheDir.resolve("events-v" + EventGenerator.VERSION + "-" + plan.seed() + "-" + span + "-" + size + ".bin"),
                plan.seed(), size, span);
        o.printf("bench: input %,d events over %d days (%.0f B/record, %s) ready in %.1f s%n", size, span, s.meanRecordBytes(), s.stats(),
                (System.nanoTime() - t) / 1e9);
        return s;
    }

    /** The embedded broker, or null when --bootstrap-servers/--config names a cluster. */
    private EmbeddedBroker startBroker() throws IOException {
        if (externalCluster) return null;
        o.println("bench: starting the embedded Kafka broker...");
        EmbeddedBroker broker = new EmbeddedBroker(benchDir.resolve("broker"), base.get("broker.host"), 0, 0).start();
        base = base.with("bootstrap.servers", broker.bootstrapServers(), "bench broker");
        return broker;
    }

    // ---- phases -------------------------------------------------------------------------------------------------

    /** The pipeline at each sparse size; the largest then gets its bare-shape baseline. */
    private void sparse(Map<String, EventFile.Summary> inputs) throws Exception {
        List<Map<String, Object>> json = new ArrayList<>();
        for (long size : plan.sizes()) {
            boolean largest = size == plan.events();
            Measured m = pipelineAndBaseline("p" + size, Plan.label(size), inputs.get(String.valueOf(size)),
                    String.format("pipeline: %,d events over %d days end to end (%s)", size, plan.spanDays(), base.get("processing.guarantee")),
                    largest && plan.runs("bare"));
            sparseRuns.add(m.pipeline());
            json.add(BenchJson.pipeline(m.pipeline()));
            if (largest && m.bare() != null) {
                sparseBare = m.bare();
                report.put("baseline", BenchJson.baseline(m.pipeline(), m.bare()));
            }
        }
        report.put("pipeline", json);
        scaling();
    }

    /** The dense scenario: the same pipeline phase on many events over few days, with its own baseline. */
    private void dense(EventFile.Summary input) throws Exception {
        Measured m = pipelineAndBaseline("dense", "dense-" + Plan.label(plan.denseEvents()), input,
                String.format("dense: %,d events over %d days end to end (%s)", plan.denseEvents(), plan.denseSpanDays(), base.get("processing.guarantee")),
                plan.runs("bare"));
        dense = m.pipeline();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("span_days", plan.denseSpanDays());
        d.put("input", BenchJson.input(input, plan.denseSpanDays()));
        d.put("pipeline", BenchJson.pipeline(m.pipeline()));
        if (m.bare() != null) d.put("baseline", BenchJson.baseline(m.pipeline(), m.bare()));
        report.put("dense", d);
    }

    private record Measured(Pipeline.Result pipeline, BareShape.Result bare) { }

    /**
     * One pipeline run on its own namespace; with {@code baseline}, its rows are sampled before the clean-up and the
     * bare shape moves the same events and as many rows right after, on a namespace of its own.
     */
    private Measured pipelineAndBaseline(String ns, String label, EventFile.Summary input, String title, boolean baseline) throws Exception {
        ParleyConfig c = BenchKafka.namespaced(base, benchDir, ns);
        Pipeline.Result r = pipelineRun(c, label, input, title);
        RowSample[] rows = baseline ? sampleRows(c) : null;
        cleanUp(c, benchDir.resolve(ns));
        return new Measured(r, baseline ? baselineRun(ns + "-bare", label, input, r, rows[0], rows[1]) : null);
    }

    private Pipeline.Result pipelineRun(ParleyConfig c, String label, EventFile.Summary input, String title) throws Exception {
        o.printf("%n== %s ==%n", title);
        Pipeline.Result r = Pipeline.run(c, label, input, mem, o, plan.timeout(), plan.progressSeconds());
        o.printf("  done: %.1f s, %,.0f events/s end to end, %,d rows out (%,d live, %,d final), %.1f µs/event%n", r.totalS(),
                r.eventsPerSEndToEnd(), r.rowsOut(), r.rowsLive(), r.rowsFinal(), r.usPerEvent());
        phaseHeap.put("pipeline_" + label, BenchJson.heap(mem, r.liveHeapAfter()));
        return r;
    }

    /** The run's live and final rows as written, read back from its topics: {live, final}. */
    private static RowSample[] sampleRows(ParleyConfig c) {
        parley.model.Topics t = parley.model.Topics.from(c);
        return new RowSample[]{RowSample.take(c, t.live(), ROW_SAMPLE), RowSample.take(c, t.fin(), ROW_SAMPLE)};
    }

    /** The bare shape of pipeline run {@code r}: its events file, and its live and final row counts from the samples. */
    private BareShape.Result baselineRun(String ns, String label, EventFile.Summary input, Pipeline.Result r, RowSample live, RowSample fin)
            throws Exception {
        o.printf("%n== bare shape of %s: %,d events, %,d live rows of ~%.0f B, %,d final rows of ~%.0f B, plain clients ==%n", label,
                r.events(), r.rowsLive(), live.meanBytes(), r.rowsFinal(), fin.meanBytes());
        ParleyConfig bc = BenchKafka.namespaced(base, benchDir, ns);
        mem.resetPhase();
        BareShape.Result b = BareShape.run(bc, label, input, live, fin, r.rowsLive(), r.rowsFinal(), o, plan.timeout(), plan.progressSeconds());
        o.printf("  done: %.1f s (events produced at %.1f s, relayed at %.1f s); pipeline / bare shape = %.1f / %.1f = %.2f%n", b.totalS(),
                b.eventsProducedS(), b.eventsRelayedS(), r.totalS(), b.totalS(), r.totalS() / b.totalS());
        phaseHeap.put("bare_" + label, BenchJson.heap(mem, null));
        cleanUp(bc, benchDir.resolve(ns));
        return b;
    }

    /** Cost per event and per record moved from the smallest to the largest sparse size (informational). */
    private void scaling() {
        if (sparseRuns.size() < 2) return;
        Pipeline.Result small = sparseRuns.get(0), main = largestSparse();
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("sizes", List.of(small.events(), main.events()));
        sc.put("us_per_event", List.of(BenchJson.round3(small.usPerEvent()), BenchJson.round3(main.usPerEvent())));
        sc.put("us_per_record_moved", List.of(BenchJson.round3(small.usPerRecordMoved()), BenchJson.round3(main.usPerRecordMoved())));
        sc.put("rows_per_event", List.of(BenchJson.round3(small.rowsOut() / (double) small.events()), BenchJson.round3(main.rowsOut() / (double) main.events())));
        sc.put("ratio_us_per_event", BenchJson.round3(main.usPerEvent() / small.usPerEvent()));
        sc.put("ratio_us_per_record_moved", BenchJson.round3(main.usPerRecordMoved() / small.usPerRecordMoved()));
        report.put("scaling", sc);
    }

    /** Latency at 10 % of the largest sparse run's end-to-end events/s (or --latency-rate). */
    private void latency() throws Exception {
        Pipeline.Result main = largestSparse();
        double maxLoad = main != null ? main.eventsPerSEndToEnd() : Double.NaN;
        double rate = plan.latencyRate() != null ? plan.latencyRate() : Double.isNaN(maxLoad) ? 500 : Math.max(10, 0.1 * maxLoad);
        int secs = plan.latencySeconds();
        o.printf("%n== latency: %.0f events/s for %d s (%s), days advance every %d s ==%n", rate, secs,
                plan.latencyRate() != null ? "--latency-rate" : "10% of the pipeline's " + Math.round(maxLoad) + " events/s end to end", plan.daySeconds());
        ParleyConfig c = BenchKafka.namespaced(base, benchDir, "latency");
        latency = Latency.run(c, rate, secs, Math.min(5, secs / 4), plan.daySeconds(), plan.seed() + 1, mem, o);
        report.put("latency", BenchJson.latency(latency, maxLoad));
        phaseHeap.put("latency", BenchJson.heap(mem, null));
        cleanUp(c, benchDir.resolve("latency"));
    }

    private void extraction() {
        o.printf("%n== extraction: %,d generated articles, one thread, after %d s of JIT warm-up ==%n", plan.articles(), Extraction.WARM_UP.toSeconds());
        mem.resetPhase();
        extraction = Extraction.run(plan.articles(), plan.seed(), o);
        report.put("extraction", BenchJson.extraction(extraction));
        phaseHeap.put("extraction", BenchJson.heap(mem, null));
    }

    /** The GDELT adapter's speed on the shared sample, then (unless --no-gdelt-replay) its events through the pipeline. */
    private void gdelt() throws Exception {
        Path dir = plan.gdeltDir();
        o.printf("%n== GDELT: adapter on %s and replay through the pipeline ==%n", dir);
        mem.resetPhase();
        Map<String, Object> g = new LinkedHashMap<>();
        report.put("gdelt", g);
        if (!Files.isDirectory(dir)) {
            g.put("available", false);
            g.put("reason", "no GDELT sample at " + dir);
            o.println("  not available: " + g.get("reason"));
            return;
        }
        g.put("available", true);
        g.put("dir", dir.toString());
        List<Path> parts = new ArrayList<>();
        for (String sub : List.of("v2/events", "v1/sample", "v1/georgia")) if (Files.isDirectory(dir.resolve(sub))) parts.add(dir.resolve(sub));
        if (parts.isEmpty()) parts.add(dir);
        GdeltAdapter adapter = new GdeltAdapter();
        adapter.read(parts.get(parts.size() > 1 ? 1 : 0), e -> { }); // untimed warm-up on a small part
        long rows = 0, events = 0;
        long t0 = System.nanoTime();
        for (Path p : parts) {
            GdeltStats s = adapter.read(p, e -> { });
            rows += s.read();
            events += s.mapped();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        g.put("input_rows", rows);
        g.put("events", events);
        g.put("seconds", BenchJson.round3(s));
        g.put("rows_per_s", BenchJson.round(rows / s));
        g.put("events_per_s", BenchJson.round(events / s));
        o.printf("  adapter: %,d rows → %,d events in %.2f s (%.0f rows/s)%n", rows, events, s, rows / s);
        if (plan.gdeltReplay()) g.put("replay", gdeltReplay(adapter, parts));
        phaseHeap.put("gdelt", BenchJson.heap(mem, null));
    }

    private Map<String, Object> gdeltReplay(GdeltAdapter adapter, List<Path> parts) throws Exception {
        List<Event> all = new ArrayList<>();
        for (Path p : parts) adapter.read(p, all::add);
        all.sort(Comparator.comparing(Event::date));
        EventFile.Summary f = EventFile.write(benchDir.resolve("gdelt-replay.bin"), all);
        all.clear();
        ParleyConfig c = BenchKafka.namespaced(base, benchDir, "gdelt");
        Pipeline.Result r = Pipeline.run(c, "gdelt", f, mem, o, plan.timeout(), plan.progressSeconds());
        cleanUp(c, benchDir.resolve("gdelt"));
        return BenchJson.pipeline(r);
    }

    private Map<String, Object> memory(EmbeddedBroker broker) {
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("note", "one process hosts broker + Streams + sink consumer (+ producer); heap peaks are sampled every 100 ms "
                + "and include uncollected garbage; live = after a full GC at the end of the phase");
        memory.put("process_peak_heap_mb", BenchJson.mb(mem.processPeakHeap()));
        memory.put("process_peak_rss_mb", BenchJson.mb(Memory.procStatus("VmHWM")));
        memory.put("rss_now_mb", BenchJson.mb(Memory.procStatus("VmRSS")));
        memory.put("heap_max_mb", BenchJson.mb(Memory.heapMax()));
        memory.put("phases", phaseHeap);
        if (broker != null) memory.put("broker_data_mb", BenchJson.mb(Memory.diskBytes(broker.dataDir())));
        return memory;
    }

    // ---- output and helpers ----------------------------------------------------------------------------------------

    private void writeReport() throws IOException {
        o.println();
        o.print(BenchTable.format(report));
        Path outFile = plan.out().toAbsolutePath();
        Files.createDirectories(outFile.getParent());
        Files.writeString(outFile, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        o.println("bench: wrote " + outFile);
    }

    private Pipeline.Result largestSparse() { return sparseRuns.isEmpty() ? null : sparseRuns.get(sparseRuns.size() - 1); }

    /** Deletes a finished run's topics and files (the sinks alone hold GBs for 1M events) unless --keep. */
    private void cleanUp(ParleyConfig c, Path dir) {
        if (plan.keep()) return;
        try (Admin admin = KafkaSetup.admin(c)) {
            parley.model.Topics t = parley.model.Topics.from(c);
            List<String> names = new ArrayList<>(List.of(t.events(), t.late(), t.deadLetters(), t.rejects(), t.live(), t.fin()));
            names.addAll(EngagementApp.repartitionTopics(StreamsSettings.from(c)));
            admin.listTopics().names().get().stream().filter(x -> x.startsWith(c.get("application.id") + "-")).forEach(names::add);
            List<String> existing = new ArrayList<>(admin.listTopics().names().get());
            names.retainAll(existing);
            admin.deleteTopics(names).all().get(60, TimeUnit.SECONDS);
            deleteTree(dir);
        } catch (Exception e) {
            o.println("  (cleanup of " + dir + " failed: " + e.getMessage() + ")");
        }
    }

    private static List<String> sinkList(ParleyConfig c) {
        List<String> s = new ArrayList<>();
        for (String k : List.of("sink.sqlite", "sink.jsonl", "sink.csv", "sink.postgres")) if (!c.get(k).isBlank()) s.add(k.substring(5));
        return s;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> w = Files.walk(p)) {
            for (Path x : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
