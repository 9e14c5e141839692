package parley.streams.intake;

import org.apache.kafka.common.serialization.Deserializer;
import parley.model.EventCodec;
import parley.model.InvalidEventException;

/**
 * Never throws: bad bytes become an invalid {@link Parsed} that the topology sends to the dead-letter topic, so a
 * poison record cannot stop the application (CONTRACT.md §4) and no deserialization handler is needed.
 */
public final class ParsedDeserializer implements Deserializer<Parsed> {
    @Override
    public Parsed deserialize(String topic, byte[] data) {
        if (data == null) return Parsed.invalid("empty record (null value)", null);
        try {
            return Parsed.ok(EventCodec.parse(data), data);
        } catch (InvalidEventException e) {
            return Parsed.invalid(e.getMessage(), data);
        } catch (RuntimeException | StackOverflowError e) {
            // the codec should have said why; whatever slipped through is still a bad record, not a crash
            return Parsed.invalid("unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(), data);
        }
    }
}
