package parley.producer.gdelt;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parley.model.Codes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class FipsCodesTest {
    private final FipsCodes fips = FipsCodes.standard();

    @Test
    void knownFipsCodesThatDifferFromIso() {
        // FIPS 10-4 code → ISO alpha-3, chosen where FIPS and ISO alpha-2 letters disagree (written from the FIPS
        // standard, not from the derived table).
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("AJ", "AZE"), Map.entry("GG", "GEO"), Map.entry("RS", "RUS"), Map.entry("UP", "UKR"),
                Map.entry("SF", "ZAF"), Map.entry("UK", "GBR"), Map.entry("GM", "DEU"), Map.entry("SZ", "CHE"),
                Map.entry("SW", "SWE"), Map.entry("AU", "AUT"), Map.entry("AS", "AUS"), Map.entry("CH", "CHN"),
                Map.entry("CI", "CHL"), Map.entry("KS", "KOR"), Map.entry("KN", "PRK"), Map.entry("RP", "PHL"),
                Map.entry("BM", "MMR"), Map.entry("IZ", "IRQ"), Map.entry("TU", "TUR"), Map.entry("TX", "TKM"),
                Map.entry("TI", "TJK"), Map.entry("BO", "BLR"), Map.entry("LH", "LTU"), Map.entry("LG", "LVA"),
                Map.entry("EN", "EST"), Map.entry("EZ", "CZE"), Map.entry("LO", "SVK"), Map.entry("BK", "BIH"),
                Map.entry("RI", "SRB"), Map.entry("MJ", "MNE"), Map.entry("BU", "BGR"), Map.entry("SP", "ESP"),
                Map.entry("PO", "PRT"), Map.entry("EI", "IRL"), Map.entry("DA", "DNK"), Map.entry("JA", "JPN"),
                Map.entry("VM", "VNM"), Map.entry("NI", "NGA"), Map.entry("NG", "NER"), Map.entry("SU", "SDN"),
                Map.entry("OD", "SSD"), Map.entry("CG", "COD"), Map.entry("CF", "COG"), Map.entry("IS", "ISR"),
                Map.entry("LE", "LBN"), Map.entry("MO", "MAR"), Map.entry("AG", "DZA"), Map.entry("WE", "PSE"),
                Map.entry("GZ", "PSE"), Map.entry("KV", "XKX"), Map.entry("US", "USA"), Map.entry("NL", "NLD"),
                Map.entry("CE", "LKA"), Map.entry("BG", "BGD"), Map.entry("KZ", "KAZ"), Map.entry("KG", "KGZ"),
                Map.entry("AM", "ARM"), Map.entry("MD", "MDA"), Map.entry("EG", "EGY"), Map.entry("SA", "SAU")));
        expected.forEach((f, iso) -> assertThat(fips.iso3(f)).as("FIPS %s", f).isEqualTo(iso));
    }

    @Test
    void everyTargetIsAContractCodeAndJunkIsUnknown() {
        assertThat(fips.table()).hasSizeGreaterThan(240);
        fips.table().values().forEach(iso -> assertThat(Codes.isCountry(iso)).as(iso).isTrue());
        for (String junk : List.of("OS", "YI", "", "a", "AJX", "aj", "00"))
            assertThat(fips.iso3(junk)).as("'%s'", junk).isNull();
        assertThat(fips.iso3(null)).isNull();
    }

    /** Re-derives the table from the shared codebook by the rules in the resource's header; skipped without data. */
    @Test
    void tableIsTheDocumentedDerivationOfTheSharedCodebook() throws IOException {
        Path csv = SharedData.dir().resolve("data/gdelt/codebook/country-codes.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "shared codebook not found at " + SharedData.where(csv) + ": derivation check skipped");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        RowReader rr = new RowReader(new java.io.StringReader(String.join("\n", lines)), 1 << 20);
        rr.next(',');
        int fipsCol = -1, isoCol = -1, indepCol = -1;
        for (int i = 0; i < rr.row.n; i++) {
            switch (rr.row.str(i)) {
                case "FIPS" -> fipsCol = i;
                case "ISO3166-1-Alpha-3" -> isoCol = i;
                case "is_independent" -> indepCol = i;
                default -> { }
            }
        }
        Map<String, String> derived = new TreeMap<>();
        while (rr.next(',')) {
            String f = rr.row.str(fipsCol).replace("\u00a0", "").trim(), iso = rr.row.str(isoCol);
            if (f.isEmpty() || f.length() % 2 != 0 || !f.matches("[A-Z]+") || iso.length() != 3) continue;
            for (int i = 0; i < f.length(); i += 2) {
                String code = f.substring(i, i + 2);
                if (derived.containsKey(code) && !rr.row.str(indepCol).equals("Yes")) continue;
                derived.put(code, iso);
            }
        }
        derived.put("KV", "XKX");
        assertThat(fips.table()).isEqualTo(derived);
    }
}
