package parley.kafka;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class NoFutureTimestampsTest {
    private final NoFutureTimestamps<String, String> clamp = new NoFutureTimestamps<>();

    @Test
    void aFutureTimestampBecomesTheWallClockAndEverythingElseIsKept() {
        RecordHeaders h = new RecordHeaders();
        h.add("x", new byte[]{1});
        long ahead = System.currentTimeMillis() + Duration.ofDays(2).toMillis();
        long before = System.currentTimeMillis();
        ProducerRecord<String, String> out = clamp.onSend(new ProducerRecord<>("t", 3, ahead, "k", "v", h));
        assertThat(out.timestamp()).isBetween(before, System.currentTimeMillis());
        assertThat(out.topic()).isEqualTo("t");
        assertThat(out.partition()).isEqualTo(3);
        assertThat(out.key()).isEqualTo("k");
        assertThat(out.value()).isEqualTo("v");
        assertThat(out.headers().lastHeader("x").value()).containsExactly(1);
    }

    @Test
    void pastAndMissingTimestampsPassUnchanged() {
        ProducerRecord<String, String> past = new ProducerRecord<>("t", null, 1_700_000_000_000L, "k", "v");
        assertThat(clamp.onSend(past)).isSameAs(past);
        ProducerRecord<String, String> none = new ProducerRecord<>("t", "k", "v");
        assertThat(clamp.onSend(none)).isSameAs(none);
    }
}
