package parley.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One reported visit, meeting, call or statement (CONTRACT.md §1).
 * {@code extra} keeps fields this version does not know, so they survive a round trip.
 */
@JsonPropertyOrder({"schema", "id", "event_key", "kind", "date", "date_precision", "actor", "counterpart", "place",
        "about", "source", "evidence", "confidence", "extractor"})
public record Event(
        int schema,
        String id,
        @JsonProperty("event_key") String eventKey,
        Kind kind,
        LocalDate date,
        @JsonProperty("date_precision") DatePrecision datePrecision,
        Party actor,
        Party counterpart,
        Place place,
        List<String> about,
        Source source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) ExtractorInfo extractor,
        @JsonIgnore Map<String, JsonNode> extra) {

    public static final int SCHEMA = 1;

    public Event {
        about = about == null ? List.of() : List.copyOf(about);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    @JsonAnyGetter
    public Map<String, JsonNode> extraFields() { return extra; }

    /** The same event with {@code id} and {@code event_key} computed from its content (see {@link EventKeys}). */
    public Event withKeys() {
        Event keyed = new Event(schema, id, EventKeys.eventKey(this), kind, date, datePrecision, actor, counterpart,
                place, about, source, evidence, confidence, extractor, extra);
        return new Event(schema, EventKeys.reportId(keyed), keyed.eventKey, kind, date, datePrecision, actor,
                counterpart, place, about, source, evidence, confidence, extractor, extra);
    }
}
