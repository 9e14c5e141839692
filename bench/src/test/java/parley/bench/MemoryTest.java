package parley.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap ceiling the heap target is judged under is the -Xmx given, whatever the collector reports. */
class MemoryTest {
    @Test
    void readsTheLastXmxInBytes() {
        assertThat(Memory.xmx(List.of("-Xms256m", "-Xmx512m", "-XX:+UseParallelGC"))).isEqualTo(512L << 20);
        assertThat(Memory.xmx(List.of("-Xmx1g", "-Xmx768M"))).as("the last one wins, as in the JVM").isEqualTo(768L << 20);
        assertThat(Memory.xmx(List.of("-Xmx524288k"))).isEqualTo(512L << 20);
        assertThat(Memory.xmx(List.of("-Xmx536870912"))).isEqualTo(512L << 20);
    }

    @Test
    void noXmxOrAnUnreadableOneGivesNone() {
        assertThat(Memory.xmx(List.of("-Xms256m", "-Dx=-Xmx9g"))).isEqualTo(-1);
        assertThat(Memory.xmx(List.of("-Xmx"))).isEqualTo(-1);
        assertThat(Memory.xmx(List.of("-Xmx512m", "-Xmxlots"))).as("an unreadable one keeps the one before").isEqualTo(512L << 20);
    }
}
