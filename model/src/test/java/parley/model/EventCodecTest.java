package parley.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.json.Json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {
    static final String VALID = """
            {"schema":1,"id":"r1","event_key":"VISIT|RUS|AZE|2024-08-06","kind":"VISIT","date":"2024-08-06",
             "date_precision":"DAY","actor":{"name":"Sergei Shoigu","country":"RUS","role":"Security Council Secretary"},
             "counterpart":{"name":"Ilham Aliyev","country":"AZE","role":"President"},"place":{"name":"Baku","country":"AZE"},
             "about":[],"source":{"id":"s1","title":"t","url":"u","published":"2024-08-07","feed":null},
             "evidence":"During his visit…","confidence":0.9,"extractor":{"name":"rules","version":"1","kb_version":"k"}}""";

    static ObjectNode tree() throws Exception { return (ObjectNode) Json.MAPPER.readTree(VALID); }

    @Test
    void readsAValidEventAndWritesItBack() throws Exception {
        Event e = EventCodec.parse(VALID);
        assertThat(e.kind()).isEqualTo(Kind.VISIT);
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 8, 6));
        assertThat(e.actor().country()).isEqualTo("RUS");
        assertThat(e.source().published()).isEqualTo(LocalDate.of(2024, 8, 7));
        Event again = EventCodec.parse(EventCodec.write(e));
        assertThat(again).isEqualTo(e);
        assertThat(new String(EventCodec.write(e), StandardCharsets.UTF_8)).contains("\"event_key\":\"VISIT|RUS|AZE|2024-08-06\"", "\"kb_version\":\"k\"");
    }

    @Test
    void keepsUnknownFieldsForForwardCompatibility() throws Exception {
        ObjectNode t = tree();
        t.put("sentiment", -0.4);
        t.putObject("gdelt").put("num_mentions", 12);
        Event e = EventCodec.parse(t);
        assertThat(e.extra()).containsKeys("sentiment", "gdelt");
        String out = Json.string(e);
        assertThat(out).contains("\"sentiment\":-0.4", "\"num_mentions\":12");
        assertThat(EventCodec.parse(out).extra()).isEqualTo(e.extra());
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(delimiter = '|', value = {
            "schema|\"1\"|schema: expected an integer",
            "schema|2|unsupported version",
            "date|\"2024-02-30\"|not a calendar day",
            "date|20240806|expected a string",
            "date|\"2024-8-6\"|not a calendar day",
            "date|\"2024-08-09\"|after source.published",
            "date|\"1899-12-31\"|before 1900",
            "kind|\"VISITED\"|unknown value",
            "id|\"\"|id: empty",
            "id|5|expected a string",
            "about|\"ARM\"|expected an array",
            "confidence|\"high\"|expected a number"})
    void rejectsWrongValuesWithTheReason(String field, String json, String reason) throws Exception {
        ObjectNode t = tree();
        t.set(field, Json.MAPPER.readTree(json));
        assertThatThrownBy(() -> EventCodec.parse(t)).isInstanceOf(InvalidEventException.class).hasMessageContaining(reason);
    }

    @Test
    void rejectsUnknownCodesAndMissingRequiredFields() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("actor")).put("country", "XYZ");
        assertThatThrownBy(() -> EventCodec.parse(t)).hasMessageContaining("actor.country: unknown");
        ObjectNode u = tree();
        u.remove("source");
        assertThatThrownBy(() -> EventCodec.parse(u)).hasMessageContaining("source: missing");
        ObjectNode v = tree();
        ((ObjectNode) v.get("source")).remove("published");
        assertThatThrownBy(() -> EventCodec.parse(v)).hasMessageContaining("source.published: missing");
        ObjectNode w = tree();
        ((ObjectNode) w.get("place")).put("country", "aze");
        assertThatThrownBy(() -> EventCodec.parse(w)).hasMessageContaining("place.country");
    }

    @Test
    void acceptsKosovoAndOrganizationsAndNullOptionals() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("actor")).put("country", "XKX");
        ((ObjectNode) t.get("counterpart")).put("country", "NATO");
        t.putNull("place");
        t.remove("evidence");
        Event e = EventCodec.parse(t);
        assertThat(e.place()).isNull();
        assertThat(e.counterpart().country()).isEqualTo("NATO");
    }

    @Test
    void garbageIsRejectedNotThrown() {
        for (String s : new String[]{"", "nul", "[1,2]", "\"x\"", "{\"schema\":1,\"schema\":1}", "{".repeat(200)})
            assertThatThrownBy(() -> EventCodec.parse(s.getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aRecordFromTheFutureIsInvalidAndTheReasonSaysSo() throws Exception {
        ObjectNode t = tree();
        t.put("date", "2999-01-01");
        ((ObjectNode) t.get("source")).put("published", "2999-01-01");
        assertThatThrownBy(() -> EventCodec.parse(t)).hasMessageContaining("source.published: 2999-01-01 is after the processing day");
        ((ObjectNode) t.get("source")).put("published", "9999-12-31");
        t.put("date", "9999-12-31");
        assertThatThrownBy(() -> EventCodec.parse(t)).hasMessageContaining("a record from the future");
        // processing day + 1 is still allowed (a report published "tomorrow" in a time zone ahead of UTC)
        LocalDate today = LocalDate.of(2024, 8, 6);
        ObjectNode ok = tree();
        assertThat(EventCodec.parse(ok, today).source().published()).isEqualTo(today.plusDays(1));
        assertThatThrownBy(() -> EventCodec.parse(ok, today.minusDays(1))).hasMessageContaining("processing day 2024-08-05");
    }

    @Test
    void aDomesticVisitMeetingOrCallIsInvalid() throws Exception {
        ObjectNode visit = tree();
        ((ObjectNode) visit.get("place")).put("country", "RUS");
        assertThatThrownBy(() -> EventCodec.parse(visit)).hasMessageContaining("place.country: RUS is the actor's own country");
        ObjectNode byCounterpart = tree();
        byCounterpart.putNull("place");
        ((ObjectNode) byCounterpart.get("counterpart")).put("country", "RUS");
        assertThatThrownBy(() -> EventCodec.parse(byCounterpart)).hasMessageContaining("counterpart.country: RUS");
        // the host is the place when there is one: a Russian counterpart met abroad is not a domestic visit
        ObjectNode abroad = tree();
        ((ObjectNode) abroad.get("counterpart")).put("country", "RUS");
        assertThat(EventCodec.parse(abroad).place().country()).isEqualTo("AZE");
        for (String kind : new String[]{"MEETING", "CALL"}) {
            ObjectNode m = tree();
            m.put("kind", kind);
            ((ObjectNode) m.get("counterpart")).put("country", "RUS");
            assertThatThrownBy(() -> EventCodec.parse(m)).hasMessageContaining("domestic " + kind);
        }
        // a meeting held in the actor's own country with a foreign counterpart is diplomacy
        ObjectNode home = tree();
        home.put("kind", "MEETING");
        ((ObjectNode) home.get("place")).put("country", "RUS");
        assertThat(EventCodec.parse(home).kind()).isEqualTo(Kind.MEETING);
        // a statement about the speaker's own country stays valid
        ObjectNode st = tree();
        st.put("kind", "STATEMENT");
        st.putNull("counterpart");
        st.putNull("place");
        st.putArray("about").add("RUS");
        assertThat(EventCodec.parse(st).about()).containsExactly("RUS");
    }

    @Test
    void numbersMustBeFiniteAndTextValidUnicode() throws Exception {
        String inf = VALID.replace("\"confidence\":0.9", "\"confidence\":1e400");
        assertThatThrownBy(() -> EventCodec.parse(inf)).hasMessageContaining("confidence: not a finite number");
        String lone = VALID.replace("During his visit", "During \\ud800 his visit");
        assertThatThrownBy(() -> EventCodec.parse(lone)).hasMessageContaining("evidence: not valid Unicode (lone surrogate U+D800)");
        String loneLow = VALID.replace("Sergei Shoigu", "Sergei \\udc00");
        assertThatThrownBy(() -> EventCodec.parse(loneLow)).hasMessageContaining("actor.name: not valid Unicode");
        String loneKey = VALID.replace("\"evidence\"", "\"x\\ud83d\":1,\"evidence\"");
        assertThatThrownBy(() -> EventCodec.parse(loneKey)).isInstanceOf(InvalidEventException.class).hasMessageContaining("surrogate");
        String mojibake = VALID.replace("Ilham Aliyev", "Ilham Al\uFFFDyev");
        assertThatThrownBy(() -> EventCodec.parse(mojibake)).hasMessageContaining("counterpart.name: contains U+FFFD");
        // a real pair (an emoji) and U+FFFD quoted in the evidence are fine
        String pair = VALID.replace("During his visit", "During \\ud83d\\ude00 his visit \uFFFD");
        assertThat(EventCodec.parse(pair).evidence()).contains("\uD83D\uDE00");
    }

    @Test
    void errorsNameTheFieldsFullPath() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("source")).remove("id");
        assertThatThrownBy(() -> EventCodec.parse(t)).hasMessage("source.id: missing");
        ObjectNode u = tree();
        ((ObjectNode) u.get("actor")).put("name", 5);
        assertThatThrownBy(() -> EventCodec.parse(u)).hasMessageContaining("actor.name: expected a string");
    }

    @Test
    void aPlainDayIsReadExactlyAsTheStrictFormatterReadsIt() {
        var strict = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(java.time.format.ResolverStyle.STRICT);
        java.util.Random rnd = new java.util.Random(2);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            String s = String.format("%04d-%02d-%02d", rnd.nextInt(10_000), rnd.nextInt(14), rnd.nextInt(33));
            LocalDate expected;
            try {
                expected = LocalDate.parse(s, strict);
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            LocalDate actual;
            try {
                actual = EventCodec.parseDay(s);
            } catch (InvalidEventException e) {
                actual = null;
            }
            assertThat(actual).as(s).isEqualTo(expected);
            if (actual != null) valid++;
        }
        assertThat(valid).as("both outcomes exercised").isBetween(5_000, 19_000);
    }
}
