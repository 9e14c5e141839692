package parley.producer.extract;

import parley.model.Event;
import parley.model.Kind;

import java.time.LocalDate;
import java.util.List;

/** Helpers for the extractor tests: run the standard extractor on a short text. */
final class ExtractorTestSupport {
    private ExtractorTestSupport() { }

    static List<Event> run(String pub, String text) {
        return Extractors.standard().extract(new Article("test-doc", "t", null, LocalDate.parse(pub), null, text));
    }

    static List<Event> of(List<Event> events, Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The STATEMENTs' speakers as {@code COUNTRY:Name}, in order. */
    static List<String> speakers(List<Event> events) {
        return of(events, Kind.STATEMENT).stream().map(e -> e.actor().country() + ":" + e.actor().name()).toList();
    }

    static List<String> speakers(String pub, String text) { return speakers(run(pub, text)); }

    static String hostOf(Event e) {
        return e.place() != null ? e.place().country() : e.counterpart() == null ? null : e.counterpart().country();
    }
}
