package parley.producer.ingest;

import parley.model.Event;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.Reject;

import java.util.ArrayList;
import java.util.List;

/** An in-memory publisher for tests. */
public final class RecordingPublisher implements EventPublisher {
    public final List<Event> events = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();

    @Override public void publish(Event event) { events.add(event); }
    @Override public void reject(Reject reject) { rejects.add(reject); }
    @Override public void flush() { }
    @Override public void close() { }
}
