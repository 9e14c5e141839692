package parley.consumer.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered list of state changes that {@code /api/stream} sends to browsers, with a bounded replay buffer.
 *
 * <p>Every message gets the next id. Ids start at the server's start time in microseconds, so ids of a restarted
 * dashboard are larger than any id a browser saw before: a browser that reconnects with an id from an earlier run
 * gets a {@code reset} (its id is older than the buffer) instead of a silent gap. A cursor is the id of the last
 * message a client has; {@link #after} returns every message after it, or {@link Batch#reset()} when some of those
 * messages were already dropped from the buffer (or the cursor is from the future).
 */
public final class ChangeFeed {

    /** One server-sent event, kept pre-encoded as the bytes written to every client. */
    public record Message(long id, String type, String json, byte[] frame) {
        static Message of(long id, String type, String json) {
            return new Message(id, type, json,
                    ("id: " + id + "\nevent: " + type + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What a client gets next: messages (possibly none, after a timeout) or a reset to the latest id. */
    public record Batch(List<Message> messages, boolean reset, long lastId) {
        static Batch resetTo(long lastId) { return new Batch(List.of(), true, lastId); }
    }

    private final int capacity;
    private final ArrayDeque<Message> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean closed;

    public ChangeFeed(int capacity) {
        this(capacity, System.currentTimeMillis() * 1000L);
    }

    ChangeFeed(int capacity, long firstIdMinusOne) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1");
        this.capacity = capacity;
        this.lastId = firstIdMinusOne;
    }

    /** Appends a message (type and a one-line JSON text) and wakes waiting clients; returns its id. */
    public synchronized long publish(String type, String json) {
        Message m = Message.of(++lastId, type, json);
        buffer.addLast(m);
        while (buffer.size() > capacity) buffer.removeFirst();
        notifyAll();
        return m.id();
    }

    /** The id of the latest message (the cursor of a client that has seen everything). */
    public synchronized long lastId() { return lastId; }

    /** The oldest id still in the replay buffer, or {@code lastId + 1} when it is empty. */
    public synchronized long oldestId() { return buffer.isEmpty() ? lastId + 1 : buffer.peekFirst().id(); }

    public synchronized int size() { return buffer.size(); }

    /** True when a client whose last message is {@code cursor} can resume without a gap. */
    public synchronized boolean canResume(long cursor) {
        return cursor <= lastId && cursor >= oldestId() - 1;
    }

    /**
     * The messages after {@code cursor} (at most {@code max}), waiting up to {@code timeoutMillis} for one to
     * arrive. Returns an empty batch on timeout or when the feed is closed, a reset when the client cannot resume.
     */
    public synchronized Batch after(long cursor, long timeoutMillis, int max) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            if (!canResume(cursor)) return Batch.resetTo(lastId);
            if (cursor < lastId) {
                List<Message> out = new ArrayList<>();
                for (Message m : buffer) {
                    if (m.id() > cursor) {
                        out.add(m);
                        if (out.size() >= max) break;
                    }
                }
                return new Batch(out, false, out.get(out.size() - 1).id());
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (closed || left <= 0) return new Batch(List.of(), false, cursor);
            wait(left);
        }
    }

    /** Wakes every waiting client (used when a server stops; clients then see their own stop flag). */
    public synchronized void wakeAll() { notifyAll(); }

    /** Ends all waits for good: {@link #after} returns at once from now on. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
