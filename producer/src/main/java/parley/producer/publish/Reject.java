package parley.producer.publish;

import java.time.Instant;

/**
 * A report or record the producer could not use, and why (CONTRACT.md §4). {@code original} is the input itself when
 * it is one line (a JSON-lines record), cut to a bounded size by the publisher; null otherwise.
 */
public record Reject(String source, String reason, String detail, Instant at, String original) {
    public static Reject of(String source, String reason, String detail) { return new Reject(source, reason, detail, Instant.now(), null); }

    public static Reject of(String source, String reason, String detail, String original) {
        return new Reject(source, reason, detail, Instant.now(), original);
    }
}
