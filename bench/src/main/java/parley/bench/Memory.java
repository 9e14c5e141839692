package parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Memory of this one process (it hosts broker, Streams and consumer together): heap used sampled every 100 ms
 * (the peak per phase includes garbage not yet collected), heap live after a full GC at the end of a phase, and
 * RSS from /proc/self/status (VmRSS now, VmHWM = the process's peak RSS since start).
 */
public final class Memory implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long phasePeakHeap;
    private volatile long phasePeakRss;
    private volatile long processPeakHeap;

    public Memory() {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    private int ticks;

    private void sample() {
        long used = heapUsed();
        if (used > phasePeakHeap) phasePeakHeap = used;
        if (used > processPeakHeap) processPeakHeap = used;
        if (ticks++ % 5 == 0) {
            long rss = procStatus("VmRSS");
            if (rss > phasePeakRss) phasePeakRss = rss;
        }
    }

    public static long heapUsed() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(); }

    /**
     * The heap ceiling: the last -Xmx the JVM was given, else what it reports. Under the parallel collector the
     * reported maximum leaves out one survivor space (470 MB for -Xmx512m) while the used heap counts it.
     */
    public static long heapMax() {
        long xmx = xmx(ManagementFactory.getRuntimeMXBean().getInputArguments());
        return xmx > 0 ? xmx : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** The last -Xmx among JVM arguments, in bytes (k, m, g suffixes), or -1. */
    static long xmx(java.util.List<String> jvmArgs) {
        long out = -1;
        for (String a : jvmArgs) {
            if (!a.startsWith("-Xmx") || a.length() < 5) continue;
            String v = a.substring(4).toLowerCase(java.util.Locale.ROOT);
            int shift = switch (v.charAt(v.length() - 1)) { case 'k' -> 10; case 'm' -> 20; case 'g' -> 30; default -> 0; };
            try {
                out = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1)) << shift;
            } catch (NumberFormatException e) {
                // not a size the JVM would have accepted either; keep the one before
            }
        }
        return out;
    }

    /** Starts a new phase: peaks from now on. */
    public void resetPhase() {
        phasePeakHeap = heapUsed();
        phasePeakRss = procStatus("VmRSS");
    }

    public long phasePeakHeap() { sample(); return phasePeakHeap; }

    public long phasePeakRss() { return Math.max(phasePeakRss, procStatus("VmRSS")); }

    public long processPeakHeap() { sample(); return processPeakHeap; }

    /** Heap still reachable: used after a full collection (System.gc() is a full GC on G1 and Serial). */
    public static long liveHeapAfterGc() {
        System.gc();
        return heapUsed();
    }

    /** A /proc/self/status value in bytes (VmRSS, VmHWM); -1 where there is no /proc. */
    public static long procStatus(String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith(field + ":")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Bytes of all regular files under {@code dir} (0 if absent). */
    public static long diskBytes(Path dir) {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
