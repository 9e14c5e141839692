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

    static String hostOf(Event e) {
        return e.place() != null ? e.place().country() : e.counterpart() == null ? null : e.counterpart().country();
    }
}
