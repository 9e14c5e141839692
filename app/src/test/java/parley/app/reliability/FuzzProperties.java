package parley.app.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import parley.json.Json;
import parley.model.Event;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.model.Text;
import parley.producer.extract.Article;
import parley.producer.extract.Extractors;
import parley.producer.ingest.Ingest;
import parley.producer.ingest.RecordingPublisher;
import parley.producer.publish.Reject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7 item 7: the extractor, the event parser and Ingest never throw on arbitrary input; whatever the parser
 * accepts is a valid event that round-trips; Ingest accounts for every file. Tries are bounded to keep the suite fast.
 */
class FuzzProperties {
    static final String VALID = BadInputCorpus.full("fz", "2024-03-01", "2024-03-01", "FRA", "DEU");

    // ---- the event parser -------------------------------------------------------------------------------------

    /** Never throws anything but InvalidEventException; an accepted event is valid and re-parses to itself. */
    static void parseNeverThrows(byte[] bytes) {
        try {
            Event e = EventCodec.parse(bytes);
            assertThat(e.actor().country()).isNotBlank();
            assertThat(e.date()).isAfterOrEqualTo(EventCodec.EARLIEST).isBeforeOrEqualTo(e.source().published().plusDays(1));
            Event again = EventCodec.parse(EventCodec.write(e));
            assertThat(again.eventKey()).isEqualTo(e.eventKey());
            assertThat(again.date()).isEqualTo(e.date());
        } catch (InvalidEventException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void parserOnArbitraryStrings(@ForAll @StringLength(max = 300) String s) {
        parseNeverThrows(s.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void parserOnArbitraryBytes(@ForAll @Size(max = 400) byte[] b) {
        parseNeverThrows(b);
    }

    @Property(tries = 1000)
    void parserOnArbitraryJsonTrees(@ForAll("json") JsonNode tree) throws Exception {
        parseNeverThrows(Json.MAPPER.writeValueAsBytes(tree));
        try {
            EventCodec.parse(tree);
        } catch (InvalidEventException expected) { }
    }

    @Property(tries = 1500)
    void parserOnMutatedValidEvents(@ForAll("mutatedEvents") String json) {
        parseNeverThrows(json.getBytes(StandardCharsets.UTF_8));
        try {
            Ingest.parseLine(json);
        } catch (InvalidEventException expected) { }
    }

    @Provide
    Arbitrary<JsonNode> json() { return jsonNode(3); }

    static Arbitrary<JsonNode> jsonNode(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<Arbitrary<JsonNode>> leaves = List.of(
                Arbitraries.strings().ofMaxLength(12).map(f::textNode),
                Arbitraries.of("FRA", "DEU", "XKX", "EU", "fra", "", "2024-03-01", "2024-02-30", "CALL", "VISIT", "DAY").map(f::textNode),
                Arbitraries.integers().map(f::numberNode), Arbitraries.doubles().map(f::numberNode),
                Arbitraries.of(true, false).map(f::booleanNode), Arbitraries.just(f.nullNode()));
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(leaves);
        if (depth == 0) return leaf;
        Arbitrary<JsonNode> child = Arbitraries.lazy(() -> jsonNode(depth - 1));
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("schema", "id", "event_key", "kind", "date", "date_precision", "actor",
                "counterpart", "place", "about", "source", "evidence", "confidence", "extractor", "country", "published", "name"),
                Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<JsonNode> obj = Combinators.combine(names.list().ofMaxSize(8), child.list().ofMaxSize(8)).as((ks, vs) -> {
            ObjectNode o = f.objectNode();
            for (int i = 0; i < Math.min(ks.size(), vs.size()); i++) o.set(ks.get(i), vs.get(i));
            return (JsonNode) o;
        });
        Arbitrary<JsonNode> arr = child.list().ofMaxSize(5).map(vs -> {
            ArrayNode a = f.arrayNode();
            vs.forEach(a::add);
            return (JsonNode) a;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(3, obj), net.jqwik.api.Tuple.of(1, arr));
    }

    /** A valid event with one to three random edits: deleted, inserted or replaced characters, or a value swapped. */
    @Provide
    Arbitrary<String> mutatedEvents() {
        Arbitrary<Integer> pos = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(4),
                Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "null", "1", "\\u0000", "\\ud83d", "\u202E", "\"x\":1,", "\"kind\":\"CALL\","));
        Arbitrary<UnaryOperator<String>> edit = Combinators.combine(pos, Arbitraries.integers().between(0, 6), insert)
                .as((p, del, ins) -> (UnaryOperator<String>) s -> {
                    int at = Math.min(p, s.length());
                    return s.substring(0, at) + ins + s.substring(Math.min(s.length(), at + del));
                });
        Arbitrary<UnaryOperator<String>> swap = Combinators.combine(
                Arbitraries.of("\"FRA\"", "\"2024-03-01\"", "\"CALL\"", "\"DAY\"", "1", "0.9", "null", "[]"),
                Arbitraries.of("\"XXX\"", "\"2024-02-30\"", "\"2999-01-01\"", "12", "{}", "[1]", "true", "null", "\"\"", "\" \""))
                .as((from, to) -> (UnaryOperator<String>) s -> s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return Arbitraries.oneOf(edit, swap).list().ofMinSize(1).ofMaxSize(3).map(ops -> {
            String s = VALID;
            for (UnaryOperator<String> op : ops) s = op.apply(s);
            return s;
        });
    }

    // ---- the extractor ------------------------------------------------------------------------------------------

    @Property(tries = 400)
    void extractorNeverThrows(@ForAll("articleText") String text) {
        List<Event> events = Extractors.standard().extract(new Article("fz", null, null, LocalDate.of(2024, 3, 1), null, text));
        for (Event e : events) {
            // whatever the extractor produces must pass the contract the Streams app checks
            try {
                EventCodec.parse(EventCodec.write(e));
            } catch (InvalidEventException ex) {
                throw new AssertionError("extractor produced an invalid event (" + ex.getMessage() + ") from: " + Text.escapeControls(text), ex);
            }
        }
    }

    /** Arbitrary strings mixed with words the rules look for, so the property reaches deep into the extractor. */
    @Provide
    Arbitrary<String> articleText() {
        Arbitrary<String> words = Arbitraries.of("President", "Prime Minister", "Foreign Minister", "visited", "met", "paid a state visit to",
                "was received by", "spoke by phone with", "said", "on Monday", "on August 7", "last week", "in 2023", "Kenyan", "Ethiopia",
                "Ethiopian", "France", "French", "Germany", "Russia's", "Kremlin", "the EU", "NATO", "William Kamau", "Dawit Bekele", "Addis Ababa",
                ".", ",", "\n\n", "\"", "(", ")", "—", "\u202E", "\u0000", "\uD83D", "é", "Москва", "東京", "  ", "Mr.", "U.S.", "1", "31", "February 30");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(20);
        return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void extractorNeverThrowsOnRawStrings(@ForAll @StringLength(max = 400) String text) {
        Extractors.standard().extract(new Article("fz", "t", null, LocalDate.of(2024, 3, 1), null, text));
    }

    // ---- Ingest -----------------------------------------------------------------------------------------------------

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("fuzz-ingest");
            DIR.toFile().deleteOnExit();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Property(tries = 500)
    void ingestNeverThrowsAndAccountsForEveryFile(@ForAll @Size(max = 600) byte[] bytes,
                                                  @ForAll("extensions") String ext, @ForAll boolean withDate) throws Exception {
        Path f = DIR.resolve("f" + ext);
        byte[] content = withDate ? BadInputCorpus.concat("---\npublished: 2024-03-01\n---\n".getBytes(StandardCharsets.UTF_8), bytes) : bytes;
        Files.write(f, content);
        RecordingPublisher pub = new RecordingPublisher();
        List<Event> events = pub.events;
        List<Reject> rejects = pub.rejects;
        try {
            Ingest.Result r = new Ingest(Extractors.standard(), pub, null, "auto").file(f);
            assertThat(r.events()).isEqualTo(events.size());
            assertThat(r.rejects()).isEqualTo(rejects.size());
            switch (r.status()) {
                case PUBLISHED -> assertThat(events).isNotEmpty();
                case NO_EVENT -> assertThat(events).isEmpty();
                case REJECTED -> assertThat(rejects).hasSize(1);
            }
            assertThat(r.line()).isNotBlank();
            for (Event e : events) EventCodec.parse(EventCodec.write(e));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Provide
    Arbitrary<String> extensions() { return Arbitraries.of(".txt", ".html", ".md", ".jsonl"); }

    @Property(tries = 300)
    void ingestOnMutatedEventLines(@ForAll("mutatedEvents") String a, @ForAll("mutatedEvents") String b) throws Exception {
        Path f = DIR.resolve("m.jsonl");
        Files.writeString(f, a + "\n" + VALID.replace("\"fz\"", "\"fz2\"") + "\n" + b + "\n");
        RecordingPublisher pub = new RecordingPublisher();
        List<Event> events = pub.events;
        List<Reject> rejects = pub.rejects;
        try {
            Ingest.Result r = new Ingest(Extractors.standard(), pub, null, "auto").file(f);
            // a line break inside a mutation can add lines; every non-blank line is either published or rejected
            long nonBlank = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            assertThat(events.size() + rejects.size()).isEqualTo((int) nonBlank);
            assertThat(r.events()).isEqualTo(events.size());
            assertThat(events).isNotEmpty(); // the valid middle line always gets through
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
