package parley.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.json.Json;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates events strictly (CONTRACT.md §1 and §4): required fields present, types exact (no
 * coercion of "1" to 1 or 20240806 to a date), dates real calendar days (2024-02-30 is rejected, not moved to
 * March 1), codes known, the date not after publication + 1 day nor before 1900, the publication not after the
 * processing day + 1 (a record from the future would move the stream day), no domestic VISIT/MEETING/CALL, numbers
 * finite, text valid Unicode. Unknown fields are kept.
 *
 * <p>This is the one validator: the producer runs it on everything it publishes, Streams on everything it reads.
 */
public final class EventCodec {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** A day is exactly YYYY-MM-DD with STRICT resolution: no lenient roll-over. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> KNOWN = Set.of("schema", "id", "event_key", "kind", "date", "date_precision",
            "actor", "counterpart", "place", "about", "source", "evidence", "confidence", "extractor");
    /** Bounded nesting and string length so a hostile record cannot exhaust memory or stack. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "{…}{…}" or "{…} junk" on one line is not one event: reject it rather than keep the first object silently
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(64).build();

    static {
        STRICT.getFactory().setStreamReadConstraints(CONSTRAINTS);
    }

    private EventCodec() { }

    public static Event parse(byte[] bytes) throws InvalidEventException {
        Event plain = bytes == null ? null : EventReader.read(bytes); // the usual record, without a tree
        if (plain == null) return parse(readTree(bytes));
        checkRelations(plain, processingDay());
        return plain;
    }

    /** The processing day (UTC) the future-publication rule is checked against: today, by the wall clock. */
    public static LocalDate processingDay() { return LocalDate.now(ZoneOffset.UTC); }

    /**
     * The strict JSON reading {@link #parse(byte[])} does, for callers that adjust the tree before parsing it (the
     * producer fills id and event_key): duplicate keys, trailing content and over-deep nesting are invalid.
     */
    public static JsonNode readTree(byte[] bytes) throws InvalidEventException {
        if (bytes == null || bytes.length == 0) throw new InvalidEventException("empty record");
        try {
            JsonNode root = STRICT.readTree(bytes);
            if (root == null || root.isMissingNode()) throw new InvalidEventException("empty record");
            return root;
        } catch (InvalidEventException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new InvalidEventException("not JSON: " + firstLine(e.getMessage()));
        }
    }

    public static Event parse(String json) throws InvalidEventException {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Event parse(JsonNode root) throws InvalidEventException {
        return parse(root, processingDay());
    }

    /** As {@link #parse(JsonNode)}, with the processing day given (tests, tools that validate for another day). */
    public static Event parse(JsonNode root, LocalDate processingDay) throws InvalidEventException {
        if (root == null || !root.isObject()) throw new InvalidEventException("not a JSON object");
        Unicode.check(root, "");
        int schema = intField(root, "schema");
        if (schema != Event.SCHEMA) throw new InvalidEventException("schema: unsupported version " + schema + " (this build reads " + Event.SCHEMA + ")");
        String id = requiredText(root, "id");
        String eventKey = requiredText(root, "event_key");
        Kind kind = enumField(root, "kind", Kind.class, true);
        LocalDate date = day(root.get("date"), "date", true);
        DatePrecision precision = enumField(root, "date_precision", DatePrecision.class, true);
        Party actor = party(root.get("actor"), "actor", true);
        Party counterpart = party(root.get("counterpart"), "counterpart", false);
        Place place = place(root.get("place"));
        List<String> about = about(root.get("about"));
        Source source = source(root.get("source"));
        String evidence = optionalText(root, "evidence");
        Double confidence = optionalNumber(root, "confidence");
        ExtractorInfo extractor = extractor(root.get("extractor"));

        Map<String, JsonNode> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var f = it.next();
            if (!KNOWN.contains(f.getKey())) extra.put(f.getKey(), f.getValue());
        }
        Event e = new Event(schema, id, eventKey, kind, date, precision, actor, counterpart, place, about, source,
                evidence, confidence, extractor, extra);
        checkRelations(e, processingDay);
        return e;
    }

    /** The checks between fields, once each field is valid on its own (both ways of reading end here). */
    private static void checkRelations(Event e, LocalDate processingDay) throws InvalidEventException {
        LocalDate date = e.date(), published = e.source().published();
        if (date.isBefore(EARLIEST)) throw new InvalidEventException("date: " + date + " is before " + EARLIEST);
        if (date.isAfter(published.plusDays(1)))
            throw new InvalidEventException("date: " + date + " is after source.published " + published + " + 1 day");
        if (published.isAfter(processingDay.plusDays(1)))
            throw new InvalidEventException("source.published: " + published + " is after the processing day "
                    + processingDay + " + 1 day (a record from the future)");
        if (e.confidence() != null && !Double.isFinite(e.confidence()))
            throw new InvalidEventException("confidence: not a finite number");
        domestic(e.kind(), e.actor(), e.counterpart(), e.place());
    }

    /**
     * A VISIT to the actor's own country, or a MEETING or CALL with a counterpart of it, is no diplomacy (§1). The
     * host of a VISIT is its place's country, else its counterpart's, as in {@link EventKeys#visitHost}.
     */
    private static void domestic(Kind kind, Party actor, Party counterpart, Place place) throws InvalidEventException {
        String own = actor.country();
        if (kind == Kind.VISIT) {
            boolean byPlace = place != null;
            String host = byPlace ? place.country() : counterpart == null ? null : counterpart.country();
            if (own.equals(host))
                throw new InvalidEventException((byPlace ? "place.country" : "counterpart.country") + ": " + host
                        + " is the actor's own country (a domestic VISIT is not diplomacy)");
        } else if ((kind == Kind.MEETING || kind == Kind.CALL) && counterpart != null && own.equals(counterpart.country())) {
            throw new InvalidEventException("counterpart.country: " + own + " is the actor's own country (a domestic "
                    + kind + " is not diplomacy)");
        }
    }

    /** A strict YYYY-MM-DD day, or a reason. */
    public static LocalDate parseDay(String s) throws InvalidEventException {
        try {
            if (isPlainDay(s)) // the usual shape, without the formatter (a few % of the Streams thread); same strictness
                return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            return LocalDate.parse(s, DAY);
        } catch (java.time.DateTimeException e) {
            throw new InvalidEventException("not a calendar day (YYYY-MM-DD): \"" + s + "\"");
        }
    }

    /** Exactly dddd-dd-dd. */
    private static boolean isPlainDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) return false;
        return true;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }


    public static byte[] write(Event e) { return Json.bytes(e); }

    // ---- fields -------------------------------------------------------------------------------------------------

    private static int intField(JsonNode root, String name) throws InvalidEventException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) throw new InvalidEventException(name + ": missing");
        if (!n.isIntegralNumber() || !n.canConvertToInt()) throw new InvalidEventException(name + ": expected an integer, got " + type(n));
        return n.intValue();
    }

    private static String requiredText(JsonNode root, String name) throws InvalidEventException {
        return requiredText(root, "", name);
    }

    /** A required string field of the object at {@code parent} ("" for the top level); errors name the full path. */
    private static String requiredText(JsonNode obj, String parent, String name) throws InvalidEventException {
        String path = path(parent, name);
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) throw new InvalidEventException(path + ": missing");
        if (!n.isTextual()) throw new InvalidEventException(path + ": expected a string, got " + type(n));
        if (n.textValue().isBlank()) throw new InvalidEventException(path + ": empty");
        return n.textValue();
    }

    private static String optionalText(JsonNode root, String name) throws InvalidEventException {
        return optionalText(root, "", name);
    }

    private static String optionalText(JsonNode obj, String parent, String name) throws InvalidEventException {
        JsonNode n = obj.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new InvalidEventException(path(parent, name) + ": expected a string, got " + type(n));
        return n.textValue();
    }

    private static String path(String parent, String name) { return parent.isEmpty() ? name : parent + "." + name; }

    private static Double optionalNumber(JsonNode root, String name) throws InvalidEventException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw new InvalidEventException(name + ": expected a number, got " + type(n));
        return n.doubleValue();
    }

    private static <E extends Enum<E>> E enumField(JsonNode root, String name, Class<E> type, boolean required) throws InvalidEventException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) {
            if (required) throw new InvalidEventException(name + ": missing");
            return null;
        }
        if (!n.isTextual()) throw new InvalidEventException(name + ": expected a string, got " + type(n));
        try {
            return Enum.valueOf(type, n.textValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(name + ": unknown value \"" + n.textValue() + "\"");
        }
    }

    private static LocalDate day(JsonNode n, String name, boolean required) throws InvalidEventException {
        if (n == null || n.isNull()) {
            if (required) throw new InvalidEventException(name + ": missing");
            return null;
        }
        if (!n.isTextual()) throw new InvalidEventException(name + ": expected a string YYYY-MM-DD, got " + type(n));
        try {
            return parseDay(n.textValue());
        } catch (InvalidEventException e) {
            throw new InvalidEventException(name + ": " + e.getMessage());
        }
    }

    private static String code(JsonNode n, String name, boolean required) throws InvalidEventException {
        if (n == null || n.isNull()) {
            if (required) throw new InvalidEventException(name + ": missing");
            return null;
        }
        if (!n.isTextual()) throw new InvalidEventException(name + ": expected a string code, got " + type(n));
        String c = n.textValue();
        if (!Codes.isValid(c)) throw new InvalidEventException(name + ": unknown country/organization code \"" + abbreviate(c) + "\"");
        return c;
    }

    private static Party party(JsonNode n, String name, boolean required) throws InvalidEventException {
        if (n == null || n.isNull()) {
            if (required) throw new InvalidEventException(name + ": missing");
            return null;
        }
        if (!n.isObject()) throw new InvalidEventException(name + ": expected an object, got " + type(n));
        return new Party(optionalText(n, name, "name"), code(n.get("country"), name + ".country", true), optionalText(n, name, "role"));
    }

    private static Place place(JsonNode n) throws InvalidEventException {
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw new InvalidEventException("place: expected an object, got " + type(n));
        return new Place(optionalText(n, "place", "name"), code(n.get("country"), "place.country", true));
    }

    private static List<String> about(JsonNode n) throws InvalidEventException {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw new InvalidEventException("about: expected an array, got " + type(n));
        List<String> out = new ArrayList<>();
        for (JsonNode c : n) {
            String code = code(c, "about[]", true);
            if (!out.contains(code)) out.add(code);
        }
        return out;
    }

    private static Source source(JsonNode n) throws InvalidEventException {
        if (n == null || n.isNull()) throw new InvalidEventException("source: missing");
        if (!n.isObject()) throw new InvalidEventException("source: expected an object, got " + type(n));
        String id = requiredText(n, "source", "id");
        LocalDate published = day(n.get("published"), "source.published", true);
        return new Source(id, optionalText(n, "source", "title"), optionalText(n, "source", "url"), published,
                optionalText(n, "source", "feed"));
    }

    private static ExtractorInfo extractor(JsonNode n) throws InvalidEventException {
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw new InvalidEventException("extractor: expected an object, got " + type(n));
        return new ExtractorInfo(optionalText(n, "extractor", "name"), optionalText(n, "extractor", "version"),
                optionalText(n, "extractor", "kb_version"));
    }

    private static String type(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> n.getNodeType().name().toLowerCase();
        };
    }

    private static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int i = s.indexOf('\n');
        return abbreviate(i < 0 ? s : s.substring(0, i));
    }

    /** For tests and tools: an event's JSON as a mutable tree. */
    public static ObjectNode tree(Event e) { return Json.MAPPER.valueToTree(e); }
}
