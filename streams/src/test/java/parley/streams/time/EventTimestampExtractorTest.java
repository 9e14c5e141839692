package parley.streams.time;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import parley.streams.EventGenerator;
import parley.streams.TestEvents;
import parley.streams.intake.Parsed;
import parley.streams.intake.ParsedDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EventTimestampExtractorTest {
    private final EventTimestampExtractor extractor = new EventTimestampExtractor();
    private final ParsedDeserializer deserializer = new ParsedDeserializer();

    private long extract(Object value, long recordTs, long partitionTime) {
        return extractor.extract(new ConsumerRecord<>("t", 0, 0L, recordTs, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, 0, "k", value, new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty()), partitionTime);
    }

    private Parsed parse(String s) { return deserializer.deserialize("t", s == null ? null : s.getBytes(StandardCharsets.UTF_8)); }

    @Test
    void aValidEventIsStampedWithItsDayAtMidnightUtcNotTheRecordTimestamp() {
        Parsed p = parse(TestEvents.json(TestEvents.visit("2024-08-06", "RUS", "AZE", "s")));
        assertThat(p.valid()).isTrue();
        long wallClock = Instant.parse("2026-11-23T10:15:00Z").toEpochMilli();
        assertThat(extract(p, wallClock, 5L)).isEqualTo(Instant.parse("2024-08-06T00:00:00Z").toEpochMilli());
    }

    @Test
    void anInvalidRecordGetsThePartitionTimeSoItCannotMoveStreamTime() {
        Parsed p = parse("{\"schema\":1}");
        assertThat(p.valid()).isFalse();
        assertThat(p.error()).contains("id");
        assertThat(extract(p, Instant.parse("2030-01-01T00:00:00Z").toEpochMilli(), 1234L)).isEqualTo(1234L);
        assertThat(extract(p, 99L, -1L)).as("no partition time yet").isZero();
    }

    @Test
    void daysBefore1970AreClampedToZero() {
        Parsed p = parse(TestEvents.json(TestEvents.visit("1962-10-16", "USA", "CUB", "s")));
        assertThat(p.valid()).isTrue();
        assertThat(extract(p, 0L, 10L)).isZero();
        assertThat(Days.timestamp(Days.of(java.time.LocalDate.parse("1970-01-02")))).isEqualTo(86_400_000L);
    }

    @Test
    void deltasAndWatermarksOnTheLogAppendTimeTopicGetTheirEventDayNotTheBrokersClock() {
        long appended = Instant.parse("2026-11-23T10:15:00Z").toEpochMilli();
        int day = Days.of(java.time.LocalDate.parse("2024-08-06"));
        long midnight = Instant.parse("2024-08-06T00:00:00Z").toEpochMilli();
        assertThat(extract(parley.streams.dedup.Delta.mention(day), appended, 5L)).isEqualTo(midnight);
        assertThat(extract(new parley.streams.watermark.Watermark(3, day), appended, 5L)).isEqualTo(midnight);
        // and both survive the deltas topic's serde
        var serde = new parley.streams.watermark.Watermark.DeltaOrWatermarkSerde();
        assertThat(serde.deserialize("t", serde.serialize("t", new parley.streams.watermark.Watermark(3, day))))
                .isEqualTo(new parley.streams.watermark.Watermark(3, day));
        var delta = parley.streams.dedup.Delta.newEvent(day, parley.model.Kind.CALL, parley.model.Role.INBOUND);
        assertThat(serde.deserialize("t", serde.serialize("t", delta))).isEqualTo(delta);
    }

    @Test
    void otherValuesKeepTheirRecordTimestamp() {
        assertThat(extract("internal", 777L, 5L)).isEqualTo(777L);
        assertThat(extract("internal", -1L, 5L)).isEqualTo(5L);
    }

    @Test
    void theDeserializerNeverThrows() {
        assertThat(parse(null).error()).contains("empty");
        assertThat(parse("").valid()).isFalse();
        assertThat(parse("[1,2").error()).startsWith("not JSON");
        assertThat(deserializer.deserialize("t", new byte[]{(byte) 0xc3, 0x28, 0, (byte) 0xff}).valid()).isFalse();
        assertThat(parse("[".repeat(100_000)).valid()).isFalse();
        assertThat(parse("{\"a\":\"" + "x".repeat(2_000_000) + "\"}").valid()).isFalse();
        byte[] ok = EventGenerator.bytes(TestEvents.call("2024-01-01", "FRA", "DEU", null, "s"));
        Parsed p = deserializer.deserialize("t", ok);
        assertThat(p.valid()).isTrue();
        assertThat(p.raw()).isSameAs(ok);
    }

    @Test
    void sortableDaysOrderLikeDaysAcrossZero() {
        byte[] a = Days.prefix(-5);
        byte[] b = Days.prefix(0);
        byte[] c = Days.prefix(20_000);
        assertThat(java.util.Arrays.compareUnsigned(a, b)).isNegative();
        assertThat(java.util.Arrays.compareUnsigned(b, c)).isNegative();
        assertThat(DayKeys.day(DayKeys.key(-5, "x"))).isEqualTo(-5);
        assertThat(DayKeys.suffix(DayKeys.key(19_000, "C:AZE"))).isEqualTo("C:AZE");
    }
}
