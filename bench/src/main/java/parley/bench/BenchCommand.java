package parley.bench;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline end to end against the same records moved with nothing else.",
                "One run on an embedded broker (or --bootstrap-servers), phase by phase:",
                "  pipeline    exactly-once, each --scale size over --span-days (sparse)",
                "  bare        baseline of the largest: the same events and rows through",
                "              the same topics by plain clients; the pipeline/bare ratio",
                "  dense       --dense-events over --dense-span-days, with its baseline",
                "  latency     end to end at 10%% of the sparse run's events/s",
                "  extraction  articles/s on one core",
                "  gdelt       the GDELT adapter on the shared sample, and a replay",
                "Then memory and the targets of issue #18: a table, and JSON (--out).",
                "JVM: the launcher's -Xmx1g and parallel collector, or PARLEY_JAVA_OPTS (\"-Xms256m -Xmx512m -XX:+UseParallelGC\" proves the heap target)."})
public class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--events", description = "Events of the largest sparse pipeline run (default 1,000,000; --quick: 10,000).")
    Long events;

    @Option(names = "--quick", description = "Smoke test, about 2 min: sparse 10k events over 30 days, dense 30k over 3 days, "
            + "10 s latency phase, 200 articles, GDELT adapter without the replay. Targets are listed, marked where not at full scale.")
    boolean quick;

    @Option(names = "--scale", split = ",", paramLabel = "N", description = "Sparse pipeline sizes, e.g. 100000,1000000 (default: events/10 and events; --quick: 10000).")
    List<Long> scale;

    @Option(names = "--out", description = "JSON output file (default <project>/target/bench.json), e.g. docs/bench/<name>.json.")
    Path out;

    @Option(names = "--span-days", description = "Sparse scenario: event dates spread over this many days (default 730 = two years; --quick: 30).")
    Integer spanDays;

    @Option(names = "--dense-events", description = "Dense scenario: events (default 1,000,000; --quick: 30,000).")
    Long denseEvents;

    @Option(names = "--dense-span-days", description = "Dense scenario: event dates spread over this many days (default 30; --quick: 3).")
    Integer denseSpanDays;

    @Option(names = "--keep", description = "Keep each run's topics, state and sink files (default: measured, then deleted; 1M events write GBs).")
    boolean keep;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--latency-seconds", description = "Length of the latency phase (default 40; --quick: 10).")
    Integer latencySeconds;

    @Option(names = "--latency-rate", description = "Events/s in the latency phase (default: 10%% of the sparse pipeline's measured end-to-end events/s).")
    Double latencyRate;

    @Option(names = "--day-seconds", defaultValue = "5", description = "Latency phase: event days advance one day every this many seconds (default ${DEFAULT-VALUE}).")
    int daySeconds;

    @Option(names = "--articles", description = "Articles for the extraction phase (default 2000; --quick: 200).")
    Integer articles;

    @Option(names = "--gdelt-dir", description = "The shared GDELT sample (default $PARLEY_SHARED/data/gdelt or <project>/../shared/data/gdelt).")
    Path gdeltDir;

    @Option(names = "--no-gdelt-replay", description = "Time the GDELT adapter only; do not replay its events through the pipeline (always so with --quick).")
    boolean noGdeltReplay;

    @Option(names = "--skip", split = ",", description = "Phases to skip: pipeline, bare, dense, latency, extraction, gdelt.")
    Set<String> skip = new TreeSet<>();

    @Option(names = "--timeout", defaultValue = "1800", description = "Seconds allowed per pipeline or baseline run (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        ParleyConfig config = common.config();
        return new BenchRun(plan(), config, common.explicitCluster(config), System.out).run();
    }

    /** The options with every default resolved. */
    Plan plan() {
        Path home = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".")).toAbsolutePath().normalize();
        List<Long> sizes = sizes();
        long n = sizes.get(sizes.size() - 1);
        return new Plan(n, sizes, spanDays != null ? spanDays : quick ? 30 : EventGenerator.SPAN_DAYS,
                denseEvents != null ? denseEvents : quick ? 30_000 : Plan.FULL_EVENTS, denseSpanDays != null ? denseSpanDays : quick ? 3 : 30,
                latencySeconds != null ? latencySeconds : quick ? 10 : Plan.FULL_LATENCY_SECONDS, latencyRate, daySeconds,
                articles != null ? articles : quick ? 200 : Plan.FULL_ARTICLES, quick ? 3 : 5,
                out != null ? out : home.resolve("target/bench.json"),
                gdeltDir != null ? gdeltDir : Path.of(System.getenv().getOrDefault("PARLEY_SHARED", home.resolve("../shared").toString()))
                        .resolve("data/gdelt").normalize(),
                skip, Duration.ofSeconds(timeoutSeconds), seed, keep, quick, !noGdeltReplay && !quick);
    }

    /** Sparse sizes, ascending, the largest last: --scale, else events/10 and events (--quick: 10k alone). */
    private List<Long> sizes() {
        if (scale != null && !scale.isEmpty()) {
            TreeSet<Long> s = new TreeSet<>(scale);
            if (events != null) s.add(events);
            for (long x : s) if (x < 1) throw new IllegalArgumentException("--scale/--events: sizes must be ≥ 1, got " + x);
            if (events != null && s.last() > events) throw new IllegalArgumentException("--scale " + s.last() + " is above --events " + events);
            return new ArrayList<>(s);
        }
        long n = events != null ? events : quick ? 10_000 : Plan.FULL_EVENTS;
        if (n < 1) throw new IllegalArgumentException("--events must be ≥ 1");
        return quick || n < 10 ? List.of(n) : List.of(n / 10, n);
    }
}
