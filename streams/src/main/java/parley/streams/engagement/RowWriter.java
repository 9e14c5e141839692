package parley.streams.engagement;

import parley.json.Json;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.time.Days;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a result row (CONTRACT.md §2) straight from {@link Counts}, byte for byte what Jackson writes for the
 * equivalent {@link parley.model.EngagementRow}. Every event yields tens of rows, so this is the hottest path of the
 * topology: no row object, no maps, the date strings of recent days and the {@code updated_at} of the current second
 * cached. One instance per processor (not thread-safe).
 */
final class RowWriter {
    private static final int DATE_CACHE = 4096;
    private static final String[] KIND_FIELDS = new String[Kind.values().length];
    private static final String[] ROLE_FIELDS = new String[Role.values().length];

    static {
        for (Kind k : Kind.values()) KIND_FIELDS[k.ordinal()] = (k.ordinal() == 0 ? "{\"" : ",\"") + k.name() + "\":";
        for (Role r : Role.values()) ROLE_FIELDS[r.ordinal()] = (r.ordinal() == 0 ? "{\"" : ",\"") + r.json() + "\":";
    }

    private final Map<Integer, String> dates = new HashMap<>();
    private final StringBuilder sb = new StringBuilder(320);
    private long updatedSecond = Long.MIN_VALUE;
    private String updatedAt;

    /** The row's JSON. {@code entity} is {@code C:AZE} or {@code P:AZE|RUS} (codes are validated upper-case ASCII). */
    byte[] json(String entity, int window, int end, Counts c, boolean isFinal, long nowMs) {
        boolean country = entity.startsWith(parley.streams.dedup.Delta.COUNTRY_PREFIX);
        StringBuilder b = sb;
        b.setLength(0);
        b.append("{\"schema\":").append(Event.SCHEMA);
        if (country) {
            b.append(",\"country\":");
            string(b, entity, 2, entity.length());
        } else {
            int bar = entity.indexOf('|');
            b.append(",\"pair\":[");
            string(b, entity, 2, bar);
            b.append(',');
            string(b, entity, bar + 1, entity.length());
            b.append(']');
        }
        b.append(",\"window_days\":").append(window)
                .append(",\"window_start\":\"").append(date(end - window + 1))
                .append("\",\"window_end\":\"").append(date(end))
                .append("\",\"total\":").append(c.total())
                .append(",\"by_kind\":");
        for (Kind k : Kind.values()) b.append(KIND_FIELDS[k.ordinal()]).append(c.kind(k));
        b.append('}');
        if (country) {
            b.append(",\"by_role\":");
            for (Role r : Role.values()) b.append(ROLE_FIELDS[r.ordinal()]).append(c.role(r));
            b.append('}');
        }
        b.append(",\"mentions\":").append(c.mentions())
                .append(",\"final\":").append(isFinal)
                .append(",\"updated_at\":\"").append(updatedAt(nowMs)).append("\"}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The sink's upsert key: {@code AZE|30|2024-08-07} or {@code AZE|RUS|30|2024-08-07}, as EngagementRow.rowKey. */
    String key(RowId id, int end) { return id.keyPrefix().concat(date(end)); }

    String date(int epochDay) {
        String s = dates.get(epochDay);
        if (s == null) {
            if (dates.size() >= DATE_CACHE) dates.clear(); // stream days move forward: old days stop being asked for
            s = Days.date(epochDay).toString();
            dates.put(epochDay, s);
        }
        return s;
    }

    private String updatedAt(long nowMs) {
        long second = Math.floorDiv(nowMs, 1000L);
        if (second != updatedSecond) {
            updatedSecond = second;
            updatedAt = Instant.ofEpochSecond(second).toString();
        }
        return updatedAt;
    }

    /** A JSON string: codes are plain ASCII letters; anything else goes through Jackson to be escaped as it would. */
    private static void string(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 || ch == '"' || ch == '\\' || ch > 0x7e) {
                b.append(Json.string(s.substring(from, to)));
                return;
            }
        }
        b.append('"').append(s, from, to).append('"');
    }
}
