package parley.consumer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import parley.model.Party;
import parley.model.Place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the dashboard API (snake_case through {@code parley.json.Json}); see docs/dashboard-api.md. */
public final class Views {
    private Views() { }

    /** One entity (country or pair) in a ranking at one window end. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankEntry(
            int rank,
            String country,
            List<String> pair,
            String name,
            long total,
            Map<String, Long> byKind,
            Map<String, Long> byRole,
            long mentions,
            LocalDate windowStart,
            LocalDate windowEnd,
            @JsonProperty("final") boolean isFinal,
            LocalDate previousWindowEnd,
            long previousTotal,
            long change) { }

    public record Ranking(int window, LocalDate date, long seq, List<RankEntry> entries) { }

    /** One day of a country's (or pair's) series. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(
            LocalDate windowStart,
            LocalDate windowEnd,
            long total,
            Map<String, Long> byKind,
            Map<String, Long> byRole,
            long mentions,
            @JsonProperty("final") boolean isFinal) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(String country, List<String> pair, String name, int window, long seq, List<Point> points) { }

    /** A source report of an event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String id, String evidence, Double confidence, String sourceId, String title, String url,
                         LocalDate published, String feed) { }

    /** One real-world event (one event_key) with the reports behind it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(
            String eventKey,
            String kind,
            LocalDate date,
            String datePrecision,
            Party actor,
            Party counterpart,
            Place place,
            List<String> about,
            Map<String, String> countries,
            List<List<String>> pairs,
            String evidence,
            String title,
            String url,
            int mentions,
            List<Report> reports,
            long seq) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventList(String country, List<String> pair, String kind, LocalDate from, LocalDate to,
                            int count, long mentions, long seq, List<EventView> events) { }

    /**
     * {@code status}: "catching_up" while the dashboard is still reading the history that was in Kafka when it
     * started ({@code behind}: records still to read, null before that is known; its numbers are incomplete until
     * then), then "ok". {@code lateEvents}, {@code deadLetters}, {@code rejects}: records on the late, dead-letter
     * and rejects topics, i.e. what the pipeline did not count, and why it is there is on those topics.
     * {@code earliestWindowEnd}..{@code latestWindowEnd}: the window ends the dashboard holds rows for (the page's
     * date picker).
     */
    public record Health(String status, Long behind, long seq, long oldestReplayId, int sseClients, long reports, int events,
                         int rows, int series, List<Integer> windows, LocalDate streamDay, LocalDate latestWindowEnd,
                         LocalDate earliestWindowEnd, long evictedEvents, long ignoredRecords,
                         long lateEvents, long deadLetters, long rejects, String startedAt) { }

    public record Error(String error, int status) { }
}
