package parley.json;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** The one generic Jackson serde for every record type on every topic. */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final Class<T> type;

    public JsonSerde(Class<T> type) { this.type = type; }

    public static <T> JsonSerde<T> of(Class<T> type) { return new JsonSerde<>(type); }

    @Override
    public byte[] serialize(String topic, T data) { return data == null ? null : Json.bytes(data); }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) return null;
        try {
            return Json.MAPPER.readValue(data, type);
        } catch (Exception e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() { }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) { }

    @Override
    public Serializer<T> serializer() { return this; }

    @Override
    public Deserializer<T> deserializer() { return this; }
}
