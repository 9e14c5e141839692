package parley.streams.engagement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import parley.json.Json;
import parley.model.EngagementRow;

import java.util.Map;

/**
 * JSON for {@link EngagementRow}: the project's mapper plus one fix. {@code EngagementRow.isPair()} reads to Jackson
 * as a getter of property "pair", so the plain mapper writes {@code "pair":false} on country rows and
 * {@code "pair":true} instead of the array on pair rows. The mix-in hides it. (Model fix: {@code @JsonIgnore} on
 * {@code isPair()}; then this class can become {@code JsonSerde.of(EngagementRow.class)}.)
 */
public final class RowSerde implements Serde<EngagementRow>, Serializer<EngagementRow>, Deserializer<EngagementRow> {
    public static final ObjectMapper MAPPER = Json.MAPPER.copy().addMixIn(EngagementRow.class, HidePairFlag.class);

    abstract static class HidePairFlag {
        @JsonIgnore
        abstract boolean isPair();
    }

    @Override
    public byte[] serialize(String topic, EngagementRow row) {
        if (row == null) return null;
        try {
            return MAPPER.writeValueAsBytes(row);
        } catch (Exception e) {
            throw new SerializationException("cannot write row " + row.rowKey(), e);
        }
    }

    @Override
    public EngagementRow deserialize(String topic, byte[] data) {
        if (data == null) return null;
        try {
            return MAPPER.readValue(data, EngagementRow.class);
        } catch (Exception e) {
            throw new SerializationException("cannot read EngagementRow from topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<EngagementRow> serializer() { return this; }

    @Override
    public Deserializer<EngagementRow> deserializer() { return this; }

    @Override
    public void close() { }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) { }
}
