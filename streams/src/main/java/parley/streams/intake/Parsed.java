package parley.streams.intake;

import parley.model.Event;

/**
 * A source record's value read once: the event, or why it is invalid; always with the original bytes (for the
 * dead-letter and late topics). Shared by the timestamp extractor and the processors, so nothing parses twice.
 */
public record Parsed(Event event, String error, byte[] raw) {
    public static Parsed ok(Event event, byte[] raw) { return new Parsed(event, null, raw); }

    public static Parsed invalid(String error, byte[] raw) { return new Parsed(null, error, raw); }

    public boolean valid() { return event != null; }
}
