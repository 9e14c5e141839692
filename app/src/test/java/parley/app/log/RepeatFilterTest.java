package parley.app.log;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatFilterTest {
    static LogEvent event(String logger, Level level, String message) {
        return Log4jLogEvent.newBuilder().setLoggerName(logger).setLevel(level).setMessage(new SimpleMessage(message)).build();
    }

    @Test
    void theSameLineFromTheSameLoggerPassesAtMostOncePerInterval() {
        AtomicLong now = new AtomicLong();
        RepeatFilter f = new RepeatFilter(5_000_000_000L, now::get);
        String admin = "org.apache.kafka.clients.admin.internals.AdminMetadataManager";
        LogEvent reboot = event(admin, Level.INFO, "Rebootstrapping with Cluster(...)");
        assertThat(f.filter(reboot)).isEqualTo(Filter.Result.NEUTRAL);
        int passed = 0;
        for (int i = 0; i < 100_000; i++) { // 2,000 a second for 50 s, as the admin client logged them
            now.addAndGet(500_000L);
            if (f.filter(reboot) != Filter.Result.DENY) passed++;
        }
        assertThat(passed).isEqualTo(10);
        // another message, another logger or another level is another line
        assertThat(f.filter(event(admin, Level.INFO, "Rebootstrapping with Cluster(other)"))).isEqualTo(Filter.Result.NEUTRAL);
        assertThat(f.filter(event("other", Level.INFO, "Rebootstrapping with Cluster(...)"))).isEqualTo(Filter.Result.NEUTRAL);
        assertThat(f.filter(event(admin, Level.WARN, "Rebootstrapping with Cluster(...)"))).isEqualTo(Filter.Result.NEUTRAL);
    }

    @Test
    void manyDistinctLinesDoNotGrowItsMemoryWithoutBound() {
        RepeatFilter f = new RepeatFilter(5_000_000_000L, () -> 0L);
        for (int i = 0; i < RepeatFilter.MAX_KEYS * 3; i++) assertThat(f.filter(event("x", Level.INFO, "line " + i))).isEqualTo(Filter.Result.NEUTRAL);
    }
}
