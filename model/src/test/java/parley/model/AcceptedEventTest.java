package parley.model;

import org.junit.jupiter.api.Test;
import parley.json.Json;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedEventTest {

    static Event visit(String source, String evidence) {
        LocalDate d = LocalDate.parse("2024-08-06");
        return new Event(1, null, null, Kind.VISIT, d, DatePrecision.DAY, new Party("Sergei Shoigu", "RUS", "Secretary"),
                new Party("Ilham Aliyev", "AZE", "President"), new Place("Baku", "AZE"), List.of(),
                new Source(source, "title " + source, "https://news.example/" + source, d, "feed"), evidence, 0.9, null, null)
                .withKeys();
    }

    @Test
    void theFirstReportDefinesTheEventAndLaterOnesMergeTheirIds() {
        Event first = visit("s1", "Shoigu visited Baku.");
        Event second = visit("s2", "Shoigu was in Baku.");
        AcceptedEvent a = AcceptedEvent.first(first);
        assertThat(a.eventKey()).isEqualTo(first.eventKey());
        assertThat(a.countries()).containsExactly(java.util.Map.entry("RUS", Role.OUTBOUND), java.util.Map.entry("AZE", Role.INBOUND));
        assertThat(a.pairs()).containsExactly(List.of("AZE", "RUS"));
        assertThat(a.reportIds()).containsExactly(first.id());
        assertThat(a.mentions()).isEqualTo(1);
        assertThat(a.added()).isNull();

        AcceptedEvent b = a.plus(second);
        assertThat(b.reportIds()).containsExactly(first.id(), second.id());
        assertThat(b.mentions()).isEqualTo(2);
        assertThat(b.evidence()).as("still the first report's").isEqualTo("Shoigu visited Baku.");
        assertThat(b.added().id()).isEqualTo(second.id());
        assertThat(b.added().source().url()).isEqualTo("https://news.example/s2");

        String json = Json.string(b);
        assertThat(json).contains("\"event_key\":", "\"report_ids\":[", "\"countries\":{\"RUS\":\"outbound\",\"AZE\":\"inbound\"}")
                .doesNotContain("\n");
        assertThat(Json.read(json, AcceptedEvent.class)).isEqualTo(b);
    }

    @Test
    void textsAndIdsAreBounded() {
        AcceptedEvent a = AcceptedEvent.first(visit("s0", "x".repeat(50_000)));
        assertThat(a.evidence()).hasSize(AcceptedEvent.MAX_TEXT_CHARS + 1).endsWith("…");
        for (int i = 1; i < AcceptedEvent.MAX_REPORT_IDS + 50; i++) a = a.plus(visit("s" + i, "e"));
        assertThat(a.reportIds()).hasSize(AcceptedEvent.MAX_REPORT_IDS);
        assertThat(a.mentions()).as("every report still counts").isEqualTo(AcceptedEvent.MAX_REPORT_IDS + 50);
        assertThat(Json.bytes(a).length).isLessThan(200_000);
    }

    @Test
    void plusOnTheJsonGivesTheBytesOfTheFullReadAndWrite() {
        java.util.Random rnd = new java.util.Random(11);
        String[] texts = {"plain", "emoji 😀 outside the BMP", "quote \" and \\ backslash", "],\"mentions\":9", ",\"report_ids\":[\"x\"]", "ünïcödé — \u2028 line",
                "tab\tnew\nline", "x".repeat(3000)};
        for (int round = 0; round < 200; round++) {
            Event first = visit(texts[rnd.nextInt(texts.length)] + round, texts[rnd.nextInt(texts.length)]);
            byte[] fast = Json.bytes(AcceptedEvent.first(first));
            AcceptedEvent slow = AcceptedEvent.first(first);
            for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
                Event next = visit(texts[rnd.nextInt(texts.length)] + "-" + round + "-" + i, texts[rnd.nextInt(texts.length)]);
                fast = AcceptedEvent.plusJson(fast, next);
                slow = slow.plus(next);
                assertThat(new String(fast, java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(new String(Json.bytes(slow), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void toJsonWritesTheBytesOfDataBinding() throws Exception {
        java.util.Random rnd = new java.util.Random(12);
        for (int round = 0; round < 500; round++) {
            AcceptedEvent a = AcceptedEvent.first(EventCodec.parse(EventReaderTest.validEvent(rnd)));
            for (int i = rnd.nextInt(3); i >= 0; i--) {
                assertThat(new String(a.toJson(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(new String(Json.bytes(a), java.nio.charset.StandardCharsets.UTF_8));
                a = a.plus(EventCodec.parse(EventReaderTest.validEvent(rnd)));
            }
        }
    }

    @Test
    void plusOnTheJsonKeepsTheIdBounds() {
        AcceptedEvent slow = AcceptedEvent.first(visit("s0", "e"));
        byte[] fast = Json.bytes(slow);
        for (int i = 1; i < AcceptedEvent.MAX_REPORT_IDS + 20; i++) {
            Event next = visit("s" + i, "e");
            fast = AcceptedEvent.plusJson(fast, next);
            slow = slow.plus(next);
        }
        assertThat(Json.read(fast, AcceptedEvent.class).reportIds()).hasSize(AcceptedEvent.MAX_REPORT_IDS);
        assertThat(fast).isEqualTo(Json.bytes(slow));
    }

    @Test
    void plusOnTheJsonCountsIdCharsAsStringsDoNonAsciiAndEscapedIdsIncluded() {
        String[] shapes = {"ascii-", "é-", "😀-", "quote\"-", "back\\slash-", "日本-"};
        for (String shape : shapes) {
            Event first = visit("s0", "e");
            AcceptedEvent slow = AcceptedEvent.first(first);
            byte[] fast = Json.bytes(slow);
            // long ids, so that the character bound is reached after a few dozen
            for (int i = 0; i < 120; i++) {
                Event e = visit("s" + i, "e");
                Event next = new Event(e.schema(), shape.repeat(600) + i, e.eventKey(), e.kind(), e.date(), e.datePrecision(),
                        e.actor(), e.counterpart(), e.place(), e.about(), e.source(), e.evidence(), e.confidence(), e.extractor(), e.extra());
                fast = AcceptedEvent.plusJson(fast, next);
                slow = slow.plus(next);
                assertThat(new String(fast, java.nio.charset.StandardCharsets.UTF_8)).as(shape + " " + i)
                        .isEqualTo(new String(Json.bytes(slow), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(slow.reportIds().size()).as(shape + ": the character bound was reached").isLessThan(121);
        }
    }
}
