package parley.streams.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.json.Json;
import parley.streams.time.Days;

/**
 * The value written to the late-events topic (CONTRACT.md §3: "never silently dropped"):
 * {@code {"reason", "stream_day", "grace_days", "stage", "origin", "event"}} where {@code event} is the original event
 * JSON and {@code origin} ({@code {"topic", "partition", "offset"}}) the events-topic record it came from: a replay
 * leaves out exactly these records ({@code parley replay}), not every record with the same id (an accepted report
 * re-sent late has the id of a counted one).
 * An event too large to fit the record size limit with that around it keeps its identity and a head of its evidence
 * ({@code "event_truncated": {"original_bytes", "sha256"}}); the whole record stays on the events topic.
 */
public final class LateRecords {
    public static final String INTAKE = "intake";

    private LateRecords() { }

    public static ObjectNode late(String stage, int day, int streamDay, int graceDays) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("reason", "event day " + Days.date(day) + " is before stream day " + Days.date(streamDay) + " − grace "
                + graceDays + " days (" + Days.date(streamDay - graceDays) + ")");
        n.put("stream_day", Days.date(streamDay).toString());
        n.put("grace_days", graceDays);
        n.put("stage", stage);
        return n;
    }

    /** Adds where the late record was read: the events topic's partition and offset. */
    public static ObjectNode withOrigin(ObjectNode late, String topic, int partition, long offset) {
        ObjectNode o = late.putObject("origin");
        o.put("topic", topic);
        o.put("partition", partition);
        o.put("offset", offset);
        return late;
    }

    /** Evidence kept of an event cut to fit: enough to read what it was about. */
    static final int KEPT_EVIDENCE_CHARS = 2000;
    static final String TRUNCATED = "…[truncated]";

    /** The late record for {@code eventJson}, at most {@code room} bytes (see the class comment). */
    public static byte[] withEvent(ObjectNode late, byte[] eventJson, int room) {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(eventJson);
        } catch (Exception e) { // cannot happen for a parsed event; keep the text rather than lose it
            event = Json.MAPPER.getNodeFactory().textNode(new String(eventJson, java.nio.charset.StandardCharsets.UTF_8));
        }
        late.set("event", event);
        byte[] whole = Json.bytes(late);
        if (whole.length <= room || !event.isObject()) return whole;
        ObjectNode cut = late.putObject("event_truncated");
        cut.put("original_bytes", eventJson.length);
        cut.put("sha256", RecordBudget.sha256(eventJson));
        late.set("event", slim((ObjectNode) event, true));
        byte[] slim = Json.bytes(late);
        if (slim.length <= room) return slim;
        late.set("event", slim((ObjectNode) event, false));
        return Json.bytes(late);
    }

    /** The event's contract fields, without unknown extras; the evidence cut, or (last resort) only what names it. */
    private static ObjectNode slim(ObjectNode event, boolean withParties) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (String f : new String[]{"schema", "id", "event_key", "kind", "date", "date_precision"}) {
            JsonNode v = event.get(f);
            // even an identity field may be huge in a hostile record: cut it in the last resort
            if (v != null) out.set(f, withParties || !v.isTextual() ? v
                    : Json.MAPPER.getNodeFactory().textNode(RecordBudget.cut(v.textValue(), RecordBudget.MAX_KEY_CHARS)));
        }
        if (!withParties) return out;
        for (String f : new String[]{"actor", "counterpart", "place", "about", "source", "confidence", "extractor"}) copy(event, out, f);
        String evidence = event.path("evidence").asText(null);
        if (evidence != null) out.put("evidence", RecordBudget.cut(evidence, KEPT_EVIDENCE_CHARS) + TRUNCATED);
        return out;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        JsonNode v = from.get(field);
        if (v != null) to.set(field, v);
    }
}
