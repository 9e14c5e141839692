package parley.app.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Issue #7 item 1: a corpus of bad (and borderline-good) input, generated here so no third-party file is committed.
 * Two halves: report files for the real producer ({@code Ingest} + {@code KafkaEventPublisher}), and raw records
 * written straight onto the events topic (bypassing the producer) for the real Streams app. Each item says what
 * must become of it; the integration test checks every item and reconciles the counts.
 */
final class BadInputCorpus {
    private BadInputCorpus() { }

    /** What must become of a report file: events (all lines), no event, whole-file reject, or some lines published and some rejected. */
    enum FileOutcome { EVENTS, NO_EVENT, REJECTED, PARTIAL }

    /** @param reason a fragment the reject reason or summary must contain (null: not checked) */
    record FileItem(String kind, String fileName, FileOutcome expected, String reason, Writer writer) {
        Path write(Path dir) throws IOException {
            Path p = dir.resolve(fileName);
            writer.write(p);
            return p;
        }
    }

    interface Writer { void write(Path p) throws IOException; }

    /** What must become of a raw record: a dead letter, a late event, accepted (counted), or ignored as a repeated id. */
    enum RawOutcome { DLQ, LATE, ACCEPTED, DUPLICATE }

    record RawItem(String kind, String key, byte[] value, RawOutcome expected) { }

    static final String PUBLISHED = "2024-03-01";
    /** An article sentence the rule extractor finds one VISIT in (the demo's wording). */
    static final String VISIT = "Kenyan President William Kamau paid a state visit to Ethiopia, where he was received by "
            + "Ethiopian Prime Minister Dawit Bekele in Addis Ababa.";
    /** The same with accented names, to see that a windows-1252 file is decoded, not mangled. */
    static final String VISIT_ACCENT = VISIT.replace("Dawit Bekele", "Dawit Bekelé").replace("Addis Ababa", "Addis Abäba");

    static String article(String body) { return "---\npublished: " + PUBLISHED + "\ntitle: corpus\n---\n" + body + "\n"; }

    /** A valid pre-coded event line (CONTRACT §1); {@code tweak} edits its JSON text. */
    static String event(String sourceId, String date, String published, String actor, String counterpart) {
        return "{\"schema\":1,\"kind\":\"CALL\",\"date\":\"" + date + "\",\"date_precision\":\"DAY\","
                + "\"actor\":{\"name\":\"A\",\"country\":\"" + actor + "\",\"role\":\"Minister\"},"
                + "\"counterpart\":{\"name\":\"B\",\"country\":\"" + counterpart + "\",\"role\":\"Minister\"},\"place\":null,\"about\":[],"
                + "\"source\":{\"id\":\"" + sourceId + "\",\"title\":null,\"url\":null,\"published\":\"" + published + "\",\"feed\":null},"
                + "\"evidence\":\"a call\",\"confidence\":0.9}";
    }

    static String event(String sourceId) { return event(sourceId, PUBLISHED, PUBLISHED, "FRA", "DEU"); }

    static String nested(int depth) { return "[".repeat(depth) + "]".repeat(depth); }

    static byte[] garbage(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Random bytes without line breaks (one "line" of garbage), never valid UTF-8 (starts with a stray continuation byte). */
    static byte[] garbageLine(int n, long seed) {
        byte[] b = garbage(n, seed);
        for (int i = 0; i < n; i++) if (b[i] == '\n' || b[i] == '\r') b[i] = (byte) 0xFE;
        b[0] = (byte) 0x80;
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) { System.arraycopy(p, 0, out, i, p.length); i += p.length; }
        return out;
    }

    static Writer bytes(byte[] b) { return p -> Files.write(p, b); }

    static Writer text(String s, Charset cs) { return p -> Files.write(p, s.getBytes(cs)); }

    static Writer utf8(String s) { return text(s, StandardCharsets.UTF_8); }

    static Writer lines(String... lines) { return utf8(String.join("\n", lines) + "\n"); }

    /** Just over the producer's 20 MB limit, written in chunks (never held in memory), deleted by the test. */
    static Writer huge(String chunk) {
        return p -> {
            byte[] c = chunk.getBytes(StandardCharsets.UTF_8);
            long target = parley.producer.ingest.ReportReader.MAX_FILE_BYTES + 1024;
            try (OutputStream out = Files.newOutputStream(p)) {
                for (long n = 0; n < target; n += c.length) out.write(c);
            }
        };
    }

    static List<FileItem> files() {
        List<FileItem> f = new ArrayList<>();
        String ev = event("corpus-ok");
        // ---- articles -----------------------------------------------------------------------------------------
        f.add(new FileItem("baseline article", "baseline.txt", FileOutcome.EVENTS, null, utf8(article(VISIT))));
        f.add(new FileItem("binary garbage", "garbage.txt", FileOutcome.REJECTED, "binary data", bytes(garbage(4096, 1))));
        f.add(new FileItem("binary garbage as .html", "garbage.html", FileOutcome.REJECTED, "binary data", bytes(garbage(3000, 2))));
        f.add(new FileItem("huge article (> 20 MB)", "huge.txt", FileOutcome.REJECTED, "file too large", huge(article(VISIT) + "\n")));
        f.add(new FileItem("huge events file (> 20 MB)", "huge.jsonl", FileOutcome.REJECTED, "file too large", huge(ev + "\n")));
        f.add(new FileItem("UTF-16LE with BOM", "utf16le-bom.txt", FileOutcome.EVENTS, null,
                bytes(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, article(VISIT).getBytes(StandardCharsets.UTF_16LE)))));
        f.add(new FileItem("UTF-16BE without BOM", "utf16be.txt", FileOutcome.EVENTS, null, text(article(VISIT), StandardCharsets.UTF_16BE)));
        f.add(new FileItem("windows-1252 article", "cp1252.txt", FileOutcome.EVENTS, null,
                text(article(VISIT_ACCENT + " \u2019Talks\u2019 went well."), Charset.forName("windows-1252"))));
        f.add(new FileItem("UTF-16 with odd length (torn)", "utf16-torn.txt", FileOutcome.REJECTED, "not valid UTF-16",
                bytes(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, article(VISIT).getBytes(StandardCharsets.UTF_16LE), new byte[]{0x41}))));
        f.add(new FileItem("HTML without article text", "nav-only.html", FileOutcome.REJECTED, "HTML page without article text",
                utf8("<html><head><meta name=\"date\" content=\"2024-03-01\"><script>var said=1;</script></head>"
                        + "<body><nav>Home | World</nav><footer>(c) 2024</footer></body></html>")));
        f.add(new FileItem("HTML article", "page.html", FileOutcome.EVENTS, null,
                utf8("<html><head><meta property=\"article:published_time\" content=\"2024-03-01T09:00:00Z\"></head><body>"
                        + "<nav>Menu</nav><article><p>" + VISIT + "</p></article></body></html>")));
        f.add(new FileItem("empty file", "empty.txt", FileOutcome.REJECTED, "empty file", bytes(new byte[0])));
        f.add(new FileItem("whitespace only", "blank.txt", FileOutcome.REJECTED, "no text", utf8(" \n\t\n   \r\n")));
        f.add(new FileItem("NUL bytes in text", "nul.txt", FileOutcome.REJECTED, "binary data",
                bytes(concat(article(VISIT).getBytes(StandardCharsets.UTF_8), new byte[]{0, 0, 0}, "more".getBytes(StandardCharsets.UTF_8)))));
        f.add(new FileItem("article without an event", "weather.txt", FileOutcome.NO_EVENT, null, utf8(article("The weather was fine all week."))));
        f.add(new FileItem("article without a publication day", "nodate.txt", FileOutcome.REJECTED, "no publication date", utf8(VISIT + "\n")));
        f.add(new FileItem("impossible publication day 2024-02-30", "feb30.txt", FileOutcome.REJECTED, "publication date is not a day",
                utf8("---\npublished: 2024-02-30\n---\n" + VISIT + "\n")));
        f.add(new FileItem("publication day far in the future", "future.txt", FileOutcome.REJECTED, "publication date in the future",
                utf8("---\npublished: 2999-01-01\n---\n" + VISIT + "\n")));
        f.add(new FileItem("control and bidi characters in an article", "bidi.txt", FileOutcome.EVENTS, null,
                utf8(article("\u202E\u2066Breaking\u2069\u202C \u001B[31mnews\u001B[0m.\n\n" + VISIT))));
        f.add(new FileItem("file name with control/bidi characters", "name\u202Etxt.md", FileOutcome.EVENTS, null, utf8(article(VISIT))));
        // ---- pre-coded events (JSON lines) --------------------------------------------------------------------
        f.add(new FileItem("valid events with extra fields (accepted)", "extra.jsonl", FileOutcome.EVENTS, null,
                lines(ev.replace("{\"schema\":1,", "{\"schema\":1,\"x_future\":{\"a\":[1,2,{\"b\":null}]},\"x_flag\":true,"),
                        event("corpus-extra-2").replace("\"place\":null", "\"place\":null,\"x_n\":1e308"))));
        f.add(new FileItem("invalid UTF-8 on one line", "badutf8.jsonl", FileOutcome.PARTIAL, "published line(s) 1,3; rejected line(s) 2",
                bytes(concat((event("corpus-u1") + "\n").getBytes(StandardCharsets.UTF_8),
                        event("corpus-u2").replace("\"A\"", "\"A\u00e9\"").getBytes(StandardCharsets.ISO_8859_1), "\n".getBytes(StandardCharsets.UTF_8),
                        (event("corpus-u3") + "\n").getBytes(StandardCharsets.UTF_8)))));
        f.add(new FileItem("windows-1252 events file", "cp1252.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1",
                text(event("corpus-cp").replace("\"A\"", "\"Asant\u00e9\"") + "\n", Charset.forName("windows-1252"))));
        f.add(new FileItem("UTF-16LE events file with BOM", "utf16.jsonl", FileOutcome.EVENTS, null,
                bytes(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, (event("corpus-16a") + "\r\n" + event("corpus-16b") + "\r\n").getBytes(StandardCharsets.UTF_16LE)))));
        f.add(new FileItem("half-published: later lines unreadable", "half.jsonl", FileOutcome.PARTIAL, "published line(s) 1-2; rejected line(s) 3-4",
                bytes(concat((event("corpus-h1") + "\n" + event("corpus-h2") + "\n").getBytes(StandardCharsets.UTF_8),
                        garbageLine(200, 3), "\n".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3, (byte) 0x28, '\n'}))));
        f.add(new FileItem("empty events file", "empty.jsonl", FileOutcome.REJECTED, "no events in file", bytes(new byte[0])));
        f.add(new FileItem("whitespace-only events file", "blank.jsonl", FileOutcome.REJECTED, "no events in file", utf8("\n  \n\t\n")));
        f.add(new FileItem("missing required fields", "missing.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-4",
                lines(ev.replace("\"kind\":\"CALL\",", ""), ev.replace("\"date\":\"" + PUBLISHED + "\",", ""),
                        ev.replace("\"country\":\"FRA\",", ""), ev.replace(",\"published\":\"" + PUBLISHED + "\"", ""))));
        f.add(new FileItem("wrong types", "types.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-5",
                lines(ev.replace("\"schema\":1", "\"schema\":\"1\""), ev.replace("\"date\":\"" + PUBLISHED + "\"", "\"date\":20240301"),
                        ev.replace("\"confidence\":0.9", "\"confidence\":\"high\""), ev.replace("\"about\":[]", "\"about\":\"FRA\""),
                        ev.replace("\"actor\":{", "\"actor\":[{").replace(",\"role\":\"Minister\"},\"counterpart\"", ",\"role\":\"Minister\"}],\"counterpart\""))));
        f.add(new FileItem("numbers where strings belong", "numbers.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-2",
                lines(ev.replace("\"country\":\"FRA\"", "\"country\":250"), ev.replace("\"kind\":\"CALL\"", "\"kind\":3"))));
        f.add(new FileItem("unknown country codes", "codes.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-3",
                lines(event("c1", PUBLISHED, PUBLISHED, "XXX", "DEU"), event("c2", PUBLISHED, PUBLISHED, "fra", "DEU"),
                        event("c3", PUBLISHED, PUBLISHED, "FRA", "FR"))));
        f.add(new FileItem("impossible dates", "dates.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-4",
                lines(event("d1", "2024-02-30", PUBLISHED, "FRA", "DEU"), event("d2", "2023-02-29", PUBLISHED, "FRA", "DEU"),
                        event("d3", "2024-3-1", PUBLISHED, "FRA", "DEU"), event("d4", "2024-03-01T00:00:00Z", PUBLISHED, "FRA", "DEU"))));
        f.add(new FileItem("far-future, ancient, after published+1", "time.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-4",
                lines(event("t1", "2999-01-01", PUBLISHED, "FRA", "DEU"), event("t2", "1850-01-01", PUBLISHED, "FRA", "DEU"),
                        event("t3", "2024-03-03", PUBLISHED, "FRA", "DEU"), event("t4", "2999-01-01", "2999-01-01", "FRA", "DEU"))));
        f.add(new FileItem("oversized evidence (truncated)", "oversized.jsonl", FileOutcome.EVENTS, null,
                lines(event("corpus-big").replace("\"evidence\":\"a call\"", "\"evidence\":\"" + "x\\u00e9\\ud83d\\ude00 ".repeat(180_000) + "\""))));
        f.add(new FileItem("NUL bytes in a JSON line", "nul.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-2",
                bytes(concat(ev.replace("a call", "a\u0000call").getBytes(StandardCharsets.UTF_8), "\n\u0000\u0000\u0000\n".getBytes(StandardCharsets.UTF_8)))));
        f.add(new FileItem("escaped control/bidi characters (accepted)", "ctrl.jsonl", FileOutcome.EVENTS, null,
                lines(event("corpus-ctrl").replace("\"a call\"", "\"\\u202Eevil\\u202C \\u001B[2J \\r\\nFAKE LOG LINE\"")
                        .replace("\"name\":\"A\"", "\"name\":\"\\u2066A\\u2069\""))));
        // issue #15 item 7: not valid Unicode, so not an event (the Streams app would dead-letter it too)
        f.add(new FileItem("a lone surrogate escape (rejected)", "surrogate.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1",
                lines(event("corpus-surrogate").replace("\"a call\"", "\"a call \\ud83d\""))));
        f.add(new FileItem("deeply nested JSON", "nested.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-2",
                lines(nested(5000), ev.replace("\"about\":[]", "\"about\":[],\"x\":" + nested(200)))));
        f.add(new FileItem("duplicate keys", "dupkeys.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1",
                lines(ev.replace("\"kind\":\"CALL\",", "\"kind\":\"CALL\",\"kind\":\"VISIT\","))));
        f.add(new FileItem("JSON array / scalar instead of an object", "array.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-3",
                lines("[" + ev + "]", "\"" + PUBLISHED + "\"", "null")));
        f.add(new FileItem("two objects or trailing junk on one line", "trailing.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-2",
                lines(ev + ev, ev + " junk")));
        f.add(new FileItem("truncated JSON line", "torn.jsonl", FileOutcome.PARTIAL, "published line(s) 1; rejected line(s) 2",
                lines(event("corpus-t1"), event("corpus-t2").substring(0, 90))));
        f.add(new FileItem("comments, NaN, single quotes (not JSON)", "lenient.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-3",
                lines("/* c */" + ev, ev.replace("\"confidence\":0.9", "\"confidence\":NaN"), ev.replace("\"kind\":\"CALL\"", "'kind':'CALL'"))));
        f.add(new FileItem("unsupported schema, unknown kind, blank id", "enums.jsonl", FileOutcome.NO_EVENT, "rejected line(s) 1-3",
                lines(ev.replace("\"schema\":1", "\"schema\":2"), ev.replace("\"kind\":\"CALL\"", "\"kind\":\"call\""),
                        ev.replace("{\"schema\":1,", "{\"schema\":1,\"id\":\"  \","))));
        return f;
    }

    // ---- raw records straight onto the events topic ------------------------------------------------------------

    static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** A complete event with id and event_key, as the producer would write it. */
    static String full(String id, String date, String published, String actor, String counterpart) {
        String kind = "CALL|" + (actor.compareTo(counterpart) < 0 ? actor + "|" + counterpart : counterpart + "|" + actor) + "|" + date;
        return event(id, date, published, actor, counterpart).replace("{\"schema\":1,", "{\"schema\":1,\"id\":\"" + id + "\",\"event_key\":\"" + kind + "\",");
    }

    /**
     * In order (one partition): a normal event A on 2024-03-01, bad records (two of them dated far in the future and
     * far in the past, which must not move the stream day), a normal event B on 2024-03-02 that must be counted, a
     * late event, a repeat of A, and accepted borderline records.
     */
    static List<RawItem> raw() {
        List<RawItem> r = new ArrayList<>();
        String p = PUBLISHED;
        String a = full("raw-A", p, p, "ITA", "ESP");
        r.add(new RawItem("normal event A", "raw-A", b(a), RawOutcome.ACCEPTED));
        r.add(new RawItem("far-future date 2999-01-01 (published 2024-03-01)", "raw-future", b(full("raw-future", "2999-01-01", p, "ITA", "ESP")), RawOutcome.DLQ));
        r.add(new RawItem("ancient date 1850-01-01", "raw-ancient", b(full("raw-ancient", "1850-01-01", p, "ITA", "ESP")), RawOutcome.DLQ));
        r.add(new RawItem("date after published + 1", "raw-after", b(full("raw-after", "2024-03-03", p, "ITA", "ESP")), RawOutcome.DLQ));
        r.add(new RawItem("impossible date 2024-02-30", "raw-feb30", b(full("raw-feb30", "2024-02-30", p, "ITA", "ESP")), RawOutcome.DLQ));
        r.add(new RawItem("date as a number", "raw-numdate", b(full("raw-numdate", p, p, "ITA", "ESP").replace("\"date\":\"" + p + "\"", "\"date\":20240301")), RawOutcome.DLQ));
        r.add(new RawItem("binary garbage", "raw-garbage", garbage(512, 7), RawOutcome.DLQ));
        r.add(new RawItem("empty value", "raw-empty", new byte[0], RawOutcome.DLQ));
        r.add(new RawItem("null value (tombstone)", "raw-null", null, RawOutcome.DLQ));
        r.add(new RawItem("plain text", "raw-text", b("hello, world"), RawOutcome.DLQ));
        r.add(new RawItem("JSON array of an event", "raw-array", b("[" + a + "]"), RawOutcome.DLQ));
        r.add(new RawItem("JSON string", "raw-string", b("\"" + p + "\""), RawOutcome.DLQ));
        r.add(new RawItem("JSON number", "raw-number", b("42"), RawOutcome.DLQ));
        r.add(new RawItem("missing kind", "raw-nokind", b(a.replace("\"kind\":\"CALL\",", "")), RawOutcome.DLQ));
        r.add(new RawItem("missing id", "raw-noid", b(a.replace("\"id\":\"raw-A\",", "")), RawOutcome.DLQ));
        r.add(new RawItem("schema as a string", "raw-schema", b(a.replace("\"schema\":1", "\"schema\":\"1\"")), RawOutcome.DLQ));
        r.add(new RawItem("country as a number", "raw-numcode", b(a.replace("\"country\":\"ITA\"", "\"country\":380")), RawOutcome.DLQ));
        r.add(new RawItem("unknown country code", "raw-code", b(a.replace("\"country\":\"ITA\"", "\"country\":\"ZZZ\"")), RawOutcome.DLQ));
        r.add(new RawItem("duplicate keys", "raw-dupkey", b(a.replace("\"kind\":\"CALL\",", "\"kind\":\"CALL\",\"kind\":\"VISIT\",")), RawOutcome.DLQ));
        r.add(new RawItem("deeply nested", "raw-nested", b(a.replace("\"about\":[]", "\"about\":[],\"x\":" + nested(100_000))), RawOutcome.DLQ));
        r.add(new RawItem("invalid UTF-8 in a string", "raw-badutf8", concat(b(a.substring(0, 40)), new byte[]{(byte) 0xC3, 0x28}, b(a.substring(40))), RawOutcome.DLQ));
        // Jackson detects UTF-16/32 from the byte pattern (RFC 4627 §3) and decodes it correctly: accepted, not mangled
        r.add(new RawItem("UTF-16LE encoded JSON (detected, accepted)", "raw-utf16", full("raw-utf16", "2024-03-02", "2024-03-02", "IRL", "ISL")
                .getBytes(StandardCharsets.UTF_16LE), RawOutcome.ACCEPTED));
        r.add(new RawItem("raw NUL / control character inside a string", "raw-ctrl", b(a.replace("a call", "a\u0000\u0007call")), RawOutcome.DLQ));
        r.add(new RawItem("two objects in one record", "raw-two", b(a + a), RawOutcome.DLQ));
        r.add(new RawItem("truncated JSON", "raw-torn", b(a.substring(0, a.length() / 2)), RawOutcome.DLQ));
        r.add(new RawItem("NaN confidence", "raw-nan", b(a.replace("\"confidence\":0.9", "\"confidence\":NaN")), RawOutcome.DLQ));
        r.add(new RawItem("unsupported schema 2", "raw-schema2", b(a.replace("\"schema\":1", "\"schema\":2")), RawOutcome.DLQ));
        r.add(new RawItem("counterpart without country", "raw-nocp", b(a.replace("\"country\":\"ESP\",", "")), RawOutcome.DLQ));
        String bday = "2024-03-02";
        r.add(new RawItem("normal event B after the bad dates (must count)", "raw-B", b(full("raw-B", bday, bday, "PRT", "GRC")), RawOutcome.ACCEPTED));
        r.add(new RawItem("late event (2024-01-01, stream day 2024-03-02, grace 7)", "raw-late", b(full("raw-late", "2024-01-01", "2024-01-02", "POL", "CZE")), RawOutcome.LATE));
        r.add(new RawItem("repeat of A's id", "raw-A", b(a), RawOutcome.DUPLICATE));
        r.add(new RawItem("extra unknown fields (accepted)", "raw-extra", b(full("raw-extra", bday, bday, "NOR", "SWE")
                .replace("{\"schema\":1,", "{\"schema\":1,\"x_new\":{\"deep\":[1,{\"z\":null}]},")), RawOutcome.ACCEPTED));
        r.add(new RawItem("escaped bidi/control characters (accepted)", "raw-bidi", b(full("raw-bidi", bday, bday, "FIN", "EST")
                .replace("\"a call\"", "\"\\u202Eevil\\u202C\\u001B[2J\\r\\nFAKE\"")), RawOutcome.ACCEPTED));
        r.add(new RawItem("a lone surrogate escape (dead letter)", "raw-surrogate", b(full("raw-surrogate", bday, bday, "LVA", "LTU")
                .replace("\"a call\"", "\"a call \\ud83d\"")), RawOutcome.DLQ));
        r.add(new RawItem("a domestic CALL (dead letter)", "raw-domestic", b(full("raw-domestic", bday, bday, "HUN", "HUN")), RawOutcome.DLQ));
        r.add(new RawItem("UTF-8 BOM before the JSON (accepted)", "raw-bom", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                b(full("raw-bom", bday, bday, "AUT", "CHE"))), RawOutcome.ACCEPTED));
        return r;
    }
}
