package parley.producer.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * FIPS 10-4 country codes (GDELT's geo fields) to ISO 3166-1 alpha-3, from the derived table
 * {@code /parley/gdelt/fips_to_iso3.tsv} (its header comment records provenance and derivation rules).
 * Lookups are allocation-free: a two-letter code indexes a 26×26 array.
 */
public final class FipsCodes {
    public static final String RESOURCE = "/parley/gdelt/fips_to_iso3.tsv";
    private static final FipsCodes DEFAULT = load();

    private final String[] iso3 = new String[26 * 26];
    private final Map<String, String> asMap;

    private FipsCodes(Map<String, String> table) {
        for (var e : table.entrySet()) iso3[index(e.getKey(), 0, e.getKey())] = e.getValue();
        this.asMap = Collections.unmodifiableMap(new TreeMap<>(table));
    }

    public static FipsCodes standard() { return DEFAULT; }

    /** ISO3 for a FIPS code, or null (unknown, empty, not two letters). */
    public String iso3(String fips) {
        if (fips == null || fips.length() != 2) return null;
        int i = index(fips, 0, null);
        return i < 0 ? null : iso3[i];
    }

    /** ISO3 for the two chars at {@code chars[at]}, without allocating. */
    String iso3(char[] chars, int at) {
        char a = chars[at], b = chars[at + 1];
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return null;
        return iso3[(a - 'A') * 26 + (b - 'A')];
    }

    /** The whole table, FIPS → ISO3, sorted. */
    public Map<String, String> table() { return asMap; }

    private static int index(String s, int at, String failWith) {
        char a = s.charAt(at), b = s.charAt(at + 1);
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
            if (failWith != null) throw new IllegalArgumentException("not a FIPS code: " + failWith);
            return -1;
        }
        return (a - 'A') * 26 + (b - 'A');
    }

    private static FipsCodes load() {
        try (InputStream in = FipsCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return new FipsCodes(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a {@code FIPS<TAB>ISO3<TAB>NAME} table; '#' lines and the header are skipped. */
    static Map<String, String> parse(BufferedReader r) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("FIPS\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].length() != 2 || f[1].length() != 3)
                throw new IllegalStateException("bad FIPS table line: " + line);
            if (m.put(f[0], f[1]) != null) throw new IllegalStateException("duplicate FIPS code " + f[0]);
        }
        return m;
    }
}
