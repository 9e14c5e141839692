package parley.streams;

import parley.json.Json;
import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Place;
import parley.model.Source;

import java.time.LocalDate;
import java.util.List;

/** Hand-made events for readable tests; ids and event keys computed as the contract says. */
public final class TestEvents {
    private TestEvents() { }

    public static Event visit(String date, String actor, String host, String source) {
        return make(Kind.VISIT, date, actor, "Official " + actor, null, new Place("Capital", host), List.of(), source);
    }

    public static Event meeting(String date, String a, String b, String place, String source) {
        return make(Kind.MEETING, date, a, "Minister " + a, b, place == null ? null : new Place("City", place), List.of(), source);
    }

    public static Event call(String date, String a, String b, String place, String source) {
        return make(Kind.CALL, date, a, "President " + a, b, place == null ? null : new Place("City", place), List.of(), source);
    }

    public static Event statement(String date, String actor, String speaker, List<String> about, String place, String source) {
        return make(Kind.STATEMENT, date, actor, speaker, null, place == null ? null : new Place("City", place), about, source);
    }

    public static Event make(Kind kind, String date, String actor, String actorName, String counterpart, Place place,
                             List<String> about, String source) {
        LocalDate d = LocalDate.parse(date);
        Event e = new Event(Event.SCHEMA, "tbd", "tbd", kind, d, DatePrecision.DAY,
                new Party(actorName, actor, "Minister"),
                counterpart == null ? null : new Party("Counterpart " + counterpart, counterpart, "Minister"),
                place, about, new Source(source, "title " + source, "https://example.org/" + source, d, "test"),
                "evidence", 0.9, null, null);
        return e.withKeys();
    }

    public static String json(Event e) { return Json.string(e); }
}
