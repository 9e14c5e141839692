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
}
