package parley.consumer;

import org.apache.kafka.clients.consumer.Consumer;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Kafka consumer's poll loop on its own daemon thread, and the stop that ends it: {@link #stop()} (from any
 * thread) clears the flag the loop checks, wakes a blocked {@code poll} and waits up to 10 s for the thread to end.
 * The loop polls {@code while (running())} and rethrows a {@code WakeupException} only {@code if (running())}.
 */
public final class PollingThread {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Consumer<?, ?> consumer;
    private volatile Thread thread;

    public PollingThread(Consumer<?, ?> consumer) { this.consumer = consumer; }

    /** Runs {@code loop} on a new daemon thread called {@code name}. */
    public void start(Runnable loop, String name) {
        Thread t = new Thread(loop, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** False once {@link #stop()} was called: the loop should end, and a wakeup is the expected one. */
    public boolean running() { return running.get(); }

    /** Ends the loop: clears the flag, wakes the consumer, joins the thread (if started here) for up to 10 s. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
        Thread t = thread;
        if (t == null) return;
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
