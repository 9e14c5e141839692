package parley.producer.publish;

import parley.model.Event;

import java.util.concurrent.CompletableFuture;

/** Where the producer sends what it reads: events, and rejects with their reason. */
public interface EventPublisher extends AutoCloseable {
    /**
     * Sends one event and reports what became of it: the stage completes with {@code true} once Kafka acknowledged
     * it, with {@code false} when the publisher turned it into a reject itself (too large, or dated where the broker
     * would refuse it; the reject is already written), or exceptionally with the send error. A failed send is the
     * caller's to record ({@link Deliveries} turns it into a reject); it does not make {@link #flush()} throw.
     * The default, for publishers that cannot fail (test doubles), publishes and reports success.
     */
    default CompletableFuture<Boolean> send(Event event) {
        publish(event);
        return CompletableFuture.completedFuture(true);
    }

    /**
     * As {@link #send(Event)}; should the publisher reject the event itself, the reject is keyed {@code source} (the
     * input, e.g. {@code file.jsonl:3}) and carries {@code original} (the input line, or null).
     */
    default CompletableFuture<Boolean> send(Event event, String source, String original) { return send(event); }

    /**
     * Sends one event for a caller that does not track it: a failed send is remembered and {@link #flush()} throws,
     * so nothing is lost silently. Entry points that must account for every input use {@link #send} instead.
     */
    void publish(Event event);

    void reject(Reject reject);

    /**
     * Blocks until everything sent so far is acknowledged or failed; throws if a reject could not be sent or an
     * event given to {@link #publish} failed.
     */
    void flush();

    @Override
    void close();
}
