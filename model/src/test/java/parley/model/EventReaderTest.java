package parley.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import parley.json.Json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token reader against the tree path it shortcuts: on plain valid events it must build the very event the tree
 * path builds, and on anything else {@link EventCodec#parse(byte[])} must end exactly as the tree path does (the same
 * event, or the same error message).
 */
class EventReaderTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] CODES = {"RUS", "AZE", "USA", "FRA", "EU", "NATO", "KEN", "BRA"};
    private static final String[] TEXTS = {"Baku", "Sergei Shoigu", "Ilham Əliyev", "Cauã \"Tito\" Ñúñez", "李强",
            "line\nbreak\ttab", "emoji 🇦🇿 pair", "back\\slash", "", " ", "a/b"};

    @Test
    void readsEveryPlainValidEventAsTheTreePathDoes() throws Exception {
        Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = bytes(validEvent(rnd));
            Event viaTree = EventCodec.parse(EventCodec.readTree(bytes));
            assertThat(EventReader.read(bytes)).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(viaTree);
        }
    }

    @Test
    void anyOtherRecordEndsAsInTheTreePath() throws Exception {
        Random rnd = new Random(8);
        List<UnaryOperator<String>> mutations = mutations(rnd);
        int rejected = 0, readDirectly = 0;
        for (int i = 0; i < 6000; i++) {
            String json = Json.MAPPER.writeValueAsString(validEvent(rnd));
            String bad = mutations.get(rnd.nextInt(mutations.size())).apply(json);
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            String viaTree = outcome(() -> EventCodec.parse(EventCodec.readTree(bytes)));
            assertThat(outcome(() -> EventCodec.parse(bytes))).as(bad).isEqualTo(viaTree);
            Event direct = EventReader.read(bytes);
            if (direct != null && viaTree.startsWith("event: ")) { // else a check between fields failed: not the reader's
                readDirectly++;
                assertThat("event: " + direct).as(bad).isEqualTo(viaTree);
            }
            if (viaTree.startsWith("error: ")) rejected++;
        }
        assertThat(rejected).as("the mutations make invalid records").isGreaterThan(2000);
        assertThat(readDirectly).as("some mutations keep the record plain (a null optional field, reordering)").isPositive();
    }

    private interface Parse { Event run() throws InvalidEventException; }

    private static String outcome(Parse p) {
        try {
            return "event: " + p.run();
        } catch (InvalidEventException e) {
            return "error: " + e.getMessage();
        }
    }

    private static byte[] bytes(ObjectNode n) throws Exception { return Json.MAPPER.writeValueAsBytes(n); }

    /** A valid event with its fields in a random order and optional fields present, null or absent. */
    static ObjectNode validEvent(Random rnd) {
        String actor = CODES[rnd.nextInt(CODES.length)];
        String other = CODES[(List.of(CODES).indexOf(actor) + 1 + rnd.nextInt(CODES.length - 1)) % CODES.length];
        LocalDate published = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000));
        List<Runnable> puts = new ArrayList<>();
        ObjectNode o = F.objectNode();
        puts.add(() -> o.put("schema", 1));
        puts.add(() -> o.put("id", "r" + rnd.nextInt(1000)));
        puts.add(() -> o.put("event_key", "K|" + rnd.nextInt(1000)));
        puts.add(() -> o.put("kind", Kind.values()[rnd.nextInt(Kind.values().length)].name()));
        puts.add(() -> o.put("date", published.minusDays(rnd.nextInt(30)).toString()));
        puts.add(() -> o.put("date_precision", DatePrecision.values()[rnd.nextInt(DatePrecision.values().length)].name()));
        puts.add(() -> o.set("actor", party(rnd, actor, true)));
        optional(rnd, o, "counterpart", () -> party(rnd, other, true));
        optional(rnd, o, "place", () -> party(rnd, other, false));
        optional(rnd, o, "about", () -> {
            ArrayNode a = F.arrayNode();
            for (int k = rnd.nextInt(4); k > 0; k--) a.add(CODES[rnd.nextInt(CODES.length)]);
            return a;
        });
        ObjectNode source = F.objectNode().put("id", "s" + rnd.nextInt(100)).put("published", published.toString());
        optional(rnd, source, "title", () -> F.textNode(text(rnd)));
        optional(rnd, source, "url", () -> F.textNode("https://example.org/" + rnd.nextInt(99)));
        optional(rnd, source, "feed", () -> F.textNode(text(rnd)));
        puts.add(() -> o.set("source", source));
        optional(rnd, o, "evidence", () -> F.textNode(text(rnd)));
        optional(rnd, o, "confidence", () -> rnd.nextBoolean() ? F.numberNode(rnd.nextDouble()) : F.numberNode(rnd.nextInt(2)));
        optional(rnd, o, "extractor", () -> F.objectNode().put("name", "rules").put("version", "v" + rnd.nextInt(9))
                .put("kb_version", rnd.nextBoolean() ? null : "k"));
        Collections.shuffle(puts, rnd);
        puts.forEach(Runnable::run);
        return o;
    }

    private static ObjectNode party(Random rnd, String code, boolean withRole) {
        ObjectNode p = F.objectNode();
        if (rnd.nextInt(4) > 0) p.put("name", rnd.nextInt(5) == 0 ? null : text(rnd));
        p.put("country", code);
        if (withRole && rnd.nextBoolean()) p.put("role", text(rnd));
        return p;
    }

    private static void optional(Random rnd, ObjectNode o, String field, java.util.function.Supplier<com.fasterxml.jackson.databind.JsonNode> value) {
        switch (rnd.nextInt(3)) {
            case 0 -> o.set(field, value.get());
            case 1 -> o.putNull(field);
            default -> { }
        }
    }

    private static String text(Random rnd) { return TEXTS[rnd.nextInt(TEXTS.length)]; }

    /** Textual changes to a valid record's JSON; some keep it valid. */
    private static List<UnaryOperator<String>> mutations(Random rnd) {
        List<UnaryOperator<String>> m = new ArrayList<>();
        for (String field : List.of("schema", "id", "event_key", "kind", "date", "date_precision", "actor", "source",
                "country", "published", "name", "role", "about", "confidence", "extractor", "evidence")) {
            String key = "\"" + field + "\":";
            m.add(s -> s.replaceFirst(key, "\"" + field + "_x\":"));                     // renamed: missing + unknown
            m.add(s -> s.replaceFirst(key, key + "7,\"" + field + "\":"));               // duplicate
            m.add(s -> s.replaceFirst(key + "(\"[^\"]*\"|\\d+(\\.\\d+)?|null)", key + "true"));   // wrong type
            m.add(s -> s.replaceFirst(key + "(\"[^\"]*\"|\\d+(\\.\\d+)?)", key + "null"));        // null
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"\""));                // empty string
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"ZZZ\""));             // unknown code or value
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"\\\\ud800x\""));      // lone surrogate
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"A\uFFFDB\""));        // replacement character
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"2024-02-30\""));      // not a calendar day
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"2999-01-01\""));      // the future
            m.add(s -> s.replaceFirst(key + "\"[^\"]*\"", key + "\"1850-01-01\""));      // before 1900
            m.add(s -> s.replaceFirst(key + "\\{", key + "{\"extra\":[1,{\"a\":\"\\\\udc00\"}],"));  // nested unknown
        }
        m.add(s -> s.replaceFirst("\"country\":\"[^\"]*\"", "\"country\":\"RUS\"").replaceAll("\"country\":\"[^\"]*\"", "\"country\":\"RUS\"")); // domestic
        m.add(s -> s + " {}");
        m.add(s -> s + " x");
        m.add(s -> s.substring(0, s.length() - 1));
        m.add(s -> "[" + s + "]");
        m.add(s -> s.replace("\"schema\":1", "\"schema\":1.0"));
        m.add(s -> s.replace("\"schema\":1", "\"schema\":99999999999"));
        m.add(s -> s.replaceFirst("\\{", "{\"sentiment\":-0.4,"));
        m.add(s -> s.replaceFirst("\"confidence\":[^,}]*", "\"confidence\":1e400"));
        m.add(s -> s.replaceFirst("\"confidence\":[^,}]*", "\"confidence\":123456789012345678901234567890"));
        m.add(s -> s.replace(",", " , "));
        return m;
    }
}
