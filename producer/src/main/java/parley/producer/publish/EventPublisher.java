package parley.producer.publish;

import parley.model.Event;

/** Where the producer sends what it reads: events, and rejects with their reason. */
public interface EventPublisher extends AutoCloseable {
    void publish(Event event);

    void reject(Reject reject);

    /** Blocks until everything sent so far is acknowledged; throws if any send failed. */
    void flush();

    @Override
    void close();
}
