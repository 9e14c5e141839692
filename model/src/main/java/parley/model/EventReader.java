package parley.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual case of {@link EventCodec#parse(byte[])} read straight from the JSON tokens, without building a tree: the
 * tree was a sixth of the Streams thread in a dense profile.
 *
 * <p>It reads only a plain valid event: the known fields, each at most once, of the types the contract gives, nothing
 * after it. For anything else (an unknown field, a wrong type, a missing or duplicate field, an invalid string, bytes
 * that are not JSON) it returns null and the tree path decides and words the error, so both paths accept the same
 * records, build equal events and reject with the same message.
 */
final class EventReader {
    /** No duplicate detection here: known fields are tracked by bit, and an unknown one goes to the tree path. */
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(EventCodec.CONSTRAINTS).build();
    /** Thrown, without a stack trace, wherever the record stops being a plain valid event. */
    private static final NotPlain NOT_PLAIN = new NotPlain();

    private static final int SCHEMA = 1, ID = 1 << 1, EVENT_KEY = 1 << 2, KIND = 1 << 3, DATE = 1 << 4,
            PRECISION = 1 << 5, ACTOR = 1 << 6, COUNTERPART = 1 << 7, PLACE = 1 << 8, ABOUT = 1 << 9, SOURCE = 1 << 10,
            EVIDENCE = 1 << 11, CONFIDENCE = 1 << 12, EXTRACTOR = 1 << 13;
    private static final int REQUIRED = SCHEMA | ID | EVENT_KEY | KIND | DATE | PRECISION | ACTOR | SOURCE;

    private EventReader() { }

    /** The event, or null when the tree path has to decide. Every field is read; the cross-field checks are not. */
    static Event read(byte[] bytes) {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            Event e = event(p);
            return p.nextToken() == null ? e : null;
        } catch (NotPlain | IOException | RuntimeException e) {
            return null; // not JSON, too deep, a wrong type, a bad day or code...: the tree path words it
        }
    }

    private static Event event(JsonParser p) throws IOException, NotPlain {
        int seen = 0, schema = 0;
        String id = null, eventKey = null, evidence = null;
        Kind kind = null;
        LocalDate date = null;
        DatePrecision precision = null;
        Party actor = null, counterpart = null;
        Place place = null;
        List<String> about = null;
        Source source = null;
        Double confidence = null;
        ExtractorInfo extractor = null;
        while (p.nextToken() != JsonToken.END_OBJECT) {
            int field = topField(p.currentName());
            seen = once(seen, field);
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                if ((field & REQUIRED) != 0) throw NOT_PLAIN;
                continue;
            }
            switch (field) {
                case SCHEMA -> {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) throw NOT_PLAIN;
                    schema = p.getIntValue();
                }
                case ID -> id = nonBlank(p);
                case EVENT_KEY -> eventKey = nonBlank(p);
                case KIND -> kind = constant(p, Kind.class);
                case DATE -> date = day(p);
                case PRECISION -> precision = constant(p, DatePrecision.class);
                case ACTOR -> actor = party(p);
                case COUNTERPART -> counterpart = party(p);
                case PLACE -> place = place(p);
                case ABOUT -> about = about(p);
                case SOURCE -> source = source(p);
                case EVIDENCE -> evidence = text(p);
                case CONFIDENCE -> confidence = number(p);
                case EXTRACTOR -> extractor = extractor(p);
                default -> throw new IllegalStateException("field bit " + field);
            }
        }
        if ((seen & REQUIRED) != REQUIRED || schema != Event.SCHEMA) throw NOT_PLAIN;
        return new Event(schema, id, eventKey, kind, date, precision, actor, counterpart, place, about, source, evidence,
                confidence, extractor, null);
    }

    /** {@code seen} with the field's bit added; an unknown (0) or repeated field is not plain. */
    private static int once(int seen, int bit) throws NotPlain {
        if (bit == 0 || (seen & bit) != 0) throw NOT_PLAIN;
        return seen | bit;
    }

    private static int topField(String name) {
        return switch (name) {
            case "schema" -> SCHEMA;
            case "id" -> ID;
            case "event_key" -> EVENT_KEY;
            case "kind" -> KIND;
            case "date" -> DATE;
            case "date_precision" -> PRECISION;
            case "actor" -> ACTOR;
            case "counterpart" -> COUNTERPART;
            case "place" -> PLACE;
            case "about" -> ABOUT;
            case "source" -> SOURCE;
            case "evidence" -> EVIDENCE;
            case "confidence" -> CONFIDENCE;
            case "extractor" -> EXTRACTOR;
            default -> 0;
        };
    }

    /** {"name", "country", "role"}: country required. */
    private static Party party(JsonParser p) throws IOException, NotPlain {
        object(p);
        String name = null, country = null, role = null;
        int seen = 0;
        while (p.nextToken() != JsonToken.END_OBJECT) {
            int bit = switch (p.currentName()) { case "name" -> 1; case "country" -> 2; case "role" -> 4; default -> 0; };
            seen = once(seen, bit);
            p.nextToken();
            switch (bit) {
                case 1 -> name = nameText(p);
                case 2 -> country = code(p);
                default -> role = nameText(p);
            }
        }
        if (country == null) throw NOT_PLAIN;
        return new Party(name, country, role);
    }

    /** {"name", "country"}: country required. */
    private static Place place(JsonParser p) throws IOException, NotPlain {
        object(p);
        String name = null, country = null;
        int seen = 0;
        while (p.nextToken() != JsonToken.END_OBJECT) {
            int bit = switch (p.currentName()) { case "name" -> 1; case "country" -> 2; default -> 0; };
            seen = once(seen, bit);
            p.nextToken();
            if (bit == 1) name = nameText(p); else country = code(p);
        }
        if (country == null) throw NOT_PLAIN;
        return new Place(name, country);
    }

    private static List<String> about(JsonParser p) throws IOException, NotPlain {
        if (p.currentToken() != JsonToken.START_ARRAY) throw NOT_PLAIN;
        List<String> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String c = code(p);
            if (!out.contains(c)) out.add(c);
        }
        return out;
    }

    /** {"id", "title", "url", "published", "feed"}: id and published required. */
    private static Source source(JsonParser p) throws IOException, NotPlain {
        object(p);
        String id = null, title = null, url = null, feed = null;
        LocalDate published = null;
        int seen = 0;
        while (p.nextToken() != JsonToken.END_OBJECT) {
            int bit = switch (p.currentName()) {
                case "id" -> 1; case "title" -> 2; case "url" -> 4; case "published" -> 8; case "feed" -> 16; default -> 0;
            };
            seen = once(seen, bit);
            p.nextToken();
            switch (bit) {
                case 1 -> id = nonBlank(p);
                case 2 -> title = text(p);
                case 4 -> url = text(p);
                case 8 -> published = day(p);
                default -> feed = text(p);
            }
        }
        if (id == null || published == null) throw NOT_PLAIN;
        return new Source(id, title, url, published, feed);
    }

    /** {"name", "version", "kb_version"}, all optional. */
    private static ExtractorInfo extractor(JsonParser p) throws IOException, NotPlain {
        object(p);
        String name = null, version = null, kbVersion = null;
        int seen = 0;
        while (p.nextToken() != JsonToken.END_OBJECT) {
            int bit = switch (p.currentName()) { case "name" -> 1; case "version" -> 2; case "kb_version" -> 4; default -> 0; };
            seen = once(seen, bit);
            p.nextToken();
            switch (bit) {
                case 1 -> name = text(p);
                case 2 -> version = text(p);
                default -> kbVersion = text(p);
            }
        }
        return new ExtractorInfo(name, version, kbVersion);
    }

    private static void object(JsonParser p) throws NotPlain {
        if (p.currentToken() != JsonToken.START_OBJECT) throw NOT_PLAIN;
    }

    /** A string that is valid Unicode, or null for JSON null. */
    private static String text(JsonParser p) throws IOException, NotPlain {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_STRING) throw NOT_PLAIN;
        String s = p.getText();
        if (Unicode.loneSurrogate(s) >= 0) throw NOT_PLAIN;
        return s;
    }

    /** A name or role: text without U+FFFD (see {@link Unicode}). */
    private static String nameText(JsonParser p) throws IOException, NotPlain {
        String s = text(p);
        if (s != null && s.indexOf(Unicode.REPLACEMENT) >= 0) throw NOT_PLAIN;
        return s;
    }

    private static String required(JsonParser p) throws IOException, NotPlain {
        String s = text(p);
        if (s == null) throw NOT_PLAIN;
        return s;
    }

    private static String nonBlank(JsonParser p) throws IOException, NotPlain {
        String s = required(p);
        if (s.isBlank()) throw NOT_PLAIN;
        return s;
    }

    private static String code(JsonParser p) throws IOException, NotPlain {
        String s = required(p);
        if (!Codes.isValid(s)) throw NOT_PLAIN;
        return s;
    }

    private static LocalDate day(JsonParser p) throws IOException, NotPlain {
        try {
            return EventCodec.parseDay(required(p));
        } catch (InvalidEventException e) {
            throw NOT_PLAIN;
        }
    }

    private static <E extends Enum<E>> E constant(JsonParser p, Class<E> type) throws IOException, NotPlain {
        try {
            return Enum.valueOf(type, required(p));
        } catch (IllegalArgumentException e) {
            throw NOT_PLAIN;
        }
    }

    /** A number as the tree reads it; big integers and big decimals are left to the tree path. */
    private static Double number(JsonParser p) throws IOException, NotPlain {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) throw NOT_PLAIN;
        JsonParser.NumberType n = p.getNumberType();
        if (n != JsonParser.NumberType.INT && n != JsonParser.NumberType.LONG && n != JsonParser.NumberType.DOUBLE) throw NOT_PLAIN;
        return p.getDoubleValue();
    }

    private static final class NotPlain extends Exception {
        NotPlain() { super("not a plain valid event", null, false, false); }
    }
}
