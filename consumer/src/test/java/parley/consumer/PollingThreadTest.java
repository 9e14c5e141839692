package parley.consumer;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class PollingThreadTest {
    private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
    private final PollingThread loop = new PollingThread(consumer);
    private final AtomicReference<Throwable> escaped = new AtomicReference<>();
    private final CountDownLatch polling = new CountDownLatch(3);
    private final CountDownLatch ended = new CountDownLatch(1);

    /** The loop shape AlertConsumer and AlertFeed use. */
    private void run() {
        try {
            while (loop.running()) {
                consumer.poll(Duration.ofMillis(10));
                polling.countDown();
            }
        } catch (WakeupException e) {
            if (loop.running()) escaped.set(e);
        } catch (Throwable t) {
            escaped.set(t);
        } finally {
            ended.countDown();
        }
    }

    @Test
    void stopEndsTheLoopAndWaitsForItsThread() throws Exception {
        TopicPartition tp = new TopicPartition("t", 0);
        consumer.assign(List.of(tp));
        consumer.updateBeginningOffsets(Map.of(tp, 0L));
        loop.start(this::run, "polling-test");
        polling.await();
        assertThat(loop.running()).isTrue();

        loop.stop();

        assertThat(ended.getCount()).as("stop() returns after the loop ended").isZero();
        assertThat(loop.running()).isFalse();
        assertThat(escaped.get()).as("the wakeup stop() causes is not an error").isNull();
    }

    @Test
    void stopBeforeStartOnlyClearsTheFlag() {
        loop.stop();
        assertThat(loop.running()).isFalse();
    }
}
