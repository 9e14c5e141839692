package parley.producer.extract;

import parley.model.Event;

import java.util.List;

/** Turns one article into the events it reports (CONTRACT.md §1), ids and event keys filled in. */
public interface Extractor {
    List<Event> extract(Article article);
}
