package parley.streams.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import parley.json.Json;
import parley.streams.time.Days;

/**
 * The value written to the late-events topic (CONTRACT.md §3: "never silently dropped"):
 * {@code {"reason", "stream_day", "grace_days", "stage", "event"}} where {@code event} is the original event JSON.
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

    public static byte[] withEvent(ObjectNode late, byte[] eventJson) {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(eventJson);
        } catch (Exception e) { // cannot happen for a parsed event; keep the text rather than lose it
            event = Json.MAPPER.getNodeFactory().textNode(new String(eventJson, java.nio.charset.StandardCharsets.UTF_8));
        }
        late.set("event", event);
        return Json.bytes(late);
    }
}
