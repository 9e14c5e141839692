package parley.producer.extract;

import parley.model.Event;

import java.util.List;

/** Turns one article into the events it reports (CONTRACT.md §1), ids and event keys filled in. */
public interface Extractor {
    /**
     * The most characters of an article an extractor reads; callers cut longer texts themselves and record it
     * (a WARN and a {@code truncated} reject), so no text is cut without notice.
     */
    int MAX_TEXT_CHARS = 400_000;

    List<Event> extract(Article article);
}
