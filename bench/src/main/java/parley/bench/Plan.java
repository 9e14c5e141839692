package parley.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one bench run will do, with every default resolved (full run or {@code --quick}): which phases, which sizes,
 * which scenarios. Built from the options by {@link BenchCommand}; the phases read nothing else.
 *
 * @param events        the largest sparse pipeline size (the "1M sparse" of the targets)
 * @param sizes         sparse pipeline sizes, ascending; the last one is {@code events}
 * @param spanDays      days the sparse events are spread over
 * @param denseEvents   events of the dense scenario
 * @param denseSpanDays days the dense events are spread over
 */
record Plan(long events, List<Long> sizes, int spanDays, long denseEvents, int denseSpanDays, int latencySeconds,
            Double latencyRate, int daySeconds, int articles, int progressSeconds, Path out, Path gdeltDir, Set<String> skip,
            Duration timeout, long seed, boolean keep, boolean quick, boolean gdeltReplay) {

    /** The phases --skip knows. */
    static final List<String> PHASES = List.of("pipeline", "bare", "dense", "latency", "extraction", "gdelt");

    /** The scale: the targets are stated for 1M events (sparse: over two years; dense: over 30 days). */
    static final long FULL_EVENTS = 1_000_000;
    static final int FULL_LATENCY_SECONDS = 40;
    static final int FULL_ARTICLES = 2000;

    Plan {
        for (String s : skip)
            if (!PHASES.contains(s)) throw new IllegalArgumentException("--skip " + s + ": no such phase (phases: " + String.join(", ", PHASES) + ")");
        sizes = List.copyOf(sizes);
        skip = Set.copyOf(skip);
    }

    boolean runs(String phase) { return !skip.contains(phase); }

    /** The bare-shape baseline needs the row counts of the pipeline run it mirrors. */
    boolean runsSparseBaseline() { return runs("pipeline") && runs("bare"); }

    boolean runsDenseBaseline() { return runs("dense") && runs("bare"); }

    /** The sparse run is the "1M sparse": at least 1M events over at least two years. */
    boolean sparseAtFullScale() { return events >= FULL_EVENTS && spanDays >= EventGenerator.SPAN_DAYS; }

    boolean denseAtFullScale() { return denseEvents >= FULL_EVENTS; }

    static String label(long size) {
        return size % 1_000_000 == 0 ? size / 1_000_000 + "M" : size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }
}
