package parley.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One engagement result (CONTRACT.md §2): a country's (or pair's) count over the window of {@code windowDays}
 * days ending on {@code windowEnd}. Flat and self-describing, so any dashboard or SQL table can read it.
 * Exactly one of {@code country} and {@code pair} is set; pair rows have no {@code by_role}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "country", "pair", "window_days", "window_start", "window_end", "total", "by_kind",
        "by_role", "mentions", "final", "updated_at"})
public record EngagementRow(
        int schema,
        String country,
        List<String> pair,
        @JsonProperty("window_days") int windowDays,
        @JsonProperty("window_start") LocalDate windowStart,
        @JsonProperty("window_end") LocalDate windowEnd,
        long total,
        @JsonProperty("by_kind") Map<String, Long> byKind,
        @JsonProperty("by_role") Map<String, Long> byRole,
        long mentions,
        @JsonProperty("final") boolean isFinal,
        @JsonProperty("updated_at") Instant updatedAt) {

    /** "AZE" or "AZE|RUS": the entity this row counts. */
    public String entity() { return country != null ? country : Involvement.pairKey(pair); }

    /** The sink's upsert key (CONTRACT.md §2): entity, window size, window end. */
    public String rowKey() { return entity() + "|" + windowDays + "|" + windowEnd; }

    /**
     * Not a JSON property: without {@code @JsonIgnore} Jackson took this getter for the property "pair" and wrote
     * {@code "pair":true} instead of the pair's two codes, so every JSON copy of a pair row (the JSONL sink, anything
     * that re-serializes rows) lost which pair it counts, and could not be read back.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPair() { return pair != null; }
}
