package parley.producer.publish;

import java.time.Instant;

/** A report or record the producer could not use, and why (CONTRACT.md §4). */
public record Reject(String source, String reason, String detail, Instant at) {
    public static Reject of(String source, String reason, String detail) { return new Reject(source, reason, detail, Instant.now()); }
}
