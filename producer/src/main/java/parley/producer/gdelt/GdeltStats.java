package parley.producer.gdelt;

import parley.model.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one {@link GdeltAdapter#read} did: per input file (a zip entry counts as a file, named {@code a.zip!entry}),
 * rows read, events mapped, rows skipped by reason, layouts detected, and an error when the file could not be read
 * to its end. Rows are counted so that {@code read == mapped + Σ skipped} for every file. Header and blank lines are
 * not rows.
 */
public final class GdeltStats {

    /** Counts for one file or zip entry. */
    public static final class FileStats {
        private final String file;
        long read;
        long mapped;
        final TreeMap<String, Long> skipped = new TreeMap<>();
        final TreeMap<String, Long> layouts = new TreeMap<>();
        final EnumMap<Kind, Long> mappedByKind = new EnumMap<>(Kind.class);
        String error;
        long nanos;

        FileStats(String file) { this.file = file; }

        void skip(String reason) { skipped.merge(reason, 1L, Long::sum); }

        public String file() { return file; }

        public long read() { return read; }

        public long mapped() { return mapped; }

        /** Skipped rows by reason (see {@link Skip}), sorted by reason. */
        public Map<String, Long> skipped() { return Collections.unmodifiableMap(skipped); }

        public long skippedTotal() { return skipped.values().stream().mapToLong(Long::longValue).sum(); }

        /** Rows per detected layout, e.g. {@code v2-61}, {@code v1-58}, {@code v1-57}, {@code csv-header-58+rownum}. */
        public Map<String, Long> layouts() { return Collections.unmodifiableMap(layouts); }

        public Map<Kind, Long> mappedByKind() { return Collections.unmodifiableMap(mappedByKind); }

        /** Null when the file was read to its end; else why it stopped (I/O error, zip limits, …). */
        public String error() { return error; }

        public long nanos() { return nanos; }

        public boolean reconciles() { return read == mapped + skippedTotal(); }

        @Override
        public String toString() {
            return file + ": read=" + read + " mapped=" + mapped + " " + mappedByKind + " skipped=" + skipped
                    + " layouts=" + layouts + (error == null ? "" : " ERROR " + error);
        }
    }

    private final List<FileStats> files = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    long nanos;

    FileStats newFile(String name) {
        FileStats f = new FileStats(name);
        files.add(f);
        return f;
    }

    public List<FileStats> files() { return Collections.unmodifiableList(files); }

    /** Directory entries not read (not .csv/.tsv/.txt/.zip, or not regular files). */
    public List<String> ignored() { return Collections.unmodifiableList(ignored); }

    public long read() { return files.stream().mapToLong(f -> f.read).sum(); }

    public long mapped() { return files.stream().mapToLong(f -> f.mapped).sum(); }

    public Map<String, Long> skipped() {
        Map<String, Long> m = new TreeMap<>();
        for (FileStats f : files) f.skipped.forEach((k, v) -> m.merge(k, v, Long::sum));
        return m;
    }

    public Map<Kind, Long> mappedByKind() {
        Map<Kind, Long> m = new EnumMap<>(Kind.class);
        for (FileStats f : files) f.mappedByKind.forEach((k, v) -> m.merge(k, v, Long::sum));
        return m;
    }

    /** Files that stopped early (see {@link FileStats#error()}). */
    public List<FileStats> errors() { return files.stream().filter(f -> f.error != null).toList(); }

    public long nanos() { return nanos; }

    /** Rows read per second of wall time spent in {@link GdeltAdapter#read} (sink time included). */
    public double rowsPerSecond() { return nanos == 0 ? 0 : read() * 1e9 / nanos; }

    public boolean reconciles() { return files.stream().allMatch(FileStats::reconciles); }

    /** A fixed-width table for the CLI summary: one line per file, a total line, then errors and ignored files. */
    public String table() {
        TreeSet<String> reasons = new TreeSet<>();
        for (FileStats f : files) reasons.addAll(f.skipped.keySet());
        int w = "file".length();
        for (FileStats f : files) w = Math.max(w, f.file.length());
        w = Math.min(w, 60);
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-" + w + "s %9s %8s", "file", "read", "mapped"));
        for (String r : reasons) b.append(' ').append(String.format("%" + Math.max(6, r.length()) + "s", r));
        b.append('\n');
        for (FileStats f : files) row(b, w, shorten(f.file, w), f.read, f.mapped, f.skipped, reasons);
        row(b, w, "TOTAL", read(), mapped(), skipped(), reasons);
        b.append(String.format("mapped by kind: %s; %.0f rows/s%n", mappedByKind(), rowsPerSecond()));
        for (FileStats f : files) if (f.error != null) b.append("ERROR ").append(f.file).append(": ").append(f.error).append('\n');
        for (String i : ignored) b.append("ignored ").append(i).append('\n');
        return b.toString();
    }

    private static void row(StringBuilder b, int w, String name, long read, long mapped, Map<String, Long> skipped, TreeSet<String> reasons) {
        b.append(String.format("%-" + w + "s %9d %8d", name, read, mapped));
        for (String r : reasons) b.append(' ').append(String.format("%" + Math.max(6, r.length()) + "d", skipped.getOrDefault(r, 0L)));
        b.append('\n');
    }

    private static String shorten(String s, int w) { return s.length() <= w ? s : "…" + s.substring(s.length() - w + 1); }

    @Override
    public String toString() { return table(); }
}
