package parley.model;

import java.time.LocalDate;

/** The report an event was read from; {@code published} is its UTC publication day. */
public record Source(String id, String title, String url, LocalDate published, String feed) { }
