package parley.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.List;

/**
 * An engagement alert (docs/alerts.md): on {@code day}, a country's or pair's count over the {@code windowDays}-day
 * window ending that day fired {@code rule}. Exactly one of {@code country} and {@code pair} is set. The events
 * behind it are the entity's events dated in [{@code windowStart}, {@code windowEnd}]; {@code events} is the
 * dashboard's drill-down for them. No processing time: a replay writes the same bytes.
 *
 * @param count    the window count on {@code day}
 * @param baseline the mean window count over the {@code baselineDays} days before {@code day}, rounded to 3 decimals
 * @param isFinal  true: computed from final rows, it will never change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "rule", "country", "pair", "day", "window_days", "window_start", "window_end", "count",
        "baseline", "baseline_days", "final", "events"})
public record Alert(
        int schema,
        String rule,
        String country,
        List<String> pair,
        LocalDate day,
        @JsonProperty("window_days") int windowDays,
        @JsonProperty("window_start") LocalDate windowStart,
        @JsonProperty("window_end") LocalDate windowEnd,
        long count,
        double baseline,
        @JsonProperty("baseline_days") int baselineDays,
        @JsonProperty("final") boolean isFinal,
        String events) {

    public static final String SPIKE = "spike";
    public static final String FIRST_CONTACT = "first_contact";

    /** "AZE" or "AZE|RUS". */
    @JsonIgnore
    public String entity() { return country != null ? country : Involvement.pairKey(pair); }

    /** The record key and the sinks' upsert key: entity, rule, day ({@code AZE|RUS|first_contact|2024-08-06}). */
    @JsonIgnore
    public String alertKey() { return entity() + "|" + rule + "|" + day; }

    @JsonIgnore
    public boolean isPair() { return pair != null; }

    /** The dashboard API path that lists the events behind an alert (docs/dashboard-api.md, /api/events). */
    public static String drillDown(String entity, LocalDate from, LocalDate to) {
        String who = entity.indexOf('|') >= 0 ? "pair=" + entity.replace("|", "%7C") : "country=" + entity;
        return "/api/events?" + who + "&from=" + from + "&to=" + to;
    }
}
