package parley.streams.intake;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import parley.model.Event;
import parley.model.Involvement;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.time.Days;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What dedup needs of an accepted report, and what it keeps of an event's first report to count later ones: the
 * day, the kind, the involved countries with roles and the pairs ({@link Involvement}, CONTRACT.md §2). Compact text
 * on the wire ({@code day;KIND;AZE=o,RUS=i;AZE|RUS}): codes never contain the separators.
 *
 * @param event the report itself, passed from accept to dedup in memory (for the accepted-events topic); not encoded,
 *              null when decoded
 */
public record AcceptedReport(int day, Kind kind, Map<String, Role> countries, List<String> pairs, Event event) {

    public AcceptedReport {
        countries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        pairs = List.copyOf(pairs);
    }

    public AcceptedReport(int day, Kind kind, Map<String, Role> countries, List<String> pairs) {
        this(day, kind, countries, pairs, null);
    }

    public static AcceptedReport of(Event e) {
        Involvement inv = Involvement.of(e);
        List<String> pairs = new ArrayList<>();
        for (List<String> p : inv.pairs()) pairs.add(Involvement.pairKey(p));
        return new AcceptedReport(Days.of(e.date()), e.kind(), inv.countries(), pairs, e);
    }

    public String encode() {
        StringBuilder b = new StringBuilder().append(day).append(';').append(kind.name()).append(';');
        boolean first = true;
        for (var c : countries.entrySet()) {
            if (!first) b.append(',');
            b.append(c.getKey()).append('=').append(c.getValue().ordinal());
            first = false;
        }
        b.append(';').append(String.join(",", pairs));
        return b.toString();
    }

    public static AcceptedReport decode(String s) {
        String[] f = s.split(";", -1);
        if (f.length != 4) throw new SerializationException("bad accepted report: " + s);
        Map<String, Role> countries = new LinkedHashMap<>();
        if (!f[2].isEmpty()) for (String c : f[2].split(",")) {
            int i = c.indexOf('=');
            countries.put(c.substring(0, i), Role.values()[Integer.parseInt(c.substring(i + 1))]);
        }
        List<String> pairs = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
        return new AcceptedReport(Integer.parseInt(f[0]), Kind.valueOf(f[1]), countries, pairs);
    }

    public static final class AcceptedReportSerde implements Serde<AcceptedReport>, Serializer<AcceptedReport>, Deserializer<AcceptedReport> {
        @Override
        public byte[] serialize(String topic, AcceptedReport r) { return r == null ? null : r.encode().getBytes(StandardCharsets.UTF_8); }

        @Override
        public AcceptedReport deserialize(String topic, byte[] b) { return b == null ? null : decode(new String(b, StandardCharsets.UTF_8)); }

        @Override
        public Serializer<AcceptedReport> serializer() { return this; }

        @Override
        public Deserializer<AcceptedReport> deserializer() { return this; }

        @Override
        public void close() { }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) { }
    }
}
