package parley.producer.extract;

import parley.model.Text;

import java.time.LocalDate;

/** One report to read events from: its text (already plain text) and where it came from. */
public record Article(String sourceId, String title, String url, LocalDate published, String feed, String text) {
    /** Text decoded from bytes is well formed already; text built in memory may hold a lone surrogate. */
    public Article {
        title = Text.wellFormed(title);
        text = Text.wellFormed(text);
    }
}
