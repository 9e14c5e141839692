package parley.app.reliability;

import org.junit.jupiter.api.Test;
import parley.consumer.sink.FileSink;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.producer.ingest.Ingest;
import parley.producer.ingest.TextDecoder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #7 item 2: each hazard handled deliberately, checked without a broker (the end-to-end side is in BadInputIT). */
class HazardsTest {
    static final String OK = BadInputCorpus.full("h1", "2024-02-29", "2024-03-01", "FRA", "DEU");

    @Test
    void lenientParsingNeverMovesOrInventsADate() throws Exception {
        assertThat(EventCodec.parse(OK).date()).isEqualTo(LocalDate.of(2024, 2, 29)); // a real leap day is fine
        for (String bad : new String[]{"2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-3-1", "24-03-01", "+2024-03-01",
                "2024-03-01T00:00", "2024/03/01", " 2024-03-01", "２０２４-03-01"}) {
            assertThatThrownBy(() -> EventCodec.parse(OK.replace("\"date\":\"2024-02-29\"", "\"date\":\"" + bad + "\"")))
                    .as(bad).isInstanceOf(InvalidEventException.class).hasMessageContaining("date");
        }
        // a number is never a date (no epoch-day or yyyymmdd coercion), a date is never a number
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("\"date\":\"2024-02-29\"", "\"date\":20240229"))).hasMessageContaining("expected a string");
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("\"date\":\"2024-02-29\"", "\"date\":19782"))).hasMessageContaining("expected a string");
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("\"confidence\":0.9", "\"confidence\":\"2024-02-29\""))).hasMessageContaining("confidence");
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("\"schema\":1", "\"schema\":1.0"))).hasMessageContaining("schema");
    }

    @Test
    void farFutureAndAncientDatesAreInvalidSoTheyCannotMoveTheStreamDay() {
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("2024-02-29", "2999-01-01"))).hasMessageContaining("after source.published");
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("2024-02-29", "1850-01-01"))).hasMessageContaining("before 1900");
        assertThatThrownBy(() -> EventCodec.parse(OK.replace("2024-02-29", "2024-03-03"))).hasMessageContaining("after source.published");
    }

    @Test
    void aReportDatedAheadIsRefusedByTheProducer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a whole report dated ahead: the codec bounds published by the processing day + 1 (CONTRACT §1), and so does the producer
        String future = BadInputCorpus.full("h2", "2999-01-01", "2999-01-01", "FRA", "DEU");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventCodec.parse(future)).hasMessageContaining("a record from the future");
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("f.jsonl"), future + "\n" + OK + "\n");
        java.util.List<parley.producer.publish.Reject> rejects = new java.util.ArrayList<>();
        java.util.List<Event> events = new java.util.ArrayList<>();
        Ingest.Result r = new Ingest(a -> java.util.List.of(), new parley.producer.publish.EventPublisher() {
            public void publish(Event e) { events.add(e); }
            public void reject(parley.producer.publish.Reject x) { rejects.add(x); }
            public void flush() { }
            public void close() { }
        }, null, "jsonl").file(f);
        assertThat(events).extracting(Event::id).containsExactly("h1");
        assertThat(rejects).singleElement().satisfies(x -> assertThat(x.detail()).contains("a record from the future"));
        assertThat(r.line()).contains("published line(s) 2; rejected line(s) 1");
        java.nio.file.Path article = java.nio.file.Files.writeString(dir.resolve("a.txt"), "---\npublished: 2999-01-01\n---\nText.\n");
        assertThat(new Ingest(a -> java.util.List.of(), new parley.producer.publish.EventPublisher() {
            public void publish(Event e) { events.add(e); }
            public void reject(parley.producer.publish.Reject x) { rejects.add(x); }
            public void flush() { }
            public void close() { }
        }, null, "auto").file(article).detail()).contains("publication date in the future");
    }

    @Test
    void extraFieldsAreKeptWrongTypesAreNot() throws Exception {
        Event e = EventCodec.parse(OK.replace("{\"schema\":1,", "{\"schema\":1,\"x_new\":{\"a\":[1,2]},\"x_b\":\"s\","));
        assertThat(e.extra()).containsKeys("x_new", "x_b");
        assertThat(new String(EventCodec.write(e), StandardCharsets.UTF_8)).contains("\"x_new\":{\"a\":[1,2]}");
        for (String[] wrong : new String[][]{{"\"kind\":\"CALL\"", "\"kind\":1"}, {"\"about\":[]", "\"about\":{}"},
                {"\"about\":[]", "\"about\":[1]"}, {"\"place\":null", "\"place\":\"Paris\""}, {"\"evidence\":\"a call\"", "\"evidence\":[\"a\"]"},
                {"\"confidence\":0.9", "\"confidence\":true"}, {"\"country\":\"FRA\"", "\"country\":[\"FRA\"]"}}) {
            assertThatThrownBy(() -> EventCodec.parse(OK.replace(wrong[0], wrong[1]))).as(wrong[1]).isInstanceOf(InvalidEventException.class);
            assertThatThrownBy(() -> Ingest.parseLine(OK.replace(wrong[0], wrong[1]))).as("producer: " + wrong[1]).isInstanceOf(InvalidEventException.class);
        }
    }

    @Test
    void producerAndStreamsAgreeOnAmbiguousJson() {
        // the producer used a lenient reader: the last duplicate key won and "{…}{…}" kept the first object silently
        String dup = OK.replace("\"kind\":\"CALL\",", "\"kind\":\"CALL\",\"kind\":\"VISIT\",");
        assertThatThrownBy(() -> EventCodec.parse(dup)).hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> Ingest.parseLine(dup)).hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> EventCodec.parse(OK + OK)).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> Ingest.parseLine(OK + " x")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> Ingest.parseLine("[".repeat(3000) + "]".repeat(3000))).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void encodingsAreDetectedOrRefusedWithAReasonNeverMangled() {
        String text = "Ghanaian minister Asanté met Bekelé in Addis Abäba — “talks” went well.\n";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(text); // with BOM
        TextDecoder.Decoded cp = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(cp.text()).isEqualTo(text);
        assertThat(cp.charset()).isEqualTo("windows-1252");
        TextDecoder.Decoded bin = TextDecoder.decode(BadInputCorpus.garbage(2000, 9));
        assertThat(bin.ok()).isFalse();
        assertThat(bin.error()).isNotBlank();
        byte[] torn = BadInputCorpus.concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE), new byte[]{0x41});
        assertThat(TextDecoder.decode(torn).ok()).isFalse();
        assertThat(TextDecoder.decode(new byte[0]).error()).contains("empty");
    }

    @Test
    void csvCellsCannotRunAsFormulas() {
        for (String s : new String[]{"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=1,2"}) {
            String cell = FileSink.cell(s);
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(unquoted).as(s).startsWith("'");
        }
        assertThat(FileSink.cell("-5")).isEqualTo("-5"); // plain numbers stay numbers
        assertThat(FileSink.cell("12.5")).isEqualTo("12.5");
        assertThat(FileSink.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    @Test
    void everyLineBreakConventionSplitsEventLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // \n, \r\n and a lone \r (as BufferedReader splits): three events, never one line silently cut to its first object
        String a = BadInputCorpus.event("lb1"), b = BadInputCorpus.event("lb2"), c = BadInputCorpus.event("lb3");
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("crlf.jsonl"), a + "\r" + b + "\r\n" + c + "\n");
        java.util.List<Event> events = new java.util.ArrayList<>();
        Ingest.Result r = new Ingest(x -> java.util.List.of(), new parley.producer.publish.EventPublisher() {
            public void publish(Event e) { events.add(e); }
            public void reject(parley.producer.publish.Reject x) { throw new AssertionError("rejected: " + x); }
            public void flush() { }
            public void close() { }
        }, null, "auto").file(f);
        assertThat(events).extracting(e -> e.source().id()).containsExactly("lb1", "lb2", "lb3");
        assertThat(r.line()).contains("published line(s) 1-3");
    }

    @Test
    void aPairRowKeepsItsPairInJson() throws Exception {
        // the JSONL sink writes rows with parley.json.Json: a pair row used to come out as "pair":true, its codes lost
        var row = new parley.model.EngagementRow(1, null, java.util.List.of("AZE", "RUS"), 7, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 7),
                2, java.util.Map.of("VISIT", 2L), null, 3, false, null);
        String json = parley.json.Json.string(row);
        assertThat(json).contains("\"pair\":[\"AZE\",\"RUS\"]");
        assertThat(parley.json.Json.read(json, parley.model.EngagementRow.class)).isEqualTo(row);
        var country = new parley.model.EngagementRow(1, "AZE", null, 7, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 7),
                2, java.util.Map.of("VISIT", 2L), java.util.Map.of("outbound", 2L), 3, false, null);
        assertThat(parley.json.Json.string(country)).doesNotContain("\"pair\"");
    }
}
