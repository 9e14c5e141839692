package parley.streams.watermark;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import parley.streams.dedup.Delta;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * An intake task's stream day, sent to every partition of the deltas topic: "partition {@code partition} of the
 * events topic has seen event days up to {@code day}; every report it accepts from now on is dated on or after
 * {@code day} − grace". The engagement stage moves its own stream day to the minimum over all intake partitions
 * ({@link UpstreamDays}), so it finalises and decays a day only when no partition can still send a delta for it.
 *
 * <p>Why Kafka Streams' own stream time is not enough: an engagement task reads one partition of the deltas topic, into
 * which every intake task writes. Its stream time is the largest timestamp it has read, whichever intake task wrote
 * it; a fast intake partition moves it past days that a slow one (a backlog, a restarted instance) still has deltas
 * for. Streams aligns partitions by timestamp only among the input partitions of one task, and an engagement task
 * has one. Only the writers know how far they are: hence this record.
 */
public record Watermark(int partition, int day) {
    /** Record key of a watermark on the deltas topic; entities are {@code C:…} and {@code P:…}. */
    public static final String KEY_PREFIX = "W:";

    public String key() { return KEY_PREFIX + partition; }

    /**
     * The deltas topic's values: a {@link Delta} (6 bytes) or a {@link Watermark} (8 bytes: day, partition).
     */
    public static final class DeltaOrWatermarkSerde implements Serde<Object>, Serializer<Object>, Deserializer<Object> {
        private final Delta.DeltaSerde deltas = new Delta.DeltaSerde();

        @Override
        public byte[] serialize(String topic, Object v) {
            if (v == null) return null;
            if (v instanceof Watermark w) return ByteBuffer.allocate(8).putInt(w.day).putInt(w.partition).array();
            if (v instanceof Delta d) return deltas.serialize(topic, d);
            throw new SerializationException("not a delta or watermark: " + v.getClass().getName());
        }

        @Override
        public Object deserialize(String topic, byte[] b) {
            if (b == null) return null;
            if (b.length == 8) {
                ByteBuffer buf = ByteBuffer.wrap(b);
                int day = buf.getInt();
                return new Watermark(buf.getInt(), day);
            }
            return deltas.deserialize(topic, b);
        }

        @Override
        public Serializer<Object> serializer() { return this; }

        @Override
        public Deserializer<Object> deserializer() { return this; }

        @Override
        public void close() { }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) { }
    }
}
