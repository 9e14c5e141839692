package parley.producer.extract;

import java.time.LocalDate;

/** One report to read events from: its text (already plain text) and where it came from. */
public record Article(String sourceId, String title, String url, LocalDate published, String feed, String text) { }
