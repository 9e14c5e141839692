package parley.streams.dedup;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import parley.model.Kind;
import parley.model.Role;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * A change to one entity's counts on one day: a new event (+1 of its kind, +1 of the entity's role for a country,
 * +1 mention) or one more report of a known event (+1 mention only). Keyed by entity: {@code C:AZE} or
 * {@code P:AZE|RUS}. Six bytes on the wire.
 *
 * @param kind null for a mention-only delta
 * @param role null for pairs and mention-only deltas
 */
public record Delta(int day, Kind kind, Role role) {
    public static final String COUNTRY_PREFIX = "C:";
    public static final String PAIR_PREFIX = "P:";

    public static Delta newEvent(int day, Kind kind, Role role) { return new Delta(day, kind, role); }

    public static Delta mention(int day) { return new Delta(day, null, null); }

    public boolean isNewEvent() { return kind != null; }

    public static String country(String code) { return COUNTRY_PREFIX + code; }

    public static String pair(String pairKey) { return PAIR_PREFIX + pairKey; }

    public static final class DeltaSerde implements Serde<Delta>, Serializer<Delta>, Deserializer<Delta> {
        @Override
        public byte[] serialize(String topic, Delta d) {
            if (d == null) return null;
            return ByteBuffer.allocate(6).putInt(d.day)
                    .put((byte) (d.kind == null ? -1 : d.kind.ordinal()))
                    .put((byte) (d.role == null ? -1 : d.role.ordinal())).array();
        }

        @Override
        public Delta deserialize(String topic, byte[] b) {
            if (b == null) return null;
            if (b.length != 6) throw new SerializationException("bad delta: " + b.length + " bytes");
            ByteBuffer buf = ByteBuffer.wrap(b);
            int day = buf.getInt();
            byte k = buf.get();
            byte r = buf.get();
            return new Delta(day, k < 0 ? null : Kind.values()[k], r < 0 ? null : Role.values()[r]);
        }

        @Override
        public Serializer<Delta> serializer() { return this; }

        @Override
        public Deserializer<Delta> deserializer() { return this; }

        @Override
        public void close() { }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) { }
    }
}
