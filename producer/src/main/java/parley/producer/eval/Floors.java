package parley.producer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The extraction-quality floors, {@code eval/floors.properties}: one {@code set=minimum F1} line per evaluation set.
 * A set {@code NAME} is {@code eval/NAME/gold.jsonl} with its documents in {@code eval/NAME/docs}; the set {@code dev}
 * is the shared dev set, {@code SHARED/eval/dev/seeds.jsonl} over {@code SHARED/seeds}, where SHARED is
 * {@code $PARLEY_SHARED} or {@code ../shared} next to the project.
 */
public record Floors(Path root, Path shared, List<Floors.Entry> entries) {
    public static final String FILE = "eval/floors.properties";
    public static final String DEV = "dev";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    /** One set: its floor and where its gold and documents are. */
    public record Entry(String name, double floor, Path gold, Path docs, String label) {
        /** Why the set cannot be scored in this checkout (its folder is not here), or null when it can. */
        public String absent(Floors f) {
            if (name.equals(DEV))
                return Files.isDirectory(f.shared()) ? null
                        : "no shared folder at " + f.shared() + " (the dev set lives there; set PARLEY_SHARED to its path)";
            Path dir = f.root().resolve("eval").resolve(name);
            return Files.isDirectory(dir) ? null : "eval/" + name + "/ is not in this checkout";
        }
    }

    /** The project: $PARLEY_HOME, else the nearest folder upwards from the working directory that holds the floors file. */
    public static Path projectRoot() {
        String home = System.getenv("PARLEY_HOME");
        if (home != null && !home.isBlank() && Files.isRegularFile(Path.of(home).resolve(FILE))) return Path.of(home);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isRegularFile(p.resolve(FILE))) return p;
        throw new IllegalStateException("cannot find " + FILE + " in the working directory or above (set PARLEY_HOME)");
    }

    /** $PARLEY_SHARED, else ../shared next to the project. */
    public static Path sharedDir(Path root) {
        String s = System.getenv("PARLEY_SHARED");
        return s != null && !s.isBlank() ? Path.of(s) : root.resolve("..").resolve("shared").normalize();
    }

    public static Floors read(Path root) throws IOException {
        return read(root, sharedDir(root));
    }

    public static Floors read(Path root, Path shared) throws IOException {
        Path file = root.resolve(FILE);
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).strip(), value = eq < 0 ? "" : line.substring(eq + 1).strip();
            double floor;
            try {
                floor = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                floor = Double.NaN;
            }
            if (!NAME.matcher(name).matches() || !(floor >= 0 && floor <= 1))
                throw new IllegalArgumentException(file + ":" + n + ": expected SET=F1 with F1 between 0 and 1, got \"" + line + "\"");
            if (entries.stream().anyMatch(e -> e.name().equals(name)))
                throw new IllegalArgumentException(file + ":" + n + ": set " + name + " listed twice");
            entries.add(name.equals(DEV)
                    ? new Entry(name, floor, shared.resolve("eval/dev/seeds.jsonl"), shared.resolve("seeds"), "dev set (../shared/eval/dev)")
                    : new Entry(name, floor, root.resolve("eval").resolve(name).resolve("gold.jsonl"),
                            root.resolve("eval").resolve(name).resolve("docs"), "eval/" + name));
        }
        if (entries.isEmpty()) throw new IllegalArgumentException(file + " lists no evaluation set");
        return new Floors(root, shared, List.copyOf(entries));
    }

    public Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no set " + name + " in " + FILE + " (sets: "
                        + entries.stream().map(Entry::name).toList() + ")"));
    }

    /** Loads a present set (IOException / IllegalArgumentException when its gold or docs.tsv cannot be read). */
    public EvalSet load(Entry e) throws IOException {
        if (!Files.isRegularFile(e.gold())) throw new IOException("missing gold file " + e.gold());
        if (!Files.isDirectory(e.docs())) throw new IOException("missing documents folder " + e.docs());
        return EvalSet.load(e.gold(), e.docs(), null);
    }
}
