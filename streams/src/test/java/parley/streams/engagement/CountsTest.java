package parley.streams.engagement;

import org.junit.jupiter.api.Test;
import parley.model.Kind;
import parley.model.Role;
import parley.streams.dedup.Delta;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountsTest {

    @Test
    void addsByKindRoleAndMentionAndRoundTripsThroughTheStoredLongs() {
        Counts c = Counts.zero();
        c.add(Delta.newEvent(1, Kind.CALL, Role.INBOUND));
        c.add(Delta.newEvent(1, Kind.VISIT, null));
        c.add(Delta.mention(1));
        assertThat(c.total()).isEqualTo(2);
        assertThat(c.mentions()).isEqualTo(3);
        assertThat(c.kind(Kind.CALL)).isEqualTo(1);
        assertThat(c.kind(Kind.MEETING)).isZero();
        assertThat(c.role(Role.INBOUND)).isEqualTo(1);
        byte[] stored = c.encode();
        assertThat(stored).hasSize(9 * Long.BYTES);
        assertThat(ByteBuffer.wrap(stored).getLong(2 * Long.BYTES)).as("CALL, third long").isEqualTo(1);
        assertThat(Counts.decode(stored)).isEqualTo(c);
        assertThat(Counts.decode(null)).isEqualTo(Counts.zero());
    }

    @Test
    void plusAndMinusAreNewValues() {
        Counts a = Counts.zero();
        a.add(Delta.newEvent(1, Kind.STATEMENT, Role.SUBJECT));
        Counts b = a.plus(a);
        assertThat(b.total()).isEqualTo(2);
        assertThat(a.total()).as("unchanged").isEqualTo(1);
        assertThat(b.minus(a)).isEqualTo(a);
        assertThat(b.minus(b)).isEqualTo(Counts.zero());
        Counts copy = a.copy();
        copy.add(Delta.mention(1));
        assertThat(a.mentions()).isEqualTo(1);
    }

    @Test
    void aStoredCountBeyondAnIntIsRefusedNotWrapped() {
        byte[] stored = ByteBuffer.allocate(9 * Long.BYTES).putLong(1L << 40).array();
        assertThatThrownBy(() -> Counts.decode(stored)).isInstanceOf(ArithmeticException.class);
    }
}
