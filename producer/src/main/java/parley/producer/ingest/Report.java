package parley.producer.ingest;

import java.time.LocalDate;

/** A readable report: its text and what is known about it (publication day may still be null). */
public record Report(String sourceId, String title, String url, LocalDate published, String text, boolean html) { }
