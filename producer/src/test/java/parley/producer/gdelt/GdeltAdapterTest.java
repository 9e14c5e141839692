package parley.producer.gdelt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Event;
import parley.model.Kind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mapping rules on small rows written here; the real samples are covered by {@link GdeltSamplesTest}. */
class GdeltAdapterTest {
    @TempDir
    Path dir;

    private record Run(GdeltStats stats, List<Event> events) {
        Event only() {
            assertThat(events).hasSize(1);
            return events.get(0);
        }

        String onlySkip() {
            assertThat(events).isEmpty();
            assertThat(stats.skipped()).hasSize(1);
            return stats.skipped().keySet().iterator().next();
        }
    }

    private Run run(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return run(f);
    }

    private Run run(Path p) {
        List<Event> out = new ArrayList<>();
        GdeltStats s = new GdeltAdapter().read(p, out::add);
        assertThat(s.reconciles()).as("read = mapped + skipped: %s", s).isTrue();
        return new Run(s, out);
    }

    private Run one(GdeltRows r) throws IOException { return run("rows.CSV", r.tsv()); }

    @Test
    void visitHostComesFromFipsGeo() throws IOException {
        Event e = one(GdeltRows.visit(GdeltRows.v2())).only();
        assertThat(e.kind()).isEqualTo(Kind.VISIT);
        assertThat(e.actor().country()).isEqualTo("RUS");
        assertThat(e.actor().name()).isEqualTo("RUSSIA");
        assertThat(e.counterpart().country()).isEqualTo("AZE");
        assertThat(e.place().country()).isEqualTo("AZE"); // FIPS AJ = Azerbaijan (not Aruba, AA; not ISO "AJ")
        assertThat(e.place().name()).isEqualTo("Baku, Baku, Azerbaijan");
        assertThat(e.eventKey()).isEqualTo("VISIT|RUS|AZE|2024-08-06");
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(e.source().id()).isEqualTo("gdelt:1");
        assertThat(e.source().url()).isEqualTo("https://example.org/a");
        assertThat(e.source().published()).isEqualTo(LocalDate.of(2024, 8, 7)); // DATEADDED day
        assertThat(e.extractor().name()).isEqualTo("gdelt");
        assertThat(e.id()).hasSize(32);
        assertThat(e.extra().get("gdelt").get("num_mentions").asLong()).isEqualTo(12);
        assertThat(e.extra().get("gdelt").get("num_sources").asLong()).isEqualTo(3);
        assertThat(e.extra().get("gdelt").get("num_articles").asLong()).isEqualTo(10);
        assertThat(e.extra().get("gdelt").get("event_code").asText()).isEqualTo("042");
    }

    @Test
    void fipsGeoCodesAreNotIsoCodes() throws IOException {
        // Each geo is a FIPS code whose letters mean something else in ISO alpha-2.
        String[][] cases = {{"GG", "GEO"}, {"SF", "ZAF"}, {"UP", "UKR"}, {"AJ", "AZE"}, {"RS", "RUS"}, {"KV", "XKX"}, {"UK", "GBR"}};
        for (String[] c : cases) {
            GdeltRows r = GdeltRows.visit(GdeltRows.v2()).a1("FRANCE", "FRA").a2("", "").geo("somewhere", c[0]);
            Event e = one(r).only();
            assertThat(e.place().country()).as("FIPS %s", c[0]).isEqualTo(c[1]);
            assertThat(e.eventKey()).isEqualTo("VISIT|FRA|" + c[1] + "|2024-08-06");
        }
    }

    @Test
    void hostAVisitSwapsSidesSoBothReportsShareAKey() throws IOException {
        // 043: Actor1 (Azerbaijan) hosts Actor2 (Russia) in Baku = "Russia visited Azerbaijan".
        Event hosted = one(GdeltRows.visit(GdeltRows.v2()).code("043").a1("AZERBAIJAN", "AZE").a2("RUSSIA", "RUS")).only();
        Event visited = one(GdeltRows.visit(GdeltRows.v2())).only();
        assertThat(hosted.actor().country()).isEqualTo("RUS");
        assertThat(hosted.actor().name()).isEqualTo("RUSSIA");
        assertThat(hosted.counterpart().country()).isEqualTo("AZE");
        assertThat(hosted.eventKey()).isEqualTo(visited.eventKey()).isEqualTo("VISIT|RUS|AZE|2024-08-06");
    }

    @Test
    void visitFallsBackToCounterpartWhenGeoIsTheVisitorsOwnCountry() throws IOException {
        Event e = one(GdeltRows.visit(GdeltRows.v2()).a2("UKRAINE", "UKR").geo("Moscow, Moskva, Russia", "RS")).only();
        assertThat(e.place()).isNull();
        assertThat(e.counterpart().country()).isEqualTo("UKR");
        assertThat(e.eventKey()).isEqualTo("VISIT|RUS|UKR|2024-08-06");
    }

    @Test
    void visitWithoutDistinctHostIsSkipped() throws IOException {
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a2("", "").geo("Moscow", "RS")).onlySkip()).isEqualTo(Skip.SAME_COUNTRY);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a2("RUSSIA", "RUS").geo("", "")).onlySkip()).isEqualTo(Skip.SAME_COUNTRY);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a2("", "").geo("", "")).onlySkip()).isEqualTo(Skip.NO_HOST);
        // OS (oceans) is no country: the host falls back to Actor2, and without one there is none
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a2("", "").geo("Indian Ocean", "OS")).onlySkip()).isEqualTo(Skip.NO_HOST);
    }

    @Test
    void callNeedsTwoCountriesAndHasASortedKey() throws IOException {
        Event e = one(GdeltRows.visit(GdeltRows.v2()).code("041").a1("TURKEY", "TUR").a2("RUSSIA", "RUS")).only();
        assertThat(e.kind()).isEqualTo(Kind.CALL);
        assertThat(e.actor().country()).isEqualTo("TUR");
        assertThat(e.counterpart().country()).isEqualTo("RUS");
        assertThat(e.place()).isNull();
        assertThat(e.eventKey()).isEqualTo("CALL|RUS|TUR|2024-08-06");
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).code("041").a2("", "")).onlySkip()).isEqualTo(Skip.NO_COUNTERPART_COUNTRY);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).code("041").a2("EUROPE", "EUR")).onlySkip()).isEqualTo(Skip.COUNTERPART_REGION_CODE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).code("041").a2("RUSSIA", "RUS")).onlySkip()).isEqualTo(Skip.SAME_COUNTRY);
    }

    @Test
    void meetingCodesMapToMeetingWithGeoAsPlace() throws IOException {
        for (String code : List.of("040", "044", "046")) {
            Event e = one(GdeltRows.visit(GdeltRows.v2()).code(code).a1("ARMENIA", "ARM").a2("AZERBAIJAN", "AZE").geo("Geneva, Switzerland", "SZ")).only();
            assertThat(e.kind()).as(code).isEqualTo(Kind.MEETING);
            assertThat(e.place().country()).isEqualTo("CHE"); // FIPS SZ = Switzerland (ISO SZ would be Eswatini)
            assertThat(e.eventKey()).isEqualTo("MEETING|ARM|AZE|2024-08-06");
        }
    }

    @Test
    void statementPutsTheTargetIntoAbout() throws IOException {
        for (String code : List.of("010", "012", "019")) {
            Event e = one(GdeltRows.visit(GdeltRows.v2()).code(code).a1("VLADIMIR PUTIN", "RUS").a2("ARMENIA", "ARM")).only();
            assertThat(e.kind()).isEqualTo(Kind.STATEMENT);
            assertThat(e.about()).containsExactly("ARM");
            assertThat(e.counterpart()).isNull();
            assertThat(e.eventKey()).isEqualTo("STATEMENT|RUS|putin|2024-08-06");
        }
        Event alone = one(GdeltRows.visit(GdeltRows.v2()).code("010").a2("", "")).only();
        assertThat(alone.about()).isEmpty();
    }

    @Test
    void otherCodesAreNotMapped() throws IOException {
        for (String code : List.of("045", "047", "020", "0431", "190", "01", "", "abc"))
            assertThat(one(GdeltRows.visit(GdeltRows.v2()).code(code)).onlySkip()).as("code '%s'", code).isEqualTo(Skip.CAMEO_NOT_MAPPED);
    }

    @Test
    void actorCodes() throws IOException {
        Event nato = one(GdeltRows.visit(GdeltRows.v2()).a1("NATO", "WST").a1Group("IGOWSTNAT", "NAT")).only();
        assertThat(nato.actor().country()).isEqualTo("NATO");
        Event eu = one(GdeltRows.visit(GdeltRows.v2()).a1("EUROPEAN UNION", "EUR").a1Group("IGOEUREEC", "EEC")).only();
        assertThat(eu.actor().country()).isEqualTo("EU");
        // EUR alone is the CAMEO region Europe, not the EU
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a1("EUROPE", "EUR")).onlySkip()).isEqualTo(Skip.REGION_CODE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a1("ATLANTIS", "XYZ")).onlySkip()).isEqualTo(Skip.UNKNOWN_CODE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a1("POLICE", "")).onlySkip()).isEqualTo(Skip.NO_ACTOR_COUNTRY);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a1("KOSOVO", "KSV")).only().actor().country()).isEqualTo("XKX");
        // stray whitespace (seen in the Georgia re-exports) is trimmed
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).a1("RUSSIA", " RUS ")).only().actor().country()).isEqualTo("RUS");
    }

    @Test
    void datesAreStrict() throws IOException {
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("20240230")).onlySkip()).isEqualTo(Skip.BAD_DATE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("2024086")).onlySkip()).isEqualTo(Skip.BAD_DATE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("2024-08-06")).onlySkip()).isEqualTo(Skip.BAD_DATE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("18991231").dateAdded("19000101000000")).onlySkip()).isEqualTo(Skip.BAD_DATE);
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).dateAdded("20241307101500")).onlySkip()).isEqualTo(Skip.BAD_DATE);
        // published + 1 day is allowed, + 2 is not
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("20240808")).only().date()).isEqualTo(LocalDate.of(2024, 8, 8));
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("20240809")).onlySkip()).isEqualTo(Skip.FUTURE_DATE);
        // leap day is a real day
        assertThat(one(GdeltRows.visit(GdeltRows.v2()).date("20240229")).only().date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void the57_58_and61ColumnLayoutsGiveTheSameEvent() throws IOException {
        Run r = run("mixed.CSV", GdeltRows.visit(GdeltRows.v2()).tsv(), GdeltRows.visit(GdeltRows.v1daily()).tsv(),
                GdeltRows.visit(GdeltRows.v1backfile()).tsv());
        assertThat(r.stats.files().get(0).layouts()).containsEntry("v2-61", 1L).containsEntry("v1-58", 1L).containsEntry("v1-57", 1L);
        assertThat(r.events).hasSize(3).extracting(Event::eventKey).containsOnly("VISIT|RUS|AZE|2024-08-06");
        assertThat(r.events).extracting(e -> e.source().published()).containsOnly(LocalDate.of(2024, 8, 7));
        assertThat(r.events).extracting(e -> e.source().url()).containsExactly("https://example.org/a", "https://example.org/a", null);
        assertThat(r.events).extracting(e -> e.extra().get("gdelt").get("layout").asText()).containsExactly("v2-61", "v1-58", "v1-57");
    }

    @Test
    void v1RowWithoutDateAddedTakesTheFileNameDate() throws IOException {
        Run r = run("20240810.export.CSV", GdeltRows.visit(GdeltRows.v1daily()).dateAdded("").tsv());
        assertThat(r.only().source().published()).isEqualTo(LocalDate.of(2024, 8, 10));
        Run noDate = run("undated.CSV", GdeltRows.visit(GdeltRows.v1daily()).dateAdded("").tsv());
        assertThat(noDate.onlySkip()).isEqualTo(Skip.BAD_DATE);
    }

    @Test
    void malformedRowsAreCountedNotThrown() throws IOException {
        String good = GdeltRows.visit(GdeltRows.v2()).tsv();
        Run r = run("bad.CSV", "a\tb\tc", good, GdeltRows.visit(GdeltRows.v2()).id("x1").tsv(), good + "\textra",
                "", "\u0000\u0001garbage", good.substring(0, good.length() / 2));
        assertThat(r.stats.read()).isEqualTo(6); // the blank line is not a row
        assertThat(r.stats.mapped()).isEqualTo(1);
        assertThat(r.stats.skipped()).containsExactly(java.util.Map.entry(Skip.MALFORMED_ROW, 5L));
    }

    @Test
    void invalidUtf8AndOverlongLinesDoNotStopTheFile() throws IOException {
        Path f = dir.resolve("bytes.CSV");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[]{(byte) 0xC3, (byte) 0x28, '\t', (byte) 0xFF, '\n'});
        b.write("x".repeat(2_000_000).getBytes(StandardCharsets.US_ASCII));
        b.write('\n');
        b.write(GdeltRows.visit(GdeltRows.v2()).tsv().getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());
        Run r = run(f);
        assertThat(r.stats.read()).isEqualTo(3);
        assertThat(r.events).hasSize(1);
        assertThat(r.stats.skipped()).containsExactly(java.util.Map.entry(Skip.MALFORMED_ROW, 2L));
    }

    @Test
    void headerCsvWithRowNumbersQuotesAndNa() throws IOException {
        // The R re-export shape: comma CSV, quoted strings, NA for missing, a header of 58 1.0 names, rows with a
        // leading row number; a quoted field holding commas.
        String[] names = new String[58];
        for (int i = 0; i < 58; i++) names[i] = "\"C" + i + "\"";
        String[][] named = {{"0", "GLOBALEVENTID"}, {"1", "SQLDATE"}, {"5", "Actor1Code"}, {"6", "Actor1Name"},
                {"7", "Actor1CountryCode"}, {"8", "Actor1KnownGroupCode"}, {"15", "Actor2Code"}, {"16", "Actor2Name"},
                {"17", "Actor2CountryCode"}, {"18", "Actor2KnownGroupCode"}, {"25", "IsRootEvent"}, {"26", "EventCode"},
                {"31", "NumMentions"}, {"32", "NumSources"}, {"33", "NumArticles"}, {"50", "ActionGeo_FullName"},
                {"51", "ActionGeo_CountryCode"}, {"56", "DATEADDED"}, {"57", "SOURCEURL"}};
        for (String[] n : named) names[Integer.parseInt(n[0])] = "\"" + n[1] + "\"";
        String[] v = new String[59];
        java.util.Arrays.fill(v, "NA");
        v[0] = "\"17\"";
        v[1] = "254456468"; v[2] = "20130501"; v[7] = "\"ARMENIA\""; v[8] = "\" ARM\""; v[17] = "\"GEORGIA\"";
        v[18] = "\"GEO\""; v[27] = "\"042\""; v[32] = "4"; v[33] = "2"; v[34] = "4";
        v[51] = "\"Tbilisi, T'bilisi, Georgia\""; v[52] = "\"GG\""; v[57] = "20130501"; v[58] = "\"http://example.org/x?a=\"\"b\"\"\"";
        Run r = run("may13.csv", String.join(",", names), String.join(",", v));
        Event e = r.only();
        assertThat(r.stats.files().get(0).layouts()).containsOnlyKeys("csv-header-58+rownum");
        assertThat(e.actor().country()).isEqualTo("ARM");
        assertThat(e.place()).isEqualTo(new parley.model.Place("Tbilisi, T'bilisi, Georgia", "GEO"));
        assertThat(e.source().url()).isEqualTo("http://example.org/x?a=\"b\"");
        assertThat(e.source().id()).isEqualTo("gdelt:254456468");
        assertThat(e.counterpart().name()).isEqualTo("GEORGIA");
    }

    @Test
    void zipInputReadsEveryEntry() throws IOException {
        Path z = dir.resolve("20240807.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry("b.CSV"));
            out.write((GdeltRows.visit(GdeltRows.v2()).tsv() + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("a.CSV"));
            out.write((GdeltRows.visit(GdeltRows.v2()).code("041").a2("TURKEY", "TUR").tsv() + "\n"
                    + GdeltRows.visit(GdeltRows.v2()).code("190").tsv() + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("sub/"));
        }
        Run r = run(z);
        assertThat(r.stats.files()).extracting(GdeltStats.FileStats::file).containsExactly(z + "!a.CSV", z + "!b.CSV");
        assertThat(r.events).extracting(Event::kind).containsExactly(Kind.CALL, Kind.VISIT);
        assertThat(r.stats.skipped()).containsExactly(java.util.Map.entry(Skip.CAMEO_NOT_MAPPED, 1L));
        assertThat(r.stats.errors()).isEmpty();
    }

    @Test
    void zipBombIsRefusedWithoutThrowing() throws IOException {
        Path z = dir.resolve("bomb.zip");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry("bomb.CSV"));
            out.write((GdeltRows.visit(GdeltRows.v2()).tsv() + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 16; i++) out.write(zeros); // 16 MiB of zeros compress to ~16 KiB: ratio ~1000
            out.putNextEntry(new ZipEntry("after.CSV"));
            out.write((GdeltRows.visit(GdeltRows.v2()).tsv() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(z)).isLessThan(1 << 20);
        List<Event> out = new ArrayList<>();
        GdeltStats s = new GdeltAdapter().read(z, out::add);
        assertThat(s.errors()).hasSize(1);
        assertThat(s.errors().get(0).error()).contains("zip bomb refused");
        assertThat(s.errors().get(0).file()).endsWith("!bomb.CSV");
        // after.CSV (sorted first) is read; bomb.CSV is checked whole before any of its rows is published; no throw
        assertThat(out).hasSize(1);
        assertThat(s.reconciles()).isTrue();

        // absolute size limit, independent of the ratio
        GdeltStats small = new GdeltAdapter(new GdeltAdapter.Limits(64, 100_000, 1L << 30, 1_000_000, 1 << 20)).read(z, e -> { });
        assertThat(small.errors()).extracting(GdeltStats.FileStats::error).anyMatch(m -> m.contains("over 100000 bytes"));
    }

    @Test
    void zipWithTooManyEntriesOrUnsafeNamesIsRefused() throws IOException {
        Path many = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 70; i++) {
                out.putNextEntry(new ZipEntry("e" + i + ".CSV"));
                out.write(GdeltRows.visit(GdeltRows.v2()).tsv().getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Event> got = new ArrayList<>();
        GdeltStats s = new GdeltAdapter().read(many, got::add);
        assertThat(got).isEmpty();
        assertThat(s.errors()).singleElement().satisfies(f -> assertThat(f.error()).contains("70 entries"));

        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../../evil.CSV"));
            out.write(GdeltRows.visit(GdeltRows.v2()).tsv().getBytes(StandardCharsets.UTF_8));
        }
        GdeltStats e = new GdeltAdapter().read(evil, got::add);
        assertThat(got).isEmpty();
        assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.error()).contains("unsafe name"));
        assertThat(GdeltAdapter.safeEntryName("a/b.CSV")).isTrue();
        assertThat(GdeltAdapter.safeEntryName("/etc/passwd")).isFalse();
        assertThat(GdeltAdapter.safeEntryName("C:\\x.CSV")).isFalse();
        assertThat(GdeltAdapter.safeEntryName("a/../../b")).isFalse();
    }

    @Test
    void directoryIsReadSortedAndOtherFilesAreIgnored() throws IOException {
        Files.writeString(dir.resolve("b.CSV"), GdeltRows.visit(GdeltRows.v2()).id("2").tsv());
        Files.writeString(dir.resolve("a.CSV"), GdeltRows.visit(GdeltRows.v2()).id("1").tsv());
        Files.writeString(dir.resolve("README.md"), "not data");
        Run r = run(dir);
        assertThat(r.events).extracting(e -> e.source().id()).containsExactly("gdelt:1", "gdelt:2");
        assertThat(r.stats.ignored()).singleElement().satisfies(s -> assertThat(s).endsWith("README.md"));
        assertThat(r.stats.table()).contains("TOTAL").contains("a.CSV");
    }

    @Test
    void missingFileIsAnErrorNotAnException() {
        GdeltStats s = new GdeltAdapter().read(dir.resolve("nope.CSV"), e -> { });
        assertThat(s.errors()).singleElement().satisfies(f -> assertThat(f.error()).contains("NoSuchFile"));
    }

    @Test
    void sinkFailuresPropagate() throws IOException {
        Path f = dir.resolve("one.CSV");
        Files.writeString(f, GdeltRows.visit(GdeltRows.v2()).tsv());
        assertThatThrownBy(() -> new GdeltAdapter().read(f, e -> { throw new IllegalStateException("kafka down"); }))
                .isInstanceOf(IllegalStateException.class).hasMessage("kafka down");
    }

    @Test
    void skipListenerHearsEverySkipWithLineAndId() throws IOException {
        Path f = dir.resolve("mixed.CSV");
        Files.writeString(f, String.join("\n", GdeltRows.visit(GdeltRows.v2()).id("7").tsv(), "a\tb",
                GdeltRows.visit(GdeltRows.v2()).id("8").date("20240231").tsv(), GdeltRows.visit(GdeltRows.v2()).id("9").code("190").tsv()));
        List<String> heard = new ArrayList<>();
        GdeltStats s = new GdeltAdapter().read(f, e -> { }, (file, line, id, reason) -> heard.add(line + ":" + id + ":" + reason));
        assertThat(heard).containsExactly("2::malformed-row", "3:8:bad-date", "4:9:cameo-not-mapped");
        assertThat(s.mapped()).isEqualTo(1);
    }

    /** A zip whose first entry's data was damaged after writing: the stored CRC-32 no longer matches. */
    static Path zipWithBadCrc(Path dir) throws IOException {
        Path z = dir.resolve("20240807.export.CSV.zip");
        String rows = GdeltRows.visit(GdeltRows.v2()).id("1").tsv() + "\n" + GdeltRows.visit(GdeltRows.v2()).id("2").tsv() + "\n";
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            ZipEntry a = new ZipEntry("a.CSV");
            a.setMethod(ZipEntry.STORED); // stored: the bytes can be changed in place without breaking the inflater
            byte[] b = rows.getBytes(StandardCharsets.UTF_8);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(b);
            a.setSize(b.length);
            a.setCompressedSize(b.length);
            a.setCrc(crc.getValue());
            out.putNextEntry(a);
            out.write(b);
            out.putNextEntry(new ZipEntry("b.CSV"));
            out.write((GdeltRows.visit(GdeltRows.v2()).id("3").tsv() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(z);
        String s = new String(all, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("RUSSIA"); // inside a.CSV's data: RUSSIA → RUSSIB, same length
        all[at + 5] = 'B';
        Files.write(z, all);
        return z;
    }

    @Test
    void anEntryWithABadCrcIsRefusedBeforeAnyRowIsPublished() throws IOException {
        Path z = zipWithBadCrc(dir);
        Run r = run(z);
        assertThat(r.events).extracting(e -> e.source().id()).containsExactly("gdelt:3");
        assertThat(r.stats.errors()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("!a.CSV");
            assertThat(f.error()).contains("CRC-32 mismatch");
            assertThat(f.read()).isZero();
        });
        assertThat(r.stats.reconciles()).isTrue();
    }
}
