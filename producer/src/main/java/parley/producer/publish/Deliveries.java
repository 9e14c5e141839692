package parley.producer.publish;

import parley.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The sends of one input item (an article, a JSON-lines file, a feed's items, a GDELT file), settled together: after
 * {@link #settle()} every event is either acknowledged by Kafka or recorded as a reject with its reason (a failed
 * send becomes reason {@code send-failed}), so an item's counts are what really arrived and nothing is lost without
 * a trace. Not thread-safe.
 */
public final class Deliveries {
    /** What became of one send. */
    public enum State { ACKED, REJECTED, FAILED }

    /** One event handed to {@link #send}; {@code tag} is the caller's (a line number, an item). */
    public record Delivery(String source, Event event, Object tag, String original, CompletableFuture<Boolean> future) { }

    /** After {@link #settle()}: each delivery with its state, in send order. */
    public record Settled(Delivery delivery, State state, String error) { }

    private final EventPublisher publisher;
    private final List<Delivery> pending = new ArrayList<>();

    public Deliveries(EventPublisher publisher) { this.publisher = publisher; }

    /** Sends an event on behalf of {@code source} (the reject key should the send fail). */
    public void send(String source, Event event, Object tag, String original) {
        pending.add(new Delivery(source, event, tag, original, publisher.send(event, source, original)));
    }

    public void send(String source, Event event) { send(source, event, null, null); }

    public int size() { return pending.size(); }

    /**
     * Flushes the publisher, then records every failed send as a reject ({@code send-failed}, with the error and the
     * event's id) and returns each delivery's state. Clears the batch.
     */
    public List<Settled> settle() {
        List<Settled> out = new ArrayList<>(pending.size());
        if (pending.isEmpty()) return out;
        publisher.flush();
        for (Delivery d : pending) {
            State s;
            String error = null;
            try {
                s = d.future().get() ? State.ACKED : State.REJECTED;
            } catch (ExecutionException e) {
                s = State.FAILED;
                Throwable c = e.getCause() == null ? e : e.getCause();
                error = c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
                publisher.reject(Reject.of(d.source(), "send-failed", "event " + d.event().id() + " dated " + d.event().date()
                        + " was not accepted by Kafka: " + error, d.original()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
            out.add(new Settled(d, s, error));
        }
        pending.clear();
        return out;
    }

    /** How many settled deliveries are in state {@code s}. */
    public static int count(List<Settled> settled, State s) {
        int n = 0;
        for (Settled x : settled) if (x.state() == s) n++;
        return n;
    }
}
